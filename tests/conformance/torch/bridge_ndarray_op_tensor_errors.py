import torch
import numpy as np
a = np.array([1.0, 2.0])
t = torch.tensor([1.0, 2.0])
try:
    a * t
except TypeError as e:
    print("TypeError:", e)
try:
    a - t
except TypeError as e:
    print("TypeError:", e)
try:
    a > t
except TypeError as e:
    print("TypeError:", e)
try:
    a @ t
except TypeError as e:
    print("TypeError:", e)
try:
    a + t
except TypeError as e:
    print("TypeError:", e)
print(torch.from_numpy(a) * t)
