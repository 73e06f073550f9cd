import torch
import torch.nn.functional as F
z = torch.tensor([2.0, -1.0, 0.5, -3.0, 3.0])
t = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0])
print(F.binary_cross_entropy_with_logits(z, t))
print(F.binary_cross_entropy_with_logits(z, t, reduction="none"))
print(F.binary_cross_entropy_with_logits(z, t, reduction="sum"))
print(F.binary_cross_entropy_with_logits(z, t, pos_weight=torch.tensor(2.0)))
w = z.clone().requires_grad_()
loss = F.binary_cross_entropy_with_logits(w, t)
print(loss)
loss.backward()
print(w.grad)
