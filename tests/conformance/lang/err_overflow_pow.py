print('big float power')
print(2.0 ** 10000)
