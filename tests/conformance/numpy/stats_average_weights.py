import numpy as np
a = np.arange(6.0).reshape(3, 2)
print(repr(np.average(a)), repr(np.average(a, axis=0)), repr(np.average(a, axis=1, weights=[1, 3])))
w = np.array([[1, 0], [2, 1], [0, 4]])
print(repr(np.average(a, weights=w)), repr(np.average(a, axis=0, weights=w)), repr(np.average(a, axis=1, weights=w)))
avg, sw = np.average(a, axis=0, weights=[1, 2, 3], returned=True)
print(repr(avg), repr(sw))
print(repr(np.average(a, axis=1, keepdims=True)), repr(np.average(a, axis=0, weights=[1, 1, 2], keepdims=True)))
print(repr(np.average([1, 2, 3, 4])), repr(np.average(np.array([1, 2]), weights=np.array([0.25, 0.75]))))
print(repr(np.average(np.array([1 + 1j, 3 + 0j]), weights=[1, 1])))
a2, s2 = np.average(np.array([2, 4]), returned=True)
print(repr(a2), repr(s2))
try:
    np.average(np.array([1.0, 2.0]), weights=[1, -1])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.average(a, weights=[1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.average(a, axis=0, weights=[1, 2])
except Exception as e:
    print(type(e).__name__, e)
