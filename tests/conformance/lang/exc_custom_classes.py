class AppError(Exception):
    pass
class BadInput(ValueError):
    def __init__(self, field, value):
        super().__init__(f'{field} got {value!r}')
        self.field = field
        self.value = value
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise AppError('app failed')
except AppError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise BadInput('age', -1)
except ValueError as e:
    print(type(e).__name__, e, e.field, e.value)
    print(isinstance(e, BadInput), isinstance(e, ValueError), isinstance(e, Exception))
try:
    raise WithStr()
except Exception as e:
    print(e)
print(issubclass(BadInput, ValueError), issubclass(AppError, ValueError))
print(BadInput.__name__)
