import torch
for dt in [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool, torch.complex64, torch.complex128]:
    print(dt, repr(dt), dt.is_floating_point, dt.is_complex, dt.itemsize)
print(type(torch.float32).__name__)
print(str(torch.int64))
print(f"{torch.float16}")
