import torch
import numpy as np
a = np.arange(12.0).reshape(3, 4)
t = torch.from_numpy(a[:, 1])
print(t, t.stride(), t.is_contiguous())
a[0, 1] = -1
print(t)
tt = torch.from_numpy(a.T)
print(tt.shape, tt.stride())
s = torch.arange(6.0).reshape(2, 3).t()
n = s.numpy()
print(n, n.shape, n.strides)
s[0, 1] = 50
print(n[0, 1])
print(torch.from_numpy(a).numpy() is a, np.shares_memory(torch.from_numpy(a).numpy(), a))
