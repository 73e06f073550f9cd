import numpy as np
a = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 9])
print(repr(np.argmax(a)), repr(np.argmin(a)), repr(a.argmax()), type(np.argmax(a)).__name__)
m = a.reshape(3, 4)
print(repr(np.argmax(m, axis=0)), repr(np.argmax(m, axis=1)), repr(np.argmin(m, axis=-1)))
print(repr(np.argmax(m, axis=1, keepdims=True)), repr(np.argmin(m, keepdims=True)))
print(repr(np.unravel_index(np.argmax(m), m.shape)))
f = np.array([1.0, np.nan, 3.0, np.nan])
print(repr(np.argmax(f)), repr(np.argmin(f)))
print(repr(np.argmax(np.array([-np.inf, -np.inf]))), repr(np.argmin(np.array([np.inf, -0.0, 0.0]))))
b = np.array([False, False, True, True])
print(repr(np.argmax(b)), repr(np.argmin(b)), repr(np.argmax(np.zeros(3, dtype=bool))))
t = np.arange(24).reshape(2, 3, 4) % 5
print(repr(np.argmax(t, axis=1)), repr(np.argmin(t, axis=-1)))
print(repr(np.argmax(m.T, axis=0)), repr(np.argmax(m[:, ::-1], axis=1)))
try:
    np.argmax(np.array([]))
except Exception as e:
    print(type(e).__name__, e)
