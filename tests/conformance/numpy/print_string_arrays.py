import numpy as np
s = np.array(['apple', 'fig', 'kiwi fruit'])
print(s)
print(repr(s))
print(repr(np.array([['a', 'bb'], ['ccc', '']])), repr(np.array(['x'] * 3)))
print(repr(np.array([b'ab', b'c'])), np.array([b'ab', b'c']))
print(repr(np.array(['quote\'s', 'back\\slash', 'new\nline'])))
print(repr(np.array(['é', 'ñu', '日本'])), np.array(['é', '日本']))
print(repr(np.array(['word%d' % i for i in range(30)])))
print(repr(np.array(['a', 'b'], dtype='U10')), repr(np.array([1, 2]).astype(str)), repr(np.array([1.5, -2.0]).astype('U')))
with np.printoptions(threshold=4):
    print(repr(np.array(list('abcdefghij'))))
