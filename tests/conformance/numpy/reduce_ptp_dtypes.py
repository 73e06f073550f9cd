import numpy as np
a = np.array([[3, -7, 2], [10, 0, -1]])
print(repr(np.ptp(a)), repr(np.ptp(a, axis=0)), repr(np.ptp(a, axis=-1)), repr(np.ptp(a, axis=1, keepdims=True)))
print(repr(np.ptp(np.array([250, 5], dtype=np.uint8))), repr(np.ptp(np.array([100, -100], dtype=np.int8))))
print(repr(np.ptp(np.array([1.5, -2.25, 0.0]))), repr(np.ptp(np.array([1.0, np.nan]))))
print(repr(np.ptp(np.array([5]))), repr(np.ptp(np.array(3.0))), repr(np.ptp([[1, 9], [4, 4]], axis=(0, 1))))
print(repr(np.ptp(np.array([True, False]).astype(int))), repr(np.ptp(np.arange(10)[::3])))
print(repr(np.ptp(np.array([1, 2], dtype=np.float32))), repr(np.ptp(np.array([-np.inf, 0.0]))))
