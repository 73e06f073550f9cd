x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
i = 100
squares = [i * i for i in range(4)]
print(i, squares)
total = sum(j for j in range(5))
try:
    print(j)
except NameError as e:
    print('NameError:', e)
y = 10
print([y + k for k in range(3)])
def f():
    n = 3
    return [n * m for m in range(n)]
print(f())
d = {k: x for k in 'ab'}
print(d)
