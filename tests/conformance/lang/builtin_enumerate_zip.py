for i, c in enumerate('abc'):
    print(i, c)
print(list(enumerate(['x', 'y'], start=1)))
print(list(enumerate('ab', 10)))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()))
print(list(zip(range(3), range(10, 13), 'xyz')))
names = ['a', 'b']
ages = [1, 2]
print(dict(zip(names, ages)))
pairs = [(1, 'one'), (2, 'two')]
nums, words = zip(*pairs)
print(nums, words)
for a, b in zip([1, 2, 3], [4, 5]):
    print(a * b)
