import numpy as np
try:
    np.testing.assert_array_equal(np.array([1, 2, 3]), np.array([1, 2, 4]))
except AssertionError as e:
    print('caught', type(e).__name__)
    print(str(e).strip().splitlines()[0])
try:
    np.testing.assert_allclose(np.array([1.0]), np.array([1.1]))
except AssertionError as e:
    print('caught allclose', type(e).__name__)
    print(str(e).strip().splitlines()[0])
