import torch
torch.set_printoptions(precision=6)
x = torch.tensor([0.3, -1.2, 2.5, 0.7, -0.4], dtype=torch.float64, requires_grad=True)
z = torch.tensor([0.3 + 1j, -1.2 + 0.5j, 2.5 - 0.3j, 0.7, -0.4 - 2j], dtype=torch.complex128, requires_grad=True)
for t in [x, z]:
    for n in [None, 3, 7]:
        for norm in [None, "ortho", "forward"]:
            t.grad = None
            y = torch.fft.ifft(t, n=n, norm=norm)
            k = torch.arange(y.shape[0], dtype=torch.float64)
            ((y.real * k).sum() + (y.imag * (k - 1)).sum()).backward()
            print(t.dtype, n, norm, y.grad_fn.name(), t.grad)
