fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
def outer():
    v = 1
    def read():
        return v
    v = 2
    return read
print(outer()())
def adder(a):
    return lambda b: lambda c: a + b + c
print(adder(1)(2)(3))
