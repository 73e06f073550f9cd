# A short tour of nabla's Python core. Run: nabla examples/tour.py
import math
import random

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print("fib(90) =", fib(90))
print("2**100 =", 2 ** 100)
print(f"pi to 6 places: {math.pi:.6f}, e in sci: {math.e:.3e}")

squares = {n: n * n for n in range(6)}
print("squares:", squares)
print("evens:", [x for x in range(20) if x % 2 == 0][:5])

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __rmul__(self, k):
        return Vec(*[k * a for a in self.xs])
    def __repr__(self):
        return f"Vec({', '.join(map(str, self.xs))})"

print(Vec(1, 2) + 3 * Vec(0.5, 1))

random.seed(42)
print("random draws:", [random.randint(1, 6) for _ in range(5)])

try:
    [1, 2, 3][10]
except IndexError as e:
    print("caught:", e)
