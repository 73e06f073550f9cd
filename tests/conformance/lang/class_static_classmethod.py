class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(['mozzarella', 'tomato'])
    @classmethod
    def made(cls):
        return cls.count
    @staticmethod
    def slices(diameter):
        return diameter // 5
p = Pizza.margherita()
print(p.toppings, type(p).__name__)
print(Pizza.slices(30), p.slices(12))
print(Pizza.made(), p.made())
class Special(Pizza):
    pass
s = Special.margherita()
print(type(s).__name__, Special.made())
