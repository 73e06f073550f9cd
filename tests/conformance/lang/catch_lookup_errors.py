cases = [
    lambda: [1, 2][5],
    lambda: (1,)[-2],
    lambda: 'abc'[3],
    lambda: {'a': 1}['b'],
    lambda: {}[0],
    lambda: {(1, 2): 0}[(2, 1)],
    lambda: [].pop(),
    lambda: range(3)[3],
]
for fn in cases:
    try:
        fn()
    except LookupError as e:
        print(type(e).__name__, e)
        print(repr(e))
