a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(sorted(a.union([10], (11,))))
s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.remove(1)
s.discard(100)
s.discard(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
print({1, 2}.issubset({1, 2, 3}), {1, 4} <= {1, 2}, {1, 2, 3}.issuperset({2}))
print({1, 2} < {1, 2}, {1} < {1, 2}, {1, 2}.isdisjoint({3}))
print(sorted({'pear', 'apple'} | {'fig'}))
c = {5, 6}
c |= {7}
c &= {6, 7, 8}
print(c, len(c), 6 in c)
print(set() == set(), {1, 2} == {2, 1})
print(sorted(set('hello') - set('l')))
u = {3, 1, 2}
u.update([4, 5])
print(u)
print(u.pop() in {1, 2, 3, 4, 5}, len(u))
print(set(range(5)).copy())
