import torch
import numpy as np
a = np.array([1.0, 2.0, 3.0])
t = torch.tensor(a)
print(t)
a[0] = 100.0
print(t)
print(t.dtype)
print(torch.tensor(np.array([1, 2], dtype=np.int32)).dtype)
print(torch.tensor(np.array([1.5], dtype=np.float32)).dtype)
print(torch.tensor(np.array(3.5)))
print(torch.tensor(np.array([[True, False]])))
print(torch.tensor(np.float64(2.5)), torch.tensor(np.int64(4)))
b = np.array([1.0, 2.0])
print(torch.tensor(b, dtype=torch.float32))
