class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type)
        return False
with Ctx('a') as v:
    print('inside', v)
with Ctx('b'):
    print('no as')
with Ctx('x') as x, Ctx('y') as y:
    print('both', x, y)
def early():
    with Ctx('ret'):
        return 'returned'
print(early())
try:
    with Ctx('err'):
        raise ValueError('propagates')
except ValueError as e:
    print('caught', e)
