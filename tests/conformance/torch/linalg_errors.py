import torch
tests = [
    lambda: torch.linalg.inv(torch.tensor([[1.0, 2.0], [2.0, 4.0]])),
    lambda: torch.linalg.inv(torch.stack([torch.eye(2), torch.zeros(2, 2)])),
    lambda: torch.linalg.inv(torch.zeros(2, 3)),
    lambda: torch.linalg.inv(torch.tensor([[1, 2], [3, 4]])),
    lambda: torch.linalg.inv(torch.tensor([1.0, 2.0])),
    lambda: torch.linalg.solve(torch.tensor([[1.0, 2.0], [2.0, 4.0]]), torch.tensor([1.0, 2.0])),
    lambda: torch.linalg.solve(torch.eye(2), torch.ones(3)),
    lambda: torch.linalg.cholesky(torch.tensor([[1.0, 2.0], [2.0, 1.0]])),
    lambda: torch.linalg.det(torch.zeros(2, 3)),
    lambda: torch.linalg.det(torch.tensor([[1, 2], [3, 4]])),
    lambda: torch.linalg.eigh(torch.zeros(2, 3)),
    lambda: torch.linalg.svd(torch.ones(3)),
    lambda: torch.linalg.qr(torch.ones(3)),
    lambda: torch.linalg.qr(torch.ones(3, 2), mode='x'),
    lambda: torch.linalg.matrix_power(torch.tensor([[1.0, 2.0], [2.0, 4.0]]), -1),
    lambda: torch.linalg.matrix_power(torch.ones(2, 3), 2),
    lambda: torch.linalg.inv(torch.tensor([[0.0, 2.0], [0.0, 4.0]])),
    lambda: torch.linalg.eigvalsh(torch.eye(2), UPLO='X'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, '|', e, '|', isinstance(e, RuntimeError), isinstance(e, torch.linalg.LinAlgError))
