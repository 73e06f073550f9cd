import sys
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
try:
    raise RuntimeError('custom runtime')
except RuntimeError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)), repr(e))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(str(e)), repr(e))
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(isinstance(e, ImportError))
try:
    assert False, 'assert message'
except AssertionError as e:
    print(type(e).__name__, e, repr(e))
print('recovered from recursion, still working', deep.__name__)
