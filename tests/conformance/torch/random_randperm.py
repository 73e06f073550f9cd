import torch
torch.manual_seed(0)
print(torch.randperm(5))
print(torch.randperm(10))
print(torch.randperm(1), torch.randperm(0))
torch.manual_seed(3)
p = torch.randperm(1000)
print(p[:10].tolist(), p.sum().item())
print(torch.randperm(4, dtype=torch.float32))
