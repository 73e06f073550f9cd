//! dtype conversions and queries of `torch.Tensor` and `torch`: `type()` with the legacy tensor type names,
//! `bfloat16()`, `conj()`, the `new_*` constructors that default to the tensor's dtype, the `real`/`imag` views of complex
//! tensors, `view_as_real`/`view_as_complex`, `angle`, `torch.complex`, `torch.promote_types` and `torch.can_cast`.

use super::creation::{filled, infer, leaf, requires_grad_arg, size_args};
use super::*;
use crate::autograd::complex as cplx;
use crate::autograd::ops as aops;

/// PyTorch's legacy tensor type name of a dtype (`torch.FloatTensor`).
fn legacy_name(d: DType) -> Option<&'static str> {
    Some(match d {
        DType::F32 => "FloatTensor",
        DType::F64 => "DoubleTensor",
        DType::F16 => "HalfTensor",
        DType::BF16 => "BFloat16Tensor",
        DType::I64 => "LongTensor",
        DType::I32 => "IntTensor",
        DType::I16 => "ShortTensor",
        DType::I8 => "CharTensor",
        DType::U8 => "ByteTensor",
        DType::Bool => "BoolTensor",
        DType::C64 => "ComplexFloatTensor",
        DType::C128 => "ComplexDoubleTensor",
        _ => return None,
    })
}

/// `x.to(d)` as the `.float()` family does it: the tensor itself when already of that dtype.
pub(super) fn to_dtype(me: &mut Interp, x: &Value, d: DType) -> Res<Value> {
    let v = this(x)?;
    if v.dtype() == d {
        return Ok(x.clone());
    }
    wrap(me, aops::cast(&v, d).map_err(grad_error)?)
}

/// `x.type(dtype=None)`: the legacy type name, or the tensor converted to a dtype or legacy type name.
fn tensor_type(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = this(&a[0])?;
    let d = match &a[1] {
        Value::None => {
            let name = legacy_name(v.dtype()).ok_or_else(|| {
                crate::interp::exceptions::not_implemented(format!(
                    "Tensor.type() of a {} tensor",
                    dtype_name(v.dtype())
                ))
            })?;
            return Ok(Value::str(&format!("torch.{name}")));
        }
        Value::Str(s) => {
            let found = s
                .strip_prefix("torch.")
                .and_then(|n| DTYPE_NAMES.iter().find(|(_, d)| legacy_name(*d) == Some(n)));
            match found {
                Some((_, d)) => *d,
                None => {
                    return Err(Exc::new(
                        ExcType::ValueError,
                        format!("invalid type: '{s}'"),
                    ))
                }
            }
        }
        other => dtype_arg(me, other)?.unwrap_or(v.dtype()),
    };
    to_dtype(me, &a[0], d)
}

/// `x.new_tensor(data)`: a new leaf holding data, in `x`'s dtype unless `dtype=` says otherwise.
fn new_tensor(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let x = this(&a[0])?;
    super::device::check_device(&a[3])?;
    let d = dtype_arg(me, &a[2])?.unwrap_or(x.dtype());
    let t = infer(me, &a[1], Some(d))?;
    let rg = requires_grad_arg(me, &a[4])?;
    leaf(me, t, rg)
}

/// `new_zeros`/`new_ones`/`new_empty` (`fill`) and `new_full` (`value`): `x`'s dtype unless `dtype=` says
/// otherwise. Arguments: self, size, [fill_value,] dtype, device, requires_grad.
fn new_filled(me: &mut Interp, a: &[Value], fill: Option<f64>) -> Res<Value> {
    let x = this(&a[0])?;
    let (value, rest) = match fill {
        Some(f) => (f, &a[2..]),
        None => (super::creation::number(&a[2])?, &a[3..]),
    };
    super::device::check_device(&rest[1])?;
    if fill.is_none() && matches!(a[1], Value::Int(_)) {
        return Err(type_error(format!(
            "new_full(): argument 'size' (position 1) must be tuple of ints, not {}",
            a[1].type_name()
        )));
    }
    let shape = size_args(me, &a[1])?;
    let d = dtype_arg(me, &rest[0])?.unwrap_or(x.dtype());
    filled(me, shape, Some(d), value, &rest[2])
}

/// `x.real` / `x.imag`: for a complex tensor a float view of its parts; a real tensor is its own real part.
fn component(me: &mut Interp, a: &[Value], imag: bool) -> Res<Value> {
    let v = this(&a[0])?;
    if !v.dtype().is_complex() {
        if imag {
            return Err(type_error(
                "imag is not implemented for tensors with non-complex dtypes.",
            ));
        }
        return Ok(a[0].clone());
    }
    wrap_view(me, &a[0], cplx::part(&v, imag).map_err(grad_error)?)
}

/// `torch.view_as_real(z)`: a complex tensor as (real, imaginary) pairs along a new last axis (a view).
fn view_as_real(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = this(&a[0])?;
    if !v.dtype().is_complex() {
        return Err(type_error(
            "view_as_real is only supported for complex tensors",
        ));
    }
    wrap_view(me, &a[0], cplx::view_as_real(&v).map_err(grad_error)?)
}

/// `torch.view_as_complex(x)`: (real, imaginary) pairs along the last axis as complex numbers (a view), with
/// PyTorch's checks of the layout, in its order.
fn view_as_complex(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = this(&a[0])?;
    let t = &v.t;
    let fail = |m: &str| Exc::new(ExcType::RuntimeError, m);
    if !matches!(v.dtype(), DType::F32 | DType::F64) {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            match v.dtype() {
                DType::F16 => "view_as_complex of float16 tensors (complex32) is not supported by nabla".to_string(),
                d => format!("view_as_complex is only supported for half, float and double tensors, but got a tensor of scalar type: {}", crate::autograd::tensor_type_word(d)),
            },
        ));
    }
    if t.shape.last() != Some(&2) {
        return Err(fail("Tensor must have a last dimension of size 2"));
    }
    if t.strides.last() != Some(&1) {
        return Err(fail("Tensor must have a last dimension with stride 1"));
    }
    if t.strides[..t.ndim() - 1].iter().any(|s| s % 2 != 0) {
        return Err(fail(
            "Tensor must have a stride divisible by 2 for all but last dimension",
        ));
    }
    if t.offset % 2 != 0 {
        return Err(fail("Tensor must have a storage_offset divisible by 2"));
    }
    wrap_view(me, &a[0], cplx::view_as_complex(&v).map_err(grad_error)?)
}

/// `torch.angle(x)` / `x.angle()`: the argument of complex numbers; 0 or pi for real ones (integers in the
/// default float dtype).
fn angle(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = this(&a[0])?;
    let v = if v.dtype().is_float() || v.dtype().is_complex() {
        v
    } else {
        Var::constant(v.t.astype(default_dtype(me)))
    };
    wrap(me, cplx::angle(&v).map_err(grad_error)?)
}

/// `x.conj()`: the complex conjugate; a real tensor is its own.
fn conj(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = this(&a[0])?;
    if !v.dtype().is_complex() {
        return Ok(a[0].clone());
    }
    let out = aops::unary(crate::tensor::ops::UnaryOp::Conj, &v, v.dtype()).map_err(grad_error)?;
    wrap(me, out)
}

/// `torch.complex(real, imag)`: a complex tensor from float parts of one dtype.
fn complex(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (Some(re), Some(im)) = (as_var(&a[0]), as_var(&a[1])) else {
        return Err(type_error(format!(
            "complex(): argument 'real' (position 1) must be Tensor, not {}",
            a[0].type_name()
        )));
    };
    let word = super::tensor::torch_type_word;
    if !matches!(re.dtype(), DType::F16 | DType::F32 | DType::F64) || re.dtype() != im.dtype() {
        if re.dtype().is_float() && im.dtype().is_float() {
            return Err(Exc::new(
                ExcType::RuntimeError,
                format!(
                    "Expected object of scalar type {} but got scalar type {} for second argument",
                    word(re.dtype()),
                    word(im.dtype())
                ),
            ));
        }
        return Err(Exc::new(
            ExcType::NotImplementedError,
            format!(
                "Expected both inputs to be Half, Float or Double tensors but got {} and {}",
                word(re.dtype()),
                word(im.dtype())
            ),
        ));
    }
    wrap(me, cplx::complex(&re, &im).map_err(grad_error)?)
}

/// A `torch.dtype` argument of `promote_types`/`can_cast`, with PyTorch's message for anything else.
fn dtype_param(me: &Interp, v: &Value, func: &str, name: &str, pos: usize) -> Res<DType> {
    let bad = || {
        type_error(format!(
            "{func}(): argument '{name}' (position {pos}) must be torch.dtype, not {}",
            v.type_name()
        ))
    };
    match v {
        Value::Native(_) => dtype_arg(me, v).ok().flatten().ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// Methods of `torch.Tensor` defined here.
pub const CONVERT_METHODS: &[Def] = &[
    Def { name: "type", sig: "self, dtype=None, non_blocking=False", doc: "The legacy type name, or the tensor converted to dtype.\n\n>>> torch.ones(1).type()\n'torch.FloatTensor'", func: tensor_type },
    Def { name: "conj", sig: "self, /", doc: "The complex conjugate (a real tensor itself).\n\n>>> torch.tensor([1 + 2j]).conj()\ntensor([1.-2.j])", func: conj },
    Def { name: "angle", sig: "self, /", doc: "The argument of each complex element (0 or pi for real ones).\n\n>>> torch.tensor([1j, -1.0]).angle()\ntensor([1.5708, 3.1416])", func: angle },
    Def { name: "bfloat16", sig: "self, /", doc: "A bfloat16 copy.\n\n>>> torch.tensor([1.0]).bfloat16()\ntensor([1.], dtype=torch.bfloat16)", func: |me, a| to_dtype(me, &a[0], DType::BF16) },
    Def { name: "new_tensor", sig: "self, data, *, dtype=None, device=None, requires_grad=False", doc: "A new tensor holding data, in this tensor's dtype.\n\n>>> torch.ones(1).new_tensor([2, 3])\ntensor([2., 3.])", func: new_tensor },
    Def { name: "new_zeros", sig: "self, *size, dtype=None, device=None, requires_grad=False", doc: "Zeros in this tensor's dtype.\n\n>>> torch.tensor([1]).new_zeros(2)\ntensor([0, 0])", func: |me, a| new_filled(me, &a, Some(0.0)) },
    Def { name: "new_ones", sig: "self, *size, dtype=None, device=None, requires_grad=False", doc: "Ones in this tensor's dtype.\n\n>>> torch.tensor([1]).new_ones(2)\ntensor([1, 1])", func: |me, a| new_filled(me, &a, Some(1.0)) },
    Def { name: "new_empty", sig: "self, *size, dtype=None, device=None, requires_grad=False", doc: "A new tensor in this tensor's dtype (nabla fills it with zeros).\n\n>>> torch.ones(1).new_empty(2).shape\ntorch.Size([2])", func: |me, a| new_filled(me, &a, Some(0.0)) },
    Def { name: "new_full", sig: "self, size, fill_value, *, dtype=None, device=None, requires_grad=False", doc: "fill_value in this tensor's dtype.\n\n>>> torch.tensor([1]).new_full((2,), 3.7)\ntensor([3, 3])", func: |me, a| new_filled(me, &a, None) },
];

/// Properties of `torch.Tensor` defined here.
pub const CONVERT_PROPERTIES: &[Def] = &[
    Def {
        name: "real",
        sig: "self, /",
        doc: "The real parts (a view for a complex tensor).\n\n>>> torch.tensor([1 + 2j, 3 - 1j]).real\ntensor([1., 3.])",
        func: |me, a| component(me, &a, false),
    },
    Def {
        name: "imag",
        sig: "self, /",
        doc: "The imaginary parts of a complex tensor (a view).\n\n>>> torch.tensor([1 + 2j, 3 - 1j]).imag\ntensor([ 2., -1.])",
        func: |me, a| component(me, &a, true),
    },
];

/// `torch` functions defined here.
pub const CONVERT_FUNCTIONS: &[Def] = &[
    Def { name: "conj", sig: "input, /", doc: "The complex conjugate (a real tensor itself).\n\n>>> torch.conj(torch.tensor([2j]))\ntensor([0.-2.j])", func: conj },
    Def { name: "angle", sig: "input, *, out=None", doc: "The argument of each complex element (0 or pi for real ones).\n\n>>> torch.angle(torch.tensor([1 + 1j]))\ntensor([0.7854])", func: angle },
    Def { name: "view_as_real", sig: "input", doc: "A complex tensor as (real, imag) pairs along a new last dim (a view).\n\n>>> torch.view_as_real(torch.tensor([1 + 2j]))\ntensor([[1., 2.]])", func: view_as_real },
    Def { name: "view_as_complex", sig: "input", doc: "(real, imag) pairs along the last dim as complex numbers (a view).\n\n>>> torch.view_as_complex(torch.tensor([[1.0, 2.0]]))\ntensor([1.+2.j])", func: view_as_complex },
    Def { name: "complex", sig: "real, imag, *, out=None", doc: "A complex tensor from its real and imaginary parts.\n\n>>> torch.complex(torch.tensor([1.0]), torch.tensor([2.0]))\ntensor([1.+2.j])", func: complex },
    Def { name: "promote_types", sig: "type1, type2", doc: "The dtype PyTorch's promotion gives two dtypes.\n\n>>> torch.promote_types(torch.int32, torch.float32)\ntorch.float32", func: |me, a| {
        let x = dtype_param(me, &a[0], "promote_types", "type1", 1)?;
        let y = dtype_param(me, &a[1], "promote_types", "type2", 2)?;
        dtype_value(me, crate::tensor::dtype::torch_promote(x, y))
    } },
    Def { name: "can_cast", sig: "from_, to", doc: "Whether PyTorch's casting rules allow a cast (never down bool < int < float < complex).\n\n>>> torch.can_cast(torch.float64, torch.int32)\nFalse", func: |me, a| {
        let x = dtype_param(me, &a[0], "can_cast", "from_", 1)?;
        let y = dtype_param(me, &a[1], "can_cast", "to", 2)?;
        Ok(Value::Bool(crate::tensor::dtype::torch_can_cast(x, y)))
    } },
];
