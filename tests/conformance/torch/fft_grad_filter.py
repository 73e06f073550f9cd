import math
import torch
# Fit a signal so that its spectrum matches a target magnitude, by gradient descent through rfft.
torch.manual_seed(0)
n = 16
t = torch.arange(n, dtype=torch.float64)
target = torch.fft.rfft(torch.sin(2 * math.pi * 3 * t / n) + 0.5 * torch.cos(2 * math.pi * 5 * t / n)).abs()
x = torch.zeros(n, dtype=torch.float64)
x[0] = 1.0
x.requires_grad_()
for step in range(30):
    loss = ((torch.fft.rfft(x).abs() - target) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        x -= 0.01 * x.grad
    x.grad = None
    if step % 10 == 0:
        print(step, round(loss.item(), 6))
print(round(loss.item(), 6))
print(torch.fft.rfft(x.detach()).abs().round(decimals=3))
