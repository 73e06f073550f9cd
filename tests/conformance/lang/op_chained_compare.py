x = 2
print(1 < x < 3, 1 < x < 2, 3 > x > 1)
a = b = c = 5
print(a == b == c, a == b != c)
print(1 <= 1 < 2 <= 2 < 3)
print(1 < 3 > 2, 1 < 3 > 4)
print(0 < x != 2)
def loud(v):
    print('eval', v)
    return v
print(loud(1) < loud(0) < loud(5))
print(loud(1) < loud(2) < loud(3))
print(1 == 1.0, 1 < 1.5, 2 >= 2.0, -1 < -0.5)
print(10**20 > 1e19, 10**20 == 1e20, 2**53 + 1 == 2.0**53 + 1)
print('a' < 'b' < 'c', 'abc' < 'abd', 'Z' < 'a', '' < 'a')
