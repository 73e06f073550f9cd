x = 5
print('big' if x > 3 else 'small')
print('big' if x > 10 else 'mid' if x > 4 else 'small')
sq = lambda v: v * v
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted([3, -1, 2], key=lambda v: -v))
adders = [lambda v, n=n: v + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda v: f(g(v))
print(compose(sq, add)(2))
print((lambda x: x if x else 'falsy')(0))
