import torch
for s in [0, 1, 2]:
    torch.manual_seed(s)
    print(torch.randn(3))
    print(torch.randn(1).item())
    print(torch.randn(5).tolist())
