import numpy as np
# Many BTPE draws, so the Stirling-correction branch (Step 52) decides some of them.
for n, p in [(10**6, 0.3), (5000, 0.5), (200, 0.45), (10**9, 0.01)]:
    rng = np.random.default_rng(n)
    a = rng.binomial(n, p, 20000)
    np.random.seed(n % 2**32)
    b = np.random.binomial(n, p, 20000)
    print(n, p, int(a.sum()), int((a * np.arange(20000)).sum() % 1000003), int(b.sum()), int((b * np.arange(20000)).sum() % 1000003))
