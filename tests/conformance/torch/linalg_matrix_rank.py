import torch
print(torch.linalg.matrix_rank(torch.eye(3)))
print(torch.linalg.matrix_rank(torch.tensor([[1.0, 2.0], [2.0, 4.0]])))
print(torch.linalg.matrix_rank(torch.zeros(3, 2)))
print(torch.linalg.matrix_rank(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])))
print(torch.linalg.matrix_rank(torch.tensor([[1.0, 0.0], [0.0, 1e-3]]), atol=1e-2))
print(torch.linalg.matrix_rank(torch.tensor([[1.0, 0.0], [0.0, 1e-3]]), rtol=1e-2))
print(torch.linalg.matrix_rank(torch.stack([torch.eye(3), torch.ones(3, 3)])))
print(torch.linalg.matrix_rank(torch.ones(2, 4, dtype=torch.float64)))
