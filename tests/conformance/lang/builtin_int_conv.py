print(int('42'), int('-17'), int('  8  '), int('+3'))
print(int('ff', 16), int('0xff', 16), int('777', 8), int('1010', 2))
print(int('z', 36), int('0b11', 0), int('0o17', 0), int('10', 0))
print(int('1_000'), int(3.99), int(-3.99), int(-0.5))
print(int(1e20), int(2.0**70))
print(int(True), int(), int('  -0  '))
print(int('123456789012345678901234567890'))
print(int(7.0) == 7, type(int(7.9)))
for bad in ['abc', '1.5', '', '12a']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
