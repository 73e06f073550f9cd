import torch
v = torch.tensor([1.0, 2.0])
m = torch.ones(2, 3)
cases = [
    lambda: v.tril(),
    lambda: torch.triu(torch.tensor(1.0)),
    lambda: torch.diag(torch.ones(2, 2, 2)),
    lambda: v.trace(),
    lambda: torch.ones(2, 2, dtype=torch.bool).trace(),
    lambda: m.roll((1, 2), 0),
    lambda: m.roll(1, 2),
    lambda: m.flip(0, 0),
    lambda: torch.flip(m, 0),
    lambda: v.fliplr(),
    lambda: torch.diff(torch.tensor(3.0)),
    lambda: m.repeat(2),
    lambda: v.diff(dim=1),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
torch.roll(m.tril(), 1, 5)
