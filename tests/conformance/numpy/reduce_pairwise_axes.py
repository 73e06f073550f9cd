import numpy as np
x = np.arange(2000) * 0.1
print(repr(x.sum()), repr(x.mean()))
print(repr(x.reshape(2, 1000).sum(axis=1)))
print(repr(x.reshape(1000, 2).sum(axis=0)))
print(repr(x.reshape(40, 50).sum(axis=0)[:3]))
print(repr(x.reshape(40, 50).sum(axis=1)[:3]))
print(repr(x.reshape(40, 50).sum()))
print(repr((np.arange(1000) * 0.1).std()))
print(repr((np.arange(1000) * 0.1).var()))
y = np.linspace(0, 1, 3001)
print(repr(y.sum()), repr(y.mean()), repr(np.cumsum(y)[-1]))
print(repr(np.add.reduce(y)), repr(y[::2].sum()))
