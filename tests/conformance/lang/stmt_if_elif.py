def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for v in [-5, 0, 3, 100]:
    print(v, classify(v))
if []:
    print('empty list is true?')
else:
    print('empty list is false')
if 'x':
    pass
if 0: print('no')
elif 1: print('one-line elif')
x = 7
if x > 5:
    if x % 2:
        print('odd and big')
