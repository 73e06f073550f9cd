print(float('3.14'), float('-2'), float('  1e3 '), float('1_000.5'))
print(float('inf'), float('-inf'), float('nan'), float('INF'), float('-Infinity'))
print(float(3), float(-0), float(True), float())
print(float('1e400'), float('-1e400'), float('1e-400'))
print(float(2**60), float(10**20))
print(float('.5'), float('5.'), float('0x10'.replace('0x', '')))
for bad in ['abc', '1.2.3', '']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
print(float(' 0.1 ') + float('0.2'))
print((0.5).is_integer(), (2.0).is_integer())
print((0.75).as_integer_ratio())
