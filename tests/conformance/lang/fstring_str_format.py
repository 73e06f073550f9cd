print('{} {}'.format('a', 'b'))
print('{1} {0} {1}'.format('a', 'b'))
print('{x} {y}'.format(x=1, y=2))
print('{0[1]} {d[k]}'.format([10, 20], d={'k': 'v'}))
print('{:.2f} {:>5}|'.format(3.14159, 'r'))
print('{name:*^10}'.format(name='mid'))
print('{0:,} {0:_}'.format(10**6))
print('{{}} {}'.format(7))
print('{!r} {!s}'.format('q', 'q'))
print('{:{}}|'.format('w', 5))
class Pt:
    def __init__(self):
        self.x = 3
print('{p.x}'.format(p=Pt()))
print('{0} {name}'.format(1, name='n'))
