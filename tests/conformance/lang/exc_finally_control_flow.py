def ret():
    try:
        return 'from try'
    finally:
        print('finally on return')
print(ret())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
for i in range(3):
    try:
        if i == 1:
            break
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 0:
            continue
        print('body', i)
    finally:
        print('finally', i)
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally return swallows'
print(swallow())
def order():
    log = []
    try:
        log.append('try')
        raise KeyError('k')
    except KeyError:
        log.append('except')
        return log
    finally:
        log.append('finally')
print(order())
