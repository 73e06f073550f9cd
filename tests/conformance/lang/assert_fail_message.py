print('before assert')
x = 3
assert x == 4, f'expected 4, got {x}'
print('not reached')
