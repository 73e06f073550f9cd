//! Docs of the torch names whose values cannot carry one: dtypes and native classes, by qualified name. Their
//! examples' output is real PyTorch's (tests/docs_examples_check.py).

/// (qualified name, doc with examples).
pub const NAMED_DOCS: &[(&str, &str)] = &[
    (
        "torch.float32",
        "32-bit floating point, torch's default dtype (also torch.float).\n\n>>> torch.zeros(2, dtype=torch.float32)\ntensor([0., 0.])\n>>> torch.float32.itemsize\n4",
    ),
    (
        "torch.float64",
        "64-bit floating point (also torch.double).\n\n>>> torch.tensor([1.5], dtype=torch.float64)\ntensor([1.5000], dtype=torch.float64)",
    ),
    (
        "torch.float16",
        "16-bit floating point, IEEE half precision (also torch.half).\n\n>>> torch.tensor([0.1], dtype=torch.float16)\ntensor([0.1000], dtype=torch.float16)",
    ),
    (
        "torch.bfloat16",
        "16-bit brain floating point: float32's exponent range with 8 bits of precision.\n\n>>> torch.tensor([0.1], dtype=torch.bfloat16)\ntensor([0.1001], dtype=torch.bfloat16)",
    ),
    (
        "torch.int8",
        "Signed 8-bit integer.\n\n>>> torch.tensor([-5], dtype=torch.int8)\ntensor([-5], dtype=torch.int8)",
    ),
    (
        "torch.int16",
        "Signed 16-bit integer (also torch.short).\n\n>>> torch.tensor([300], dtype=torch.int16)\ntensor([300], dtype=torch.int16)",
    ),
    (
        "torch.int32",
        "Signed 32-bit integer (also torch.int).\n\n>>> torch.tensor([7], dtype=torch.int32)\ntensor([7], dtype=torch.int32)",
    ),
    (
        "torch.int64",
        "Signed 64-bit integer, the dtype of integer tensors by default (also torch.long).\n\n>>> torch.tensor([1, 2]).dtype\ntorch.int64",
    ),
    (
        "torch.uint8",
        "Unsigned 8-bit integer.\n\n>>> torch.tensor([250], dtype=torch.uint8) + 10\ntensor([4], dtype=torch.uint8)",
    ),
    (
        "torch.bool",
        "Boolean.\n\n>>> torch.tensor([0, 2]).bool()\ntensor([False,  True])\n>>> torch.tensor([True]).dtype\ntorch.bool",
    ),
    (
        "torch.complex64",
        "Complex of two 32-bit floats (also torch.cfloat).\n\n>>> torch.tensor([1 + 2j]).dtype\ntorch.complex64",
    ),
    (
        "torch.complex128",
        "Complex of two 64-bit floats (also torch.cdouble).\n\n>>> torch.tensor([1 + 2j], dtype=torch.complex128)\ntensor([1.+2.j], dtype=torch.complex128)",
    ),
    (
        "torch.Tensor",
        "A multi-dimensional array of one dtype on a device, with automatic differentiation; torch.tensor() builds one.\n\n>>> t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])\n>>> t.shape, t.dtype\n(torch.Size([2, 2]), torch.float32)\n>>> t.sum()\ntensor(10.)\n>>> isinstance(t, torch.Tensor)\nTrue",
    ),
    (
        "torch.device",
        "Where a tensor's memory lives: torch.device('cpu') or torch.device('cuda', 0).\n\n>>> torch.device('cpu')\ndevice(type='cpu')\n>>> torch.zeros(1).device == torch.device('cpu')\nTrue",
    ),
    (
        "torch.Size",
        "The shape of a tensor: a tuple of ints.\n\n>>> torch.zeros(2, 3).shape\ntorch.Size([2, 3])\n>>> torch.Size([2, 3]) == (2, 3)\nTrue",
    ),
    (
        "torch.linalg.LinAlgError",
        "Raised by torch.linalg functions on a matrix they cannot handle (singular, not positive definite, ...).\n\n>>> try:\n...     torch.linalg.inv(torch.zeros(2, 2))\n... except torch.linalg.LinAlgError as e:\n...     print(type(e).__name__)\n_LinAlgError",
    ),
    (
        "torch.Generator",
        "A pseudo-random number generator's state (mt19937 on the CPU), to pass as generator= to random functions.\n\n>>> g = torch.Generator().manual_seed(0)\n>>> torch.rand(2, generator=g)\ntensor([0.4963, 0.7682])",
    ),
    (
        "torch.default_generator",
        "The generator that torch's random functions use when given none (seeded by torch.manual_seed).\n\n>>> torch.default_generator.manual_seed(0).initial_seed()\n0",
    ),
];
