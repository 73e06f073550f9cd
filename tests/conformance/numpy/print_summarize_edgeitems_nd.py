import numpy as np
a = np.arange(3000).reshape(10, 15, 20)
with np.printoptions(edgeitems=1):
    print(repr(a))
with np.printoptions(edgeitems=2, threshold=100):
    print(a[:4, :4, :5])
    print(repr(np.arange(150).reshape(10, 15) * 0.5))
with np.printoptions(threshold=0):
    print(repr(np.arange(7)), repr(np.arange(6)), repr(np.array([1.5])))
with np.printoptions(threshold=5, edgeitems=4):
    print(repr(np.arange(9)), repr(np.arange(8)))
print(repr(np.arange(1001)[::-1]))
print(repr(np.linspace(0, 1, 1200)))
