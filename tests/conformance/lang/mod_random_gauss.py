import random
random.seed(42)
print(repr(random.gauss(0, 1)))
print(repr(random.gauss(0, 1)))
print(repr(random.gauss(10, 2.5)))
random.seed(1)
vals = [random.gauss(0, 1) for _ in range(5)]
print([round(v, 6) for v in vals])
print(repr(random.normalvariate(0, 1)))
random.seed(123)
print(repr(random.random() + random.gauss(0, 1)))
