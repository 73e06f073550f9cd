try:
    1 / 0
except:
    print('bare except caught')
try:
    undefined_thing
except:
    print('bare except caught NameError')
def f():
    try:
        raise RuntimeError('r')
    except:
        return 'handled'
print(f())
try:
    raise ValueError('v')
except Exception as e:
    print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException))
