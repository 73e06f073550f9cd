import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, 0.0, 2.0])
print(F.sigmoid(x), torch.sigmoid(x))
print(F.tanh(x))
print(F.hardtanh(torch.tensor([-2.0, 0.5, 2.0])))
print(F.logsigmoid(x))
print(F.softsign(x))
