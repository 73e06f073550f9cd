import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(27, 3))
print(math.log2(8), math.log2(10), math.log2(2**60))
print(math.log10(1000), math.log10(2), math.log10(0.001))
print(math.log(2**1000), math.log1p(1e-10), math.expm1(1e-10))
print(math.sqrt(math.exp(2)))
try:
    math.log(0)
except ValueError as e:
    print('ValueError', e)
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
