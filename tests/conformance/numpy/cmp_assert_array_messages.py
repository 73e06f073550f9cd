import numpy as np
def check(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print('passed')
    except AssertionError as e:
        lines = str(e).strip().splitlines()
        print(len(lines) > 0, lines[0])
check(np.testing.assert_array_equal, np.array([1, 2]), np.array([1, 2]))
check(np.testing.assert_array_equal, np.array([1, 2]), np.array([1, 2, 3]))
check(np.testing.assert_array_equal, np.array([1.0, np.nan]), np.array([1.0, np.nan]))
check(np.testing.assert_array_equal, np.array([[1, 2], [3, 4]]), np.array([[1, 2], [3, 5]]))
check(np.testing.assert_array_equal, np.array([1, 2]), 1)
check(np.testing.assert_array_equal, np.array([1, 1]), 1)
check(np.testing.assert_array_equal, [1, 2], [1, 2], strict=True)
check(np.testing.assert_array_equal, np.array([1, 2]), np.array([1.0, 2.0]), strict=True)
check(np.testing.assert_equal, [1, 2], [1, 3])
check(np.testing.assert_equal, {'a': 1}, {'a': 1})
check(np.testing.assert_equal, 'abc', 'abd')
check(np.testing.assert_array_less, np.array([1, 2]), np.array([2, 3]))
check(np.testing.assert_array_less, np.array([1, 5]), np.array([2, 3]))
