import torch
import torch.nn.functional as F
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.0, -0.5]], requires_grad=True)
y = torch.tensor([2, 0])
outs = [F.relu(x), F.leaky_relu(x), F.gelu(x), F.sigmoid(x), F.tanh(x), F.softmax(x, 1), F.log_softmax(x, 1),
        F.mse_loss(x, torch.zeros(2, 3)), F.l1_loss(x, torch.zeros(2, 3)),
        F.nll_loss(F.log_softmax(x, 1), y), F.cross_entropy(x, y),
        F.binary_cross_entropy(torch.sigmoid(x), torch.ones(2, 3)),
        F.binary_cross_entropy_with_logits(x, torch.ones(2, 3)),
        F.cross_entropy(x, torch.softmax(x.detach(), 1))]
for o in outs:
    print(o.grad_fn.name())
