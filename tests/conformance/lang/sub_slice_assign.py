a = [0, 1, 2, 3, 4, 5]
a[1:3] = ['a', 'b', 'c']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[2:5] = []
print(a)
b = list(range(8))
b[::2] = ['x', 'y', 'z', 'w']
print(b)
c = [1, 2, 3]
c[:] = 'ab'
print(c)
d = [1, 2, 3, 4]
d[1:3] = (7,)
print(d)
e = [0, 1, 2, 3, 4]
e[::-2] = [10, 20, 30]
print(e)
