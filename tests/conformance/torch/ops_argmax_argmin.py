import torch
a = torch.tensor([[1.0, 5.0, 3.0], [4.0, 7.0, 6.0]])
print(a.argmax(), a.argmin())
print(torch.argmax(a, dim=0), torch.argmax(a, dim=1))
print(a.argmin(dim=1, keepdim=True))
print(torch.argmax(torch.tensor([2, 7, 7, 1])))
print(torch.argmin(torch.tensor([3.0, 1.0, 1.0])))
print(a.argmax().dtype)
print(torch.argmax(torch.tensor([[1, 9], [9, 1]]), dim=1))
