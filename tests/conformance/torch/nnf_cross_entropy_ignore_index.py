import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [1.0, 3.0, 0.0], [0.0, 0.0, 0.0]], requires_grad=True)
target = torch.tensor([0, -100, 1, 2])
loss = F.cross_entropy(logits, target)
print(loss)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, target, reduction="none"))
print(F.cross_entropy(logits, target, reduction="sum"))
print(F.cross_entropy(logits, torch.tensor([0, 1, 1, 2]), ignore_index=1))
print(F.nll_loss(F.log_softmax(logits, 1), torch.tensor([0, 1, 1, 2]), ignore_index=2, reduction="none"))
