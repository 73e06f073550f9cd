import torch
for d in [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool, torch.complex64]:
    print(d, torch.zeros(1, dtype=d).type())
a = torch.tensor([1.5, -2.5])
print(a.type("torch.IntTensor"), a.type("torch.DoubleTensor"))
print(a.type(torch.float16), a.type(torch.float32) is a)
print(a.type("torch.BoolTensor"), a.type(dtype=torch.int64))
try:
    a.type("float")
except ValueError as e:
    print("ValueError:", e)
