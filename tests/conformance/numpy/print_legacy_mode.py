import numpy as np
x = np.float64(1.5)
print(repr(x), repr(np.int32(3)), repr(np.bool_(True)), repr(np.array([1.5])[0]))
np.set_printoptions(legacy='1.25')
print(repr(x), repr(np.int32(3)), repr(np.bool_(True)), repr(np.float32(0.1)), repr(np.complex128(1 + 2j)))
print(repr(np.array([1.5, 2.0])), repr(np.arange(3).sum()), [np.int64(1), np.float64(2.0)])
print(np.get_printoptions()['legacy'])
np.set_printoptions(legacy=False)
print(repr(x), repr(np.int32(3)), np.get_printoptions()['legacy'])
with np.printoptions(legacy='1.25'):
    print(repr(np.uint8(7)), repr(np.str_('hi')), repr(np.float16(2)))
print(repr(np.uint8(7)), repr(np.str_('hi')), repr(np.float16(2)))
