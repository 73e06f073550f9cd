import torch
import torch.nn.functional as F
x = torch.tensor([-3.5, -1.0, -0.25, 0.0, 0.25, 1.0, 3.5], dtype=torch.float64)
for name in ["selu", "celu", "mish", "hardswish", "hardsigmoid", "logsigmoid", "softshrink", "hardshrink", "tanhshrink", "softsign", "relu6", "hardtanh"]:
    print(name, getattr(F, name)(x))
print(F.softplus(x, beta=2.0, threshold=1.0))
print(F.celu(x, alpha=2.0), F.elu(x, alpha=0.5))
print(F.hardtanh(torch.tensor([1, 5, -3]), 0, 2))
print(torch.erf(x), torch.erfc(x), torch.special.erf(torch.tensor([0.5])))
print(torch.erf(torch.tensor([1, 2])), torch.tensor([0.5]).erf())
w = x.clone().requires_grad_()
for name in ["selu", "celu", "mish", "hardswish", "hardsigmoid", "logsigmoid", "softshrink", "hardshrink", "hardtanh", "relu6"]:
    out = getattr(F, name)(w)
    g, = torch.autograd.grad(out.sum(), w)
    print(name, out.grad_fn.name(), g)
for f in [lambda: F.gelu(torch.tensor([1, 2])), lambda: F.silu(torch.tensor([1])), lambda: F.gelu(x, approximate="x"),
          lambda: torch.erf(torch.tensor([1j])), lambda: F.hardtanh(x, 2.0, 1.0), lambda: F.softshrink(torch.ones(2), -1.0),
          lambda: F.celu(x, 0.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
y = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.0, -0.5]], requires_grad=True)
print(F.smooth_l1_loss(y, torch.zeros(2, 3), beta=0.5), F.huber_loss(y, torch.ones(2, 3), reduction="sum"))
print(F.smooth_l1_loss(y, torch.zeros(2, 3), beta=0.0))
print(F.pad(y, (1, 1, 1, 0)), F.pad(y, (-1, 1)))
ce = F.cross_entropy(y, torch.tensor([2, 0]), label_smoothing=0.2, weight=torch.tensor([1.0, 2.0, 0.5]))
print(ce)
ce.backward()
print(y.grad)
for f in [lambda: F.pad(y, (1,)), lambda: F.pad(y, (1, 1), mode="foo"), lambda: F.nll_loss(y, torch.tensor([0, 1]), weight=torch.ones(2)),
          lambda: F.cross_entropy(y, torch.tensor([0, 1]), label_smoothing=1.5),
          lambda: F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([1.0, 0.0, 1.0])),
          lambda: F.binary_cross_entropy_with_logits(torch.tensor([0.5, 0.5]), torch.tensor([1.0, 0.0, 1.0])),
          lambda: F.huber_loss(y, y, delta=-1.0), lambda: F.normalize(torch.tensor([3, 4]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
