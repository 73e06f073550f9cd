import numpy as np
a = np.array([1, 2], dtype=np.int32)
b = np.array([3.5, 4.5])
print(repr(np.concatenate([a, b])), repr(np.concatenate([a, b], dtype=np.int64, casting='unsafe')))
print(repr(np.concatenate([a, a], dtype=np.float32)), repr(np.concat([a, a])))
out = np.zeros(4)
r = np.concatenate([a, b], out=out)
print(repr(out), r is out)
print(repr(np.concatenate(([[1, 2]], [[3, 4]]), axis=-2)), repr(np.concatenate([[1], [2, 3], []])))
print(repr(np.concatenate((np.arange(4).reshape(2, 2), np.arange(4).reshape(2, 2).T), axis=None)))
print(repr(np.concatenate([np.array(['a', 'bb']), np.array(['ccc'])])), repr(np.concatenate([np.array([1j]), a])))
print(repr(np.concatenate([np.arange(6)[::2], np.arange(6)[::-3]])))
try:
    np.concatenate([a, b], dtype=np.int64)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.concatenate([np.array(1), np.array(2)])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.concatenate([a, a], axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.concatenate([])
except Exception as e:
    print(type(e).__name__, e)
