s = '   padded\t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('www.example.com'.strip('cmowz.'))
print('12abc21'.strip('123'))
print(repr(''.strip()), repr('   '.strip()))
print('banana'.rstrip('an'), 'banana'.lstrip('ban'))
