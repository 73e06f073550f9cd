import torch
import numpy as np
t = torch.tensor([1.0, 2.0])
print(t + 1.5, t * np.float64(2.0))
print(t + np.float32(1.0))
print(type(np.float64(2.0) * t).__name__)
print(t * np.int64(3))
print(torch.tensor(2.0) * 3.0, 3 * torch.tensor(2))
print(sum([torch.tensor(1.0), torch.tensor(2.0)]))
print(max(torch.tensor(1.0), torch.tensor(3.0)))
print(round(torch.tensor(2.567).item(), 2))
print(torch.tensor([1, 2, 3]).numpy().sum())
