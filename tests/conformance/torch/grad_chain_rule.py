import torch
x = torch.tensor(0.5, requires_grad=True)
y = torch.exp(torch.sin(x) ** 2)
y.backward()
print(y, x.grad)
w = torch.tensor([0.1, -0.2, 0.3], requires_grad=True)
b = torch.tensor(0.05, requires_grad=True)
inp = torch.tensor([1.0, 2.0, 3.0])
pred = torch.sigmoid((w * inp).sum() + b)
loss = (pred - 1.0) ** 2
loss.backward()
print(loss)
print(w.grad, b.grad)
