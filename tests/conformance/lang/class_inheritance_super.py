class Animal:
    def __init__(self, name, sound='...'):
        self.name = name
        self.sound = sound
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, 'meow')
        self.lives = 9
    def kind(self):
        return 'cat, a kind of ' + super().kind()
class Kitten(Cat):
    def speak(self):
        return super().speak() + ' (quietly)'
k = Kitten('tom')
print(k.speak())
print(k.kind())
print(k.lives, k.name)
a = Animal('generic')
print(a.speak(), a.kind())
print(isinstance(k, Animal), isinstance(a, Cat))
print(issubclass(Kitten, Animal), issubclass(Animal, Kitten), issubclass(Cat, Cat))
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object))
