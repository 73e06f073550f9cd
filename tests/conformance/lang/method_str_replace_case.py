s = 'Hello World hello'
print(s.replace('hello', 'bye'), s.replace('l', 'L', 2), s.replace('', '-')[:10])
print(s.upper(), s.lower())
print('the quick brown fox'.title(), "they're bill's".title())
print('hELLO wORLD'.capitalize(), ''.capitalize())
print('MiXeD'.swapcase())
print('aaa'.replace('a', 'bb'), 'abc'.replace('x', 'y'))
print('ß'.upper(), 'É'.lower())
