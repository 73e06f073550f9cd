import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, -0.5, 0.5, 2.0], requires_grad=True)
for name in ["relu", "leaky_relu", "gelu", "sigmoid", "tanh", "silu", "softplus", "elu"]:
    x.grad = None
    getattr(F, name)(x).sum().backward()
    print(name, x.grad)
