def empty():
    pass
class Empty:
    pass
for _ in range(2):
    pass
print(empty(), type(Empty()).__name__)
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a, b = 1, 2
del a, b
lst = [1, 2, 3]
del lst[1], lst[0]
print(lst)
