import torch
x = torch.arange(8.)
print(torch.fft.rfft(x))
print(torch.fft.irfft(torch.fft.rfft(x)))
print(torch.fft.irfft(torch.tensor([10.0, -2.0, -2.0])))
print(torch.fft.rfft(x, n=4))
print(torch.fft.hfft(torch.arange(4.)))
print(torch.fft.ihfft(torch.arange(4.)))
print(torch.fft.rfft(torch.arange(8, dtype=torch.float64)).dtype)
