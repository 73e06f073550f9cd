pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (IndexError, LookupError),
    (KeyError, LookupError),
    (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError),
    (StopIteration, Exception),
    (Exception, BaseException),
    (SystemExit, Exception),
    (KeyError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
