import numpy as np
np.random.seed(1)
np.random.choice(3, 2, p=[0.2, 0.2, 0.2])
