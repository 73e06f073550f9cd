import torch
for d in [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32, torch.int8, torch.uint8, torch.bool]:
    t = torch.tensor([1, 0, 3], dtype=d)
    print(d, t.tolist(), t[0].item(), type(t[0].item()).__name__, type(t.tolist()[0]).__name__)
print(torch.tensor([0.1, 0.2]).tolist())
print(torch.tensor([0.1, 0.2], dtype=torch.float64).tolist())
print(torch.tensor([0.1], dtype=torch.float16).item(), torch.tensor([0.1], dtype=torch.bfloat16).item())
print(torch.tensor([[1, 2], [3, 4]]).tolist(), torch.tensor(5).tolist())
print(torch.tensor([1 + 2j]).tolist(), torch.tensor(2j).item())
print(torch.zeros(2, 0).tolist(), torch.tensor([]).tolist())
print(float(torch.tensor([2.5])), int(torch.tensor(7.9)), bool(torch.tensor([0])))
print(torch.tensor([-1], dtype=torch.int8).item(), torch.tensor(3.0).item() + 1)
