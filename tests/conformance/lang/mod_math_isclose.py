import math
print(math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(abs(math.pi - 3.14159) < 1e-5)
print(math.isclose(100, 101, rel_tol=0.01))
