def attempt(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        print('except branch')
        r = None
    else:
        print('else branch')
    finally:
        print('finally branch')
    return r
print(attempt(2))
print(attempt(0))
try:
    print('try only')
finally:
    print('try/finally')
try:
    int('x')
except ValueError as e:
    print('ValueError', e)
try:
    pass
except Exception:
    print('no')
else:
    print('else without exception')
try:
    try:
        {}['k']
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', repr(e))
