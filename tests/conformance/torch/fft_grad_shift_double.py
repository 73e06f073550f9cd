import torch
torch.set_printoptions(precision=6)
x = torch.tensor([0.3, -1.2, 2.5, 0.7, -0.4, 1.1], dtype=torch.float64, requires_grad=True)
y = torch.fft.fftshift(torch.fft.fft(x))
k = torch.arange(6, dtype=torch.float64)
(y.abs() * k).sum().backward()
print(y.grad_fn.name(), x.grad)
x.grad = None
# A gradient of a gradient through an FFT (create_graph).
y = torch.fft.rfft(x)
g, = torch.autograd.grad((y.abs() ** 2).sum(), x, create_graph=True)
print(g)
(g * k).sum().backward()
print(x.grad)
# Broadcasting a spectrum against a real weight, and mean.
m = torch.tensor([[1.0, 2.0, 0.5, -1.0], [0.0, 1.5, -0.5, 2.0]], dtype=torch.float64, requires_grad=True)
spec = torch.fft.fft(m, dim=1)
(spec * torch.tensor([1.0, 0.5, 0.25, 0.125], dtype=torch.float64)).abs().mean().backward()
print(m.grad)
