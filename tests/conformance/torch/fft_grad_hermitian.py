import torch
torch.set_printoptions(precision=6)
z = torch.tensor([2 + 0j, 1 - 1j, -0.5 + 2j, 0.25j], dtype=torch.complex128, requires_grad=True)
x = torch.tensor([1.0, -2.0, 0.5, 3.0, -1.5], dtype=torch.float64, requires_grad=True)
for norm in [None, "ortho", "forward"]:
    z.grad = None
    x.grad = None
    h = torch.fft.hfft(z, norm=norm)
    (h * torch.arange(h.shape[0], dtype=torch.float64)).sum().backward()
    print(norm, h.grad_fn.name(), h.grad_fn.next_functions[0][0].name())
    print(z.grad)
    i = torch.fft.ihfft(x, n=6, norm=norm)
    (i.imag * torch.arange(1.0, 5.0, dtype=torch.float64)).sum().backward()
    print(i.grad_fn.name(), x.grad)
