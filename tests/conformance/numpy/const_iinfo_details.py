import numpy as np
for t in [np.uint8, np.uint16, np.uint32, np.uint64, np.int64, np.intp, np.int_]:
    i = np.iinfo(t)
    print(i.dtype, i.kind, i.bits, i.min, i.max, type(i.max).__name__)
print(repr(np.iinfo(np.int8)), repr(np.iinfo(np.uint64)))
print(np.iinfo(np.array([1], dtype=np.int16).dtype).max, np.iinfo('i4').min, np.iinfo(np.dtype('uint8')).max, np.iinfo(int).bits)
print(np.iinfo(np.int8).max + 1, np.int8(np.iinfo(np.int8).max), np.iinfo(np.int32).max - np.iinfo(np.int32).min)
a = np.array([1, 2, 300])
print(repr(np.clip(a, np.iinfo(np.uint8).min, np.iinfo(np.uint8).max).astype(np.uint8)))
for bad in [np.float64, np.bool_, 'f4']:
    try:
        np.iinfo(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(str(np.iinfo(np.int16)).strip().splitlines()[0])
