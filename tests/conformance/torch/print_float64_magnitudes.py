import torch
d = torch.float64
print(torch.tensor([1.0, 2.5, -3.25], dtype=d))
print(torch.tensor([123456.789, 0.001], dtype=d))
print(torch.tensor([1e-5, 1.0], dtype=d))
print(torch.tensor([1e10, 1.0], dtype=d))
print(torch.tensor([0.1, 0.25, 1000.0], dtype=d))
print(torch.tensor([1e-10], dtype=d), torch.tensor([12345678.0], dtype=d))
print(torch.tensor([[1e8, 2.0], [3.0, 4e-3]], dtype=d))
print(torch.tensor(3.14159265, dtype=d), torch.tensor(-0.0, dtype=d))
print(torch.tensor([float("nan"), 1e20, -1.5], dtype=d))
print(torch.tensor([100.0, 200.0, 300.0], dtype=d))
print(torch.tensor([1.5, 2.0, 99999.0]))
print(torch.tensor([0.000123, 0.5]))
