import numpy as np
a8 = np.array([1], dtype=np.int8)
f32 = np.array([1.0], dtype=np.float32)
print(repr(np.result_type(a8, f32)), repr(np.result_type(a8, 300)), repr(np.result_type(f32, 1e300)))
print(repr(np.result_type(a8, np.float64)), repr(np.result_type('i2', 'u2')), repr(np.result_type(np.uint64, np.int64)))
print(repr(np.result_type(True, a8)), repr(np.result_type(1j, f32)), repr(np.result_type(3, 4.0)), repr(np.result_type(3)))
print(repr(np.result_type(np.array(1.0, dtype=np.float64), f32)), repr(np.result_type(np.float16(1), np.int16)))
print(repr(np.result_type(np.int32, np.float16)), repr(np.result_type(np.int16, np.float16)), repr(np.result_type(np.uint8, np.bool_, np.int8)))
print(repr(np.result_type('U3', 'U5')), repr(np.result_type(np.complex64, np.float64)), repr(np.result_type(np.int64, 1.5)))
print(repr((a8 + 1).dtype), repr((a8 + np.int16(1)).dtype), repr((f32 * 2.5).dtype), repr((f32 + np.float64(2.5)).dtype))
print(repr(np.promote_types(np.int8, np.uint16)), repr(np.promote_types('f2', 'i4')), repr(np.promote_types('S3', 'U1')))
print(np.can_cast(np.int8, np.uint8), np.can_cast(np.float32, np.float64), np.can_cast('i8', 'f8', casting='same_kind'), np.can_cast(np.int64, np.int32, casting='unsafe'))
print(repr(np.min_scalar_type(255)), repr(np.min_scalar_type(-1)), repr(np.min_scalar_type(1e50)), repr(np.min_scalar_type(2.5)))
try:
    np.result_type()
except Exception as e:
    print(type(e).__name__, e)
