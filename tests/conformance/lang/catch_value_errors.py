import math
cases = [
    lambda: int('abc'),
    lambda: int('12', 2),
    lambda: float('x1'),
    lambda: [1, 2].index(3),
    lambda: [1].remove(2),
    lambda: 'abc'.index('z'),
    lambda: math.sqrt(-1),
    lambda: math.log(-1),
    lambda: math.factorial(-3),
    lambda: range(1, 2, 0),
    lambda: chr(-1),
    lambda: ''.split(''),
]
for fn in cases:
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__, e)
        print(repr(e))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
