import torch
import torch.nn.functional as F
x = torch.tensor([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
print(F.gelu(x))
print(F.gelu(x, approximate="tanh"))
print(F.silu(x))
print(F.softplus(x))
print(F.gelu(torch.tensor([1.0], dtype=torch.float64)))
