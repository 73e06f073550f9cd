class Dog:
    species = 'canis'
    count = 0
    tricks = []
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog('rex')
b = Dog('fido')
print(a.species, b.species, Dog.species, Dog.count)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
a.add_trick('sit')
print(b.tricks, Dog.tricks)
Dog.species = 'dog'
print(a.species, b.species)
b.count = 99
print(Dog.count, b.count, a.count)
print(a.name, b.name)
