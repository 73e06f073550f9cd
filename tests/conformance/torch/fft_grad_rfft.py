import torch
torch.set_printoptions(precision=6)
x = torch.tensor([0.5, -1.0, 2.0, 0.25, 1.5, -0.75], dtype=torch.float64, requires_grad=True)
w = torch.arange(1.0, 8.0, dtype=torch.float64)
for n in [None, 4, 9]:
    for norm in [None, "ortho", "forward"]:
        x.grad = None
        y = torch.fft.rfft(x, n=n, norm=norm)
        loss = (y.real * w[: y.shape[0]]).sum() + (y.imag ** 2).sum()
        loss.backward()
        print(n, norm, y.shape, y.grad_fn.name(), x.grad)
x.grad = None
torch.fft.rfft(x).real.sum().backward()
print(x.grad)
