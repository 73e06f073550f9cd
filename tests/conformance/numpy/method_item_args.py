import numpy as np
a = np.arange(12).reshape(3, 4) * 1.5
print(repr(a.item(5)), repr(a.item(1, 2)), repr(a.item((2, 3))), repr(a.item(-1)))
print(type(a.item(0)).__name__, type(np.arange(3).item(1)).__name__, type(np.array([True]).item()).__name__)
try:
    a.item()
except Exception as e:
    print(type(e).__name__, e)
try:
    a.item(12)
except Exception as e:
    print(type(e).__name__, e)
try:
    a.item(3, 0)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.array([[7]]).item()), repr(np.array(1 + 2j).item()), repr(np.float32(0.1).item()))
print(repr(np.array([2.5], dtype=np.float16).item()), repr(np.uint8(255).item()))
