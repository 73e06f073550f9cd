class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kind):
            print('suppressed', exc_type.__name__, exc)
            return True
        print('not suppressed', exc_type.__name__ if exc_type else None)
        return False
with Suppress(ZeroDivisionError):
    1 / 0
    print('unreachable')
print('after suppression')
try:
    with Suppress(KeyError):
        raise ValueError('different')
except ValueError as e:
    print('escaped:', e)
with Suppress(Exception):
    pass
for i in range(3):
    with Suppress(IndexError):
        [][i]
print('loop ok')
