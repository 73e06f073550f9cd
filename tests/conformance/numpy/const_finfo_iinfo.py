import numpy as np
f = np.finfo(np.float64)
print(repr(f.eps), repr(f.max), repr(f.min), repr(f.tiny), f.bits, f.precision, repr(f.resolution))
f32 = np.finfo(np.float32)
print(repr(f32.eps), repr(f32.max), repr(f32.tiny), f32.bits, f32.precision)
f16 = np.finfo(np.float16)
print(repr(f16.eps), repr(f16.max), f16.precision)
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8]:
    i = np.iinfo(t)
    print(t.__name__, i.min, i.max, i.bits, repr(i.max))
print(np.finfo(float).dtype, np.iinfo(int).dtype)
