import torch
print(torch.fft.fft(torch.arange(4.)))
torch.fft.fft(torch.arange(4.), norm="bad")
