print('modulo by zero')
print(7 % 0)
