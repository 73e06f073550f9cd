import torch
a = torch.arange(6).view(2, 3)
t = a.t()
print(t.is_contiguous(), a.is_contiguous())
try:
    t.view(6)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(6))
print(t.contiguous().view(6))
print(a[:, :2].is_contiguous(), a[0].is_contiguous(), a[:, 1].is_contiguous())
print(a[:, 1].view(1, 2))
b = torch.arange(24).view(2, 3, 4).transpose(0, 1)
print(b.view(3, 8) if b.is_contiguous() else b.reshape(3, 8))
