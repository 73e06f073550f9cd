import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.backward(torch.tensor([1.0, 0.1, 0.01]))
print(x.grad)
z = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out = z ** 2
out.backward(gradient=torch.ones_like(out))
print(z.grad)
s = torch.tensor(5.0, requires_grad=True)
(s * 4).backward(torch.tensor(0.5))
print(s.grad)
