a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(5), a.index(1, 2), a.count(5), a.count(7))
print(len(a), min(a), max(a), sum(a))
print(a[a.index(9):])
try:
    a.index(100)
except ValueError as e:
    print('ValueError', e)
print([1, 2] == [1, 2], [1, 2] is [1, 2])
print([[1, 2], [3]].index([3]))
