import torch
x = torch.tensor(0.7, requires_grad=True)
for name, f in [("tanh", torch.tanh), ("sigmoid", torch.sigmoid), ("exp", torch.exp), ("log", torch.log)]:
    y = f(x)
    (d1,) = torch.autograd.grad(y, x, create_graph=True)
    (d2,) = torch.autograd.grad(d1, x, create_graph=True)
    (d3,) = torch.autograd.grad(d2, x)
    print(name, round(d1.item(), 5), round(d2.item(), 5), round(d3.item(), 5))
y = torch.exp(torch.sin(x))
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g, g.grad_fn is not None)
(h,) = torch.autograd.grad(g, x)
print(h)
