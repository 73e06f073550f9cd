try:
    {}['k']
except KeyError:
    print('handling, then re-raising')
    raise
