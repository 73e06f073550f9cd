assert True
assert 1 + 1 == 2, 'math works'
assert [1], 'non-empty list'
print('asserts passed')
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('caught:', e, repr(e))
try:
    assert False
except AssertionError as e:
    print('no message:', repr(str(e)), repr(e))
x = 5
try:
    assert x < 0, f'x={x} not negative'
except AssertionError as e:
    print(e.args)
