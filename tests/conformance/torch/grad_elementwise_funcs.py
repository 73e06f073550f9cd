import torch
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
for name in ["exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "reciprocal", "log1p", "expm1", "rsqrt"]:
    x.grad = None
    getattr(torch, name)(x).sum().backward()
    print(name, x.grad)
x.grad = None
torch.pow(x, 2.5).sum().backward()
print("pow", x.grad)
