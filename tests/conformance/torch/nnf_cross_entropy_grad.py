import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], requires_grad=True)
loss = F.cross_entropy(logits, torch.tensor([0, 2]))
print(loss)
print(type(loss.grad_fn).__name__)
loss.backward()
print(logits.grad)
l2 = torch.tensor([[1.0, 0.0]], requires_grad=True)
loss2 = F.cross_entropy(l2, torch.tensor([[0.5, 0.5]]))
print(loss2)
loss2.backward()
print(l2.grad)
