import numpy as np
x = np.array([-8.0, -1.0, 0.0, -0.0, 4.0, 27.0, np.inf])
print(repr(np.cbrt(x)))
with np.errstate(invalid='ignore'):
    print(repr(np.sqrt(x)))
print(repr(np.sqrt(np.array([4, 9]))), np.sqrt(np.array([4, 9])).dtype)
print(repr(np.sqrt(np.array([2], dtype=np.float32))), repr(np.sqrt(np.array([2], dtype=np.int8))), repr(np.sqrt(np.array([2], dtype=np.int16))))
print(repr(np.sqrt(np.array([-4 + 0j, 3 + 4j]))), repr(np.cbrt(np.array([64], dtype=np.uint8))))
print(repr(np.sqrt(2)), repr(np.cbrt(-27)), repr(np.sqrt(np.float32(2))))
print(repr(np.square(np.array([-3, 4]))), repr(np.square(np.array([1.5], dtype=np.float16))))
print(repr(np.sqrt(np.array([1e-300, 1e300]))))
