print('ab' * 3, 3 * 'ab', 'x' * 0, 'y' * -2)
print([1, 2] * 2, 2 * [0], [] * 5)
print((1,) * 3)
print('abc' + 'def', [1] + [2, 3], (1,) + (2,))
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
s = 'a'
s += 'b'
s *= 2
print(s)
l = [1]
l += [2]
l *= 2
print(l)
print(True * 'ok', 'ok' * False)
