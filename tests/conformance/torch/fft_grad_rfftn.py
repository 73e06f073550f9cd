import torch


def r(t):
    # Rounded to 6 decimals (+ 0.0 turns -0.0 into 0.0): FFT libraries differ in the last bits, so exact zeros
    # of one come out as 1e-16 noise in another.
    if t.is_complex():
        return torch.complex(r(t.real), r(t.imag))
    return (t * 1e6).round() / 1e6 + 0.0

torch.set_printoptions(precision=6)
m = torch.tensor([[0.5, -1.0, 2.0, 0.25], [1.5, 0.75, -0.5, 3.0], [-2.0, 1.0, 0.5, -0.75]], dtype=torch.float64, requires_grad=True)
for f, kw in [(torch.fft.rfft2, {}), (torch.fft.rfftn, {"s": (2, 6)}), (torch.fft.rfftn, {"dim": (1, 0), "norm": "ortho"}), (torch.fft.rfft2, {"s": (4, 3), "norm": "forward"})]:
    m.grad = None
    y = f(m, **kw)
    w = torch.arange(y.numel(), dtype=torch.float64).reshape(y.shape)
    ((y.real * w).sum() - (y.imag * w).sum() * 0.5).backward()
    print(kw, y.shape, y.grad_fn.name())
    print(r(m.grad))
z = (m.detach() * (1 - 0.25j)).requires_grad_()
for f, kw in [(torch.fft.irfft2, {}), (torch.fft.irfftn, {"s": (2, 5)}), (torch.fft.irfftn, {"dim": (1, 0), "norm": "ortho"}), (torch.fft.irfft2, {"s": (4, 8), "norm": "forward"})]:
    z.grad = None
    y = f(z, **kw)
    (y * torch.arange(y.numel(), dtype=torch.float64).reshape(y.shape)).sum().backward()
    print(kw, y.shape, y.dtype, y.grad_fn.name())
    print(r(z.grad))
