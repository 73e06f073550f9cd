a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = 'pq'
print(p, q)
a = b = c = 1
print(a, b, c)
l1 = l2 = []
l1.append(1)
print(l2)
first, *rest = [1, 2, 3, 4]
print(first, rest)
a, *mid, c = 'abcde'
print(a, mid, c)
*init, last = (1, 2, 3)
print(init, last)
a, *empty, b = [1, 2]
print(a, empty, b)
for i, (k, v) in enumerate([('x', 1), ('y', 2)]):
    print(i, k, v)
t = 1, 2, 3
print(t)
single, = [42]
print(single)
