print(0 or 'x')
print([] and 5)
print(1 and 2, 0 and 2, 1 or 2, None or 0)
print('' or [] or {} or 'last')
print(3 and 'a' and [1])
print(not [], not [0], not '')
def side(v):
    print('called', v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
x = None
print(x or 'default')
print(x is None or x > 3)
print(True and not False or False)
print((1 or 0) + 10)
