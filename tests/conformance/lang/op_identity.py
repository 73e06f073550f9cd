a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
x = None
print(x is None, x is not None)
print(True is True, False is not True)
def f():
    pass
print(f() is None)
b.append(3)
print(a)
class K:
    pass
k1 = K()
k2 = k1
print(k1 is k2, k1 is K())
