import numpy as np
rng = np.random.default_rng(1)
print(rng.choice(4, 2, replace=False).tolist())
rng.choice(4, 5, replace=False)
