import math
import torch
# A learnable frequency-domain filter: y = irfft(rfft(x) * h), trained to smooth a noisy signal.
torch.manual_seed(1)
n = 32
t = torch.linspace(0, 1, n)
clean = torch.sin(2 * math.pi * 2 * t)
noisy = clean + 0.3 * torch.randn(n)
h = torch.ones(n // 2 + 1, requires_grad=True)
for step in range(40):
    y = torch.fft.irfft(torch.fft.rfft(noisy) * h, n=n)
    loss = ((y - clean) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        h -= 2.0 * h.grad
        h.grad.zero_()
print(round(loss.item(), 4))
print(h.grad.shape, h.grad.dtype)
print(h.detach()[:6].round(decimals=2))
