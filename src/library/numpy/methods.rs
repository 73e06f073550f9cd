//! ndarray methods and properties, the operator dunders, and the NumPy functions built on them.

use super::array::*;
use super::index::{gather, index, setitem, Indexed};
use super::printing;
use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args;
use crate::library::Def;
use crate::tensor::dtype::{DType, Kind};
use crate::tensor::error::TensorError;
use crate::tensor::ops::{self, BinaryOp, CompareOp, UnaryOp};
use crate::tensor::Tensor;
use std::rc::Rc;

pub fn this(v: &Value) -> Res<Tensor> {
    as_array(v)
        .map(|(t, _)| t)
        .ok_or_else(|| type_error("descriptor requires a 'numpy.ndarray' object"))
}

/// Any array-like argument as a tensor (Python numbers and lists become arrays).
pub fn arg_tensor(me: &mut Interp, v: &Value) -> Res<Tensor> {
    match as_array(v) {
        Some((t, _)) => Ok(t),
        None => to_tensor(me, v, None),
    }
}

/// Normalize an `axis=` argument: `None` means every axis.
pub fn axes_arg(v: &Value, ndim: usize) -> Res<Vec<usize>> {
    let norm = |a: i64| -> Res<usize> {
        let j = if a < 0 { a + ndim as i64 } else { a };
        if j < 0
            || j >= ndim.max(if ndim == 0 { 1 } else { ndim }) as i64
            || (ndim == 0 && a != 0 && a != -1)
        {
            return Err(tensor_error(TensorError::AxisOutOfBounds { axis: a, ndim }));
        }
        Ok(j as usize)
    };
    let mut axes = match v {
        Value::None => (0..ndim).collect(),
        Value::Tuple(items) => items
            .iter()
            .map(|x| args::int(x, "").and_then(norm))
            .collect::<Res<Vec<_>>>()?,
        other => vec![norm(args::int(other, "")?)?],
    };
    if ndim == 0 {
        axes.clear();
    }
    axes.sort_unstable();
    if axes.windows(2).any(|w| w[0] == w[1]) {
        return Err(value_error("duplicate value in 'axis'"));
    }
    Ok(axes)
}

fn shape_tuple(shape: &[usize]) -> Value {
    Value::tuple(shape.iter().map(|d| Value::Int(*d as i64)).collect())
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

fn bin(me: &mut Interp, op: BinaryOp, a: &Value, b: &Value) -> Res<Value> {
    // A NumPy scalar's operators defer to a Python list or tuple (`[0] * np.int8(3)` repeats the list);
    // an array's do not (`[1, 2] + np.array(1)` is an array).
    let scalar = |v: &Value| as_array(v).is_some_and(|(_, sc)| sc);
    let sequence = |v: &Value| {
        matches!(
            v,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)
        )
    };
    // The cheap test first: this runs for every operator on arrays.
    if (sequence(b) && scalar(a)) || (sequence(a) && scalar(b)) {
        return Ok(Value::NotImplemented);
    }
    let concat = op == BinaryOp::Add;
    if let Some(r) = tensor_bridge(me, a, b, concat, |me, x, y| binary_operator(me, op, x, y))? {
        return Ok(r);
    }
    binary_operator(me, op, a, b)
}

/// An operator between an array and a torch tensor, as NumPy and PyTorch settle it: an array's own operators defer
/// to the tensor (its `__array_priority__`), whose operators refuse arrays, so `array op tensor` fails (`+` with
/// NumPy's refusal of sequence concatenation, CPython's last resort); `tensor op array` reaches the array's
/// reflected operator, which computes on the tensor's array (`__array__`) and hands the result back as a tensor
/// (`__array_wrap__`). None when neither side is a tensor.
fn tensor_bridge(
    me: &mut Interp,
    a: &Value,
    b: &Value,
    concat: bool,
    op: impl FnOnce(&mut Interp, &Value, &Value) -> Res<Value>,
) -> Res<Option<Value>> {
    use crate::library::torch as tt;
    if tt::as_var(b).is_some() {
        if concat && as_array(a).is_some_and(|(_, sc)| !sc) {
            return Err(type_error("Concatenation operation is not implemented for NumPy arrays, use np.concatenate() instead. Please do not rely on this error; it may not be given on all Python implementations."));
        }
        return Ok(Some(Value::NotImplemented));
    }
    match tt::array_of(me, a)? {
        Some(arr) => {
            let r = op(me, &arr, b)?;
            tt::from_array_result(me, &r).map(Some)
        }
        None => Ok(None),
    }
}

/// `a op= b` on an array: compute, then write into `a`'s memory (views included) under NumPy's
/// 'same_kind' casting rule. Scalars are immutable: they fall back to `a = a op b`.
fn inplace(me: &mut Interp, op: BinaryOp, a: &Value, b: &Value) -> Res<Value> {
    let Some((t, scalar)) = as_array(a) else {
        return Ok(Value::NotImplemented);
    };
    if scalar {
        return Ok(Value::NotImplemented);
    }
    if is_readonly(a) {
        return Err(value_error("output array is read-only"));
    }
    // The output operand takes part in broadcasting: NumPy names all three shapes, or refuses an output
    // smaller than the broadcast result.
    if let Some((bt, _)) = as_array(b) {
        let shapes = vec![t.shape.clone(), bt.shape.clone(), t.shape.clone()];
        let full = crate::tensor::broadcast_shapes(&t.shape, &bt.shape)
            .map_err(|_| tensor_error(TensorError::Broadcast(shapes)))?;
        if full != t.shape {
            return Err(value_error(format!(
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                crate::tensor::error::shape_str(&t.shape).replace(' ', ""),
                crate::tensor::error::shape_str(&full).replace(' ', "")
            )));
        }
    }
    let r = binary_operator(me, op, a, b)?;
    let Some((rt, _)) = as_array(&r) else {
        return Ok(Value::NotImplemented);
    };
    let (from, to) = (rt.dtype(), t.dtype());
    let rank = |k: Kind| match k {
        Kind::Bool => 0,
        Kind::Int => 1,
        Kind::Float => 2,
        Kind::Complex => 3,
        Kind::Str => 4,
    };
    if rank(from.kind()) > rank(to.kind()) {
        return Err(np_exception(
            "_UFuncOutputCastingError",
            ExcType::TypeError,
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                op.name(),
                from,
                to
            ),
        ));
    }
    t.assign(&rt.cast(to)).map_err(tensor_error)?;
    Ok(a.clone())
}

/// `divmod(a, b)`: NumPy's divmod ufunc, both results from one loop, so its floating-point conditions are
/// handled once (as `divmod`, or `scalar divmod` between scalars).
fn divmod(me: &mut Interp, a: &Value, b: &Value) -> Res<Value> {
    let scalarish = |v: &Value| match as_array(v) {
        Some((_, sc)) => sc,
        None => matches!(
            v,
            Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_)
        ),
    };
    let (pair, raised) = super::errstate::collecting(|| -> Res<(Value, Value)> {
        Ok((
            bin(me, BinaryOp::FloorDiv, a, b)?,
            bin(me, BinaryOp::Mod, a, b)?,
        ))
    });
    let (q, r) = pair?;
    if matches!(q, Value::NotImplemented) || matches!(r, Value::NotImplemented) {
        return Ok(Value::NotImplemented);
    }
    if !raised.is_empty() {
        let name = if scalarish(a) && scalarish(b) {
            "scalar divmod"
        } else {
            "divmod"
        };
        super::errstate::dispatch(me, raised, name)?;
    }
    Ok(Value::tuple(vec![q, r]))
}

fn cmp(me: &mut Interp, op: CompareOp, a: &Value, b: &Value) -> Res<Value> {
    // NumPy's comparisons defer to a tensor (see `tensor_bridge`).
    if crate::library::torch::as_var(b).is_some() {
        return Ok(Value::NotImplemented);
    }
    compare_value(me, op, a, b)
}

/// The `binary_slot` of ndarray and the NumPy scalar types: `left op right`, exactly what their operator
/// dunders (below) compute, for whichever side is the NumPy value.
pub fn operator_slot(
    me: &mut Interp,
    op: crate::syntax::ast::BinOp,
    left: &Value,
    right: &Value,
) -> Res<Value> {
    let Some(op) = crate::library::elementwise_op(op) else {
        return matmul(me, left, right);
    };
    bin(me, op, left, right)
}

/// Methods shared by `ndarray` and the NumPy scalar types.
pub const ARRAY_METHODS: &[Def] = defs! {
    "__add__", "self, other, /", "self + other" => |me, a| bin(me, BinaryOp::Add, &a[0], &a[1]);
    "__radd__", "self, other, /", "other + self" => |me, a| bin(me, BinaryOp::Add, &a[1], &a[0]);
    "__sub__", "self, other, /", "self - other" => |me, a| bin(me, BinaryOp::Sub, &a[0], &a[1]);
    "__rsub__", "self, other, /", "other - self" => |me, a| bin(me, BinaryOp::Sub, &a[1], &a[0]);
    "__mul__", "self, other, /", "self * other" => |me, a| bin(me, BinaryOp::Mul, &a[0], &a[1]);
    "__rmul__", "self, other, /", "other * self" => |me, a| bin(me, BinaryOp::Mul, &a[1], &a[0]);
    "__truediv__", "self, other, /", "self / other" => |me, a| bin(me, BinaryOp::Div, &a[0], &a[1]);
    "__rtruediv__", "self, other, /", "other / self" => |me, a| bin(me, BinaryOp::Div, &a[1], &a[0]);
    "__floordiv__", "self, other, /", "self // other" => |me, a| bin(me, BinaryOp::FloorDiv, &a[0], &a[1]);
    "__rfloordiv__", "self, other, /", "other // self" => |me, a| bin(me, BinaryOp::FloorDiv, &a[1], &a[0]);
    "__mod__", "self, other, /", "self % other" => |me, a| bin(me, BinaryOp::Mod, &a[0], &a[1]);
    "__rmod__", "self, other, /", "other % self" => |me, a| bin(me, BinaryOp::Mod, &a[1], &a[0]);
    "__pow__", "self, other, /", "self ** other" => |me, a| bin(me, BinaryOp::Pow, &a[0], &a[1]);
    "__rpow__", "self, other, /", "other ** self" => |me, a| bin(me, BinaryOp::Pow, &a[1], &a[0]);
    "__divmod__", "self, other, /", "divmod(self, other)" => |me, a| divmod(me, &a[0], &a[1]);
    "__rdivmod__", "self, other, /", "divmod(other, self)" => |me, a| divmod(me, &a[1], &a[0]);
    "__and__", "self, other, /", "self & other" => |me, a| bin(me, BinaryOp::BitAnd, &a[0], &a[1]);
    "__rand__", "self, other, /", "other & self" => |me, a| bin(me, BinaryOp::BitAnd, &a[1], &a[0]);
    "__or__", "self, other, /", "self | other" => |me, a| bin(me, BinaryOp::BitOr, &a[0], &a[1]);
    "__ror__", "self, other, /", "other | self" => |me, a| bin(me, BinaryOp::BitOr, &a[1], &a[0]);
    "__xor__", "self, other, /", "self ^ other" => |me, a| bin(me, BinaryOp::BitXor, &a[0], &a[1]);
    "__rxor__", "self, other, /", "other ^ self" => |me, a| bin(me, BinaryOp::BitXor, &a[1], &a[0]);
    "__lshift__", "self, other, /", "self << other" => |me, a| bin(me, BinaryOp::LShift, &a[0], &a[1]);
    "__rshift__", "self, other, /", "self >> other" => |me, a| bin(me, BinaryOp::RShift, &a[0], &a[1]);
    "__rlshift__", "self, other, /", "other << self" => |me, a| bin(me, BinaryOp::LShift, &a[1], &a[0]);
    "__rrshift__", "self, other, /", "other >> self" => |me, a| bin(me, BinaryOp::RShift, &a[1], &a[0]);
    "__iadd__", "self, other, /", "self += other (in place)" => |me, a| inplace(me, BinaryOp::Add, &a[0], &a[1]);
    "__isub__", "self, other, /", "self -= other (in place)" => |me, a| inplace(me, BinaryOp::Sub, &a[0], &a[1]);
    "__imul__", "self, other, /", "self *= other (in place)" => |me, a| inplace(me, BinaryOp::Mul, &a[0], &a[1]);
    "__itruediv__", "self, other, /", "self /= other (in place)" => |me, a| inplace(me, BinaryOp::Div, &a[0], &a[1]);
    "__ifloordiv__", "self, other, /", "self //= other (in place)" => |me, a| inplace(me, BinaryOp::FloorDiv, &a[0], &a[1]);
    "__imod__", "self, other, /", "self %= other (in place)" => |me, a| inplace(me, BinaryOp::Mod, &a[0], &a[1]);
    "__ipow__", "self, other, /", "self **= other (in place)" => |me, a| inplace(me, BinaryOp::Pow, &a[0], &a[1]);
    "__iand__", "self, other, /", "self &= other (in place)" => |me, a| inplace(me, BinaryOp::BitAnd, &a[0], &a[1]);
    "__ior__", "self, other, /", "self |= other (in place)" => |me, a| inplace(me, BinaryOp::BitOr, &a[0], &a[1]);
    "__ixor__", "self, other, /", "self ^= other (in place)" => |me, a| inplace(me, BinaryOp::BitXor, &a[0], &a[1]);
    "__eq__", "self, other, /", "self == other" => |me, a| cmp(me, CompareOp::Eq, &a[0], &a[1]);
    "__ne__", "self, other, /", "self != other" => |me, a| cmp(me, CompareOp::Ne, &a[0], &a[1]);
    "__lt__", "self, other, /", "self < other" => |me, a| cmp(me, CompareOp::Lt, &a[0], &a[1]);
    "__le__", "self, other, /", "self <= other" => |me, a| cmp(me, CompareOp::Le, &a[0], &a[1]);
    "__gt__", "self, other, /", "self > other" => |me, a| cmp(me, CompareOp::Gt, &a[0], &a[1]);
    "__ge__", "self, other, /", "self >= other" => |me, a| cmp(me, CompareOp::Ge, &a[0], &a[1]);
    "__neg__", "self, /", "-self" => |me, a| unary_operator(me, UnaryOp::Neg, &a[0]);
    "__pos__", "self, /", "+self" => |me, a| unary_operator(me, UnaryOp::Pos, &a[0]);
    "__abs__", "self, /", "abs(self)" => |me, a| unary_operator(me, UnaryOp::Abs, &a[0]);
    "__invert__", "self, /", "~self" => |me, a| unary_operator(me, UnaryOp::Invert, &a[0]);
    "__matmul__", "self, other, /", "self @ other" => |me, a| matmul(me, &a[0], &a[1]);
    "__rmatmul__", "self, other, /", "other @ self" => |me, a| matmul(me, &a[1], &a[0]);
    "__getitem__", "self, key, /", "self[key]" => |me, a| {
        let t = this(&a[0])?;
        // A 0-d result is a scalar, unless the index held an Ellipsis (NumPy then keeps a 0-d array).
        let has_ellipsis = match &a[1] { Value::Ellipsis => true, Value::Tuple(t) => t.iter().any(|x| matches!(x, Value::Ellipsis)), _ => false };
        match index(me, &t, &a[1])? {
            Indexed::View(v) => if v.ndim() == 0 && !has_ellipsis { wrap_scalar(me, v) } else { wrap_view(me, v, &a[0]) },
            Indexed::Gather { base, offsets, shape } => wrap_array(me, gather(&base, &offsets, shape)),
            Indexed::Mask { base, mask } => wrap_array(me, crate::tensor::index::mask_select(&base, &mask)),
        } };
    "__setitem__", "self, key, value, /", "self[key] = value" => |me, a| { let t = this(&a[0])?;
        if is_readonly(&a[0]) { return Err(value_error("assignment destination is read-only")); } setitem(me, &t, &a[1], &a[2])?; Ok(Value::None) };
    "__len__", "self, /", "len(self)" => |_, a| { let t = this(&a[0])?; if t.ndim() == 0 { return Err(type_error("len() of unsized object")); } Ok(Value::Int(t.shape[0] as i64)) };
    "__iter__", "self, /", "Iterate over the first axis." => |me, a| {
        let t = this(&a[0])?; if t.ndim() == 0 { return Err(type_error("iteration over a 0-d array")); }
        let mut items = Vec::with_capacity(t.shape[0]);
        for i in 0..t.shape[0] { items.push(wrap_result(me, t.select(0, i))?); }
        Ok(Value::Iterator(Rc::new(std::cell::RefCell::new(Iter::Values { items, index: 0 })))) };
    "__bool__", "self, /", "Truth value (only for one element)." => |_, a| {
        let t = this(&a[0])?;
        if t.numel() != 1 { return Err(value_error(if t.numel() == 0 { "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.".to_string() } else { "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()".to_string() })); }
        let (re, im) = t.get_c(0); Ok(Value::Bool(re != 0.0 || im != 0.0)) };
    "__float__", "self, /", "float(self)" => |_, a| { let t = this(&a[0])?; one_element(&t)?; Ok(Value::Float(t.get_c(0).0)) };
    "__int__", "self, /", "int(self)" => |_, a| { let t = this(&a[0])?; one_element(&t)?; Ok(match item(&t) {
            Value::Float(f) if f.is_nan() => return Err(value_error("cannot convert float NaN to integer")),
            Value::Float(f) if f.is_infinite() => return Err(Exc::new(ExcType::OverflowError, "cannot convert float infinity to integer")),
            Value::Float(f) => super::super::builtins::float_to_int(f.trunc()), Value::Bool(b) => Value::Int(b as i64), o => o }) };
    "__complex__", "self, /", "complex(self)" => |_, a| { let t = this(&a[0])?; one_element(&t)?; let (re, im) = t.get_c(0); Ok(Value::Complex(re, im)) };
    "__round__", "self, ndigits=None, /", "round(self[, ndigits]): a Python int without ndigits, else the same type." => |me, a| {
        let t = this(&a[0])?;
        if matches!(a[1], Value::None) {
            if t.ndim() == 0 && !t.dtype().is_complex() {
                let r = ops::unary(UnaryOp::Rint, &t.cast(t.dtype().float_for_ufunc()), t.dtype().float_for_ufunc()).map_err(tensor_error)?;
                return Ok(match item(&r) { Value::Float(f) => super::super::builtins::float_to_int(f), v => v });
            }
        }
        let m = me.getattr(&a[0], "round")?;
        me.call(&m, vec![if matches!(a[1], Value::None) { Value::Int(0) } else { a[1].clone() }], vec![]) };
    "conj", "self, /", "The complex conjugate, element-wise.\n\n>>> np.array([1 + 2j, 3j]).conj()\narray([1.-2.j, 0.-3.j])" => |me, a| unary_value(me, UnaryOp::Conj, &a[0]);
    "conjugate", "self, /", "The complex conjugate, element-wise.\n\n>>> np.array([1 + 2j, 3j]).conjugate()\narray([1.-2.j, 0.-3.j])" => |me, a| unary_value(me, UnaryOp::Conj, &a[0]);
    "is_integer", "self, /", "Whether a float scalar is a whole number.\n\n>>> np.float64(2.0).is_integer()\nTrue\n>>> np.float32(2.5).is_integer()\nFalse" => |_, a| { let t = this(&a[0])?; one_element(&t)?; let (re, _) = t.get_c(0); Ok(Value::Bool(re.is_finite() && re.fract() == 0.0)) };
    "as_integer_ratio", "self, /", "The scalar as an exact fraction (numerator, denominator).\n\n>>> np.float64(0.75).as_integer_ratio()\n(3, 4)" => |me, a| { let t = this(&a[0])?; one_element(&t)?; let v = item(&t); let m = me.getattr(&v, "as_integer_ratio")?; me.call(&m, vec![], vec![]) };
    "__index__", "self, /", "operator.index(self)" => |_, a| { let t = this(&a[0])?; if !t.dtype().is_int() || t.numel() != 1 { return Err(type_error("only integer scalar arrays can be converted to a scalar index")); } Ok(item(&t)) };
    "__hash__", "self, /", "Hash of a scalar (arrays are unhashable)." => |me, a| {
        let (t, scalar) = as_array(&a[0]).ok_or_else(|| type_error("unhashable type: 'numpy.ndarray'"))?;
        if !scalar { return Err(type_error("unhashable type: 'numpy.ndarray'")); }
        Ok(Value::Int(super::super::builtins::py_hash(me, &item(&t))?)) };
    "__repr__", "self, /", "repr(self)" => |me, a| { let (t, sc) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?; Ok(s(printing::array_repr(me, &t, sc)?)) };
    "__str__", "self, /", "str(self)" => |me, a| { let (t, sc) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?; Ok(s(printing::array_str(me, &t, sc)?)) };
    "__format__", "self, spec, /", "format(self, spec)" => |me, a| {
        let (t, sc) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?;
        let spec = args::string(&a[1], "format spec")?;
        // A 0-d value formats as the Python number it holds (NumPy converts float32 to float first); bools take
        // a numeric spec as ints.
        if t.ndim() == 0 {
            let v = match item(&t) { Value::Bool(b) if !spec.is_empty() => Value::Int(b as i64), v => v };
            return Ok(s(me.format_value(&v, &spec)?));
        }
        if spec.is_empty() { return Ok(s(printing::array_str(me, &t, sc)?)); }
        Err(type_error("unsupported format string passed to numpy.ndarray.__format__")) };
    "astype", "self, dtype, order='K', casting='unsafe', subok=True, copy=True", "A copy cast to dtype.\n\n>>> np.array([1.7, -2.2]).astype(int)\narray([ 1, -2])\n>>> np.arange(3).astype(np.float32)\narray([0., 1., 2.], dtype=float32)" => |me, a| {
        let (t, sc) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?; let d = parse_dtype(me, &a[1])?.unwrap_or(DType::F64);
        crate::library::numpy::check_casting(t.dtype(), d, &a[3])?;
        let order = super::layout::order_arg(&a[2], crate::tensor::layout::Order::K)?;
        // copy=False returns the array itself when no cast or relayout is needed.
        if !sc && d == t.dtype() && !me.truthy(&a[5])? && super::layout::satisfies(&t, order) { return Ok(a[0].clone()); }
        let r = t.new_like(order, |v| astype_value(v, d))?;
        if sc { wrap_scalar(me, r) } else { wrap_array(me, r) } };
    "tolist", "self, /", "Nested Python lists of Python numbers.\n\n>>> np.arange(4).reshape(2, 2).tolist()\n[[0, 1], [2, 3]]" => |_, a| Ok(tolist(&this(&a[0])?));
    "item", "self, *args", "The element as a Python number.\n\n>>> np.array([[7]]).item()\n7\n>>> np.arange(6).reshape(2, 3).item(4)\n4" => |_, a| {
        let t = this(&a[0])?; let Value::Tuple(ix) = &a[1] else { return Ok(Value::None) };
        if ix.is_empty() { if t.numel() != 1 { return Err(value_error("can only convert an array of size 1 to a Python scalar")); } return Ok(item(&t.reshape(&[]).map_err(tensor_error)?)); }
        // item(i, j) and item((i, j)) pick by a full index; item(k) by flat position.
        let ix: Vec<Value> = match &ix[..] { [Value::Tuple(inner)] => inner.to_vec(), _ => ix.to_vec() };
        if ix.len() > 1 || (ix.len() == 1 && t.ndim() == 1) {
            if ix.len() != t.ndim() { return Err(value_error("incorrect number of indices for array")); }
            let mut e = t.clone();
            for (axis, v) in ix.iter().enumerate() {
                let i = crate::library::args::int(v, "")?; let size = e.shape[0] as i64;
                let j = if i < 0 { i + size } else { i };
                if j < 0 || j >= size { return Err(Exc::new(ExcType::IndexError, format!("index {i} is out of bounds for axis {axis} with size {size}"))); }
                e = e.select(0, j as usize);
            }
            return Ok(item(&e));
        }
        let k = crate::library::args::int(&ix[0], "")?; let n = t.numel() as i64; let k = if k < 0 { k + n } else { k };
        if k < 0 || k >= n { return Err(Exc::new(ExcType::IndexError, format!("index {} is out of bounds for size {}", crate::library::args::int(&ix[0], "")?, n))); }
        let flat = t.reshape(&[-1]).map_err(tensor_error)?; Ok(item(&flat.select(0, k as usize))) };
    "fill", "self, value, /", "Fill with a scalar value.\n\n>>> a = np.zeros(3)\n>>> a.fill(2.5)\n>>> a\narray([2.5, 2.5, 2.5])" => |me, a| { let t = this(&a[0])?;
        let v = match super::index::python_scalar_for(me, &a[1], t.dtype())? { Some(v) => v, None => arg_tensor(me, &a[1])?.cast(t.dtype()) };
        t.assign(&v).map_err(tensor_error)?; Ok(Value::None) };
    "transpose", "self, *axes", "The array with axes reversed or permuted.\n\n>>> np.arange(6).reshape(2, 3).transpose()\narray([[0, 3],\n       [1, 4],\n       [2, 5]])\n>>> np.zeros((2, 3, 4)).transpose(2, 0, 1).shape\n(4, 2, 3)" => |me, a| {
        let t = this(&a[0])?; let Value::Tuple(ax) = &a[1] else { return Ok(Value::None) };
        if ax.is_empty() || (ax.len() == 1 && matches!(ax[0], Value::None)) { return wrap_view(me, t.transpose(), &a[0]); }
        let list = if ax.len() == 1 { me.collect(&ax[0]).unwrap_or_else(|_| ax.to_vec()) } else { ax.to_vec() };
        let perm = axes_perm(&list, t.ndim())?; wrap_view(me, t.permute(&perm), &a[0]) };
};

/// NumPy 2.4 converts only 0-d arrays (and scalars) to Python numbers; `float(np.array([1.5]))` is an error.
fn one_element(t: &Tensor) -> Res<()> {
    if t.ndim() != 0 {
        return Err(type_error(
            "only 0-dimensional arrays can be converted to Python scalars",
        ));
    }
    Ok(())
}

fn axes_perm(list: &[Value], ndim: usize) -> Res<Vec<usize>> {
    let perm: Vec<usize> = list
        .iter()
        .map(|x| {
            let a = args::int(x, "")?;
            let j = if a < 0 { a + ndim as i64 } else { a };
            if j < 0 || j >= ndim as i64 {
                return Err(tensor_error(TensorError::AxisOutOfBounds { axis: a, ndim }));
            }
            Ok(j as usize)
        })
        .collect::<Res<_>>()?;
    if perm.len() != ndim {
        return Err(value_error("axes don't match array"));
    }
    let mut sorted = perm.clone();
    sorted.sort_unstable();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return Err(value_error("repeated axis in transpose"));
    }
    Ok(perm)
}

/// `a @ b`: vectors on either side, matrices, and broadcast stacks of matrices, in the promoted dtype.
pub fn matmul(me: &mut Interp, a: &Value, b: &Value) -> Res<Value> {
    if let Some(r) = tensor_bridge(me, a, b, false, matmul)? {
        return Ok(r);
    }
    let (Some(x), Some(y)) = (operand(me, a)?, operand(me, b)?) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y, d, _) = resolve_pair(me, x, y)?;
    if d.is_string() {
        return Err(tensor_error(crate::tensor::ops::no_string_loop(
            "matmul",
            &[x.dtype(), y.dtype()],
        )));
    }
    use crate::tensor::matmul::MatmulError;
    let sig = "(n?,k),(k,m?)->(n?,m?)";
    let out = crate::tensor::matmul::matmul(&x, &y, d).map_err(|e| match e {
        MatmulError::ZeroDim(which) => value_error(format!(
            "matmul: Input operand {which} does not have enough dimensions (has 0, gufunc core with signature {sig} requires 1)"
        )),
        MatmulError::Core { k, k2 } => value_error(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {sig} (size {k2} is different from {k})"
        )),
        MatmulError::Batch { n, m } => {
            // NumPy reports the gufunc's view: batch dims kept, core dims shown as `newaxis`.
            let remap = |t: &Tensor, core: usize| {
                let orig = crate::tensor::error::shape_str(&t.shape).replace(' ', "");
                let mut dims: Vec<String> = t.shape[..t.ndim() - core].iter().map(|d| d.to_string()).collect();
                dims.extend(std::iter::repeat_n("newaxis".to_string(), core));
                format!("{orig}->({})", dims.join(","))
            };
            value_error(format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {} {}  and requested shape ({},{})",
                remap(&x, x.ndim().min(2)),
                remap(&y, y.ndim().min(2)),
                n,
                m
            ))
        }
    })?;
    wrap_result(me, out)
}

fn prop_shape(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(shape_tuple(&this(&a[0])?.shape))
}
fn prop_ndim(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Int(this(&a[0])?.ndim() as i64))
}
fn prop_size(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Int(this(&a[0])?.numel() as i64))
}
fn prop_dtype(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    dtype_value(me, this(&a[0])?.dtype())
}
fn prop_t(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (t, sc) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?;
    if sc {
        return Ok(a[0].clone());
    }
    wrap_view(me, t.transpose(), &a[0])
}
fn prop_itemsize(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Int(this(&a[0])?.dtype().itemsize() as i64))
}
fn prop_nbytes(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = this(&a[0])?;
    Ok(Value::Int((t.numel() * t.dtype().itemsize()) as i64))
}
/// `a.real`: for a complex array a float view of its real parts (writes go through), else the array itself.
pub fn prop_real(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (t, scalar) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?;
    if scalar {
        return wrap_result(me, t.component(false));
    }
    if !t.dtype().is_complex() {
        return Ok(a[0].clone());
    }
    wrap_view(me, t.component(false), &a[0])
}

/// `a.imag`: for a complex array a float view of its imaginary parts, else a read-only array of zeros.
pub fn prop_imag(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (t, scalar) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?;
    if t.dtype().is_complex() {
        return if scalar {
            wrap_result(me, t.component(true))
        } else {
            wrap_view(me, t.component(true), &a[0])
        };
    }
    let zeros = Tensor::zeros(t.dtype(), t.shape.clone());
    if scalar {
        return wrap_result(me, zeros);
    }
    let v = wrap_array(me, zeros)?;
    set_readonly(&v, true);
    Ok(v)
}

/// `a[...] = value` on a view of `a`'s values (`a.real = x`, `a.imag = x`).
fn assign_all(me: &mut Interp, dst: &Value, value: &Value) -> Res<Value> {
    let f = me.getattr(dst, "__setitem__")?;
    me.call(&f, vec![Value::Ellipsis, value.clone()], vec![])?;
    Ok(Value::None)
}

/// `a.real = x`: assign the real parts (all of a real array).
pub fn set_real(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let view = prop_real(me, vec![a[0].clone()])?;
    assign_all(me, &view, &a[1])
}

/// `a.imag = x`: assign the imaginary parts of a complex array.
pub fn set_imag(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if !this(&a[0])?.dtype().is_complex() {
        return Err(type_error("array does not have imaginary part to set"));
    }
    let view = prop_imag(me, vec![a[0].clone()])?;
    assign_all(me, &view, &a[1])
}

/// `a.shape = ...`: reshape in place, which NumPy only allows without copying.
pub fn set_shape(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = this(&a[0])?;
    let dims: Vec<isize> = match &a[1] {
        Value::Int(n) => vec![*n as isize],
        other => me
            .collect(other)?
            .iter()
            .map(|d| args::int(d, "").map(|i| i as isize))
            .collect::<Res<_>>()?,
    };
    if !t.is_contiguous() {
        return Err(Exc::new(ExcType::AttributeError, "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape."));
    }
    let r = t.reshape(&dims).map_err(tensor_error)?;
    if let Value::Native(n) = &a[0] {
        if let Some(d) = n.data.borrow_mut().downcast_mut::<ArrayData>() {
            d.t = r;
        }
    }
    Ok(Value::None)
}

pub const ARRAY_PROPERTIES: &[Def] = &[
    Def {
        name: "base",
        sig: "self, /",
        doc: "The array owning the memory of a view (None for owners).\n\n>>> a = np.arange(4)\n>>> a[1:].base is a\nTrue\n>>> a.base is None\nTrue",
        func: |_, a| Ok(base_of(&a[0])),
    },
    Def {
        name: "shape",
        sig: "self, /",
        doc: "Tuple of array dimensions.\n\n>>> np.zeros((2, 3)).shape\n(2, 3)",
        func: prop_shape,
    },
    Def {
        name: "ndim",
        sig: "self, /",
        doc: "Number of array dimensions.\n\n>>> np.zeros((2, 3)).ndim\n2",
        func: prop_ndim,
    },
    Def {
        name: "size",
        sig: "self, /",
        doc: "Number of elements in the array.\n\n>>> np.zeros((2, 3)).size\n6",
        func: prop_size,
    },
    Def {
        name: "dtype",
        sig: "self, /",
        doc: "Data-type of the array's elements.\n\n>>> np.arange(3).dtype\ndtype('int64')\n>>> np.array([1.0, 2.0]).dtype\ndtype('float64')",
        func: prop_dtype,
    },
    Def {
        name: "T",
        sig: "self, /",
        doc: "View of the transposed array.\n\n>>> np.arange(6).reshape(2, 3).T\narray([[0, 3],\n       [1, 4],\n       [2, 5]])",
        func: prop_t,
    },
    Def {
        name: "itemsize",
        sig: "self, /",
        doc: "Length of one array element in bytes.\n\n>>> np.zeros(3, dtype=np.float32).itemsize\n4",
        func: prop_itemsize,
    },
    Def {
        name: "nbytes",
        sig: "self, /",
        doc: "Total bytes consumed by the elements of the array.\n\n>>> np.zeros((2, 3)).nbytes\n48",
        func: prop_nbytes,
    },
    Def {
        name: "real",
        sig: "self, /",
        doc: "The real part of the array.\n\n>>> np.array([1 + 2j, 3 - 4j]).real\narray([1., 3.])",
        func: prop_real,
    },
    Def {
        name: "imag",
        sig: "self, /",
        doc: "The imaginary part of the array.\n\n>>> np.array([1 + 2j, 3 - 4j]).imag\narray([ 2., -4.])",
        func: prop_imag,
    },
];

/// Methods of `numpy.dtype` objects.
pub const DTYPE_METHODS: &[Def] = defs! {
    "__repr__", "self, /", "dtype('float64')" => |_, a| Ok(s(format!("dtype('{}')", the_dtype(&a[0])?.numpy_repr_str())));
    "__str__", "self, /", "float64" => |_, a| Ok(s(the_dtype(&a[0])?.numpy_str()));
    "__eq__", "self, other, /", "dtype equality (names, scalar types and dtypes compare equal)" => |me, a| {
        let d = the_dtype(&a[0])?; Ok(Value::Bool(match parse_dtype(me, &a[1]) { Ok(Some(o)) => o == d, _ => false })) };
    "__ne__", "self, other, /", "dtype inequality" => |me, a| {
        let d = the_dtype(&a[0])?; Ok(Value::Bool(!matches!(parse_dtype(me, &a[1]), Ok(Some(o)) if o == d))) };
    "__hash__", "self, /", "hash" => |_, a| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        the_dtype(&a[0])?.hash(&mut h);
        Ok(Value::Int(h.finish() as i64)) };
};

pub fn the_dtype(v: &Value) -> Res<DType> {
    match v {
        Value::Native(n) => n
            .data
            .borrow()
            .downcast_ref::<DType>()
            .copied()
            .ok_or_else(|| type_error("not a dtype")),
        _ => Err(type_error("not a dtype")),
    }
}

/// NumPy's one-letter type code of a dtype (`dtype.char`).
pub(super) fn type_char(d: DType) -> &'static str {
    match d {
        DType::Bool => "?",
        DType::I8 => "b",
        DType::I16 => "h",
        DType::I32 => "i",
        DType::I64 => "l",
        DType::U8 => "B",
        DType::U16 => "H",
        DType::U32 => "I",
        DType::U64 => "L",
        DType::F16 => "e",
        DType::BF16 => "E",
        DType::F32 => "f",
        DType::F64 => "d",
        DType::C64 => "F",
        DType::C128 => "D",
        DType::Str(_) => "U",
        DType::Bytes(_) => "S",
    }
}

fn kind_char(d: DType) -> &'static str {
    match d.kind() {
        Kind::Bool => "b",
        Kind::Int if d.is_unsigned() => "u",
        Kind::Int => "i",
        Kind::Float => "f",
        Kind::Complex => "c",
        Kind::Str if matches!(d, DType::Bytes(_)) => "S",
        Kind::Str => "U",
    }
}

pub fn dtype_properties() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("name", |_, a| Ok(s(the_dtype(&a[0])?.numpy_name()))),
        ("itemsize", |_, a| {
            Ok(Value::Int(the_dtype(&a[0])?.itemsize() as i64))
        }),
        ("kind", |_, a| {
            Ok(s(kind_char(the_dtype(&a[0])?).to_string()))
        }),
        ("char", |_, a| {
            Ok(s(type_char(the_dtype(&a[0])?).to_string()))
        }),
        // Byte order: '|' where it does not apply (one-byte types), '=' native.
        ("byteorder", |_, a| {
            Ok(s(if the_dtype(&a[0])?.itemsize() == 1 {
                "|"
            } else {
                "="
            }
            .to_string()))
        }),
        ("str", |_, a| {
            let d = the_dtype(&a[0])?;
            let order = if d.itemsize() == 1 { "|" } else { "<" };
            Ok(s(format!("{order}{}{}", kind_char(d), d.itemsize())))
        }),
        ("type", |me, a| {
            let d = the_dtype(&a[0])?;
            Ok(scalar_class(me, d)?
                .map(Value::Class)
                .unwrap_or(Value::None))
        }),
    ]
}

/// `np.float64(x)` and friends: construct a scalar of that dtype.
pub fn scalar_new(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Class(c) = &a[0] else {
        return Err(type_error("expected a scalar type"));
    };
    let d = parse_dtype(me, &a[0])?
        .ok_or_else(|| type_error(format!("cannot construct {}", c.name)))?;
    let v = if matches!(a[1], Value::None) {
        Value::Int(0)
    } else {
        a[1].clone()
    };
    let t = match as_array(&v) {
        Some((t, _)) => t.astype(d),
        None => {
            if let (Value::Int(i), Some((lo, hi))) = (&v, d.int_range()) {
                if (*i as i128) < lo || (*i as i128) > hi {
                    return Err(Exc::new(
                        ExcType::OverflowError,
                        format!("Python integer {i} out of bounds for {d}"),
                    ));
                }
            }
            to_tensor(me, &v, Some(d))?
        }
    };
    wrap_result(me, t)
}

pub fn numeric_kinds_ok(_k: Kind) -> bool {
    true
}
