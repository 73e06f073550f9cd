//! Docs of the numpy names whose values cannot carry one: constants, scalar types (dtypes), index helpers and
//! classes, by qualified name. Their examples' output is real NumPy's (tests/docs_examples_check.py).

/// (qualified name, doc with examples).
pub const NAMED_DOCS: &[(&str, &str)] = &[
    (
        "numpy.pi",
        "The ratio of a circle's circumference to its diameter (a Python float).\n\n>>> np.pi\n3.141592653589793",
    ),
    (
        "numpy.e",
        "Euler's number, the base of natural logarithms (a Python float).\n\n>>> np.e\n2.718281828459045",
    ),
    (
        "numpy.inf",
        "Positive infinity (a Python float); -np.inf is negative infinity.\n\n>>> np.inf\ninf\n>>> np.array([1.0, -np.inf]) < np.inf\narray([ True,  True])",
    ),
    (
        "numpy.nan",
        "Not a Number (a Python float): it compares unequal to everything, itself included.\n\n>>> np.nan == np.nan\nFalse\n>>> np.isnan(np.nan)\nnp.True_",
    ),
    (
        "numpy.newaxis",
        "None, used in an index to insert an axis of length one.\n\n>>> np.arange(3)[:, np.newaxis].shape\n(3, 1)\n>>> np.newaxis is None\nTrue",
    ),
    (
        "numpy.True_",
        "NumPy's boolean scalar true (np.bool(True)).\n\n>>> np.True_\nnp.True_\n>>> bool(np.True_)\nTrue",
    ),
    (
        "numpy.False_",
        "NumPy's boolean scalar false (np.bool(False)).\n\n>>> np.False_\nnp.False_\n>>> np.False_ == False\nnp.True_",
    ),
    (
        "numpy.bool",
        "NumPy's boolean scalar type (also np.bool_); dtype 'bool', 1 byte.\n\n>>> np.bool(1)\nnp.True_\n>>> np.array([0, 2], dtype=np.bool)\narray([False,  True])",
    ),
    (
        "numpy.int8",
        "Signed 8-bit integer type (dtype 'int8', from -128 to 127).\n\n>>> np.int8(-5)\nnp.int8(-5)\n>>> np.array([127], dtype=np.int8) + np.int8(1)\narray([-128], dtype=int8)",
    ),
    (
        "numpy.int16",
        "Signed 16-bit integer type (dtype 'int16').\n\n>>> np.int16(300)\nnp.int16(300)\n>>> np.iinfo(np.int16).max\n32767",
    ),
    (
        "numpy.int32",
        "Signed 32-bit integer type (dtype 'int32').\n\n>>> np.int32(7)\nnp.int32(7)\n>>> np.arange(3, dtype=np.int32)\narray([0, 1, 2], dtype=int32)",
    ),
    (
        "numpy.int64",
        "Signed 64-bit integer type (dtype 'int64'), NumPy's default integer (also np.int_, np.intp, np.long).\n\n>>> np.int64(7)\nnp.int64(7)\n>>> np.arange(3).dtype == np.int64\nTrue",
    ),
    (
        "numpy.uint8",
        "Unsigned 8-bit integer type (dtype 'uint8', from 0 to 255; also np.ubyte).\n\n>>> np.uint8(200)\nnp.uint8(200)\n>>> np.array([250], dtype=np.uint8) + np.uint8(10)\narray([4], dtype=uint8)",
    ),
    (
        "numpy.uint16",
        "Unsigned 16-bit integer type (dtype 'uint16'; also np.ushort).\n\n>>> np.uint16(65535)\nnp.uint16(65535)",
    ),
    (
        "numpy.uint32",
        "Unsigned 32-bit integer type (dtype 'uint32'; also np.uintc).\n\n>>> np.uint32(7)\nnp.uint32(7)",
    ),
    (
        "numpy.uint64",
        "Unsigned 64-bit integer type (dtype 'uint64'; also np.uint, np.uintp).\n\n>>> np.uint64(7)\nnp.uint64(7)",
    ),
    (
        "numpy.float16",
        "Half-precision float type (dtype 'float16'; also np.half).\n\n>>> np.float16(0.1)\nnp.float16(0.1)\n>>> np.finfo(np.float16).eps\nnp.float16(0.000977)",
    ),
    (
        "numpy.float32",
        "Single-precision float type (dtype 'float32'; also np.single).\n\n>>> np.float32(0.1)\nnp.float32(0.1)\n>>> np.zeros(2, dtype=np.float32)\narray([0., 0.], dtype=float32)",
    ),
    (
        "numpy.float64",
        "Double-precision float type (dtype 'float64'), NumPy's default float (also np.double); a subclass of Python's float.\n\n>>> np.float64(0.1)\nnp.float64(0.1)\n>>> isinstance(np.float64(1), float)\nTrue",
    ),
    (
        "numpy.complex64",
        "Complex type of two single-precision floats (dtype 'complex64'; also np.csingle).\n\n>>> np.complex64(1 + 2j)\nnp.complex64(1+2j)",
    ),
    (
        "numpy.complex128",
        "Complex type of two double-precision floats (dtype 'complex128'; also np.cdouble).\n\n>>> np.complex128(1 + 2j)\nnp.complex128(1+2j)\n>>> np.array([1j]).dtype\ndtype('complex128')",
    ),
    (
        "numpy.str_",
        "NumPy's unicode string scalar type (dtype '<U...').\n\n>>> np.str_('abc')\nnp.str_('abc')\n>>> np.array(['a', 'bcd']).dtype\ndtype('<U3')",
    ),
    (
        "numpy.bytes_",
        "NumPy's byte string scalar type (dtype '|S...').\n\n>>> np.bytes_(b'ab')\nnp.bytes_(b'ab')",
    ),
    (
        "numpy.generic",
        "The base class of NumPy's scalar types.\n\n>>> isinstance(np.float32(1), np.generic)\nTrue",
    ),
    (
        "numpy.number",
        "The abstract base class of NumPy's numeric scalar types.\n\n>>> np.issubdtype(np.int8, np.number)\nTrue",
    ),
    (
        "numpy.integer",
        "The abstract base class of NumPy's integer scalar types.\n\n>>> np.issubdtype(np.uint16, np.integer)\nTrue\n>>> isinstance(np.int64(1), np.integer)\nTrue",
    ),
    (
        "numpy.signedinteger",
        "The abstract base class of NumPy's signed integer types.\n\n>>> np.issubdtype(np.int8, np.signedinteger)\nTrue",
    ),
    (
        "numpy.unsignedinteger",
        "The abstract base class of NumPy's unsigned integer types.\n\n>>> np.issubdtype(np.uint8, np.unsignedinteger)\nTrue",
    ),
    (
        "numpy.inexact",
        "The abstract base class of NumPy's float and complex types.\n\n>>> np.issubdtype(np.complex64, np.inexact)\nTrue",
    ),
    (
        "numpy.floating",
        "The abstract base class of NumPy's float types.\n\n>>> np.issubdtype(np.float32, np.floating)\nTrue\n>>> np.issubdtype(np.int32, np.floating)\nFalse",
    ),
    (
        "numpy.complexfloating",
        "The abstract base class of NumPy's complex types.\n\n>>> np.issubdtype(np.complex128, np.complexfloating)\nTrue",
    ),
    (
        "numpy.flexible",
        "The abstract base class of NumPy's string types.\n\n>>> np.issubdtype(np.str_, np.flexible)\nTrue",
    ),
    (
        "numpy.character",
        "The abstract base class of NumPy's str_ and bytes_ types.\n\n>>> np.issubdtype(np.bytes_, np.character)\nTrue",
    ),
    (
        "numpy.ndarray",
        "NumPy's n-dimensional array: a block of elements of one dtype seen through a shape and strides. np.array() builds one.\n\n>>> a = np.array([[1, 2, 3], [4, 5, 6]])\n>>> a.shape, a.dtype\n((2, 3), dtype('int64'))\n>>> a[1, 2]\nnp.int64(6)\n>>> isinstance(a, np.ndarray)\nTrue",
    ),
    (
        "numpy.ufunc",
        "The class of NumPy's element-wise functions (np.add, np.exp, ...), with methods reduce, accumulate, outer and at.\n\n>>> np.add\n<ufunc 'add'>\n>>> np.add.reduce([1, 2, 3])\nnp.int64(6)\n>>> np.multiply.outer([1, 2], [1, 10])\narray([[ 1, 10],\n       [ 2, 20]])",
    ),
    (
        "numpy.s_",
        "Build index tuples with slice syntax: np.s_[1:3] is slice(1, 3, None).\n\n>>> np.s_[1:3]\nslice(1, 3, None)\n>>> np.arange(6)[np.s_[::2]]\narray([0, 2, 4])",
    ),
    (
        "numpy.index_exp",
        "Build index tuples with slice syntax, always a tuple: np.index_exp[1:3] is (slice(1, 3, None),).\n\n>>> np.index_exp[1:3]\n(slice(1, 3, None),)",
    ),
    (
        "numpy.mgrid",
        "Dense mesh-grids from slice syntax (a step of 5j means 5 points).\n\n>>> np.mgrid[0:2, 0:3]\narray([[[0, 0, 0],\n        [1, 1, 1]],\n<BLANKLINE>\n       [[0, 1, 2],\n        [0, 1, 2]]])",
    ),
    (
        "numpy.ogrid",
        "Open (broadcastable) mesh-grids from slice syntax.\n\n>>> np.ogrid[0:2, 0:3]\n(array([[0],\n       [1]]), array([[0, 1, 2]]))",
    ),
    (
        "numpy.r_",
        "Concatenate along the first axis with slice syntax: np.r_[1:3, 5] is array([1, 2, 5]).\n\n>>> np.r_[1:3, 5, [7, 8]]\narray([1, 2, 5, 7, 8])",
    ),
    (
        "numpy.c_",
        "Stack as columns with slice syntax.\n\n>>> np.c_[[1, 2], [3, 4]]\narray([[1, 3],\n       [2, 4]])",
    ),
    (
        "numpy.asanyarray",
        "Convert the input to an array (an ndarray stays as it is).\n\n>>> np.asanyarray([1, 2])\narray([1, 2])",
    ),
    (
        "numpy.result_type",
        "The dtype NumPy's promotion rules give the arguments (arrays, dtypes, scalars).\n\n>>> np.result_type(np.int8, np.float32)\ndtype('float32')\n>>> np.result_type(np.arange(3), 1.5)\ndtype('float64')",
    ),
    (
        "numpy.little_endian",
        "True when the machine stores numbers little-endian.\n\n>>> np.little_endian\nTrue",
    ),
    (
        "numpy.euler_gamma",
        "The Euler-Mascheroni constant (a Python float).\n\n>>> np.euler_gamma\n0.5772156649015329",
    ),
    (
        "numpy.AxisError",
        "Raised for an axis argument out of range (numpy.exceptions.AxisError).\n\n>>> try:\n...     np.sum(np.zeros(3), axis=2)\n... except np.exceptions.AxisError as e:\n...     print(e)\naxis 2 is out of bounds for array of dimension 1",
    ),
    (
        "numpy.exceptions",
        "numpy.exceptions: the exception classes NumPy defines.\n\n>>> np.exceptions.AxisError.__name__\n'AxisError'",
    ),
    (
        "numpy.testing",
        "numpy.testing: assertions comparing arrays (assert_allclose, assert_array_equal, ...).\n\n>>> np.testing.assert_allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])",
    ),
    (
        "numpy.linalg.LinAlgError",
        "Raised by np.linalg functions on a matrix they cannot handle (singular, not positive definite, ...).\n\n>>> try:\n...     np.linalg.inv(np.zeros((2, 2)))\n... except np.linalg.LinAlgError as e:\n...     print(e)\nSingular matrix",
    ),
];
