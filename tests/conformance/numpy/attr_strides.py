import numpy as np
a = np.arange(24, dtype=np.int64).reshape(2, 3, 4)
print(a.strides, a.T.strides, a[:, ::2].strides, a[..., ::-1].strides)
b = np.zeros((3, 5), dtype=np.float32)
print(b.strides, b[1].strides, b[:, 1].strides)
print(np.zeros(4, dtype=np.int8).strides, np.array(3).strides)
print(a.transpose(1, 0, 2).strides, a.swapaxes(0, 2).strides)
print(np.broadcast_to(np.arange(3), (4, 3)).strides)
print(a[None].strides, a[:, None].strides)
