import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = torch.tensor(5.0, requires_grad=True)
out = (a * b).sum()
ga, gb, gc = torch.autograd.grad(out, (a, b, c), allow_unused=True)
print(ga, gb, gc)
out = (a * c).sum()
grads = torch.autograd.grad(out, [a, c], retain_graph=True)
print(grads)
print(a.grad, c.grad)
try:
    torch.autograd.grad(out, [a, b])
except RuntimeError as e:
    print("RuntimeError:", e)
