def bare():
    return
def none_implicit():
    x = 1
def pair():
    return 1, 2
def early(n):
    for i in range(n):
        if i == 3:
            return 'early', i
    return 'late'
def nested(x):
    if x:
        return [x]
print(bare(), none_implicit())
print(pair(), type(pair()).__name__)
a, b = pair()
print(a, b)
print(early(10), early(2))
print(nested(0), nested(5))
def multi():
    return 1, [2], {'three': 3}
print(multi())
