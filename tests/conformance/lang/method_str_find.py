s = 'hello world, hello'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'))
print(s.rfind('hello'), s.rfind('o'), s.rfind('z'))
print(s.index('world'), s.rindex('l'))
print(s.count('l'), s.count('hello'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('hello'), s.startswith('world', 6), s.endswith('hello'))
print(s.startswith(('x', 'he')), s.endswith(('!', '?')))
print(s.find('o', 5, 10), s.count('o', 0, 5))
try:
    s.index('xyz')
except ValueError as e:
    print('ValueError', e)
