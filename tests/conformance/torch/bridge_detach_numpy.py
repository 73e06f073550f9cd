import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
a = y.detach().numpy()
print(a)
print(x.detach().numpy())
print(y.tolist(), y.sum().item())
b = x.detach()
b[0] = 9.0
print(x)
print(x.data, x.data.requires_grad)
