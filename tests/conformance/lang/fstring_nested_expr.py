x = 3
y = 4
name = 'world'
print(f'hello {name}')
print(f'{x} + {y} = {x + y}')
print(f'{x * y:5d}|')
print(f"{'nested ' + name}")
print(f'{[i * 2 for i in range(3)]}')
d = {'k': 10}
print(f"{d['k']} {len(d)}")
print(f'{{literal braces}} {x}')
print(f'{x if x > 2 else y}')
print(f'{name.upper()}!')
print(F'{x}{y}{x}')
print(f'''{x}
{y}''')
print(f'{3.0}', f'{None}', f'{True}')
print(f'{"a" "b"}')
