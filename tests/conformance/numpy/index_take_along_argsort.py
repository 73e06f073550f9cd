import numpy as np
scores = np.array([[70, 95, 80], [60, 50, 90], [85, 85, 40]])
order = np.argsort(-scores, axis=1, kind='stable')
print(repr(order))
print(repr(np.take_along_axis(scores, order, axis=1)))
best = scores.argmax(axis=1)
print(repr(best), repr(scores[np.arange(3), best]))
top2 = order[:, :2]
print(repr(np.take_along_axis(scores, top2, axis=1)))
labels = np.array([2, 0, 1])
print(repr(scores[np.arange(len(labels)), labels]))
rank = scores.argsort(axis=0).argsort(axis=0)
print(repr(rank))
print(repr(scores.take([0, 2], axis=1)), repr(scores.take(4)))
