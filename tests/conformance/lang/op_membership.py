lst = [1, 2, 3]
print(2 in lst, 5 in lst, 5 not in lst)
print('ell' in 'hello', 'z' in 'hello', '' in 'abc')
d = {'a': 1, 'b': 2}
print('a' in d, 1 in d, 'c' not in d)
t = (1, 'x', None)
print(None in t, 'y' in t)
r = range(0, 10, 2)
print(4 in r, 5 in r, 10 in r, -2 in r)
print(2.0 in lst, True in [1])
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(3 in {1, 2, 3}, 4 not in {1, 2, 3})
print(not 1 in lst)
