import torch
try:
    torch.fft.fft(torch.arange(4.), n=0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.fft.fft(torch.arange(4.), dim=3)
except IndexError as e:
    print("IndexError:", e)
torch.fft.fft(torch.tensor(3.))
