class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.dist2())
q = p.moved(1)
print(q.x, q.y)
print(Point.dist2(p))
m = p.dist2
print(m())
p.x = 0
print(p.dist2())
print(type(p).__name__, p.__class__.__name__)
print(isinstance(p, Point), isinstance(3, Point))
