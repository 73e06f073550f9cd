print('before')
assert 0
