import numpy as np
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8]:
    v = t(7)
    print(repr(v), str(v), type(v).__name__, v.dtype, v.itemsize)
print(repr(np.int64(-9223372036854775808)), repr(np.int64(9223372036854775807)), repr(np.uint8(255)), repr(np.int8(-128)))
print(repr(np.intp(3)), repr(np.int_(3)), repr(np.int16(-3)))
print([np.int8(-1), np.uint8(2)], (np.int32(5),))
print(f"{np.int16(-12)}", "%d" % np.uint8(200), "{}".format(np.int64(0)))
