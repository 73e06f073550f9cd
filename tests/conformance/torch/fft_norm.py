import torch
x = torch.tensor([1.0, 3.0, -2.0, 0.5])
for norm in [None, "backward", "ortho", "forward"]:
    print(norm, torch.fft.fft(x, norm=norm))
    print(torch.fft.ifft(x, norm=norm))
    print(torch.fft.irfft(torch.fft.rfft(x, norm=norm), 4, norm=norm))
