import numpy as np
print(repr(np.array([np.iinfo(np.int64).min, 0, np.iinfo(np.int64).max])))
print(repr(np.array([0, 2**64 - 1], dtype=np.uint64)), repr(np.array([-128, 127], dtype=np.int8)))
print(repr(np.array([[1, -1000], [22, 3]])), repr(np.array([[-1], [10]], dtype=np.int16)))
print(np.array([-5, 50, -500]), np.array([255, 0], dtype=np.uint8))
print(repr(np.array([7], dtype=np.uint32)), repr(np.array([7], dtype=np.int32)), repr(np.array([7], dtype=np.uint16)))
print(repr(np.arange(-3, 3).reshape(2, 3)), repr(np.array([10**15, 1])))
print(repr(np.array([0, 0], dtype=np.int8)), repr(np.array(-7, dtype=np.int16)), repr(np.array(2**40)))
with np.printoptions(sign='+'):
    print(repr(np.array([0, 5, -5])), repr(np.array([[1], [-10]])))
with np.printoptions(sign=' '):
    print(repr(np.array([0, 5])), repr(np.array([3], dtype=np.uint8)))
