import torch
torch.manual_seed(0)
print(torch.empty(3, dtype=torch.float64).exponential_().tolist())
print(torch.empty(3).exponential_(2.5).tolist())
print(torch.empty(20).exponential_(0.5)[-3:])
