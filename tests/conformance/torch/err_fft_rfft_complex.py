import torch
torch.fft.rfft(torch.arange(4.).to(torch.complex64))
