# str.encode with ASCII/Latin-1 and error handlers; UnicodeEncodeError's message, attributes and constructor.
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
    print(e.start, e.end, e.encoding, e.reason, e.object)
    print(repr(e))
try:
    'éé!'.encode('latin-1'), '€€x'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
print('café€'.encode('latin-1', 'replace'), 'café€'.encode('ascii', 'ignore'), 'é'.encode())
try:
    'é'.encode('ascii', 'bogus')
except LookupError as e:
    print(repr(e))
print(str(UnicodeEncodeError('x', '\u20ac\U0001f600', 0, 1, 'r')), str(UnicodeEncodeError('x', 'a\U0001f600', 1, 2, 'r')))
for bad in [('a',), (1, 'a', 0, 1, 'r'), ('a', 'b', 'c', 1, 'r')]:
    try:
        UnicodeEncodeError(*bad)
    except TypeError as e:
        print(e)
