import numpy as np
def first(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print('passed')
    except AssertionError as e:
        print(str(e).strip().splitlines()[0])
first(np.testing.assert_allclose, np.array([1.0, 2.0]), np.array([1.0, 2.00001]))
first(np.testing.assert_allclose, np.array([1.0, 2.0]), np.array([1.0, 2.00001]), rtol=1e-4)
first(np.testing.assert_allclose, 1.0, 1.1, atol=0.2)
first(np.testing.assert_allclose, np.array([np.nan]), np.array([np.nan]))
first(np.testing.assert_allclose, np.array([np.nan]), np.array([np.nan]), equal_nan=False)
first(np.testing.assert_allclose, np.ones(3), np.ones(4))
first(np.testing.assert_allclose, np.array([1.0]), np.array([1.5]), err_msg='custom note')
first(np.testing.assert_almost_equal, 1.0, 1.01, decimal=3)
first(np.testing.assert_almost_equal, np.array([1.0, 2.0]), np.array([1.0, 2.0000001]))
first(np.testing.assert_array_almost_equal, np.array([1.0, 2.0]), np.array([1.0, 2.01]), decimal=3)
first(np.testing.assert_approx_equal, 1.0001, 1.0002, significant=3)
try:
    np.testing.assert_allclose(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.5, 3.0]))
except AssertionError as e:
    lines = [l.strip() for l in str(e).strip().splitlines()]
    print([l for l in lines if l.startswith('Mismatch')])
    print([l for l in lines if l.startswith('Max')])
