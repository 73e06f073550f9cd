import torch
a = torch.arange(1.0, 7.0).reshape(2, 3).requires_grad_()
ys = [a.tril(), a.triu(1), a.roll(1, 1), a.roll(2), a.flip(0), a.repeat(2, 1), a.repeat(1, 2, 1),
      torch.diag(a), torch.diag(a[0]), a.fliplr(), a.diff(), a[:, :2].trace()]
for y in ys:
    print(y.grad_fn.name())
for y in ys:
    a.grad = None
    (y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
    print(a.grad)
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.diag(v, 1)
print(w)
w.sum().backward()
print(v.grad)
t = a.trace()
print(t)
t.backward()
print(a.grad)
