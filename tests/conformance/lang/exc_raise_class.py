try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise IndexError('explicit')
except LookupError as e:
    print(type(e).__name__, e)
err = KeyError('stored')
try:
    raise err
except KeyError as e:
    print(e is err)
def check(v):
    if not isinstance(v, int):
        raise TypeError(f'expected int, got {type(v).__name__}')
    return v
for v in [1, 'a', 2.0]:
    try:
        print(check(v))
    except TypeError as e:
        print(e)
