class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return V(self.x + o, self.y + o)
    def __radd__(self, o):
        return V(o + self.x, o + self.y)
    def __sub__(self, o):
        return V(self.x - o, self.y - o) if not isinstance(o, V) else V(self.x - o.x, self.y - o.y)
    def __rsub__(self, o):
        return V(o - self.x, o - self.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
a = V(1, 2)
b = V(3, 5)
print(a + b, a + 1, 1 + a)
print(b - a, b - 1, 10 - a)
print(a * 3, 3 * a, a / 2)
print(-a, a ** 2, -a ** 2)
print(sum([a, b], V(0, 0)), sum([a, b]))
c = a
c += b
print(c, a)
