import torch
torch.randint(0, 300, (3,), dtype=torch.uint8)
