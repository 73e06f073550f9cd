print('start')
value = 1
print(undefined_variable_xyz)
