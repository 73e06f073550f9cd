import torch
@torch.no_grad()
def step(w):
    w -= 0.1 * w.grad
    return w * 2
w = torch.tensor([1.0, 2.0], requires_grad=True)
(w ** 2).sum().backward()
print(w.grad)
r = step(w)
print(w, r.requires_grad)
w.grad.zero_()
print(w.grad)
