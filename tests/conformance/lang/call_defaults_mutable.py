def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
n = 5
def captured(v=n):
    return v
n = 6
print(captured())
def defaults(a, b='b', c=None, d=(1, 2)):
    return a, b, c, d
print(defaults(0))
