import torch
a = torch.tensor([[3.0, 4.0], [6.0, 8.0]])
print(a.norm(), torch.norm(a, dim=1))
print(torch.linalg.norm(a), torch.linalg.vector_norm(a, ord=1))
print(a.norm(p=1), a.norm(p=float("inf")))
print(torch.dist(a[0], a[1]))
print(torch.linalg.norm(a, dim=0))
print(torch.tensor([1.0, 2.0, 2.0]).norm())
