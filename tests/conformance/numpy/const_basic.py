import numpy as np
print(np.pi, np.e, np.inf, np.nan, -np.inf)
print(repr(np.pi), repr(np.e), repr(np.inf), repr(np.nan), repr(np.euler_gamma))
print(type(np.pi).__name__, type(np.inf).__name__)
print(np.newaxis)
print(np.nan == np.nan, np.isnan(np.nan), np.inf > 1e308)
print(np.array([np.pi, np.e]))
print(repr(np.array([np.pi, np.e])))
