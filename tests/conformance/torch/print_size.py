import torch
s = torch.zeros(2, 3, 4).shape
print(s)
print(repr(s), str(s))
print(type(s).__name__, isinstance(s, tuple))
print(s[0], s[-1], s[1:], len(s))
print(s == (2, 3, 4), s == torch.Size([2, 3, 4]))
print(s.numel())
print(torch.Size([]), torch.Size([5]))
print(torch.tensor(1.0).shape, torch.zeros(0).shape)
a, b, c = s
print(a + b + c)
print(list(s), tuple(s))
print(torch.Size((3, 1)) + (2,))
