import torch
import torch.nn.functional as F
logp = torch.log_softmax(torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.2, 3.0]]), dim=1)
y = torch.tensor([1, 2])
print(F.nll_loss(logp, y))
print(F.nll_loss(logp, y, reduction="sum"))
print(F.nll_loss(logp, y, reduction="none"))
print(F.nll_loss(logp, torch.tensor([1, -100])))
print(F.nll_loss(logp, y, weight=torch.tensor([1.0, 2.0, 0.5])))
print(F.nll_loss(logp, torch.tensor([0, 0]), ignore_index=0))
