import torch
for s in [0, 1, 42, 12345]:
    torch.manual_seed(s)
    print(torch.rand(3))
    print(torch.rand(3).tolist())
    print(torch.rand(2, 3))
