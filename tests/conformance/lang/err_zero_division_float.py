print('dividing floats')
x = 1.5
print(x / 0.0)
