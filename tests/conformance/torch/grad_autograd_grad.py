import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
(g,) = torch.autograd.grad(y, x)
print(g)
print(x.grad)
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
out = a * a * b
r = torch.autograd.grad(out, (a,), retain_graph=True)
print(type(r).__name__, len(r), r)
ga, gb = torch.autograd.grad(out, [a, b])
print(ga, gb)
print(torch.autograd.grad(a * 5, a)[0])
