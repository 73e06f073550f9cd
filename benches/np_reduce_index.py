import numpy as np
n = 10_000_000
a = np.arange(n) * 0.5
m = a.reshape(1000, 10000)
for _ in range(5):
    s = a.sum()
    mm = m.mean(axis=0)
    am = a.argmax()
    sel = a[a > 1000.0]
    f = a[np.arange(0, n, 7)]
print(s, mm[-1], am, sel.size, f.size)
