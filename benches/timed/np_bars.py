# The NumPy issue's speed bars, one line per operation: "name best_seconds". Run by benches/ratios.py under
# python3 (real NumPy) and nabla; the same file, timed inside the program so start-up does not count.
import time
import numpy as np

n = 10_000_000
a = np.arange(n) * 0.5
b = np.arange(n) * 0.25 + 1.0
r = b[::-1]
m = a.reshape(1000, 10000)
idx = np.arange(0, n, 7)
mask = a > 1000.0
small = np.arange(10) * 1.0


def best(f, reps=5):
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t0)
    return min(ts)


def loop_small():
    x = small
    for _ in range(100_000):
        x = x + 1.0
    return x


cases = [
    ("a + b", lambda: a + b),
    ("a + b[::-1] (strided)", lambda: a + r),
    ("np.sqrt(a*a + b*b)", lambda: np.sqrt(a * a + b * b)),
    ("np.exp(a)", lambda: np.exp(a)),
    ("a.sum()", lambda: a.sum()),
    ("m.mean(axis=0)", lambda: m.mean(axis=0)),
    ("a.argmax()", lambda: a.argmax()),
    ("a[a > 1000.0]", lambda: a[a > 1000.0]),
    ("a[mask]", lambda: a[mask]),
    ("a[idx] (fancy)", lambda: a[idx]),
    ("100k x = x + 1.0 (10 el)", loop_small),
]
for name, f in cases:
    print(f"{name}\t{best(f, 3 if name.startswith('100k') else 5):.6f}")
