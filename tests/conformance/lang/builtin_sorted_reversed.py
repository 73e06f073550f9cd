print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)))
print(sorted([3, 1, 2], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
data = [('b', 2), ('a', 2), ('c', 1), ('d', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted({'z': 1, 'y': 2}))
print(sorted([1.5, -2, 0, 3]))
print(sorted([], reverse=True))
print(list(reversed([1, 2, 3])), ''.join(reversed('abc')))
print(sorted([[2, 1], [1, 2], [1]]))
nums = [5, 3, 1]
s = sorted(nums)
print(nums, s)
