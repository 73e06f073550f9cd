def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key='k'))
print(f(1, flag=True, key=2))
def g(*items, sep=', '):
    return sep.join(str(i) for i in items)
print(g(1, 2, 3))
print(g(1, 2, 3, sep='-'))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
