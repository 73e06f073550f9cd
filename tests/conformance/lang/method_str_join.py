print(', '.join(['a', 'b', 'c']))
print(''.join('xyz'))
print('-'.join(str(i) for i in range(4)))
print('\n'.join(['l1', 'l2']))
print('|'.join([]), '|'.join(['solo']))
print(' '.join(('tuple', 'parts')))
print('.'.join({'k1': 1, 'k2': 2}))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError', e)
