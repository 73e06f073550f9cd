m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1])
m[0][0] = 100
print(m)
print([row[1] for row in m])
print(m[1:][0][1:])
t = {'list': [10, 20, {'k': (1, 2)}]}
print(t['list'][2]['k'][1])
t['list'][2]['k'] = 'replaced'
print(t)
cube = [[[i * 9 + j * 3 + k for k in range(3)] for j in range(3)] for i in range(3)]
print(cube[2][1][0], cube[-1][-1][-1])
words = ['alpha', 'beta']
print(words[1][::-1][0])
