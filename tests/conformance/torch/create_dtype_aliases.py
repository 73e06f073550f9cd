import torch
print(torch.float is torch.float32, torch.double is torch.float64)
print(torch.half is torch.float16, torch.long is torch.int64)
print(torch.int is torch.int32, torch.short is torch.int16)
print(torch.cfloat is torch.complex64, torch.cdouble is torch.complex128)
print(torch.float, torch.double, torch.half, torch.long, torch.int)
print(torch.float32 == torch.float, torch.float32 == torch.float64)
print(torch.tensor([1.0], dtype=torch.double).dtype)
d = {torch.float32: "f32", torch.int64: "i64"}
print(d[torch.float], d[torch.long])
