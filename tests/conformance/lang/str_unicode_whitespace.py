# Python's whitespace is Unicode's plus the separators U+001C..U+001F: isspace, split, strip and rsplit agree.
print([hex(c) for c in range(0x3001) if chr(c).isspace()])
s = '\x1c a\u3000b\x1fc\u2003 '
print(s.split())
print(s.split(None, 1))
print(s.rsplit(None, 1))
print(s.rsplit(None, 2))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('\u3000x\u3000y'.rsplit(maxsplit=1))
