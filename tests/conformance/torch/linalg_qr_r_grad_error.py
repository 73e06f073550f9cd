import torch
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
Q, R = torch.linalg.qr(X, mode='r')
print(Q)
print(R)
R.sum().backward()
