import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
z = y.sum()
print([x, y])
print((z, x.detach()))
print({"loss": z, "w": x})
print([torch.tensor(1), torch.tensor([True])])
print((torch.tensor([1.0], dtype=torch.float64, requires_grad=True) + 1,))
print({"a": [x.mean(), (x ** 2).exp()]})
print(str([y]), repr((z,)))
print(f"{z}", f"{z.item():.3f}", "{}".format(y))
print([x.grad, z.grad_fn.name()])
