import torch
torch.manual_seed(0)
print(torch.empty(20).bernoulli_(0.5))
print(torch.empty(5).bernoulli_())
print(torch.zeros(4, dtype=torch.int64).bernoulli_(0.3))
print(torch.empty(4).bernoulli_(torch.tensor([0.1, 0.9, 0.5, 0.5])))
print(torch.empty(3, dtype=torch.bool).bernoulli_(0.5))
