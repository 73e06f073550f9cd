import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(6).reshape(3, 2) * 1.5
v = np.array([1.0, -1.0, 2.0])
print(repr(np.einsum('ij,jk', a, b)), repr(np.einsum('ij,ij', a, a)), repr(np.einsum('ij,kj->ik', a, a)))
print(repr(np.einsum('i', v)), repr(np.einsum('i->', v)), repr(np.einsum('ji', a)), repr(np.einsum('i,i', v, v)))
t = np.arange(24).reshape(2, 3, 4)
print(repr(np.einsum('ijk->kji', t).shape), repr(np.einsum('ijk->j', t)), repr(np.einsum('ijk,k->ij', t, np.ones(4))))
print(repr(np.einsum('...ij->...ji', t)[1, 0]), repr(np.einsum('ij...->...', t)))
print(repr(np.einsum('ij,j->ij', a, v)), repr(np.einsum('i,j,k->ijk', [1, 2], [1, 10], [1, -1]).ravel()))
print(repr(np.einsum('ii->', np.arange(16).reshape(4, 4))), repr(np.einsum('iji->j', np.arange(18).reshape(3, 2, 3))))
print(repr(np.einsum(a, [0, 1], [1, 0])), repr(np.einsum('ij->', np.array([[True, True], [False, True]]))))
print(repr(np.einsum('i,i->', np.array([1, 2], dtype=np.int8), np.array([100, 100], dtype=np.int8))))
print(repr(np.einsum('bi,bi->b', np.ones((2, 3)), np.arange(6).reshape(2, 3))), repr(np.einsum('ij,jk,kl->il', a, b, a)))
try:
    np.einsum('ij,jk->ik', a, a)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    np.einsum('ij->k', a)
except Exception as e:
    print(type(e).__name__, e)
