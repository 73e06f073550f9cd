import torch
import torch.nn.functional as F
pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 1.0])
print(F.l1_loss(pred, target))
print(F.l1_loss(pred, target, reduction="sum"))
print(F.l1_loss(pred, target, reduction="none"))
print(F.smooth_l1_loss(pred, target))
print(F.huber_loss(pred, target, delta=0.5))
p = pred.clone().requires_grad_()
loss = F.l1_loss(p, target)
print(loss)
loss.backward()
print(p.grad)
