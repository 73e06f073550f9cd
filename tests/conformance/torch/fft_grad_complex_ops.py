import torch
torch.set_printoptions(precision=6)
z0 = torch.tensor([0.3 + 1j, -1.2 + 0.5j, 2.5 - 0.3j, -0.4 - 2j], dtype=torch.complex128)
w0 = torch.tensor([1.5 - 0.5j, 0.2 + 0.9j, -1.0 + 0.1j, 0.6 - 1.3j], dtype=torch.complex128)
r0 = torch.tensor([0.5, -1.5, 2.0, 0.25], dtype=torch.float64)
tests = [
    ("div", lambda z, w, r: (z / w).real.sum()),
    ("rdiv", lambda z, w, r: (w / z).imag.sum()),
    ("sub", lambda z, w, r: (z - 2 * w).abs().sum()),
    ("pow2", lambda z, w, r: (z ** 2).real.sum()),
    ("pow3", lambda z, w, r: (z ** 3).imag.sum()),
    ("mul real", lambda z, w, r: (z * r).imag.sum()),
    ("real mul", lambda z, w, r: (r * z).real.sum()),
    ("mean", lambda z, w, r: (z.mean() * w).real.sum()),
    ("view_as_real", lambda z, w, r: (torch.view_as_real(z) * torch.arange(8.0, dtype=torch.float64).reshape(4, 2)).sum()),
    ("view_as_complex", lambda z, w, r: torch.view_as_complex(torch.view_as_real(z) * 2).imag.sum()),
    ("exp", lambda z, w, r: z.exp().real.sum()),
    ("log", lambda z, w, r: z.log().imag.sum()),
    ("matmul", lambda z, w, r: (z.reshape(4, 1) @ w.reshape(1, 4)).real.sum()),
    ("angle", lambda z, w, r: torch.angle(z * w).sum()),
]
for name, f in tests:
    z = z0.clone().requires_grad_()
    w = w0.clone().requires_grad_()
    r = r0.clone().requires_grad_()
    loss = f(z, w, r)
    loss.backward()
    print(name, loss.grad_fn.name())
    print(z.grad)
    print(w.grad, r.grad)
