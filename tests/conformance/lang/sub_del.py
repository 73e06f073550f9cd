a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
x = 5
del x
print('deleted')
b = [[1, 2, 3], [4, 5]]
del b[0][1]
print(b)
c = [1, 2, 3]
del c[:]
print(c)
