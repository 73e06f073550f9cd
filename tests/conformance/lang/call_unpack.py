def f(a, b, c, d=0):
    return a + b * 10 + c * 100 + d * 1000
xs = [1, 2, 3]
print(f(*xs))
kw = {'c': 5, 'd': 6}
print(f(1, 2, **kw))
print(f(*[1, 2], **{'c': 3}))
print(f(*(1,), *(2, 3)))
print(f(**{'a': 1}, **{'b': 2, 'c': 3}))
print(*[1, 2, 3])
print(*'abc', sep='-')
args = (3, 1, 2)
print(max(*args), sorted(args))
def show(*a, **k):
    return a, sorted(k.items())
print(show(*range(3), **dict(z=1, y=2)))
print([*xs, *'ab'], (*xs,), {**kw, 'e': 7})
