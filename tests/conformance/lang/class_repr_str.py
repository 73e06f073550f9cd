class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Both({self.v!r})'
    def __str__(self):
        return f'<{self.v}>'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
b = Both('x')
print(b)
print(repr(b))
print(str(b))
print(f'{b}', f'{b!r}')
print([b, b])
print((b,), {'k': b})
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
print(str([1, 'a']), repr('a'))
