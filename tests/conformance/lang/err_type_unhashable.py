print('using a list as a key')
d = {[1, 2]: 'x'}
