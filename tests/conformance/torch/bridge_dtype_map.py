import torch
import numpy as np
for dt in [np.float32, np.float64, np.float16, np.int64, np.int32, np.int16, np.int8, np.uint8, np.bool_, np.complex64]:
    t = torch.from_numpy(np.zeros(2, dtype=dt))
    print(np.dtype(dt).name, t.dtype, t.numpy().dtype)
print(torch.from_numpy(np.arange(3)).dtype)
print(torch.tensor([1.0]).double().numpy().dtype)
print(torch.from_numpy(np.zeros((2, 3))).shape)
