import numpy as np
u = np.array([1, 2], dtype=np.uint8)
for v in [300, -1, 255, 256]:
    try:
        print(repr(u + v))
    except Exception as e:
        print(type(e).__name__, e)
i = np.array([1, 2], dtype=np.int8)
for v in [127, 128, -129]:
    try:
        print(repr(i * v))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(repr(np.int8(5) + 1000))
except Exception as e:
    print(type(e).__name__, e)
print(repr(i + 2.0**10))
print(repr(u == 300), repr(u < -1))
