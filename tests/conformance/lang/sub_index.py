a = [10, 20, 30, 40, 50]
print(a[0], a[4], a[-1], a[-5])
s = 'hello'
print(s[0], s[-1], s[1])
t = (1, 'two', 3.0)
print(t[1], t[-1])
r = range(10, 20)
print(r[3], r[-1])
a[1] = 99
a[-1] = -1
print(a)
print([[1, 2], [3, 4]][1][0])
print('abc'[0][0][0])
print((1, (2, (3, 4)))[1][1][0])
i = 2
print(a[i - 1], a[i * 2 - 1])
print(a[True], a[False])
