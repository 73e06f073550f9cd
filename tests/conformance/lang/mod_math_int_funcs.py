import math
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2**64, 2**40 * 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(52, 5), math.comb(3, 5))
print(math.perm(5, 2), math.perm(5), math.perm(10, 3))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 21)))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]))
print(math.isqrt(17), math.isqrt(10**20))
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError', e)
