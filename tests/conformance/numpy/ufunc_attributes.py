import numpy as np
for u in [np.add, np.sqrt, np.divmod, np.maximum, np.logical_not, np.isnan, np.arctan2, np.modf]:
    print(repr(u), u.__name__, u.nin, u.nout, u.nargs)
print(np.add.identity, np.multiply.identity, np.maximum.identity, np.logical_and.identity, np.bitwise_or.identity)
print(type(np.add).__name__, isinstance(np.sqrt, np.ufunc), callable(np.add))
print(np.add.ntypes > 10, 'dd->d' in np.add.types)
print(str(np.subtract), np.negative.__name__)
print(np.add.reduce.__name__, np.multiply.outer.__name__, repr(np.add.reduce(np.arange(4))))
