print(list(map(str, [1, 2, 3])))
print(list(map(lambda x: x * 2, range(4))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(map(int, '1 2 3'.split())))
print(sum(map(len, ['ab', 'cde'])))
print(sorted(map(abs, [-3, 1, -2])))
def is_vowel(c):
    return c in 'aeiou'
print(''.join(filter(is_vowel, 'education')))
print(list(map(str.upper, ['a', 'b'])))
