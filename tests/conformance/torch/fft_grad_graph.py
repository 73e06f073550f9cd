import torch
x = torch.arange(8.0, requires_grad=True)
z = torch.randn(5, dtype=torch.cfloat, requires_grad=True)
m = torch.ones(3, 4, requires_grad=True)
def chain(t):
    names = []
    f = t.grad_fn
    while f is not None:
        names.append(f.name())
        nxt = [g for g, _ in f.next_functions if g is not None]
        f = nxt[0] if nxt else None
    return names
for name, y in [
    ("fft", torch.fft.fft(x)), ("fft n=10", torch.fft.fft(x, n=10)), ("fft n=5", torch.fft.fft(x, n=5)),
    ("fft complex", torch.fft.fft(z)), ("fft complex n=7", torch.fft.fft(z, n=7)), ("ifft", torch.fft.ifft(x)),
    ("ifft complex", torch.fft.ifft(z, n=3)), ("rfft", torch.fft.rfft(x)), ("rfft n=5", torch.fft.rfft(x, n=5)),
    ("irfft", torch.fft.irfft(z)), ("irfft n=12", torch.fft.irfft(z, n=12)), ("hfft", torch.fft.hfft(z)),
    ("ihfft", torch.fft.ihfft(x)), ("fft2", torch.fft.fft2(m)), ("fft2 s", torch.fft.fft2(m, s=(5, 2))),
    ("ifftn", torch.fft.ifftn(m)), ("rfft2", torch.fft.rfft2(m)), ("rfftn s", torch.fft.rfftn(m, s=(2, 6))),
    ("irfft2", torch.fft.irfft2(m)), ("irfftn", torch.fft.irfftn(m.to(torch.cfloat))), ("fftshift", torch.fft.fftshift(x)),
]:
    print(name, y.dtype, chain(y))
print(torch.fft.rfft(x))
print(torch.fft.irfft(torch.fft.rfft(x)))
