import torch
import numpy as np
for dt in [np.float32, np.float64, np.float16, np.int64, np.int32, np.int16, np.int8, np.uint8, np.bool_, np.complex64]:
    a = np.array([1, 0, 1], dtype=dt)
    t = torch.from_numpy(a)
    print(np.dtype(dt).name, t.dtype, t)
a = np.arange(6.0).reshape(2, 3)
t = torch.from_numpy(a)
a[0, 0] = -1.0
print(t)
print(torch.from_numpy(a[:, 1]).shape)
print(torch.as_tensor(a).dtype, torch.tensor(a, dtype=torch.float32).dtype)
