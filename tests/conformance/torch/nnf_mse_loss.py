import torch
import torch.nn.functional as F
pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 1.0])
print(F.mse_loss(pred, target))
print(F.mse_loss(pred, target, reduction="sum"))
print(F.mse_loss(pred, target, reduction="none"))
print(F.mse_loss(torch.ones(2, 2), torch.zeros(2, 2)))
p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = F.mse_loss(p, target)
print(loss)
loss.backward()
print(p.grad)
