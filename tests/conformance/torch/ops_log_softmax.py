import torch
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
print(torch.log_softmax(x, dim=1))
print(x.log_softmax(0))
print(torch.log_softmax(torch.tensor([1000.0, 0.0]), dim=0))
print(torch.logsumexp(x, dim=1))
print(torch.logsumexp(x, dim=0, keepdim=True))
print(torch.log_softmax(x, 1).exp())
