n = 5
print(n.real)
print(n.foo)
