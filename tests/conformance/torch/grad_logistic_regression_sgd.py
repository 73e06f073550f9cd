import torch
import torch.nn.functional as F
X = torch.tensor([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [-1.0, -1.0], [3.0, 1.0], [-2.0, 0.5]])
y = torch.tensor([0.0, 0.0, 1.0, 0.0, 1.0, 0.0])
w = torch.zeros(2, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for step in range(6):
    logits = X @ w + b
    loss = F.binary_cross_entropy_with_logits(logits, y)
    w.grad = None
    b.grad = None
    loss.backward()
    with torch.no_grad():
        w.sub_(0.5 * w.grad)
        b.sub_(0.5 * b.grad)
    acc = ((logits > 0).float() == y).float().mean()
    print(step, f"{loss.item():.4f}", acc.item())
print(w.detach(), b.item() < 0)
