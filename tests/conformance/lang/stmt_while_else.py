n = 0
while n < 3:
    print('n', n)
    n += 1
else:
    print('while done', n)
k = 10
while True:
    k -= 3
    if k < 0:
        break
print('k', k)
m = 0
while m < 10:
    m += 1
    if m % 3:
        continue
    print('multiple of 3:', m)
x = 5
while x:
    x -= 1
    if x == 2:
        break
else:
    print('not printed')
print('x', x)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
