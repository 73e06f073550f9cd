for i in range(3):
    print('i', i)
else:
    print('completed')
for i in range(5):
    if i == 2:
        print('breaking at', i)
        break
else:
    print('never')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(6):
    if i % 2 == 0:
        continue
    print('odd', i)
for ch in '':
    print('nothing')
else:
    print('empty loop else')
for i in range(3):
    pass
print('loop var after', i)
