import math
print(math.sqrt(16))
import math as m
print(m.pi)
from math import sqrt, pi as PI
print(sqrt(2), PI)
import sys, time
print(type(sys.argv).__name__)
from math import floor
print(floor(-2.5))
import random as rnd
rnd.seed(1)
print(rnd.randint(1, 100))
print(m is math)
