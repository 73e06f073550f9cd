import numpy as np
print(np.random.RandomState(0).randint(0, 3))
np.random.randint(3, 1)
