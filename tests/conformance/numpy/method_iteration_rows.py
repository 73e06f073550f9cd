import numpy as np
m = np.arange(6).reshape(3, 2)
for row in m:
    print(repr(row), row.sum())
for i, row in enumerate(m[::-1]):
    print(i, row.tolist())
for a, b in m:
    print(a + b, end=' ')
print()
t = np.arange(8).reshape(2, 2, 2)
print([x.shape for x in t], [repr(x) for x in t[0]])
for x, y in zip(np.array([1.5, 2.5]), np.array([10, 20])):
    print(repr(x * y))
rows = [r for r in m if r[0] > 0]
print(len(rows), repr(np.array(rows)))
print(list(map(int, np.array([3.7, -1.2]))), sum(np.arange(5)), dict(zip(*np.array([[1, 2], [3, 4]]))))
for r in m.T:
    r += 100
print(repr(m))
