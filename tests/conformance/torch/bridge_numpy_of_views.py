import torch
import numpy as np
t = torch.arange(12.0).reshape(3, 4)
v = t[:, 1::2]
a = v.numpy()
print(a, a.shape, a.strides)
a[0, 0] = 100.0
print(t[0])
tt = t.t()
b = tt.numpy()
print(b.flags["C_CONTIGUOUS"], b.flags["F_CONTIGUOUS"])
b[0, 1] = -5.0
print(t[1, 0])
r = t[1].numpy()
t[1] += 1
print(r)
print(t.detach().numpy().sum(), np.asarray(t[2]).tolist())
