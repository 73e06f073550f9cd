import torch
x = torch.tensor(1.0, requires_grad=True)
with torch.no_grad():
    with torch.enable_grad():
        y = x * 2
    z = x * 2
print(y.requires_grad, z.requires_grad)
torch.set_grad_enabled(False)
w = x * 2
print(w.requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
print((x * 2).requires_grad)
with torch.set_grad_enabled(False):
    v = x * 2
print(v.requires_grad)
with torch.inference_mode():
    u = x * 2
print(u.requires_grad)
