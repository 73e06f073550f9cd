import numpy.random
import numpy as np
from numpy.random import default_rng, RandomState, SeedSequence
import numpy.random as npr
print(default_rng(0).random())
npr.seed(0)
print(npr.rand())
print(numpy.random.randint(0, 10, 3).tolist())
from numpy import random
random.seed(1)
print(random.rand(2).tolist())
print(RandomState(0).randint(5))
print(SeedSequence(1).generate_state(1).tolist())
