class Thing:
    pass
try:
    print(not_defined_anywhere)
except NameError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing().weight
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'abc'.nomethod()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    x = x + 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
