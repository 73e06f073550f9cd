import torch
import numpy as np
a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
print(t)
a[0] = 100.0
print(t)
t[1] = -5.0
print(a)
t.add_(1)
print(a)
print(t.dtype)
b = np.arange(6, dtype=np.int32).reshape(2, 3)
u = torch.from_numpy(b)
print(u, u.dtype, u.shape)
