import torch
torch.set_default_dtype(torch.float64)
print(torch.arange(0, 1, 0.5), torch.linspace(0, 1, 3), torch.logspace(0, 1, 2))
print(torch.ones(2), torch.eye(2), torch.full((2,), 1.5))
print(torch.tensor([1j]).dtype, torch.tensor(2.0).dtype)
print(torch.tensor([1, 2]) / 2, (torch.tensor([1, 2]) * 0.5).dtype)
print(torch.tensor([1.0], dtype=torch.float32), torch.zeros(1).float())
print(torch.tensor([1.5]).float() + torch.tensor([1.5]))
print(torch.tensor([1, 2]).sqrt() if hasattr(torch, "sqrt") else None)
print(torch.result_type(torch.tensor([1]), 1.0))
torch.set_default_dtype(torch.float32)
print(torch.arange(0, 1, 0.5), torch.tensor([1j]).dtype, torch.tensor([1.0]).double())
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print("TypeError:", e)
