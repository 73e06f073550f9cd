import torch
torch.manual_seed(0)
z = torch.randn(4, dtype=torch.cfloat, requires_grad=True)
print(z)
(z.abs() ** 2).sum().backward()
print(z.grad)
print(torch.allclose(z.grad, 2 * z.detach()))
z.grad = None
z.abs().sum().backward()
print(z.grad)
z.grad = None
(z.real * 3 + z.imag * 2).sum().backward()
print(z.grad)
z.grad = None
(z.conj() * torch.tensor([1j, 2.0, -1.0, 0.5j])).real.sum().backward()
print(z.grad)
z.grad = None
z.angle().sum().backward()
print(z.grad)
w = torch.tensor([1 + 1j, 2 - 1j], requires_grad=True)
print(w.dtype, w.requires_grad, w.is_complex())
loss = (w * w.conj()).real.sum()
loss.backward()
print(loss, w.grad)
