import torch
z = torch.tensor([1 + 1j, 2 - 1j], requires_grad=True)
y = torch.fft.fft(z)
print(y.grad_fn.name())
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.sum().backward()
