import time
a = time.perf_counter()
b = time.perf_counter()
print(a <= b)
print(type(time.time()).__name__, time.time() > 1_600_000_000)
t0 = time.perf_counter()
print(time.sleep(0.01))
elapsed = time.perf_counter() - t0
print(elapsed >= 0.009, elapsed < 5)
print(time.monotonic() <= time.monotonic())
print(type(time.perf_counter()).__name__)
