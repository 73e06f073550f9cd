import torch
i = torch.tensor([1, 2, 3])
f = torch.tensor([1.0, 2.0, 3.0])
print(i ** 2, (i ** 2).dtype)
print(i ** 0.5, (i ** 0.5).dtype)
print(2 ** i, 2.0 ** i, (2.0 ** i).dtype)
print(f ** 2, f ** i, i ** f)
print(i ** torch.tensor(2.0, dtype=torch.float64))
print(torch.pow(i, 3), torch.pow(2, i), torch.pow(f, 0.5))
print(torch.tensor([True, False]) ** 2)
print(i.to(torch.int32) ** 2, (i.to(torch.int32) ** 2).dtype)
print(torch.tensor([4.0], dtype=torch.float64) ** torch.tensor([0.5]))
print((f ** -1), i.float() ** -1)
print(torch.tensor([0.0]) ** 0, torch.tensor([0]) ** 0)
print(i ** i, (-i) ** 3)
try:
    print(i ** -1)
except RuntimeError as e:
    print("RuntimeError:", e)
