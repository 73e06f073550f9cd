import numpy as np
a = np.array([1, 2, 3])
print(repr(a == 2), repr(a != 2.0), repr(a >= np.array([3, 2, 1])), repr(2 < a))
print(repr(a == [1, 5, 3]), repr(a == (1, 2, 3)))
try:
    print(repr(a == np.array([1, 2])))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(repr(a < np.array([1, 2])))
except Exception as e:
    print(type(e).__name__, e)
print(repr(a == None), repr(a != None))
print(repr(np.array([np.nan, 1.0]) == np.array([np.nan, 1.0])))
print(repr(np.array([1 + 1j]) == 1 + 1j), repr(np.array([True, False]) == 1))
print(repr(np.array([0.1 + 0.2]) == 0.3), repr(np.isclose(np.array([0.1 + 0.2]), 0.3)))
print(repr(np.array([2**63 - 1]) == 2**63 - 1), repr(np.array([1], dtype=np.uint8) == -1))
print(repr(np.equal(a, 3)), repr(np.less_equal(a, 2)), repr(np.not_equal(a, a)))
