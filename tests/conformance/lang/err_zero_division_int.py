print('dividing ints')
a = 10
b = 0
print(a // 2)
print(a / b)
