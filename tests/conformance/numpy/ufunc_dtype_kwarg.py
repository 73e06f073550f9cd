import numpy as np
a = np.array([1, 2, 3])
print(repr(np.add(a, a, dtype=np.float32)), repr(np.sqrt(a, dtype=np.float32)))
print(repr(np.multiply(a, 2, dtype=np.int8)), repr(np.divide(a, 2, dtype=np.float16)))
print(repr(np.add(a, 0.5, dtype=int, casting='unsafe')))
try:
    np.add(a, 0.5, dtype=int)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.add.reduce(a, dtype=np.float64)), repr(np.sum(a, dtype=np.int8)), repr(np.cumsum(a, dtype=float)))
print(repr(np.exp(np.array([1, 2], dtype=np.int8))), repr(np.sqrt(np.array([4, 2], dtype=np.int16))))
print(repr(np.negative(np.array([1.5]), dtype=np.complex128)), repr(np.square(a, dtype=np.float64)))
