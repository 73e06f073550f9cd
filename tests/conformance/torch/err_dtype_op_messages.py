import torch
f = torch.tensor([1.5, 2.5])
i = torch.tensor([1, 2])
b = torch.tensor([True, False])
cases = [
    lambda: f & f,
    lambda: f | 1,
    lambda: b - b,
    lambda: i.mean(),
    lambda: i.std(),
    lambda: torch.tensor([1, 2], requires_grad=True),
    lambda: i.requires_grad_(),
    lambda: f.view(3),
    lambda: f.reshape(4),
    lambda: torch.cat([f, torch.ones(2, 2)]),
    lambda: f @ f.reshape(1, 2),
    lambda: f.sum(dim=3),
    lambda: f.item(),
    lambda: torch.stack([f, torch.ones(3)]),
    lambda: i.float().type("torch.float"),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
i.mean(dim=0)
