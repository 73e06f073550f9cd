class Widget:
    def who(self):
        return self.__class__.__name__
class Gadget(Widget):
    pass
print(Widget().who(), Gadget().who())
print(type(Gadget()).__name__)
for v in [1, 1.0, 'a', [1], (1,), {1: 2}, {1}, None, True, 1j, range(2), Widget]:
    print(type(v).__name__, end=' ')
print()
print(type(1), type('x'), type([]))
print(type(Widget()) is Widget)
print(Widget.who.__name__)
def func(): pass
print(func.__name__, (lambda: 0).__name__)
