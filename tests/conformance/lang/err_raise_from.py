try:
    1 / 0
except ZeroDivisionError as e:
    print('translating error')
    raise ValueError('bad denominator') from e
