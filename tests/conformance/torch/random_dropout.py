import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.ones(10)
print(F.dropout(x, 0.3))
print(F.dropout(x, 0.5))
print(F.dropout(x, 0.5, training=False))
print(F.dropout(x, 0.0))
print(F.dropout(x, 1.0))
print(F.dropout(torch.arange(20.0).reshape(4, 5), 0.25))
print(torch.dropout(torch.ones(6), 0.5, True))
print(torch.dropout(torch.ones(6), 0.5, False))
print(F.dropout(torch.ones(4, dtype=torch.float64), 0.1).tolist())
