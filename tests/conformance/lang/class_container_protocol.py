class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)
    def __getitem__(self, key):
        r, c = key
        return self.cells[r * self.w + c]
    def __setitem__(self, key, value):
        r, c = key
        self.cells[r * self.w + c] = value
    def __contains__(self, value):
        return value in self.cells
g = Grid(3, 2)
g[1, 2] = 7
g[0, 0] += 1
print(g[1, 2], g[0, 0], g.cells)
print(7 in g, 8 in g)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), Seq()[2])
class Rev:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[::-1][i]
print(Rev('abc')[0], Rev([1, 2, 3])[1:])
