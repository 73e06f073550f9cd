def f(n):
    return f(n + 1)
print('recursing forever')
f(0)
