def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g), next(g, 'exhausted'))
def squares(xs):
    for x in xs:
        yield x * x
print(sum(squares(range(5))), [s for s in squares([3, 4])])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
