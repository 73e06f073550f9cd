import torch
z = torch.tensor([1 + 2j, -3.5 + 0.5j])
print(z.real, z.imag, z.real.dtype)
z.real[0] = 10.0
print(z)
print(z.abs(), z.conj(), z * 1j)
print(torch.complex(torch.tensor([1.0, 2.0]), torch.tensor([0.5, -1.0])))
print(torch.complex(torch.tensor([1.0], dtype=torch.float64), torch.tensor([2.0], dtype=torch.float64)))
print(torch.zeros(2, dtype=torch.complex64), torch.ones(1, dtype=torch.complex128))
print(z + 1, (z + 1).dtype, torch.tensor([1, 2]) + 1j)
print(torch.tensor([1.0]).real, torch.tensor(2j).imag)
w = torch.tensor([[1j, 2], [3, 4j]])
print(w, w.dtype, w.shape)
try:
    torch.tensor([1.0]).imag
except TypeError as e:
    print("TypeError:", e)
