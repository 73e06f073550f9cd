print(list('abc'), list((1, 2)), list(range(3)), list())
print(list({'a': 1, 'b': 2}), list({'k': 'v'}.items()))
print(tuple([1, 2]), tuple('ab'), tuple())
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict())
print(dict({'a': 1}, b=2), dict(zip('ab', [1, 2])))
print(sorted(set([3, 1, 3, 2])), set(), len(set('hello')))
print(set([1, 2, 2]) == {1, 2}, sorted(set('cab')))
orig = [1, [2, 3]]
cp = list(orig)
cp[1].append(4)
cp[0] = 'x'
print(orig, cp)
print(list(reversed([1, 2, 3])), list(reversed('ab')), list(reversed((1, 2))))
print(tuple(x for x in range(3)))
