# The PyTorch issue's speed bars, one line per operation: "name best_seconds". Run by benches/ratios.py under
# python3 (real PyTorch) and nabla; timed inside the program so start-up does not count.
import time
import torch
import torch.nn.functional as F


def best(f, reps=5):
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t0)
    return min(ts)


# A 784-256-10 MLP on a batch of 256 (deterministic data: no generator needed).
x = torch.sin(torch.arange(256 * 784, dtype=torch.float32) * 0.01).reshape(256, 784)
y = torch.arange(256) % 10
w1 = (torch.cos(torch.arange(784 * 256, dtype=torch.float32) * 0.003) * 0.05).reshape(784, 256).requires_grad_()
b1 = torch.zeros(256, requires_grad=True)
w2 = (torch.sin(torch.arange(256 * 10, dtype=torch.float32) * 0.007) * 0.05).reshape(256, 10).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)


def mlp_step():
    h = torch.relu(x @ w1 + b1)
    loss = F.cross_entropy(h @ w2 + b2, y)
    loss.backward()
    return loss


# A micrograd-style graph of ~1000 scalar ops, forward and backward.
def scalar_graph():
    a = torch.tensor(0.5, requires_grad=True)
    b = torch.tensor(-1.5, requires_grad=True)
    acc = a * b
    for i in range(250):
        acc = acc * 0.999 + a
        acc = (acc - b).tanh()
    acc.backward()
    return acc


cases = [
    ("mlp 784-256-10 fwd+bwd", mlp_step),
    ("1000 scalar ops fwd+bwd", scalar_graph),
]
for name, f in cases:
    print(f"{name}\t{best(f):.6f}")
