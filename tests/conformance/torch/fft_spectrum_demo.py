import torch
import math
n = 32
t = torch.arange(n, dtype=torch.float64) / n
signal = torch.sin(2 * math.pi * 3 * t) + 0.5 * torch.cos(2 * math.pi * 7 * t)
spec = torch.fft.rfft(signal).abs() / (n / 2)
print(torch.round(spec, decimals=6))
print(torch.topk(spec, 2).indices)
