class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
s = 0.0
for i in range(200_000):
    s += P(i * 0.5, 1.0).norm2()
print(s)
