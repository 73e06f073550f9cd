import numpy as np
t = np.True_
f = np.False_
print(repr(t & f), repr(t | f), repr(t ^ t), repr(~t), repr(not t))
print(repr(t + t), repr(t * 3), repr(t + 1.5))
print(repr(t == True), repr(t is np.True_), repr(np.bool_(1)), repr(np.bool_(0.0)))
a = np.array([1, 2, 3])
print(repr(a[0] > 0), type(a[0] > 0).__name__)
print(repr((a > 1).any()), repr((a > 1).sum()), repr((a > 1).mean()))
print(str(np.True_), f"{np.False_}")
