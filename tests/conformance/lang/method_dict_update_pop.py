d = {'a': 1}
d.update({'b': 2, 'a': 10})
d.update(c=3)
d.update([('d', 4)])
print(d)
print(d.pop('a'), d.pop('zz', 'missing'))
print(d)
print(d.setdefault('b', 99), d.setdefault('new', []))
d['new'].append(1)
print(d)
print(d.popitem(), d)
d['b'] = 'reassigned keeps position'
print(d)
del d['b']
d['b'] = 'moved to end'
print(d)
d.clear()
print(d, len(d))
try:
    d.pop('x')
except KeyError as e:
    print('KeyError', e)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
