import numpy as np
print(repr(np.asarray([np.arange(3), np.arange(3, 6)])))
print(repr(np.asarray(((1, 2), (3, 4)), dtype=np.int8)))
print(repr(np.asarray([[1.0], [2.0]]).shape))
print(repr(np.array([np.array(1), np.array(2.5)])))
print(repr(np.array([[np.int64(1), 2], [3, np.float64(4)]])))
for bad in [[[1, 2], [3]], [1, [2, 3]], [[1], 2]]:
    try:
        np.array(bad)
    except Exception as e:
        print(type(e).__name__, str(e)[:80])
print(repr(np.array([[], []]).shape), repr(np.array([[[]]]).shape))
print(repr(np.asarray(range(3), dtype=float)))
print(repr(np.array([(1, 2.5)], dtype=float)))
print(repr(np.asanyarray([1, 2])), repr(np.array([0.5] * 3)))
