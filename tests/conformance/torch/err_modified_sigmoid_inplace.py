import torch
x = torch.tensor([0.5, -0.5], requires_grad=True)
s = x.sigmoid()
t = s * 2
t.sum().backward()
print(x.grad)
x.grad = None
s = x.sigmoid()
t = s * 2
s.sigmoid_()
print(s)
t.sum().backward()
