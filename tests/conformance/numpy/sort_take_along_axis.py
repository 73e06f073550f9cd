import numpy as np
a = np.array([[10, 30, 20], [60, 40, 50]])
i = np.argsort(a, axis=1)
print(repr(i), repr(np.take_along_axis(a, i, axis=1)))
j = np.argsort(a, axis=0)
print(repr(np.take_along_axis(a, j, axis=0)))
mx = np.argmax(a, axis=1, keepdims=True)
print(repr(mx), repr(np.take_along_axis(a, mx, axis=1)))
mn = np.expand_dims(np.argmin(a, axis=0), 0)
print(repr(np.take_along_axis(a, mn, axis=0)))
print(repr(np.take_along_axis(a.ravel(), np.array([5, 0]), axis=None)), repr(np.take_along_axis(a, np.array([[0], [2]]), axis=-1)))
t = np.arange(12).reshape(2, 3, 2) * 2
k = np.array([[[1], [0], [1]], [[0], [0], [1]]])
print(repr(np.take_along_axis(t, k, axis=2)))
print(repr(np.take_along_axis(a, np.array([[0, 0, 0, 1]]), axis=1)))
try:
    np.take_along_axis(a, np.array([0, 1]), axis=1)
except Exception as e:
    print(type(e).__name__, e)
b = a.copy()
np.put_along_axis(b, np.array([[0], [2]]), [[-1], [-2]], axis=1)
print(repr(b))
np.put_along_axis(b, np.argmax(b, axis=0, keepdims=True), 0, axis=0)
print(repr(b))
