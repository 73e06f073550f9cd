n = 1
s = 'two'
print('adding', n, s)
print(n + s)
