import numpy as np
v = np.array([3.0, -4.0, 0.0, 1.0])
for o in [None, 1, 2, -1, -2, 0, 3, 0.5, np.inf, -np.inf]:
    print(o, repr(np.linalg.norm(v, ord=o)))
m = np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0], [7.0, -8.0, 10.0]])
for o in [None, 'fro', 'nuc', 1, -1, 2, -2, np.inf, -np.inf]:
    print(o, repr(np.round(np.linalg.norm(m, ord=o), 10)))
print(repr(np.linalg.norm(m, axis=0)), repr(np.linalg.norm(m, axis=1, ord=1)))
print(repr(np.linalg.norm(m, axis=(1, 0))), repr(np.linalg.norm(m, keepdims=True)))
print(repr(np.linalg.norm(m, axis=1, keepdims=True, ord=np.inf)))
print(repr(np.linalg.norm([1, 2, 2])), repr(np.linalg.norm(np.array([3 + 4j, 0]))))
print(repr(np.linalg.norm(np.array([1, 2], dtype=np.float32))))
t = np.arange(24.0).reshape(2, 3, 4)
print(repr(np.linalg.norm(t, axis=(1, 2))), repr(np.linalg.norm(t, ord=1, axis=(0, 2))))
print(repr(np.linalg.norm(t, axis=-1)))
print(repr(np.linalg.vector_norm(t, axis=(0, 1))), repr(np.linalg.matrix_norm(t, ord=np.inf)))
for args in [(v, 'fro'), (m, 3), (t, None, (0, 0))]:
    try:
        np.linalg.norm(*args) if len(args) == 2 else np.linalg.norm(args[0], args[1], args[2])
    except ValueError as e:
        print(e)
np.linalg.norm(t, ord=2)
