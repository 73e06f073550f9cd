import torch
import torch.nn.functional as F
z = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.2, 3.0]], requires_grad=True)
logp = F.log_softmax(z, dim=1)
loss = F.nll_loss(logp, torch.tensor([1, 2]))
print(loss)
print(loss.grad_fn.name())
loss.backward()
print(z.grad)
