x = 3.14159265
w = 10
p = 3
print(f'{x:{w}.{p}f}|')
print(f'{x:{w}}|')
print(f'{x:.{p}}')
align = '>'
print(f'{"hi":{align}{w}}|')
fill = '#'
print(f'{"hi":{fill}^{w}}|')
for prec in range(4):
    print(f'{x:.{prec}f}')
for width in (4, 6, 8):
    print(f'[{42:{width}d}]')
