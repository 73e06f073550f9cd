def inner():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    inner()
except ValueError as e:
    print('outer got:', e)
try:
    try:
        raise KeyError('first')
    except KeyError as e:
        raise RuntimeError('second')
except RuntimeError as e:
    print(type(e).__name__, e)
def transform():
    try:
        int('nope')
    except ValueError as e:
        raise TypeError(f'converted: {e}')
try:
    transform()
except TypeError as e:
    print(e)
