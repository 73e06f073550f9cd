class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
add5 = Adder(5)
print(add5(1), add5(1, y=2), callable(add5), callable(5))
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return len(self.items) > 0
bag = Bag('abc')
print(len(bag), bool(bag), bool(Bag([])))
if not Bag([]):
    print('empty bag is falsy')
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()))
