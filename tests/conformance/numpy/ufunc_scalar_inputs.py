import numpy as np
res = [np.sqrt(4), np.add(1, 2), np.add(1, 2.0), np.maximum(1, 2.5), np.multiply(True, 3), np.sin(0),
       np.exp(1j * 0), np.floor(2.7), np.negative(5), np.abs(-3), np.abs(-3.5), np.power(2, 10), np.divide(1, 3),
       np.floor_divide(7, 2), np.mod(-7, 3), np.greater(2, 1), np.isnan(float('nan')), np.sign(-0.0), np.hypot(3.0, 4)]
for r in res:
    print(repr(r), type(r).__name__)
print(repr(np.add(np.int8(1), 1)), repr(np.add(np.float32(1), 1.0)), repr(np.sqrt(np.float16(4))))
print(repr(np.add([1, 2], 3)), repr(np.sqrt([4.0, 9.0])), repr(np.maximum([1, 5], (3, 2))))
