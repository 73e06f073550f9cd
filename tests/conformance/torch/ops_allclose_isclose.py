import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = a + 1e-6
print(torch.allclose(a, b), torch.allclose(a, a + 0.1))
print(torch.allclose(a, a + 0.1, atol=0.2))
print(torch.isclose(a, torch.tensor([1.0, 2.1, 3.0])))
print(a.allclose(b))
n = torch.tensor([float("nan"), 1.0])
print(torch.allclose(n, n), torch.allclose(n, n, equal_nan=True))
print(torch.isclose(n, n), torch.isclose(n, n, equal_nan=True))
print(type(torch.allclose(a, b)).__name__)
print(torch.allclose(torch.tensor([1e-9]), torch.tensor([0.0])))
