import torch
torch.fft.fft(torch.arange(4., dtype=torch.float16))
