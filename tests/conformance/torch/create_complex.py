import torch
z = torch.tensor([1 + 2j, 3 - 4j])
print(z)
print(z.dtype)
print(z.real, z.imag)
print(z.abs())
print(torch.tensor([1.0, 2.0], dtype=torch.complex64))
print(z * 2)
print(torch.tensor([1j], dtype=torch.complex128))
