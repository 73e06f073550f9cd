a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[:])
print(a[-3:], a[:-7], a[-5:-2])
print(a[::2], a[1::3], a[1:8:2])
print(a[5:2], a[100:], a[-100:2], a[3:100])
s = 'abcdefgh'
print(s[1:4], s[:-2], s[::3], s[5:1])
t = (1, 2, 3, 4)
print(t[1:3], t[:0], t[::2])
print(a[2:-2:3])
b = a[:]
b[0] = 'x'
print(a[0], b[0])
print(range(10)[2:8:2])
print(list(range(10)[::-3]))
print(s[0:100:2], s[-1:-100:-3])
