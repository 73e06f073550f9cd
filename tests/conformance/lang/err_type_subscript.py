x = 5
print('subscripting', x)
print(x[0])
