def risky(kind):
    if kind == 'v':
        raise ValueError('bad value')
    if kind == 't':
        raise TypeError('bad type')
    if kind == 'k':
        raise KeyError('bad key')
    return 'fine'
for k in ['v', 't', 'k', 'ok']:
    try:
        print(risky(k))
    except (ValueError, TypeError) as e:
        print('group:', type(e).__name__, e)
    except LookupError as e:
        print('lookup:', type(e).__name__, e)
try:
    [][0]
except KeyError:
    print('wrong')
except IndexError:
    print('IndexError first match')
except Exception:
    print('too general')
try:
    raise ZeroDivisionError('x')
except ArithmeticError as e:
    print('ArithmeticError catches', type(e).__name__)
