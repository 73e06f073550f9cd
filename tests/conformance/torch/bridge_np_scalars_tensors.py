import torch
import numpy as np
t = torch.tensor([1.0, 2.0, 3.0])
print(t * np.float64(2.0), np.float64(2.0) * t)
print(t + np.int32(1), np.int64(3) - t)
print((t / np.float32(4)).dtype, (torch.tensor([1, 2]) * np.float64(1.5)).dtype)
print(torch.tensor([1, 2]) + np.int64(10))
print(t > np.float64(1.5), np.float64(2.0) == t)
s = t.sum().item()
print(type(s).__name__, np.sqrt(s), type(np.sqrt(s)).__name__)
print(float(t[0]) + np.float32(0.5))
print(np.mean(t.numpy()), t.numpy().dtype)
print(torch.tensor(np.float64(2.5)), torch.tensor(np.int64(7)))
