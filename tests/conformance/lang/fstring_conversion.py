s = "it's"
print(f'{s!r}')
print(f'{s!s}')
print(f'{"x"!r:>6}|')
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'a P'
p = P()
print(f'{p}')
print(f'{p!r}')
print(f'{p!s}')
print(f'{[p]}')
print(f'{1.5!r} {"q"!s}')
print(f'{None!r}')
