import torch
x = torch.tensor(2.0, requires_grad=True)
y = x * 3 + 1
fn = y.grad_fn
print(fn.name())
for nxt, idx in fn.next_functions:
    print(type(nxt).__name__ if nxt is not None else None, idx)
mul = fn.next_functions[0][0]
for nxt, idx in mul.next_functions:
    print(type(nxt).__name__ if nxt is not None else None, idx)
acc = mul.next_functions[0][0]
print(acc.variable is x)
