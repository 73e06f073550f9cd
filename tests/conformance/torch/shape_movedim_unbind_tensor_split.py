import torch
x = torch.arange(24).reshape(2, 3, 4)
print(x.movedim(0, 2).shape, torch.movedim(x, (0, 1), (2, 0)).shape, x.moveaxis(-1, 0).shape)
print(x.movedim(1, 1).equal(x), x.movedim(0, -1)[1, 2])
a, b = torch.arange(6).reshape(2, 3).unbind()
print(a, b)
print(torch.unbind(torch.arange(6).reshape(2, 3), dim=1))
print(torch.arange(7).tensor_split(3))
print(torch.arange(7).tensor_split([1, 5]))
print(torch.tensor_split(torch.arange(12).reshape(3, 4), 2, dim=1))
print(torch.arange(4).tensor_split((1, 1, 3)))
print(torch.arange(5).tensor_split(6))
try:
    x.movedim(0, 3)
except IndexError as e:
    print("IndexError:", e)
try:
    x.movedim((0, 0), (1, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
