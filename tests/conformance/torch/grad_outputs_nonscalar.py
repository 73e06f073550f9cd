import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = x ** 2 + x
(g,) = torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y), retain_graph=True)
print(g)
(g,) = torch.autograd.grad(y, x, grad_outputs=torch.tensor([[1.0, 0.0], [0.0, 2.0]]))
print(g)
z = x.sum(dim=1)
z.backward(torch.tensor([1.0, -1.0]))
print(x.grad)
try:
    torch.autograd.grad(x * 2, x)
except RuntimeError as e:
    print("RuntimeError:", e)
