import torch


def r(t):
    # Rounded to 6 decimals (+ 0.0 turns -0.0 into 0.0): FFT libraries differ in the last bits, so exact zeros
    # of one come out as 1e-16 noise in another.
    if t.is_complex():
        return torch.complex(r(t.real), r(t.imag))
    return (t * 1e6).round() / 1e6 + 0.0

torch.set_printoptions(precision=6)
z = torch.tensor([1 + 2j, 3 - 1j, 0.5j, 2.0, -1 + 1j], dtype=torch.complex128, requires_grad=True)
for n in [None, 5, 6, 12]:
    for norm in [None, "ortho", "forward"]:
        z.grad = None
        y = torch.fft.irfft(z, n=n, norm=norm)
        (y * torch.arange(y.shape[0], dtype=torch.float64)).sum().backward()
        print(n, norm, y.shape, y.dtype, y.grad_fn.name())
        print(r(z.grad))
