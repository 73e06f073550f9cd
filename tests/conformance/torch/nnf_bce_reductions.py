import torch
import torch.nn.functional as F
logits = torch.tensor([2.0, -1.0, 0.5, 0.0], requires_grad=True)
target = torch.tensor([1.0, 0.0, 1.0, 0.0])
for red in ["none", "sum", "mean"]:
    logits.grad = None
    l = F.binary_cross_entropy_with_logits(logits, target, reduction=red)
    l.sum().backward()
    print(red, l, logits.grad)
probs = torch.sigmoid(logits.detach()).requires_grad_()
l = F.binary_cross_entropy(probs, target)
l.backward()
print(l, probs.grad)
print(F.binary_cross_entropy(probs, target, reduction="none"))
