//! `torch.Tensor`: operators with PyTorch's promotion, math functions from the tensor op table, reductions,
//! shape methods, indexing, printing and conversion; `torch.Size`.

use super::shape::*;
use super::*;
use crate::autograd::ops as aops;
use crate::format::torch::{shown_indices, tensor_repr, TorchElements, TorchSuffixes};
use crate::library::args;
use crate::library::numpy::array::as_array;
use crate::syntax::ast::BinOp;
use crate::tensor::dtype::{torch_result_type, TorchOperand, WeakKind};
use crate::tensor::ops::{BinaryOp, CompareOp};

/// An operand of a torch operator: a tensor, or a Python number (a "wrapped number" in PyTorch's promotion).
pub(super) enum Operand {
    Tensor(Var),
    Number(Var, WeakKind),
}

impl Operand {
    pub(super) fn var(&self) -> &Var {
        match self {
            Operand::Tensor(v) | Operand::Number(v, _) => v,
        }
    }
    fn class(&self) -> TorchOperand {
        match self {
            Operand::Tensor(v) if v.t.ndim() == 0 => TorchOperand::ZeroDim(v.dtype()),
            Operand::Tensor(v) => TorchOperand::Dim(v.dtype()),
            Operand::Number(_, w) => TorchOperand::Wrapped(*w),
        }
    }
    pub(super) fn wrapped(&self) -> bool {
        matches!(self, Operand::Number(..))
    }
}

pub(super) fn operand(v: &Value) -> Option<Operand> {
    if let Some(t) = as_var(v) {
        return Some(Operand::Tensor(t));
    }
    let num = |t: Tensor, w| Some(Operand::Number(Var::constant(t), w));
    match v {
        Value::Bool(b) => num(Tensor::scalar(*b), WeakKind::Bool),
        Value::Int(i) => num(Tensor::scalar(*i), WeakKind::Int),
        Value::Float(x) => num(Tensor::scalar(*x), WeakKind::Float),
        Value::Complex(re, im) => num(
            Tensor::scalar(crate::tensor::element::C64::new(*re, *im)),
            WeakKind::Complex,
        ),
        // NumPy scalars take part as Python numbers of their kind.
        _ => match as_array(v) {
            Some((t, true)) => {
                let w = match t.dtype().kind() {
                    crate::tensor::dtype::Kind::Bool => WeakKind::Bool,
                    crate::tensor::dtype::Kind::Int => WeakKind::Int,
                    crate::tensor::dtype::Kind::Complex => WeakKind::Complex,
                    _ => WeakKind::Float,
                };
                num(t, w)
            }
            // Inside `grad`, NumPy arrays take part as constant tensors (nabla's extension; PyTorch would hand the
            // operation to NumPy, which refuses a tensor that requires grad).
            Some((t, false)) if super::transforms::tracing() => {
                Some(Operand::Tensor(Var::constant(t)))
            }
            _ => None,
        },
    }
}

pub(super) fn result_type(me: &Interp, ops: &[&Operand]) -> DType {
    let classes: Vec<TorchOperand> = ops.iter().map(|o| o.class()).collect();
    torch_result_type(&classes, default_dtype(me))
}

/// `l op r` for torch operands; NotImplemented when neither side is a torch value this can combine.
pub fn binary(me: &mut Interp, op: BinaryOp, l: &Value, r: &Value) -> Res<Value> {
    let (Some(a), Some(b)) = (operand(l), operand(r)) else {
        return Ok(Value::NotImplemented);
    };
    super::elementwise::arith(me, op, &a, &b)
}

/// `l @ r` for torch tensors (also `mm`, `bmm`, `dot`).
pub(super) fn matmul(me: &mut Interp, l: &Value, r: &Value) -> Res<Value> {
    let tensor = |v: &Value| match operand(v) {
        Some(Operand::Tensor(t)) => Some(t),
        _ => None,
    };
    let (Some(a), Some(b)) = (tensor(l), tensor(r)) else {
        return Ok(Value::NotImplemented);
    };
    if a.dtype() != b.dtype() {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "expected m1 and m2 to have the same dtype, but got: {} != {}",
                torch_type_word(a.dtype()),
                torch_type_word(b.dtype())
            ),
        ));
    }
    use crate::autograd::ops::MatmulFailure;
    use crate::tensor::matmul::MatmulError;
    let out = aops::matmul(&a, &b, a.dtype()).map_err(|e| match e {
        MatmulFailure::Grad(e) => grad_error(e),
        MatmulFailure::Shapes(MatmulError::ZeroDim(_)) => Exc::new(
            ExcType::RuntimeError,
            format!(
                "both arguments to matmul need to be at least 1D, but they are {}D and {}D",
                a.t.ndim(),
                b.t.ndim()
            ),
        ),
        MatmulFailure::Shapes(MatmulError::Core { .. }) => matmul_shape_error(&a, &b),
        MatmulFailure::Shapes(MatmulError::Batch { .. }) => matmul_shape_error(&a, &b),
    })?;
    wrap(me, out)
}

/// PyTorch's words for a mismatch of the contracted dimensions, by operand ranks.
fn matmul_shape_error(a: &Var, b: &Var) -> Box<Exc> {
    let dims = |v: &Var| {
        v.t.shape
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("x")
    };
    let msg = match (a.t.ndim(), b.t.ndim()) {
        (1, 1) => format!(
            "inconsistent tensor size, expected tensor [{}] and src [{}] to have the same number of elements, but got {} and {} elements respectively",
            a.t.shape[0], b.t.shape[0], a.t.shape[0], b.t.shape[0]
        ),
        (2, 1) => format!(
            "size mismatch, got input ({}), mat ({}), vec ({})",
            a.t.shape[0],
            dims(a),
            b.t.shape[0]
        ),
        // A vector times a matrix is mm of the vector as one row.
        (1, 2) => format!(
            "mm: mat1 and mat2 shapes cannot be multiplied (1x{} and {})",
            a.t.shape[0],
            dims(b)
        ),
        (na, nb) => format!(
            "{}mat1 and mat2 shapes cannot be multiplied ({} and {})",
            if na == 2 && nb == 2 { "mm: " } else { "" },
            {
                let s = &a.t.shape;
                let rows: usize = s[..s.len() - 1].iter().product();
                format!("{}x{}", rows, s[s.len() - 1])
            },
            {
                let s = &b.t.shape;
                format!("{}x{}", s[s.len() - 2], s[s.len() - 1])
            }
        ),
    };
    Exc::new(ExcType::RuntimeError, msg)
}

pub use crate::autograd::tensor_type_word as torch_type_word;

/// The `binary_slot` of torch.Tensor: `left op right` for whichever side is the tensor.
pub fn operator_slot(me: &mut Interp, op: BinOp, left: &Value, right: &Value) -> Res<Value> {
    let Some(op) = crate::library::elementwise_op(op) else {
        return matmul(me, left, right);
    };
    binary(me, op, left, right)
}

/// Refuse the in-place writes PyTorch refuses (a leaf that requires grad, while recording) and those nabla
/// cannot record yet (a view of a recorded tensor: PyTorch's CopySlices).
pub(super) fn check_inplace(x: &Var) -> Res<()> {
    if !crate::autograd::grad_enabled() || !x.requires_grad() {
        return Ok(());
    }
    if x.is_leaf() {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "a leaf Variable that requires grad is being used in an in-place operation.",
        ));
    }
    if let Some(node) = x.grad_fn().filter(|n| n.rule.is_view()) {
        // A view straight off a leaf gets PyTorch's error (other views get its CopySlices when committed).
        if matches!(
            node.inputs.first().and_then(|i| i.edge.as_ref()),
            Some(crate::autograd::Edge::Leaf(_))
        ) {
            return Err(Exc::new(
                ExcType::RuntimeError,
                "a view of a leaf Variable that requires grad is being used in an in-place operation.",
            ));
        }
    }
    Ok(())
}

/// The input an in-place op on `target` (holding `x`) computes from: `x` itself, or, when the op is recorded on
/// a non-leaf that owns its storage, a copy with the same history. The op's node then keeps the values from
/// before the write (PyTorch saves the original `self` too), so backward does not take the op's own write for
/// a later modification (`y = x * 2; y.div_(t)` differentiates). Writes to earlier saved values still fail.
pub(super) fn pre_write_input(target: &Value, x: &Var) -> Var {
    let recorded = crate::autograd::grad_enabled()
        && x.requires_grad()
        && !x.is_leaf()
        && base_of(target).is_none();
    if recorded {
        Var {
            t: x.t.copy(),
            meta: x.meta.clone(),
        }
    } else {
        x.clone()
    }
}

/// Whether two values are the same tensor object.
fn same_object(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Native(x), Value::Native(y)) if Rc::ptr_eq(x, y))
}

/// Run `compute`, the out-of-place form of an in-place op on `target` with the other `operands`, with `target`
/// holding `pre_write_input`'s values for the duration; the object holds `x` again afterwards, ready for the
/// write. When an operand is the target itself (`y.mul_(y)`) no copy is made: PyTorch saves that operand as
/// is, so backward reports the write.
pub(super) fn compute_before_write<R>(
    me: &mut Interp,
    target: &Value,
    operands: &[Value],
    compute: impl FnOnce(&mut Interp) -> Res<R>,
) -> Res<R> {
    let x = this(target)?;
    check_inplace(&x)?;
    let input = pre_write_input(target, &x);
    if input.t.shares_storage(&x.t) || operands.iter().any(|o| same_object(o, target)) {
        return compute(me);
    }
    set_var(target, input)?;
    let r = compute(me);
    set_var(target, x)?;
    r
}

/// Write the result `r` of an in-place op into `x`'s storage, count the write, and rebase `x`'s history onto
/// the op (as PyTorch does), so `grad_fn` shows the op and saved copies of the old values are detected. A
/// view's write is recorded on its base too (PyTorch's CopySlices), so gradients reach the base's history.
pub(super) fn commit_inplace(target: &Value, x: &Var, r: &Var) -> Res<Value> {
    let recorded = crate::autograd::grad_enabled() && (x.requires_grad() || r.requires_grad());
    if recorded {
        if let Some(base_obj) = base_of(target) {
            let base = this(&base_obj)?;
            if let Some(pos) = crate::autograd::index_ops::positions_within(&base.t, &x.t) {
                x.t.assign(&r.t).map_err(tensor_error)?;
                let (bm, vm) = crate::autograd::rebase_view(&base, x, r, &pos);
                set_var(
                    &base_obj,
                    Var {
                        t: base.t.clone(),
                        meta: bm,
                    },
                )?;
                set_var(
                    target,
                    Var {
                        t: x.t.clone(),
                        meta: vm,
                    },
                )?;
                return Ok(target.clone());
            }
        }
        if x.grad_fn().is_some_and(|n| n.rule.is_view()) {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                "in-place operations on this view of a tensor recorded by autograd are not supported by nabla yet",
            ));
        }
    }
    x.t.assign(&r.t).map_err(tensor_error)?;
    let meta = crate::autograd::rebase(x, r);
    set_var(
        target,
        Var {
            t: x.t.clone(),
            meta,
        },
    )?;
    Ok(target.clone())
}

// ------------------------------------------------------------------ printing and conversion

/// `repr(t)`: PyTorch's text, with the dtype, grad and grad_fn suffixes.
pub fn repr(me: &Interp, v: &Var) -> Res<String> {
    let (mut opts, chosen) =
        with_state(me, |s| (s.print.borrow().clone(), s.linewidth_chosen.get()))?;
    // The REPL's echo on a terminal wraps at the terminal's width, unless the user chose a line width.
    if let Some(width) = me.display_width {
        if !chosen {
            opts.linewidth = width as i64;
        }
    }
    let t = &v.t;
    let idx = shown_indices(&t.shape, &opts);
    // Only the elements the printer shows are read (all of them unless summarized).
    let shown = if idx.len() == t.numel() {
        t.contiguous()
    } else {
        t.gather_flat(&idx)
    };
    let d = t.dtype();
    let node = v.grad_fn();
    let suffixes = TorchSuffixes {
        dtype: dtype_name(d),
        default_dtype: dtype_name(default_dtype(me)),
        device: None,
        requires_grad: v.requires_grad(),
        grad_fn: node.as_ref().map(|n| n.name()),
    };
    let text = if d == DType::Bool {
        let vals = shown.to_vec::<bool>();
        tensor_repr(&TorchElements::Bool(&vals), &t.shape, &suffixes, &opts)
    } else if d.is_int() {
        let vals = shown.cast(DType::I64).to_vec::<i64>();
        tensor_repr(&TorchElements::Int(&vals), &t.shape, &suffixes, &opts)
    } else if d.is_complex() {
        let vals: Vec<(f64, f64)> = (0..shown.numel()).map(|i| shown.get_c(i)).collect();
        tensor_repr(&TorchElements::Complex(&vals), &t.shape, &suffixes, &opts)
    } else {
        let vals = shown.cast(DType::F64).to_vec::<f64>();
        tensor_repr(&TorchElements::Float(&vals), &t.shape, &suffixes, &opts)
    };
    Ok(text)
}

/// `t.numpy()`: a NumPy array sharing the tensor's memory, refused while it requires grad.
fn numpy_view(me: &mut Interp, v: &Var) -> Res<Value> {
    if v.requires_grad() {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
        ));
    }
    crate::library::numpy::array::wrap_array(me, v.t.clone())
}

/// A tensor's `__array__`, as NumPy calls it on a tensor it is handed (`np.asarray(t)`, the reflected operators):
/// the array `t.numpy()` gives. None for anything but a tensor.
pub fn array_of(me: &mut Interp, v: &Value) -> Res<Option<Value>> {
    match as_var(v) {
        Some(t) => numpy_view(me, &t).map(Some),
        None => Ok(None),
    }
}

/// `Tensor.__array_wrap__`: NumPy's result of an operation on a tensor, as a tensor (bool as uint8).
pub fn from_array_result(me: &mut Interp, r: &Value) -> Res<Value> {
    let Some((t, _)) = as_array(r) else {
        return Ok(r.clone());
    };
    let t = if t.dtype() == DType::Bool {
        t.cast(DType::U8)
    } else {
        t
    };
    wrap(me, Var::constant(t))
}

/// `tolist()`: nested lists of Python numbers.
fn tolist(t: &Tensor) -> Value {
    if t.ndim() == 0 {
        return element_value(t, 0);
    }
    Value::list((0..t.shape[0]).map(|i| tolist(&t.select(0, i))).collect())
}

fn item(v: &Var) -> Res<Value> {
    if v.t.numel() != 1 {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!(
                "a Tensor with {} elements cannot be converted to Scalar",
                v.t.numel()
            ),
        ));
    }
    Ok(element_value(&v.t.contiguous(), 0))
}

// ------------------------------------------------------------------ the tables

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

use super::convert::to_dtype;

/// Methods of `torch.Tensor`.
pub const TENSOR_METHODS: &[Def] = defs! {
    "__repr__", "self, /", "repr(self)" => |me, a| Ok(Value::str(&repr(me, &this(&a[0])?)?));
    "__str__", "self, /", "str(self)" => |me, a| Ok(Value::str(&repr(me, &this(&a[0])?)?));
    "__format__", "self, spec, /", "format(self, spec): a 0-d tensor formats its item" => |me, a| {
        let v = this(&a[0])?;
        let spec = args::string(&a[1], "format")?;
        if v.t.ndim() == 0 {
            let it = element_value(&v.t, 0);
            return Ok(Value::str(&me.format_value(&it, &spec)?));
        }
        if spec.is_empty() { return Ok(Value::str(&repr(me, &v)?)); }
        Err(type_error("unsupported format string passed to Tensor.__format__"))
    };
    "__len__", "self, /", "len(self)" => |_, a| {
        let v = this(&a[0])?;
        if v.t.ndim() == 0 { return Err(type_error("len() of a 0-d tensor")); }
        Ok(Value::Int(v.t.shape[0] as i64))
    };
    "__bool__", "self, /", "bool(self)" => |_, a| {
        let v = this(&a[0])?;
        if v.t.numel() != 1 {
            return Err(Exc::new(ExcType::RuntimeError, format!("Boolean value of Tensor with more than one value is ambiguous")));
        }
        Ok(Value::Bool(v.t.contiguous().get_c(0) != (0.0, 0.0)))
    };
    "__float__", "self, /", "float(self)" => |_, a| { let v = this(&a[0])?; match item(&v)? { Value::Bool(b) => Ok(Value::Float(b as i64 as f64)), Value::Int(i) => Ok(Value::Float(i as f64)), other => Ok(other) } };
    "__int__", "self, /", "int(self)" => |_, a| { let v = this(&a[0])?; match item(&v)? { Value::Float(x) => Ok(Value::Int(x.trunc() as i64)), Value::Bool(b) => Ok(Value::Int(b as i64)), other => Ok(other) } };
    "__neg__", "self, /", "-self" => |me, a| super::elementwise::negate(me, &a[0]);
    "__pos__", "self, /", "+self" => |_, a| Ok(a[0].clone());
    "__abs__", "self, /", "abs(self)" => |me, a| super::elementwise::absolute(me, &a[0]);
    "__add__", "self, other, /", "self + other" => |me, a| binary(me, BinaryOp::Add, &a[0], &a[1]);
    "__radd__", "self, other, /", "other + self" => |me, a| binary(me, BinaryOp::Add, &a[1], &a[0]);
    "__sub__", "self, other, /", "self - other" => |me, a| binary(me, BinaryOp::Sub, &a[0], &a[1]);
    "__rsub__", "self, other, /", "other - self" => |me, a| binary(me, BinaryOp::Sub, &a[1], &a[0]);
    "__mul__", "self, other, /", "self * other" => |me, a| binary(me, BinaryOp::Mul, &a[0], &a[1]);
    "__rmul__", "self, other, /", "other * self" => |me, a| binary(me, BinaryOp::Mul, &a[1], &a[0]);
    "__truediv__", "self, other, /", "self / other" => |me, a| binary(me, BinaryOp::Div, &a[0], &a[1]);
    "__rtruediv__", "self, other, /", "other / self" => |me, a| binary(me, BinaryOp::Div, &a[1], &a[0]);
    "__floordiv__", "self, other, /", "self // other" => |me, a| binary(me, BinaryOp::FloorDiv, &a[0], &a[1]);
    "__mod__", "self, other, /", "self % other" => |me, a| binary(me, BinaryOp::Mod, &a[0], &a[1]);
    "__pow__", "self, other, /", "self ** other" => |me, a| binary(me, BinaryOp::Pow, &a[0], &a[1]);
    "__rpow__", "self, other, /", "other ** self" => |me, a| binary(me, BinaryOp::Pow, &a[1], &a[0]);
    "__matmul__", "self, other, /", "self @ other" => |me, a| matmul(me, &a[0], &a[1]);
    "__rmatmul__", "self, other, /", "other @ self" => |me, a| matmul(me, &a[1], &a[0]);
    "__iadd__", "self, other, /", "self += other" => |me, a| super::elementwise::augmented(me, BinaryOp::Add, &a[0], &a[1]);
    "__isub__", "self, other, /", "self -= other" => |me, a| super::elementwise::augmented(me, BinaryOp::Sub, &a[0], &a[1]);
    "__imul__", "self, other, /", "self *= other" => |me, a| super::elementwise::augmented(me, BinaryOp::Mul, &a[0], &a[1]);
    "__itruediv__", "self, other, /", "self /= other" => |me, a| super::elementwise::augmented(me, BinaryOp::Div, &a[0], &a[1]);
    "__eq__", "self, other, /", "self == other" => |me, a| super::elementwise::compare_values(me, CompareOp::Eq, &a[0], &a[1]);
    "__ne__", "self, other, /", "self != other" => |me, a| super::elementwise::compare_values(me, CompareOp::Ne, &a[0], &a[1]);
    "__lt__", "self, other, /", "self < other" => |me, a| super::elementwise::compare_values(me, CompareOp::Lt, &a[0], &a[1]);
    "__le__", "self, other, /", "self <= other" => |me, a| super::elementwise::compare_values(me, CompareOp::Le, &a[0], &a[1]);
    "__gt__", "self, other, /", "self > other" => |me, a| super::elementwise::compare_values(me, CompareOp::Gt, &a[0], &a[1]);
    "__ge__", "self, other, /", "self >= other" => |me, a| super::elementwise::compare_values(me, CompareOp::Ge, &a[0], &a[1]);
    "__hash__", "self, /", "hash(self): identity" => |_, a| Ok(Value::Int(match &a[0] { Value::Native(n) => Rc::as_ptr(n) as usize as i64, _ => 0 }));
    "__getitem__", "self, index, /", "self[index]" => |me, a| getitem(me, &a);
    "__setitem__", "self, index, value, /", "self[index] = value" => |me, a| setitem(me, &a);
    "__iter__", "self, /", "iter(self): over the first dimension" => |me, a| {
        let v = this(&a[0])?;
        if v.t.ndim() == 0 { return Err(type_error("iteration over a 0-d tensor")); }
        let items: Vec<Value> = (0..v.t.shape[0])
            .map(|i| aops::select(&v, 0, i).map_err(grad_error).and_then(|s| wrap_view(me, &a[0], s)))
            .collect::<Res<_>>()?;
        me.iter(&Value::list(items))
    };
    "item", "self, /", "The value of a one-element tensor as a Python number.\n\n>>> torch.tensor([2.5]).item()\n2.5" => |_, a| item(&this(&a[0])?);
    "tolist", "self, /", "The elements as nested Python lists.\n\n>>> torch.tensor([1, 2]).tolist()\n[1, 2]" => |_, a| Ok(tolist(&this(&a[0])?.t));
    "numpy", "self, /, *, force=False", "A NumPy array sharing this tensor's memory.\n\n>>> torch.tensor([1, 2]).numpy()\narray([1, 2])" => |me, a| {
        let v = this(&a[0])?;
        if me.truthy(&a[1])? {
            return crate::library::numpy::array::wrap_array(me, v.t.clone());
        }
        numpy_view(me, &v)
    };
    "size", "self, dim=None, /", "The shape (or one dimension's size).\n\n>>> torch.ones(2, 3).size()\ntorch.Size([2, 3])" => |me, a| {
        let v = this(&a[0])?;
        match &a[1] {
            Value::None => size_value(me, &v.t.shape),
            d => Ok(Value::Int(v.t.shape[wrap_dim(args::int(d, "dim")?, v.t.ndim())?] as i64)),
        }
    };
    "dim", "self, /", "The number of dimensions.\n\n>>> torch.ones(2, 3).dim()\n2" => |_, a| Ok(Value::Int(this(&a[0])?.t.ndim() as i64));
    "numel", "self, /", "The number of elements.\n\n>>> torch.ones(2, 3).numel()\n6" => |_, a| Ok(Value::Int(this(&a[0])?.t.numel() as i64));
    "view", "self, *shape", "The same data in another shape (never copies).\n\n>>> torch.arange(6).view(2, 3).shape\ntorch.Size([2, 3])" => |me, a| view(me, &a);
    "reshape", "self, *shape", "The same data in another shape (a view when possible).\n\n>>> torch.arange(6).reshape(3, -1).shape\ntorch.Size([3, 2])" => |me, a| reshape(me, &a);
    "permute", "self, *dims", "Reorder the dimensions.\n\n>>> torch.ones(2, 3).permute(1, 0).shape\ntorch.Size([3, 2])" => |me, a| permute(me, &a);
    "transpose", "self, dim0, dim1, /", "Swap two dimensions.\n\n>>> torch.ones(2, 3).transpose(0, 1).shape\ntorch.Size([3, 2])" => |me, a| {
        let v = this(&a[0])?;
        let nd = v.t.ndim();
        let (d0, d1) = (wrap_dim(args::int(&a[1], "dim0")?, nd)?, wrap_dim(args::int(&a[2], "dim1")?, nd)?);
        wrap_view(me, &a[0], aops::transpose(&v, d0, d1, false).map_err(grad_error)?)
    };
    "t", "self, /", "The transpose of a matrix (a vector stays as it is).\n\n>>> torch.ones(2, 3).t().shape\ntorch.Size([3, 2])" => |me, a| {
        let v = this(&a[0])?;
        match v.t.ndim() {
            // Still a new view (TBackward0), as PyTorch's.
            0 => wrap_view(me, &a[0], aops::reshape_named(&v, &[], "TBackward0").map_err(grad_error)?),
            1 => wrap_view(me, &a[0], aops::transpose(&v, 0, 0, true).map_err(grad_error)?),
            2 => wrap_view(me, &a[0], aops::transpose(&v, 0, 1, true).map_err(grad_error)?),
            n => Err(Exc::new(ExcType::RuntimeError, format!("t() expects a tensor with <= 2 dimensions, but self is {n}D"))),
        }
    };
    "unsqueeze", "self, dim, /", "Insert a dimension of size 1.\n\n>>> torch.ones(3).unsqueeze(0).shape\ntorch.Size([1, 3])" => |me, a| {
        let v = this(&a[0])?;
        let d = wrap_dim(args::int(&a[1], "dim")?, v.t.ndim() + 1)?;
        wrap_view(me, &a[0], aops::unsqueeze(&v, d).map_err(grad_error)?)
    };
    "squeeze", "self, dim=None, /", "Remove dimensions of size 1.\n\n>>> torch.ones(1, 3).squeeze().shape\ntorch.Size([3])" => |me, a| squeeze(me, &a);
    "flatten", "self, start_dim=0, end_dim=-1", "Flatten a range of dimensions into one.\n\n>>> torch.ones(2, 3).flatten().shape\ntorch.Size([6])" => |me, a| flatten(me, &a);
    "expand", "self, *sizes", "Broadcast to a larger size (a view).\n\n>>> torch.ones(1, 3).expand(2, 3).shape\ntorch.Size([2, 3])" => |me, a| expand(me, &a);
    "contiguous", "self, /", "A contiguous tensor with the same data.\n\n>>> torch.ones(2, 3).t().contiguous().is_contiguous()\nTrue" => |me, a| {
        let v = this(&a[0])?;
        if v.t.is_contiguous() { return Ok(a[0].clone()); }
        wrap(me, aops::clone(&v).map_err(grad_error)?)
    };
    "is_contiguous", "self, /", "Whether the elements are in C order without gaps.\n\n>>> torch.ones(2, 3).t().is_contiguous()\nFalse" => |_, a| Ok(Value::Bool(this(&a[0])?.t.is_contiguous()));
    "clone", "self, /", "A copy (recorded by autograd).\n\n>>> torch.tensor([1.0]).clone()\ntensor([1.])" => |me, a| wrap(me, aops::clone(&this(&a[0])?).map_err(grad_error)?);
    "detach_", "self, /", "Take this tensor out of the graph in place (a leaf that does not require grad).\n\n>>> (torch.tensor([1.0], requires_grad=True) * 2).detach_().requires_grad\nFalse" => |_, a| {
        let v = this(&a[0])?;
        if v.grad_fn().is_some_and(|n| n.rule.is_view()) {
            return Err(Exc::new(ExcType::RuntimeError, "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution."));
        }
        super::set_var(&a[0], v.detach())?;
        Ok(a[0].clone())
    };
    "detach", "self, /", "The same data outside the graph.\n\n>>> torch.tensor([1.0], requires_grad=True).detach().requires_grad\nFalse" => |me, a| super::wrap_detached(me, this(&a[0])?);
    "requires_grad_", "self, requires_grad=True", "Start (or stop) recording operations on this leaf.\n\n>>> torch.ones(2).requires_grad_()\ntensor([1., 1.], requires_grad=True)" => |me, a| {
        let on = me.truthy(&a[1])?;
        switch_grad(&a[0], on, "only Tensors of floating point dtype can require gradients")?;
        Ok(a[0].clone())
    };
    "retain_grad", "self, /", "Keep this non-leaf's gradient in .grad after backward.\n\n>>> x = torch.ones(1, requires_grad=True); y = x * 2; y.retain_grad()" => |_, a| {
        this(&a[0])?.retain_grad().map_err(grad_error)?;
        Ok(Value::None)
    };
    "float", "self, /", "A float32 copy (the tensor itself when already float32).\n\n>>> torch.tensor([1]).float()\ntensor([1.])" => |me, a| to_dtype(me, &a[0], DType::F32);
    "double", "self, /", "A float64 copy.\n\n>>> torch.tensor([1]).double()\ntensor([1.], dtype=torch.float64)" => |me, a| to_dtype(me, &a[0], DType::F64);
    "half", "self, /", "A float16 copy.\n\n>>> torch.tensor([1]).half()\ntensor([1.], dtype=torch.float16)" => |me, a| to_dtype(me, &a[0], DType::F16);
    "long", "self, /", "An int64 copy.\n\n>>> torch.tensor([1.7]).long()\ntensor([1])" => |me, a| to_dtype(me, &a[0], DType::I64);
    "int", "self, /", "An int32 copy.\n\n>>> torch.tensor([1.7]).int()\ntensor([1], dtype=torch.int32)" => |me, a| to_dtype(me, &a[0], DType::I32);
    "bool", "self, /", "A bool copy.\n\n>>> torch.tensor([0, 2]).bool()\ntensor([False,  True])" => |me, a| to_dtype(me, &a[0], DType::Bool);
    "to", "self, *args, dtype=None, device=None, copy=False", "Convert to a dtype (CPU is the only device).\n\n>>> torch.tensor([1]).to(torch.float64)\ntensor([1.], dtype=torch.float64)" => |me, a| {
        let mut target = dtype_arg(me, &a[2])?;
        super::device::check_device(&a[3])?;
        for x in me.collect(&a[1])? {
            match &x {
                v if super::device::is_device(v) => super::device::check_device(v)?,
                other => if let Some(d) = dtype_arg(me, other)? { target = Some(d); },
            }
        }
        match target { Some(d) => to_dtype(me, &a[0], d), None => Ok(a[0].clone()) }
    };
    "cuda", "self, device=None, non_blocking=False", "Move to a GPU: fails as PyTorch does on a machine without one.\n\n>>> torch.ones(1).is_cuda\nFalse" => |_, _| super::device::check_device(&Value::str("cuda")).map(|_| Value::None);
    "cpu", "self, /", "The tensor itself (nabla's tensors live on the CPU).\n\n>>> torch.ones(1).cpu()\ntensor([1.])" => |_, a| Ok(a[0].clone());
    "sum", "self, dim=None, keepdim=False, *, dtype=None", "Sum over dims (all by default).\n\n>>> torch.tensor([1, 2]).sum()\ntensor(3)" => |me, a| sum(me, &a);
    "mean", "self, dim=None, keepdim=False, *, dtype=None", "Mean over dims (all by default).\n\n>>> torch.tensor([1.0, 2.0]).mean()\ntensor(1.5000)" => |me, a| mean(me, &a);
    "argmax", "self, dim=None, keepdim=False", "Index of the largest element.\n\n>>> torch.tensor([1, 3, 2]).argmax()\ntensor(1)" => |me, a| arg_extreme(me, &a, crate::tensor::reduce::ReduceOp::ArgMax);
    "argmin", "self, dim=None, keepdim=False", "Index of the smallest element.\n\n>>> torch.tensor([1, 3, 2]).argmin()\ntensor(0)" => |me, a| arg_extreme(me, &a, crate::tensor::reduce::ReduceOp::ArgMin);
    "matmul", "self, other, /", "The matrix product.\n\n>>> torch.ones(2, 2).matmul(torch.ones(2))\ntensor([2., 2.])" => |me, a| matmul(me, &a[0], &a[1]);
    "mm", "self, mat2, /", "The product of two matrices.\n\n>>> torch.ones(1, 2).mm(torch.ones(2, 1))\ntensor([[2.]])" => |me, a| matmul(me, &a[0], &a[1]);
    "dot", "self, other, /", "The dot product of two vectors.\n\n>>> torch.tensor([1.0, 2.0]).dot(torch.tensor([3.0, 4.0]))\ntensor(11.)" => |me, a| matmul(me, &a[0], &a[1]);
};

/// Read-only properties of `torch.Tensor`.
pub const TENSOR_PROPERTIES: &[Def] = defs! {
    "shape", "self, /", "The size as a torch.Size.\n\n>>> torch.zeros(2, 3).shape\ntorch.Size([2, 3])" => |me, a| size_value(me, &this(&a[0])?.t.shape);
    "dtype", "self, /", "The element type.\n\n>>> torch.zeros(2).dtype\ntorch.float32\n>>> torch.tensor([1, 2]).dtype\ntorch.int64" => |me, a| dtype_value(me, this(&a[0])?.dtype());
    "ndim", "self, /", "The number of dimensions.\n\n>>> torch.zeros(2, 3).ndim\n2" => |_, a| Ok(Value::Int(this(&a[0])?.t.ndim() as i64));
    "is_leaf", "self, /", "Whether the tensor was not computed by a recorded op.\n\n>>> x = torch.tensor([1.0], requires_grad=True)\n>>> x.is_leaf\nTrue\n>>> (x * 2).is_leaf\nFalse" => |_, a| Ok(Value::Bool(this(&a[0])?.is_leaf()));
    "retains_grad", "self, /", "Whether backward keeps this non-leaf's gradient in .grad (after retain_grad()).\n\n>>> x = torch.tensor([1.0], requires_grad=True)\n>>> y = x * 2\n>>> y.retain_grad()\n>>> y.retains_grad\nTrue" => |_, a| Ok(Value::Bool(this(&a[0])?.meta.is_some_and(|m| m.retains_grad.get())));
    "grad_fn", "self, /", "The node that computed this tensor (None for leaves).\n\n>>> x = torch.tensor([1.0], requires_grad=True)\n>>> (x * 2).grad_fn.name()\n'MulBackward0'\n>>> x.grad_fn is None\nTrue" => |me, a| match this(&a[0])?.grad_fn() {
        Some(n) => node_value(me, grad::NodeRef::Node(n)),
        None => Ok(Value::None),
    };
    "T", "self, /", "The dimensions reversed.\n\n>>> torch.arange(6).reshape(2, 3).T\ntensor([[0, 3],\n        [1, 4],\n        [2, 5]])" => |me, a| {
        let v = this(&a[0])?;
        let perm: Vec<usize> = (0..v.t.ndim()).rev().collect();
        wrap_view(me, &a[0], aops::permute(&v, &perm).map_err(grad_error)?)
    };
    "mT", "self, /", "The last two dimensions swapped.\n\n>>> torch.zeros(4, 2, 3).mT.shape\ntorch.Size([4, 3, 2])" => |me, a| {
        let v = this(&a[0])?;
        if v.t.ndim() < 2 { return Err(Exc::new(ExcType::RuntimeError, "tensor.mT is only supported on matrices or batches of matrices. Got 1-D tensor.")); }
        wrap_view(me, &a[0], aops::mt(&v).map_err(grad_error)?)
    };
    "device", "self, /", "Where the tensor lives: cpu.\n\n>>> torch.zeros(2).device\ndevice(type='cpu')" => |me, _| super::device::cpu(me);
    "is_cuda", "self, /", "False: nabla's tensors live on the CPU.\n\n>>> torch.zeros(2).is_cuda\nFalse" => |_, _| Ok(Value::Bool(false));
};

/// Start or stop recording operations on the tensor object `obj`; `refused` is PyTorch's message (it differs
/// between `requires_grad_()` and the property) when its dtype cannot require grad.
fn switch_grad(obj: &Value, on: bool, refused: &str) -> Res<()> {
    let mut v = this(obj)?;
    if on && !(v.dtype().is_float() || v.dtype().is_complex()) {
        return Err(Exc::new(ExcType::RuntimeError, refused));
    }
    v.set_requires_grad(on).map_err(grad_error)?;
    set_var(obj, v)
}

/// `grad`, `requires_grad` and `data`: properties with setters.
pub fn settable_properties() -> Vec<(Def, Def)> {
    vec![
        (
            Def {
                name: "grad",
                sig: "self, /",
                doc: "The gradient accumulated by backward (None until then).\n\n>>> x = torch.tensor([1.0, 2.0], requires_grad=True)\n>>> (x ** 2).sum().backward()\n>>> x.grad\ntensor([2., 4.])",
                func: |me, a| grad_object(me, &a[0]),
            },
            Def {
                name: "grad",
                sig: "self, value, /",
                doc: "Set or clear the gradient.\n\n>>> x = torch.tensor([1.0, 2.0], requires_grad=True)\n>>> (x ** 2).sum().backward()\n>>> x.grad\ntensor([2., 4.])",
                func: |_, a| {
                    let v = this(&a[0])?;
                    let new = match &a[1] {
                        Value::None => None,
                        g => Some(this(g)?),
                    };
                    if let Some(m) = &v.meta {
                        *m.grad.borrow_mut() = new;
                    } else if new.is_some() {
                        let mut v = v.clone();
                        v.set_requires_grad(false).map_err(grad_error)?;
                        return Err(Exc::new(ExcType::NotImplementedError, "setting .grad on a tensor that does not require grad is not supported by nabla yet"));
                    }
                    Ok(Value::None)
                },
            },
        ),
        (
            Def {
                name: "requires_grad",
                sig: "self, /",
                doc: "Whether operations on this tensor are recorded.\n\n>>> torch.zeros(2).requires_grad\nFalse\n>>> torch.zeros(2, requires_grad=True).requires_grad\nTrue",
                func: |_, a| Ok(Value::Bool(this(&a[0])?.requires_grad())),
            },
            Def {
                name: "requires_grad",
                sig: "self, value, /",
                doc: "Start or stop recording (leaves only).\n\n>>> torch.zeros(2).requires_grad\nFalse\n>>> torch.zeros(2, requires_grad=True).requires_grad\nTrue",
                func: |me, a| {
                    let on = me.truthy(&a[1])?;
                    switch_grad(
                        &a[0],
                        on,
                        "only Tensors of floating point and complex dtype can require gradients",
                    )?;
                    Ok(Value::None)
                },
            },
        ),
        (
            Def {
                name: "data",
                sig: "self, /",
                doc: "The same data, outside the graph.\n\n>>> x = torch.tensor([1.0], requires_grad=True)\n>>> x.data\ntensor([1.])",
                func: |me, a| wrap(me, this(&a[0])?.detach()),
            },
            Def {
                name: "data",
                sig: "self, value, /",
                doc: "Replace the data.\n\n>>> x = torch.tensor([1.0], requires_grad=True)\n>>> x.data\ntensor([1.])",
                func: |_, a| {
                    let v = this(&a[0])?;
                    let new = this(&a[1])?;
                    set_var(
                        &a[0],
                        Var {
                            t: new.t,
                            meta: v.meta,
                        },
                    )?;
                    Ok(Value::None)
                },
            },
        ),
    ]
}

fn size_of(v: &Value) -> Res<Vec<usize>> {
    match v {
        Value::Native(n) => n
            .data
            .borrow()
            .downcast_ref::<Vec<usize>>()
            .cloned()
            .ok_or_else(|| type_error("not a torch.Size")),
        _ => Err(type_error("not a torch.Size")),
    }
}

fn size_tuple(s: &[usize]) -> Value {
    Value::tuple(s.iter().map(|&d| Value::Int(d as i64)).collect())
}

/// `torch.Size`: a tuple of ints that prints as `torch.Size([2, 3])`.
pub const SIZE_METHODS: &[Def] = defs! {
    "__repr__", "self, /", "torch.Size([2, 3])" => |_, a| Ok(Value::str(&crate::format::torch::size_repr(&size_of(&a[0])?)));
    "__len__", "self, /", "len(self)" => |_, a| Ok(Value::Int(size_of(&a[0])?.len() as i64));
    "__getitem__", "self, i, /", "self[i]" => |me, a| {
        let t = size_tuple(&size_of(&a[0])?);
        let r = me.getitem(&t, a[1].clone())?;
        match r {
            Value::Tuple(items) => size_value(me, &items.iter().map(|v| args::int(v, "size").map(|d| d as usize)).collect::<Res<Vec<_>>>()?),
            other => Ok(other),
        }
    };
    "__iter__", "self, /", "iter(self)" => |me, a| me.iter(&size_tuple(&size_of(&a[0])?));
    "__eq__", "self, other, /", "self == other" => |me, a| {
        let mine = size_tuple(&size_of(&a[0])?);
        let other = match size_of(&a[1]) { Ok(s) => size_tuple(&s), Err(_) => a[1].clone() };
        me.eq_values(&mine, &other).map(Value::Bool)
    };
    "__hash__", "self, /", "hash(self)" => |_, a| Ok(Value::Int(size_of(&a[0])?.iter().fold(17i64, |h, &d| h.wrapping_mul(31).wrapping_add(d as i64))));
    "numel", "self, /", "The product of the sizes.\n\n>>> torch.zeros(2, 3).numel()\n6" => |_, a| Ok(Value::Int(size_of(&a[0])?.iter().product::<usize>() as i64));
    "__add__", "self, other, /", "Concatenate with a tuple (a torch.Size)" => |me, a| {
        let mine = size_tuple(&size_of(&a[0])?);
        let other = match size_of(&a[1]) { Ok(s) => size_tuple(&s), Err(_) => a[1].clone() };
        let joined = me.binary_op(BinOp::Add, mine, other)?;
        size_from(me, &joined)
    };
    "__radd__", "self, other, /", "A tuple concatenated with this size (a tuple)" => |me, a| {
        let mine = size_tuple(&size_of(&a[0])?);
        me.binary_op(BinOp::Add, a[1].clone(), mine)
    };
    "__mul__", "self, n, /", "The sizes repeated n times (a torch.Size)" => |me, a| {
        let mine = size_tuple(&size_of(&a[0])?);
        let r = me.binary_op(BinOp::Mul, mine, a[1].clone())?;
        size_from(me, &r)
    };
    "__ne__", "self, other, /", "self != other" => |me, a| {
        let mine = size_tuple(&size_of(&a[0])?);
        let other = match size_of(&a[1]) { Ok(s) => size_tuple(&s), Err(_) => a[1].clone() };
        me.eq_values(&mine, &other).map(|e| Value::Bool(!e))
    };
    "__contains__", "self, x, /", "x in self" => |me, a| Ok(Value::Bool(size_matches(me, &a[0], &a[1])?.contains(&true)));
    "count", "self, x, /", "How many sizes equal x.\n\n>>> torch.Size([2, 3, 2]).count(2)\n2\n>>> torch.zeros(4, 1, 4).shape.count(4)\n2" => |me, a| Ok(Value::Int(size_matches(me, &a[0], &a[1])?.iter().filter(|m| **m).count() as i64));
    "index", "self, x, /", "The position of the first size equal to x.\n\n>>> torch.Size([2, 3, 2]).index(2)\n0\n>>> torch.zeros(4, 1, 4).shape.index(1)\n1" => |me, a| match size_matches(me, &a[0], &a[1])?.iter().position(|m| *m) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::new(ExcType::ValueError, "tuple.index(x): x not in tuple")),
    };
    "__new__", "cls, sizes=(), /", "torch.Size(iterable of ints)" => |me, a| size_from(me, &a[1]);
};

/// Which sizes of the torch.Size `size` equal `x`.
fn size_matches(me: &mut Interp, size: &Value, x: &Value) -> Res<Vec<bool>> {
    size_of(size)?
        .iter()
        .map(|&d| me.eq_values(&Value::Int(d as i64), x))
        .collect()
}

/// `torch.Size(iterable)`: ints (or one-element integer tensors), as PyTorch takes them.
fn size_from(me: &mut Interp, v: &Value) -> Res<Value> {
    let items = me.collect(v)?;
    let mut dims = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        let d = match (it, as_var(it)) {
            (Value::Int(d), _) => *d,
            (_, Some(t)) if t.t.numel() == 1 && t.dtype().is_int() => {
                t.t.cast(DType::I64).to_vec::<i64>()[0]
            }
            _ => {
                return Err(type_error(format!(
                    "torch.Size() takes an iterable of 'int' (item {i} is '{}')",
                    it.type_name()
                )))
            }
        };
        dims.push(usize::try_from(d).map_err(|_| {
            Exc::new(
                ExcType::NotImplementedError,
                "torch.Size with negative sizes is not supported by nabla",
            )
        })?);
    }
    size_value(me, &dims)
}
