def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 3
print(list(outer()))
def echo():
    received = None
    while True:
        received = yield received
        if received is None:
            break
        received = received * 2
e = echo()
print(next(e), e.send(5), e.send('ab'))
