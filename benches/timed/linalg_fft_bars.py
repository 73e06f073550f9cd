# The linear algebra / FFT issue's speed bars, one line per operation: "name best_seconds". Run by
# benches/ratios.py under python3 (real NumPy with its OpenBLAS) and nabla; timed inside the program.
import time
import numpy as np


def best(f, reps=5):
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t0)
    return min(ts)


def data(shape, dtype):
    n = 1
    for s in shape:
        n *= s
    return np.sin(np.arange(n, dtype=np.float64) * 0.37).reshape(shape).astype(dtype)


a64, b64 = data((1024, 1024), np.float64), data((1024, 1024), np.float64).T.copy()
a32, b32 = a64.astype(np.float32), b64.astype(np.float32)
s32, t32 = data((256, 256), np.float32), data((256, 256), np.float32).T.copy()
ba, bb = data((64, 128, 128), np.float32), data((64, 128, 128), np.float32) * 0.5
m = data((1000, 1000), np.float64) + np.eye(1000) * 30.0
rhs = data((1000,), np.float64)
q = data((500, 500), np.float64)
sig = data((1 << 20,), np.float64)

cases = [
    ("matmul 1024 float64", lambda: a64 @ b64),
    ("matmul 1024 float32", lambda: a32 @ b32),
    ("batched 64x128x128 float32", lambda: ba @ bb),
    ("matmul 256 float32", lambda: s32 @ t32),
    ("solve 1000", lambda: np.linalg.solve(m, rhs)),
    ("svd 500", lambda: np.linalg.svd(q)),
    ("fft 2^20 float64", lambda: np.fft.fft(sig)),
]
for name, f in cases:
    print(f"{name}\t{best(f):.6f}")
