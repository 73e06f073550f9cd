class Box:
    pass
b = Box()
b.x = 1
b.y = [1, 2]
print(b.x, b.y)
b.x = b.x + 5
b.y.append(3)
print(b.x, b.y)
b.inner = Box()
b.inner.value = 'deep'
print(b.inner.value)
print(hasattr(b, 'x'), hasattr(b, 'z'))
del b.x
print(hasattr(b, 'x'))
print((3 + 4j).real, 'abc'.upper())
print(' x '.strip().upper().center(5, '.'))
