lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
print(lst)
d = {'a': 1}
d['a'] += 1
d['b'] = 0
d['b'] -= 7
print(d)
class C:
    count = 0
c = C()
c.val = 3
c.val **= 2
print(c.val)
c.count += 1
print(c.count, C.count)
grid = [[1, 2], [3, 4]]
grid[1][0] //= 2
print(grid)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
a = [1]
b = a
a += [2]
print(b)
t = (1,)
u = t
t += (2,)
print(u, t)
