def one(a):
    return a
def two(a, b=1):
    return a
five = 5
nothing = None
text = 'str'
class K:
    def m(self):
        return 1
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (2,),
    lambda: 1 - 'x',
    lambda: 'x' * 2.0,
    lambda: None + 1,
    lambda: five[0],
    lambda: nothing(),
    lambda: text(),
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1, 2, 3),
    lambda: one(b=2),
    lambda: K().m(1),
    lambda: len(5),
    lambda: -'a',
    lambda: {[]: 1},
    lambda: [3, 'a'] < ['a', 3],
    lambda: sum(['a', 'b']),
    lambda: int([1]),
]
for fn in cases:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
