import math
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 5.5 % 0,
    lambda: divmod(1, 0),
    lambda: 2.0 ** 10000,
    lambda: math.exp(1000),
    lambda: 0 ** -1,
    lambda: 10.0 ** 400,
]
for fn in cases:
    try:
        fn()
    except ArithmeticError as e:
        print(type(e).__name__, e)
        print(repr(e))
