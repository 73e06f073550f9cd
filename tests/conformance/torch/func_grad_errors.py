import torch
import numpy as np
from torch.func import grad


def attempt(f, *args, argnums=0):
    try:
        print(grad(f, argnums=argnums)(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda t: t * 2, torch.tensor([1.0, 2.0]))
attempt(lambda t: t * 2, torch.tensor(1))
attempt(lambda t: t * 2, 2.0)
attempt(lambda t: t, np.array(1.0))
attempt(lambda t: 3.0, torch.tensor(1.0))
attempt(lambda t, u: t * 2, torch.tensor(1.0), torch.tensor(1.0), argnums=2)
attempt(lambda t: t, torch.tensor(1.0), argnums=())
attempt(lambda t: t, torch.tensor(1.0), argnums=1.5)
attempt(lambda t: t.sum(), torch.zeros(2, 3))
