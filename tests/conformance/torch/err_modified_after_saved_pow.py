import torch
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a + 0
c = b ** 2
b.mul_(2)
c.sum().backward()
