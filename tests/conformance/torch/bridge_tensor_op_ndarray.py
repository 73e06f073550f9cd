import torch
import numpy as np
t = torch.tensor([1.0, 2.0])
a = np.array([0.5, 0.25])
r = t + a
print(type(r).__name__, r)
print(t * a)
print(t - np.array([1.0, 1.0]))
print(t + np.array(1.5))
print(t @ np.array([1.0, 1.0]))
print(torch.tensor([1, 2]) + np.array([0.5, 0.5], dtype=np.float32))
print(t + np.float64(1.0), t * np.int64(2))
