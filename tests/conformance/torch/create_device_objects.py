import torch
cpu = torch.device("cpu")
print(cpu, repr(cpu), cpu.type, cpu.index)
print(torch.device("cpu", 0), torch.device("cpu:0").index, str(torch.device("cpu:1")))
print(torch.device("cuda"), repr(torch.device("cuda", 1)), torch.device("cuda:2").type)
print(cpu == torch.device("cpu"), cpu == torch.device("cpu", 0), cpu == "cpu")
print(type(cpu).__name__, isinstance(cpu, torch.device))
x = torch.ones(2, device=cpu)
print(x.device, x.device == cpu, x.to(cpu) is x, x.to(device="cpu") is x)
print(torch.zeros(1, device="cpu").device.type, torch.arange(3, device=cpu))
print(x.to(cpu, torch.float64), x.to("cpu", dtype=torch.int32))
print({torch.device("cpu"): 1}[torch.device("cpu")])
print(torch.tensor([1, 2], device=torch.device("cpu")).device)
try:
    torch.device("tpu")
except RuntimeError as e:
    print("RuntimeError:", str(e)[:40])
