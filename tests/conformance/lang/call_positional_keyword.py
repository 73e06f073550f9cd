def f(a, b, c):
    return f'a={a} b={b} c={c}'
print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c='z', a='x', b='y'))
def g(x, y=10, z=20):
    return x + y + z
print(g(1), g(1, 2), g(1, z=0), g(x=5, y=5, z=5))
def h(a, /, b):
    return a - b
print(h(10, 3), h(10, b=4))
print(print('inner') is None)
def nothing():
    return
print(nothing())
