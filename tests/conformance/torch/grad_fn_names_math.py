import torch
a = torch.tensor([0.5, 1.5], requires_grad=True)
ys = [a.exp(), a.log(), a.sqrt(), a.sin(), a.cos(), a.tanh(), a.sigmoid(), a.relu(),
      a.abs(), a.clamp(0, 1), torch.pow(a, 3), a.reciprocal(), a.log1p(), a.expm1(), a.square(), a.rsqrt()]
for y in ys:
    print(y.grad_fn.name())
print(torch.softmax(a, 0).grad_fn.name(), torch.log_softmax(a, 0).grad_fn.name())
print(torch.where(a > 1, a, 0.0).grad_fn.name())
print(torch.maximum(a, a * 2).grad_fn.name())
