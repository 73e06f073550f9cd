print('ordering mixed types')
print(1 < 'a')
