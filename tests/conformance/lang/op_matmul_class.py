class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        n = len(self.rows)
        m = len(other.rows[0])
        k = len(other.rows)
        return M([[sum(self.rows[i][t] * other.rows[t][j] for t in range(k)) for j in range(m)] for i in range(n)])
    def __repr__(self):
        return f'M({self.rows})'
a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print(a @ M([[1], [1]]))
c = a
c @= b
print(c)
print(1 + 2 * 3 - (a @ b).rows[0][0])
