import torch
xs = torch.tensor([[0.0], [1.0], [2.0], [3.0], [4.0]])
ys = 2.0 * xs + 1.0
w = torch.zeros(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.05
for step in range(8):
    pred = xs @ w + b
    loss = ((pred - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    print(step, round(loss.item(), 4))
print(w, b)
