import torch
x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
y = (x ** 3).sum()
for i in range(3):
    y.backward(retain_graph=True)
    print(i, x.grad)
x.grad.zero_()
z = torch.tanh(x).sum()
z.backward(retain_graph=True)
first = x.grad.clone()
z.backward()
print(torch.allclose(x.grad, 2 * first))
try:
    z.backward()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(".")[0])
