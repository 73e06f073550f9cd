import numpy as np
for lg in ['1.21', '1.25', '2.1', '2.2', False]:
    np.set_printoptions(legacy=lg)
    print(repr(lg), np.get_printoptions()['legacy'], repr(np.float32(1.5)), repr(np.True_), repr(np.arange(2000)), repr(np.array([1e7], dtype=np.float32)), repr(np.array([1e4], dtype=np.float16)))
    print(repr(np.complex64(1 - 2j)), repr(np.int8(-3)), repr(np.float64('nan')), repr(np.str_('x')), repr(np.bytes_(b'y')), str(np.str_('x')), str(np.bytes_(b'y')))
with np.printoptions(legacy='1.25'):
    print(repr(np.array([np.float64(1.5)])), [np.float32(2.5), np.int8(1)], repr(np.array(1.5)))
    print(np.get_printoptions())
print(np.get_printoptions())
np.set_printoptions(legacy=False)
try:
    np.set_printoptions(sign='x')
except Exception as e:
    print(type(e).__name__, e)
try:
    np.set_printoptions(floatmode='x')
except Exception as e:
    print(type(e).__name__, e)
try:
    np.set_printoptions(precision=1.5)
except Exception as e:
    print(type(e).__name__, e)
print(np.array2string(np.arange(2000), legacy='2.1'), np.get_printoptions()['legacy'])
