import torch
import numpy as np
t = torch.tensor([1.0, 2.0])
u = torch.as_tensor(t)
print(u is t)
v = torch.as_tensor(t, dtype=torch.float64)
print(v, v is t)
print(torch.as_tensor([1, 2, 3]))
print(torch.as_tensor([1.5, 2]))
print(torch.as_tensor(3.0))
a = np.array([1, 2, 3])
w = torch.as_tensor(a)
a[0] = 100
print(w)
print(w.dtype)
