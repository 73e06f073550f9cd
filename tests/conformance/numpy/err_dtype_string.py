import numpy as np
print(repr(np.dtype('f8')), repr(np.dtype('int8')))
print(np.zeros(2, dtype='uint8'))
print(np.dtype('float32'))
print(np.zeros(3, dtype='float33'))
