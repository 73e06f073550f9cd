import torch
torch.set_printoptions(precision=6)
base = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.75, -0.5], [-2.0, 1.0, 0.5], [0.25, -0.75, 1.25]], dtype=torch.float64)
z = (base * (1 + 0.5j) + base.flip(0) * 0.3j).requires_grad_()
for f in [torch.fft.fftn, torch.fft.ifftn]:
    for kw in [{}, {"dim": (0,)}, {"dim": 1, "norm": "ortho"}, {"s": (3, 5)}, {"s": (6,), "dim": (0,), "norm": "forward"}]:
        z.grad = None
        y = f(z, **kw)
        w = torch.arange(y.numel(), dtype=torch.float64).reshape(y.shape)
        ((y * w).abs() ** 2).sum().backward()
        print(kw, y.shape)
        print(z.grad)
