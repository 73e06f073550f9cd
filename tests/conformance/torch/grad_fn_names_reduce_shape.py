import torch
a = torch.arange(6.0).reshape(2, 3).requires_grad_()
ys = [a.sum(), a.sum(0), a.mean(), a.mean(1), a.prod(), a.max(), a.min(), a.std(), a.var(), a.norm(),
      a.view(6), a.reshape(3, 2), a.t(), a.transpose(0, 1), a.permute(1, 0), a.unsqueeze(0),
      a.unsqueeze(0).squeeze(0), a.flatten(), a.expand(2, 2, 3), a.repeat(2, 1), a[0], a[:, 1:], a[[0, 1]],
      a[a > 2], a.cumsum(1), torch.cat([a, a]), torch.stack([a, a]), a.clone(), a.contiguous(), a.T]
for y in ys:
    print(y.grad_fn.name() if y.grad_fn is not None else None)
print(a.max(dim=1).values.grad_fn.name(), a.max(dim=1).indices.grad_fn)
print(a.gather(1, torch.tensor([[0], [1]])).grad_fn.name(), a.index_select(0, torch.tensor([1])).grad_fn.name())
print(a.masked_fill(a > 1, 0.0).grad_fn.name(), a.narrow(1, 0, 2).grad_fn.name())
