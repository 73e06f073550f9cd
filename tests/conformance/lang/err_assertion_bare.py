print('bare assertion')
assert 1 == 2
