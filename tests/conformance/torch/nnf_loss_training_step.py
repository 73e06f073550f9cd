import torch
import torch.nn.functional as F
X = torch.tensor([[1.0, 2.0], [2.0, 0.5], [-1.0, -1.5], [0.0, 1.0]])
y = torch.tensor([1, 1, 0, 0])
W = torch.zeros(2, 2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
for step in range(3):
    logits = X @ W + b
    loss = F.cross_entropy(logits, y)
    loss.backward()
    with torch.no_grad():
        W -= 0.5 * W.grad
        b -= 0.5 * b.grad
    W.grad.zero_()
    b.grad.zero_()
    print(step, round(loss.item(), 4))
print(W)
print(b)
