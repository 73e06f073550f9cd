print(...)
print(repr(Ellipsis))
print(... is Ellipsis)
x = ...
print(x)
def stub():
    ...
print(stub())
print([..., 1])
print(type(...).__name__)
