import numpy as np
a = np.array([3, 1, 4, 1, 5, 9, 2])
print(repr(np.maximum.reduce(a)), repr(np.minimum.reduce(a)), repr(np.maximum.accumulate(a)), repr(np.minimum.accumulate(a)))
print(repr(np.add.accumulate(a)), repr(np.multiply.accumulate(a)), repr(np.subtract.accumulate(a)))
m = np.arange(1, 7).reshape(2, 3)
print(repr(np.add.accumulate(m)), repr(np.add.accumulate(m, axis=1)), repr(np.multiply.reduce(m, axis=1)))
print(repr(np.add.reduce(m, axis=None)), repr(np.add.reduce(m, axis=(0, 1))), repr(np.add.reduce(m, keepdims=True)))
print(repr(np.add.reduce([])), repr(np.multiply.reduce([])), repr(np.add.reduce(np.array([1, 2]), initial=10)))
try:
    np.maximum.reduce(np.array([]))
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.maximum.reduce(np.array([]), initial=-np.inf)), repr(np.logical_and.accumulate([True, True, False, True])))
print(repr(np.add.reduce(np.array([1, 2, 3], dtype=np.int8))), repr(np.add.reduce(np.array([100, 100], dtype=np.int8), dtype=np.int8)))
print(repr(np.add.reduce(m, axis=0, where=np.array([[True, False, True], [True, True, False]]))))
