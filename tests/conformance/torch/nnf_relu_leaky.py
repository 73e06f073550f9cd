import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.relu(x))
print(F.leaky_relu(x))
print(F.leaky_relu(x, negative_slope=0.2))
print(F.leaky_relu(x, 0.1))
print(F.relu6(torch.tensor([-1.0, 3.0, 7.0])))
print(F.elu(x))
print(F.relu(torch.tensor([-1, 1])))
