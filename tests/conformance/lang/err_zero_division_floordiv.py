print('floor division by zero')
n = 0
print(10 // n)
