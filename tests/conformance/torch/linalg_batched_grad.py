import torch
torch.manual_seed(0)
A = (torch.randn(3, 4, 4, dtype=torch.float64) + 4 * torch.eye(4, dtype=torch.float64)).requires_grad_()
b = torch.randn(3, 4, 2, dtype=torch.float64, requires_grad=True)
x = torch.linalg.solve(A, b)
print(x.shape)
(x ** 2).sum().backward()
print(A.grad.sum(dim=(1, 2)))
print(b.grad.sum(dim=(1, 2)))
A.grad = None
torch.linalg.det(A).sum().backward()
print(A.grad.sum(dim=(1, 2)))
A.grad = None
torch.linalg.inv(A).sum().backward()
print(A.grad.sum(dim=(1, 2)))
A.grad = None
torch.linalg.svdvals(A).sum().backward()
print(A.grad.sum(dim=(1, 2)))
Sym = (A @ A.mT).detach().requires_grad_()
torch.linalg.eigvalsh(Sym).sum().backward()
print(Sym.grad.sum(dim=(1, 2)))
Sym.grad = None
torch.linalg.cholesky(Sym).sum().backward()
print(Sym.grad.sum(dim=(1, 2)))
