import torch
import torch.nn.functional as F
p = torch.tensor([0.9, 0.2, 0.6])
t = torch.tensor([1.0, 0.0, 1.0])
print(F.binary_cross_entropy(p, t))
print(F.binary_cross_entropy(p, t, reduction="none"))
print(F.binary_cross_entropy(p, t, reduction="sum"))
print(F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
print(F.binary_cross_entropy(p, t, weight=torch.tensor([1.0, 2.0, 0.5])))
q = p.clone().requires_grad_()
loss = F.binary_cross_entropy(q, t)
print(loss)
loss.backward()
print(q.grad)
