import torch
ds = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.complex64]
for x in ds:
    print(x, [str(torch.promote_types(x, y)).replace("torch.", "") for y in ds])
for x in ds:
    print(x, "".join("1" if torch.can_cast(x, y) else "0" for y in ds))
print(torch.result_type(torch.tensor([1]), 2.5), torch.result_type(torch.tensor([1], dtype=torch.int8), 300))
print(torch.result_type(torch.tensor(1.0, dtype=torch.float64), torch.tensor([1])))
print(torch.result_type(torch.tensor([True]), 1), torch.result_type(torch.tensor([1.0], dtype=torch.float16), torch.tensor(1.0)))
try:
    torch.promote_types(torch.int32, 1)
except TypeError as e:
    print("TypeError:", e)
