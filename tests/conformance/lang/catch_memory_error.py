try:
    x = [0] * 10**12
    print('allocated?!')
except MemoryError:
    print('MemoryError')
print('after')
