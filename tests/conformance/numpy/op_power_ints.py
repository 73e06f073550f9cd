import numpy as np
a = np.array([-2, -1, 0, 1, 2, 3])
print(repr(a ** 2), repr(a ** 0), repr(2 ** a[3:]), repr(a ** a.clip(0)))
for e in [-1, np.array([-1, 2])]:
    try:
        print(repr(np.array([2, 3]) ** e))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(repr(np.array([2, 3]) ** -1.0), repr(np.array([2.0, 4.0]) ** 0.5))
with np.errstate(invalid='ignore'):
    print(repr(np.array([-8.0, -1.0]) ** (1 / 3)))
print(repr(np.array([2], dtype=np.int8) ** 7), repr(np.array([2], dtype=np.int8) ** 8))
print(repr(np.array([10]) ** 18), repr(np.array([10]) ** 19))
print(repr(np.power(np.array([1.5, 2.0]), np.array([2, -1]))), repr(np.array([0.0]) ** 0))
print(repr(np.array([1j]) ** 2), repr(np.array([True, False]) ** 2))
