import torch
# The gradient of a real loss through fft of a real signal.
x = torch.arange(8.0, requires_grad=True)
y = torch.fft.fft(x)
print(y.requires_grad, y.is_leaf, y.grad_fn.name())
y.abs().sum().backward()
print(x.grad)
x.grad = None
torch.fft.fft(x).real.sum().backward()
print(x.grad)
x.grad = None
(torch.fft.fft(x).imag * torch.arange(8.0)).sum().backward()
print(x.grad)
with torch.no_grad():
    print(torch.fft.fft(x).requires_grad)
print(torch.fft.fft(x.detach()).requires_grad)
