import torch
import torch.nn.functional as F
p = torch.tensor([0.5, 1.5, -1.0, 2.0], requires_grad=True)
t = torch.tensor([1.0, 1.0, 0.0, 3.0])
for red in ["none", "sum", "mean"]:
    for name, fn in [("mse", F.mse_loss), ("l1", F.l1_loss)]:
        p.grad = None
        loss = fn(p, t, reduction=red)
        loss.sum().backward()
        print(name, red, loss, p.grad)
