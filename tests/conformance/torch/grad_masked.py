import torch
x = torch.tensor([-1.0, 2.0, -3.0, 4.0], requires_grad=True)
y = x[x > 0]
print(y)
(y * y).sum().backward()
print(x.grad)
z = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z.masked_fill(torch.tensor([False, True, False]), 0.0).sum().backward()
print(z.grad)
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
torch.where(w > 0, w * 10, w * -1).sum().backward()
print(w.grad)
