d = {'a': 1, 'b': 2}
print(d['a'])
d['c'] = 3
d['a'] = 10
print(d)
n = {1: 'int', 1.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool?'}
print(n)
print(n[1], n[(1, 2)], n[None])
nested = {'x': {'y': {'z': [1, 2, {'w': 'deep'}]}}}
print(nested['x']['y']['z'][2]['w'])
nested['x']['y']['z'][0] = 'changed'
print(nested)
counts = {}
for ch in 'banana':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
