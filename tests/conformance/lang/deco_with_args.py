def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
def tag(name, close=True):
    def deco(fn):
        def inner(text):
            out = f'<{name}>' + fn(text)
            return out + f'</{name}>' if close else out
        return inner
    return deco
@tag('b')
@tag('i', close=False)
def text(s):
    return s
print(text('bold'))
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register('sq')
def square(x):
    return x * x
print(registry['sq'](7), square(3))
class Cls:
    @repeat(2)
    def method(self, v):
        return v
print(Cls().method('m'))
