import torch
x = torch.arange(6.0).reshape(2, 3)
cases = [
    lambda: x.sum(dim=2),
    lambda: x.mean(dim=(0, 0)),
    lambda: x.amax(dim=-3),
    lambda: torch.zeros(0).max(),
    lambda: torch.zeros(0).amax(),
    lambda: torch.zeros(0, 3).argmax(),
    lambda: x.prod(dim=5),
    lambda: x.logsumexp(dim=2),
    lambda: x.all(dim=2),
    lambda: x.count_nonzero(dim=(1, 1)),
    lambda: x.std(dim=4),
    lambda: torch.tensor([1, 2]).logsumexp(0),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(torch.zeros(0).sum(), torch.zeros(0).prod(), torch.zeros(0, 3).amax(dim=1))
x.cumsum(dim=2)
