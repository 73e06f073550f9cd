s = 'abc'
print(s * 2, s + 'd', s[::-1], len(s))
print('x' in s, s.__len__())
print('Name: {}, Age: {}'.format('Ann', 30))
print('%s!' % s.upper())
print(str.upper('q'), str.join('-', ['a', 'b']))
print('a-b_c'.replace('-', ' ').replace('_', ' ').split())
print(min('hello'), max('hello'), sorted('hello'))
text = 'the rain in spain'
words = text.split()
print(len(words), words.index('in'), ' '.join(w.capitalize() for w in words))
print(ord(min(text)), text.count(' ') + 1)
