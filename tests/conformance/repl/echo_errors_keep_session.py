a = 10
a += 1
undefined_name
a
b = a / 0
a
[a, a]
int('x')
print('still here', a)
