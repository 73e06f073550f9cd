import numpy as np
a = np.array(['x', 'yy'])
print(type(a[0]), type(list(a)[0]), type(a.tolist()[0]), type(a.item(0)), np.str_, np.bytes_, np.character, np.flexible)
print(repr(np.str_('a') == 'a'), hash(np.str_('a')) == hash('a'), np.str_('ab') < 'b', 'a' in np.str_('ab'), np.str_('a') in 'ab', len(np.str_('abc')), f'{np.str_("ab"):>4}', '-'.join([np.str_('a'), 'b']), int(np.str_('3')), float(np.str_('1.5')))
print(repr(np.str_('ab') * 2), repr(np.str_('%s!') % 'x'), repr('x' + np.str_('y')), np.str_('a').item().__class__, repr(np.str_('ab').tolist()), repr(2 * np.str_('ab')))
print(np.str_('ab').ndim, np.str_('ab').size, np.str_('ab').nbytes, repr(np.str_('ab').dtype), np.str_('ab').shape, repr(np.str_('é')), repr(np.str_("a'b")), str(np.bytes_(b'x')))
print([x for x in np.str_('ab')], repr(np.str_('ab')[::-1]), bool(np.str_('')), repr(np.str_('ab').upper()), repr(np.str_('a b').split()))
print(repr(a[0]), repr(np.array('abc')[()]), repr(np.sort(np.array(['b', 'a']))[0]), a[1] + a[0], repr(a[1] + a[0]))
print(isinstance(a[0], str), isinstance(a[0], np.generic), isinstance(a[0], np.character), type(a[0]) is np.str_, a.dtype.type, np.dtype('S2').type)
print({a[0]: 1}, {'x': 2}[a[0]], a[0] == a[0], a[0] != 'x', sorted([np.str_('b'), 'a']), max(a), str.upper(a[0]))
print(repr(np.str_(5)), repr(np.str_()), repr(np.bytes_()), repr(np.bytes_('ab')), repr(np.str_(b'ab')), repr(np.array([np.str_('q'), 'rr'])))
for s in np.array(['p', 'q']):
    print(s, repr(s), end=' ')
print()
print(a == np.str_('x'), np.str_('x') == a, repr(np.array([b'a', b'bc'])[1]), np.array([b'a'])[0] + b'z', repr(np.str_('ab').startswith(('a', 'z'))))
print('%s|%r' % (a[0], a[1]), str(a[0]), '{}'.format(a[1]), a[0].center(5, '*'), np.str_('ab').astype(np.float64) if False else '', repr(np.str_('3').item()))
try:
    np.str_('a') < 3
except TypeError as e:
    print(e)
try:
    np.str_('a') + 3
except TypeError as e:
    print(e)
