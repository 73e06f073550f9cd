import torch
import numpy as np
t = torch.tensor([1.0, 2.0, 3.0])
a = t.numpy()
print(a, a.dtype, type(a).__name__)
t[0] = 10.0
print(a)
a[2] = -1.0
print(t)
t.mul_(2)
print(a)
print(torch.tensor([1, 2]).numpy().dtype, torch.tensor([True]).numpy().dtype)
print(torch.zeros(2, 2, dtype=torch.float64).numpy())
print(np.asarray(t), np.asarray(t).dtype)
