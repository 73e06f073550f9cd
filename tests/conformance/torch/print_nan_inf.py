import torch
print(torch.tensor([float("nan"), 1.5]))
print(torch.tensor([float("inf"), float("-inf"), 0.25]))
print(torch.tensor([float("nan")]))
print(torch.tensor([float("inf"), 1e-8]))
print(torch.tensor([float("nan"), 1e10]))
print(torch.tensor([float("-inf"), -1.0]))
print(torch.tensor(float("nan")))
print(torch.tensor([float("nan"), 2.0], dtype=torch.float64))
