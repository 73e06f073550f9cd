import torch


def r(t):
    # Rounded to 6 decimals (+ 0.0 turns -0.0 into 0.0): FFT libraries differ in the last bits, so exact zeros
    # of one come out as 1e-16 noise in another.
    if t.is_complex():
        return torch.complex(r(t.real), r(t.imag))
    return (t * 1e6).round() / 1e6 + 0.0

m = torch.arange(12.0).reshape(3, 4).requires_grad_()
k = torch.tensor([1.0, 2.0, 0.5, -1.0])
o = (torch.fft.fft2(m) * k).abs().sum()
o.backward()
print(o)
print(m.grad)
torch.set_printoptions(precision=6)
md = torch.tensor([[0.5, -1.0, 2.0, 0.25], [1.5, 0.75, -0.5, 3.0], [-2.0, 1.0, 0.5, -0.75]], dtype=torch.float64, requires_grad=True)
for s in [None, (2, 6), (5, 3)]:
    for norm in [None, "ortho", "forward"]:
        md.grad = None
        y = torch.fft.fft2(md, s=s, norm=norm)
        w = torch.arange(y.numel(), dtype=torch.float64).reshape(y.shape)
        ((y.real * w).sum() + (y.imag * (w - 3)).sum()).backward()
        print(s, norm, y.shape, y.grad_fn.name())
        print(r(md.grad))
