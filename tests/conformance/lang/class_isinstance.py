class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(1, (str, float)))
print(isinstance(1, int), isinstance(1.0, float), isinstance('s', str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, object), isinstance(A, type))
print(issubclass(B, (C, A)))
print(type(b) is B, type(b) == A, type(1) is int)
print(type(b).__name__, b.__class__.__name__, B.__name__)
print(type(1).__name__, type('').__name__, type(None).__name__, type(len).__name__)
