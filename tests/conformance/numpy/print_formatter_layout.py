import numpy as np
a = np.arange(12.0).reshape(3, 4)
print(np.array2string(a, formatter={'all': lambda x: 'line1\nline22'}))
print(np.array2string(np.arange(2000), formatter={'int': lambda x: str(x * 2)}))
print(repr(np.arange(2000).reshape(2, 1000)))
np.set_printoptions(formatter={'float_kind': lambda x: '%.2f' % x, 'all': lambda x: '?'})
print(np.array([1.5, 2.25]), np.array([1, 2]), np.array([True]), np.array([1j]))
print(repr(np.array(1.5)), str(np.array(1.5)), repr(np.float64(1.5)))
print(np.get_printoptions()['formatter'] is not None)
np.set_printoptions(precision=3)
print(np.get_printoptions()['formatter'], np.array([1.5]))
print(np.array2string(np.array([1.5, 2.5]), formatter={'float': None, 'all': lambda x: 'a'}))
print(np.array2string(np.array(['ab', 'c']), formatter={'numpystr': lambda s: s.upper()}))
print(np.array2string(np.array(['ab', 'c']), formatter={'str_kind': lambda s: repr(type(s).__name__)}))
print(np.array2string(np.array(2.5), formatter={'float': lambda x: 'F'}))
print(np.array2string(np.arange(30), formatter={'int': lambda x: 'x' * 5}, max_line_width=40, separator=', ', prefix='pre(', suffix=')'))
print(np.array2string(np.array([[1, 2], [3, 4]]), formatter={'int_kind': lambda x: '[%d]' % x}, separator=';'))
print(np.array2string(np.array([1.0, 2.0]), precision=2, floatmode='fixed', sign='+', suppress_small=True))
with np.printoptions(formatter={'complex_kind': lambda z: 'C'}, linewidth=20):
    print(repr(np.array([1j] * 10)))
    print(np.get_printoptions()['linewidth'])
print(np.get_printoptions()['linewidth'], np.get_printoptions()['formatter'])
np.set_printoptions(threshold=np.inf)
with np.printoptions(precision=2):
    pass
print(np.get_printoptions()['threshold'])
np.set_printoptions(threshold=1000)
print(np.array2string(np.arange(3), formatter={'bool': lambda x: 'B'}))
print(np.array2string(np.arange(3, dtype=np.uint8), formatter={'int': lambda x: type(x).__name__}))
print(np.array2string(np.arange(3, dtype=np.float32), formatter={'float': lambda x: type(x).__name__}))
def f(x):
    return 'ab\ncdef'
print(repr(np.array([1, 2, 3]).reshape(1, 3)), np.array2string(np.array([[1, 2], [3, 4]]), formatter={'int': f}))
try:
    np.array2string(np.arange(3), formatter={'int': lambda x: 5})
except Exception as e:
    print(type(e).__name__, e)
try:
    np.array2string(np.arange(3), formatter=5)
except Exception as e:
    print(type(e).__name__, e)
print(repr(np.array2string(np.array(3), formatter={'int': lambda x: 7})))
