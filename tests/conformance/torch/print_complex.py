import torch
print(torch.tensor([1 + 2j, -3.5 - 0.25j]))
print(torch.tensor([1j, 0j]))
print(torch.tensor([1e-5 + 1j]))
print(torch.tensor(2 + 3j))
print(torch.tensor([[1 + 1j, 2], [3, 4j]]))
print(torch.tensor([1 + 2j], dtype=torch.complex128))
