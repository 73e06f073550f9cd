d = {'b': 2, 'a': 1}
d['c'] = 3
print(d)
print(d.get('a'), d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values())
print(d.items())
print('a' in d, 'z' in d, 2 in d.values(), ('a', 1) in d.items())
print(len(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f'{k}={v}')
print({1: 'a'} == {1: 'a'}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print(dict.fromkeys(['x', 'y'], 0))
e = d.copy()
e['a'] = 100
print(d['a'], e['a'])
