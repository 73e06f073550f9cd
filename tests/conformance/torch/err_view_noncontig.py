import torch
a = torch.arange(12).reshape(3, 4)
t = a.t()
print(t.reshape(12)[:4])
t.view(12)
