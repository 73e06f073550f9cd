def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name):
    return f'hello {name}'
print(greet('bob'))
def count_calls(fn):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        print(f'call {calls} of {fn.__name__}')
        return fn(*args)
    return wrapper
@count_calls
def add(a, b):
    return a + b
print(add(1, 2))
print(add(3, 4))
@shout
@shout
def hi():
    return 'hi'
print(hi())
