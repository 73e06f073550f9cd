import numpy as np

# 'call' and 'log' modes: the handler gets each condition once per ufunc call, in NumPy's order.
def handler(kind, flags):
    print('call:', kind, flags)

class Log:
    def write(self, msg):
        print('log:', repr(msg))

print(np.geterrcall())
old = np.seterrcall(handler)
print(old, np.geterrcall() is handler)
with np.errstate(all='call'):
    np.array([1.0, 0.0, -1.0]) / 0.0
    np.sqrt(np.array([-1.0, 4.0]))
    np.exp(np.array([1000.0]))
    divmod(np.array([1.0, 0.0]), 0.0)
np.seterrcall(Log())
with np.errstate(divide='log', invalid='log'):
    np.log(np.array([0.0, -1.0]))
np.seterrcall(None)
for mode in ('call', 'log'):
    try:
        with np.errstate(divide=mode):
            np.array([1.0]) / 0
    except NameError as e:
        print('NameError:', e)
try:
    np.seterrcall(3)
except TypeError as e:
    print('TypeError:', e)
with np.errstate(call=handler, over='call'):
    print(np.geterrcall() is handler)
    np.array([1e308]) * 10
print(np.geterrcall())

# Validation and restoring.
for bad in ('bogus', 3):
    try:
        np.seterr(divide=bad)
    except ValueError as e:
        print('ValueError:', e)
e = np.errstate(under='bogus')
print('built')
try:
    with e:
        pass
except ValueError as ex:
    print('ValueError:', ex)
e = np.errstate(all='ignore')
with e:
    try:
        with e:
            pass
    except TypeError as ex:
        print('TypeError:', ex)
try:
    with np.errstate(all='raise'):
        print(np.geterr())
        raise KeyError('inner')
except KeyError:
    print('restored', np.geterr())
with np.errstate(all='raise'):
    np.seterr(divide='ignore')
    print(np.geterr()['divide'])
print(np.geterr()['divide'])
print(np.seterr(all='warn', under='raise'))
print(np.seterr())
np.seterr(under='ignore')

@np.errstate(divide='raise')
def inverse(x):
    return 1.0 / x

try:
    inverse(np.array([0.0]))
except FloatingPointError as ex:
    print('decorated:', ex)
print(np.geterr()['divide'], issubclass(FloatingPointError, ArithmeticError))
