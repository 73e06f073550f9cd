import numpy as np
t = np.array([[[1, 4, 9], [2, 2, 2]], [[0, 10, 5], [3, 1, 4]]])
print(repr(np.diff(t)), repr(np.diff(t, axis=0)), repr(np.diff(t, axis=1)))
print(repr(np.diff(t, n=2, axis=-1)), repr(np.diff(t, n=0)))
print(repr(np.diff(np.array([True, False, False, True]))))
print(repr(np.diff(np.array([5, 3], dtype=np.uint8))), repr(np.diff(np.array([1, 2], dtype=np.int8))))
print(repr(np.diff(np.array([1.0, 2.5, 2.0]), append=10)), repr(np.diff(np.array([1, 2, 4]), prepend=[0, 0])))
print(repr(np.diff(np.array([1 + 1j, 2 + 3j]))), repr(np.diff(np.array([7]))), repr(np.diff(np.array([]))))
print(repr(np.diff(np.array([[1, 2], [4, 8]]), axis=0, prepend=0)))
print(repr(np.diff(np.arange(10)[::3])), repr(np.diff(np.array([1, 3, 6, 10]), n=3)))
try:
    np.diff(np.array(5))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.diff(np.arange(3), n=-1)
except Exception as e:
    print(type(e).__name__, e)
