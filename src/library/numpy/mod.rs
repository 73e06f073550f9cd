//! The `numpy` module: the ndarray type, dtypes and scalar types, creation functions, ufuncs built from the
//! tensor op tables, reductions, and print options.

pub mod array;
pub mod errstate;
pub mod extra;
pub mod fft;
pub mod index;
pub mod join;
pub mod layout;
pub mod linalg;
pub mod methods;
pub mod named;
pub mod printing;
pub mod random;
pub mod reductions;
pub mod text_scalar;
pub mod ufunc;

use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args;
use crate::library::Def;
use crate::tensor::dtype::{DType, Kind};
use crate::tensor::error::TensorError;
use crate::tensor::layout::Order;
use crate::tensor::ops::{BinaryOp, CompareOp, UnaryOp};
use crate::tensor::Tensor;
use array::*;

/// The composites of the numpy module written in nabla, run into the module in this order (later parts use
/// earlier ones).
const STDLIB: &[(&str, &str)] = &[
    (
        "stdlib/numpy/core.py",
        include_str!("../../../stdlib/numpy/core.py"),
    ),
    (
        "stdlib/numpy/info.py",
        include_str!("../../../stdlib/numpy/info.py"),
    ),
    (
        "stdlib/numpy/creation.py",
        include_str!("../../../stdlib/numpy/creation.py"),
    ),
    (
        "stdlib/numpy/shape.py",
        include_str!("../../../stdlib/numpy/shape.py"),
    ),
    (
        "stdlib/numpy/indexing.py",
        include_str!("../../../stdlib/numpy/indexing.py"),
    ),
    (
        "stdlib/numpy/math.py",
        include_str!("../../../stdlib/numpy/math.py"),
    ),
    (
        "stdlib/numpy/stats.py",
        include_str!("../../../stdlib/numpy/stats.py"),
    ),
    (
        "stdlib/numpy/sets.py",
        include_str!("../../../stdlib/numpy/sets.py"),
    ),
    (
        "stdlib/numpy/functional.py",
        include_str!("../../../stdlib/numpy/functional.py"),
    ),
    (
        "stdlib/numpy/algebra.py",
        include_str!("../../../stdlib/numpy/algebra.py"),
    ),
    (
        "stdlib/numpy/testing.py",
        include_str!("../../../stdlib/numpy/testing.py"),
    ),
];
use std::cell::RefCell;
use std::rc::Rc;

use crate::library::tagged;

/// One ufunc object per op in the tensor op tables (`np.add`, `np.exp`, `np.less`, ...): names come from the
/// tables, so a new op appears here without another edit.
fn ufuncs(class: &Rc<Class>) -> Vec<(&'static str, Value)> {
    use ufunc::{make_ufunc, UfuncOp};
    let mut out = Vec::new();
    for &op in UnaryOp::ALL.iter().filter(|op| op.in_numpy()) {
        out.push((op.name(), make_ufunc(class, op.name(), UfuncOp::Unary(op))));
    }
    for &op in BinaryOp::ALL {
        out.push((op.name(), make_ufunc(class, op.name(), UfuncOp::Binary(op))));
    }
    for &op in CompareOp::ALL {
        out.push((
            op.name(),
            make_ufunc(class, op.name(), UfuncOp::Compare(op)),
        ));
    }
    // NumPy's aliases share the same implementations.
    for (alias, target) in [
        ("abs", "absolute"),
        ("mod", "remainder"),
        ("true_divide", "divide"),
        ("conj", "conjugate"),
        ("radians", "deg2rad"),
        ("degrees", "rad2deg"),
        ("bitwise_not", "invert"),
        ("pow", "power"),
    ] {
        if let Some((_, v)) = out.iter().find(|(n, _)| *n == target).cloned() {
            out.push((alias, v));
        }
    }
    out
}

use methods::{arg_tensor, axes_arg, this, ARRAY_METHODS, ARRAY_PROPERTIES, DTYPE_METHODS};

fn dtype_or(me: &Interp, v: &Value, default: DType) -> Res<DType> {
    Ok(parse_dtype(me, v)?.unwrap_or(default))
}

fn shape_of(me: &mut Interp, v: &Value) -> Res<Vec<usize>> {
    let dims: Vec<Value> = match v {
        Value::Tuple(_) | Value::List(_) => me.collect(v)?,
        Value::None => return Err(type_error("Use () not None as shape arguments")),
        // A lone non-integer is reported with its repr; inside a sequence, as a failed __index__.
        Value::Float(_) => {
            return Err(type_error(format!(
                "expected a sequence of integers or a single integer, got '{}'",
                me.repr(v)?
            )))
        }
        other => vec![other.clone()],
    };
    dims.iter()
        .map(|d| {
            let Some(n) = me.index_protocol(d)? else {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    me.class_of(d).tp_name()
                )));
            };
            let n = args::int(&n, "")?;
            if n < 0 {
                return Err(value_error("negative dimensions are not allowed"));
            }
            Ok(n as usize)
        })
        .collect()
}

/// Refuse arrays larger than memory before allocating (a failed allocation would abort the process).
fn check_alloc(shape: &[usize], dtype: DType) -> Res<()> {
    let n = shape.iter().try_fold(1usize, |acc, d| acc.checked_mul(*d));
    let bytes = n.and_then(|n| n.checked_mul(dtype.itemsize()));
    match bytes {
        Some(b) if b <= crate::interp::MAX_ARRAY_BYTES => Ok(()),
        _ => {
            let gib = shape.iter().map(|d| *d as f64).product::<f64>() * dtype.itemsize() as f64
                / (1u64 << 30) as f64;
            let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            let shape_text = if dims.len() == 1 {
                format!("({},)", dims[0])
            } else {
                format!("({})", dims.join(", "))
            };
            Err(Exc::new(
                ExcType::MemoryError,
                format!("Unable to allocate {gib:.1} GiB for an array with shape {shape_text} and data type {dtype}"),
            ))
        }
    }
}

fn filled(shape: Vec<usize>, dtype: DType, value: f64) -> Tensor {
    let n: usize = shape.iter().product();
    if dtype.is_string() {
        // `zeros` of a string dtype holds empty strings; `ones` holds the text of the integer 1.
        let text = if value == 0.0 {
            String::new()
        } else {
            (value as i64).to_string()
        };
        let items = vec![text.chars().map(|c| c as u32).collect::<Vec<u32>>(); n];
        return Tensor::from_strings(&items, array::flexible_width(dtype), shape);
    }
    // `cast`, not `astype`: float64 (the common case) is not copied a second time.
    Tensor::from_vec(vec![value; n], shape).cast(dtype)
}

/// `np.array(object, dtype, copy, order, ndmin)`.
fn np_array(me: &mut Interp, mut a: Vec<Value>) -> Res<Value> {
    if let Some(arr) = crate::library::torch::array_of(me, &a[0])? {
        a[0] = arr;
    }
    let d = parse_dtype(me, &a[1])?;
    let copy = me.truthy(&a[2])?;
    let order = layout::order_arg(&a[3], Order::K)?;
    let ndmin = args::int(&a[4], "")?.max(0) as usize;
    let arr = match as_array(&a[0]) {
        Some((t, false)) => layout::array_from_array(me, &a[0], &t, d, order, copy)?,
        _ => {
            let t = new_array(me, &a[0], d, order)?;
            wrap_array(me, t)?
        }
    };
    let t = arg_tensor(me, &arr)?;
    if t.ndim() >= ndmin {
        return Ok(arr);
    }
    // Leading length-1 axes are a view of the new array.
    let mut v = t.clone();
    while v.ndim() < ndmin {
        v = v.unsqueeze(0);
    }
    wrap_view(me, v, &arr)
}

/// A new array from a non-array object (lists, scalars), laid out as `order` asks ('F': Fortran order).
fn new_array(me: &mut Interp, v: &Value, d: Option<DType>, order: Order) -> Res<Tensor> {
    Ok(layout::fresh_in_order(to_tensor(me, v, d)?, order))
}

fn np_asarray(me: &mut Interp, mut a: Vec<Value>) -> Res<Value> {
    // A tensor hands NumPy its array (`__array__`), sharing memory.
    if let Some(arr) = crate::library::torch::array_of(me, &a[0])? {
        a[0] = arr;
    }
    let d = parse_dtype(me, &a[1])?;
    let order = layout::order_arg(&a[2], Order::K)?;
    match as_array(&a[0]) {
        // An array that already has the dtype and layout is returned itself (`np.asarray(a) is a`).
        Some((t, false)) => layout::array_from_array(me, &a[0], &t, d, order, false),
        _ => {
            let t = new_array(me, &a[0], d, order)?;
            wrap_array(me, t)
        }
    }
}

/// zeros/empty (`fill` None) and full: a new array of `shape` in memory order `order` ('C' or 'F'); the dtype
/// defaults to float64, or to the fill value's.
fn np_filled(
    me: &mut Interp,
    shape: &Value,
    dtype: &Value,
    order: &Value,
    fill: Option<&Value>,
) -> Res<Value> {
    let sh = shape_of(me, shape)?;
    let order = layout::creation_order(order)?;
    let v = fill.map(|v| arg_tensor(me, v)).transpose()?;
    let d = dtype_or(me, dtype, v.as_ref().map_or(DType::F64, |v| v.dtype()))?;
    check_alloc(&sh, d)?;
    let out = Tensor::zeros_order(d, sh, order);
    if let Some(v) = v {
        index::copy_into(&out, &v.cast(d))?;
    }
    wrap_array(me, out)
}

/// The `*_like` functions: `a` is `[prototype, dtype, order]`, then the fill value when `value` is `None`.
/// Order 'K' (the default) keeps the prototype's memory layout.
fn np_full_like(me: &mut Interp, a: &[Value], value: Option<f64>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let d = dtype_or(me, &a[1], t.dtype())?;
    let order = layout::order_arg(&a[2], Order::K)?;
    let v = match value {
        Some(v) if d.is_string() => filled(vec![], d, v),
        Some(v) => Tensor::from_vec(vec![v], vec![]),
        None => array::astype_value(&arg_tensor(me, &a[3])?, d)?,
    };
    let out = t.new_like(order, |p| {
        Ok::<_, Box<Exc>>(Tensor::zeros(d, p.shape.clone()))
    })?;
    out.assign(&v.cast(d)).map_err(tensor_error)?;
    wrap_array(me, out)
}

fn np_arange(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let given: Vec<&Value> = a[..3]
        .iter()
        .filter(|v| !matches!(v, Value::None))
        .collect();
    let (start, stop, step) = match given.len() {
        1 => (Value::Int(0), given[0].clone(), Value::Int(1)),
        2 => (given[0].clone(), given[1].clone(), Value::Int(1)),
        3 => (given[0].clone(), given[1].clone(), given[2].clone()),
        _ => return Err(type_error("arange() requires stop to be specified.")),
    };
    // NumPy scalars count as the Python numbers they hold.
    let plain = |v: Value| match as_array(&v) {
        Some((t, true)) => item(&t),
        _ => v,
    };
    let (start, stop, step) = (plain(start), plain(stop), plain(step));
    let all_int = [&start, &stop, &step]
        .iter()
        .all(|v| matches!(v, Value::Int(_) | Value::Bool(_)));
    let d = parse_dtype(me, &a[3])?;
    if all_int {
        let (s0, s1, st) = (
            args::int(&start, "")?,
            args::int(&stop, "")?,
            args::int(&step, "")?,
        );
        if st == 0 {
            return Err(Exc::new(ExcType::ZeroDivisionError, "division by zero"));
        }
        let n = crate::interp::operators::range_len(s0, s1, st).max(0) as usize;
        check_alloc(&[n], DType::I64)?;
        let v: Vec<i64> = (0..n as i64).map(|i| s0 + i * st).collect();
        let t = Tensor::from_vec(v, vec![n]);
        return wrap_array(
            me,
            match d {
                Some(d) => t.astype(d),
                None => t,
            },
        );
    }
    let (s0, s1, st) = (
        args::float(&start)?,
        args::float(&stop)?,
        args::float(&step)?,
    );
    if st == 0.0 {
        return Err(Exc::new(ExcType::ZeroDivisionError, "division by zero"));
    }
    let n = ((s1 - s0) / st).ceil().max(0.0) as usize;
    check_alloc(&[n], DType::F64)?;
    // NumPy fills start + i*step (computed as start, start+delta, then i*delta in the dtype).
    let v: Vec<f64> = (0..n).map(|i| s0 + i as f64 * st).collect();
    let t = Tensor::from_vec(v, vec![n]);
    wrap_array(
        me,
        match d {
            Some(d) => t.astype(d),
            None => t,
        },
    )
}

fn np_eye(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = args::int(&a[0], "")?.max(0) as usize;
    let m = match &a[1] {
        Value::None => n,
        v => args::int(v, "")?.max(0) as usize,
    };
    let k = args::int(&a[2], "")?;
    let d = dtype_or(me, &a[3], DType::F64)?;
    let mut v = vec![0.0f64; n * m];
    for i in 0..n {
        let j = i as i64 + k;
        if j >= 0 && (j as usize) < m {
            v[i * m + j as usize] = 1.0;
        }
    }
    let order = layout::creation_order(&a[4])?;
    wrap_array(
        me,
        layout::fresh_in_order(Tensor::from_vec(v, vec![n, m]).astype(d), order),
    )
}

fn np_transpose(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let arr = wrap_array(me, t)?;
    let m = me.getattr(&arr, "transpose")?;
    let args = if matches!(a[1], Value::None) {
        vec![]
    } else {
        vec![a[1].clone()]
    };
    me.call(&m, args, vec![])
}

fn np_where(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    match (matches!(a[1], Value::None), matches!(a[2], Value::None)) {
        (true, true) => {
            if arg_tensor(me, &a[0])?.ndim() == 0 {
                return Err(value_error("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`."));
            }
            return extra::np_nonzero(me, vec![a[0].clone()]);
        }
        (false, false) => {}
        _ => {
            return Err(value_error(
                "either both or neither of x and y should be given",
            ))
        }
    }
    let c = arg_tensor(me, &a[0])?.cast(DType::Bool);
    let (Some(x), Some(y)) = (operand(me, &a[1])?, operand(me, &a[2])?) else {
        return Err(type_error("where: x and y must be arrays or numbers"));
    };
    let (x, y, d, _) = resolve_pair(me, x, y)?;
    let all = [c.shape.clone(), x.shape.clone(), y.shape.clone()];
    let shape = all
        .iter()
        .try_fold(Vec::new(), |acc, s| {
            crate::tensor::broadcast_shapes(&acc, s)
        })
        .map_err(|_| tensor_error(TensorError::Broadcast(all.to_vec())))?;
    let (x, y) = (
        array::astype_value(&x, d)?
            .broadcast_to(&shape)
            .map_err(tensor_error)?,
        array::astype_value(&y, d)?
            .broadcast_to(&shape)
            .map_err(tensor_error)?,
    );
    let cv = c
        .broadcast_to(&shape)
        .map_err(tensor_error)?
        .to_vec::<bool>();
    if d.is_string() {
        // Pick between the order-preserving codes of the two, then turn the codes back into strings.
        let (codes, table) = crate::tensor::strings::encode(&[&x, &y]);
        let (xv, yv) = (codes[0].to_vec::<i64>(), codes[1].to_vec::<i64>());
        let v: Vec<i64> = cv
            .iter()
            .zip(xv)
            .zip(yv)
            .map(|((c, x), y)| if *c { x } else { y })
            .collect();
        let picked = Tensor::from_vec(v, shape.clone());
        return wrap_array(me, crate::tensor::strings::decode(&picked, &table, d));
    }
    let out = crate::with_dtype!(d, T => {
        let xv = x.broadcast_to(&shape).map_err(tensor_error)?.to_vec::<T>();
        let yv = y.broadcast_to(&shape).map_err(tensor_error)?.to_vec::<T>();
        let v: Vec<T> = cv.iter().zip(xv).zip(yv).map(|((c, x), y)| if *c { x } else { y }).collect();
        Tensor::from_vec(v, shape.clone())
    });
    wrap_array(me, out)
}

/// Refuse a cast that the `casting=` rule forbids, with NumPy's message.
pub fn check_casting(from: DType, to: DType, casting: &Value) -> Res<()> {
    use crate::tensor::dtype::{can_cast, Casting};
    let name = args::string(casting, "casting")?;
    let Some(rule) = Casting::parse(&name) else {
        return Err(value_error(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'",
        ));
    };
    if !can_cast(from, to, rule) {
        return Err(type_error(format!(
            "Cannot cast array data from dtype('{from}') to dtype('{to}') according to the rule '{name}'"
        )));
    }
    Ok(())
}

fn np_dot(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let r = dot(me, &a[0], &a[1])?;
    product_into(me, r, &a[2])
}

fn np_matmul(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let r = methods::matmul(me, &a[0], &a[1])?;
    if matches!(r, Value::NotImplemented) {
        return Err(type_error("matmul: unsupported operand types"));
    }
    product_into(me, r, &a[2])
}

/// The `out=` of dot and matmul: NumPy requires the exact shape and dtype and a C-contiguous array.
fn product_into(me: &mut Interp, r: Value, out: &Value) -> Res<Value> {
    if matches!(out, Value::None) {
        return Ok(r);
    }
    let target = arg_tensor(me, out)?;
    let r = arg_tensor(me, &r)?;
    if target.shape != r.shape || target.dtype() != r.dtype() || !target.is_contiguous() {
        return Err(value_error(
            "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)",
        ));
    }
    target.assign(&r).map_err(tensor_error)?;
    Ok(out.clone())
}

/// NumPy's dot: scalars multiply; otherwise the sum product over the last axis of `a` and the second-to-last
/// of `b` (the only axis of a vector), so the result has shape a.shape[:-1] + b.shape[:-2] + b.shape[-1:].
pub fn dot(me: &mut Interp, a: &Value, b: &Value) -> Res<Value> {
    let text = |v: &Value| {
        as_array(v)
            .map(|(t, _)| t.dtype())
            .filter(|d| d.is_string())
    };
    if let (Some(d), o) | (o, Some(d)) = (text(a), text(b)) {
        let other = o
            .or_else(|| as_array(b).map(|(t, _)| t.dtype()))
            .unwrap_or(d);
        return Err(tensor_error(crate::tensor::ops::no_string_loop(
            "matmul",
            &[d, other],
        )));
    }
    let zero_d = |v: &Value| {
        as_array(v).map(|(t, _)| t.ndim() == 0).unwrap_or(matches!(
            v,
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Complex(..)
        ))
    };
    if zero_d(a) || zero_d(b) {
        return binary_value(me, BinaryOp::Mul, a, b);
    }
    let (x, y) = (arg_tensor(me, a)?, arg_tensor(me, b)?);
    let (ka, kb) = (x.ndim() - 1, y.ndim().saturating_sub(2));
    if x.shape[ka] != y.shape[kb] {
        return Err(value_error(format!(
            "shapes {} and {} not aligned: {} (dim {ka}) != {} (dim {kb})",
            crate::tensor::error::shape_str_compact(&x.shape),
            crate::tensor::error::shape_str_compact(&y.shape),
            x.shape[ka],
            y.shape[kb]
        )));
    }
    if y.ndim() <= 2 {
        return methods::matmul(me, a, b);
    }
    // Bring b's contracted axis first and flatten the rest: one (A, n) @ (n, B*m) product.
    let n = y.shape[kb];
    let mut perm = vec![kb];
    perm.extend((0..y.ndim()).filter(|&d| d != kb));
    let yt = y
        .permute(&perm)
        .reshape(&[n as isize, -1])
        .map_err(tensor_error)?;
    let xt = x.reshape(&[-1, n as isize]).map_err(tensor_error)?;
    let (xv, yv) = (wrap_array(me, xt)?, wrap_array(me, yt)?);
    let product = methods::matmul(me, &xv, &yv)?;
    let r = arg_tensor(me, &product)?;
    let mut shape: Vec<isize> = x.shape[..ka].iter().map(|&d| d as isize).collect();
    shape.extend(perm[1..].iter().map(|&d| y.shape[d] as isize));
    wrap_result(me, r.reshape(&shape).map_err(tensor_error)?)
}

fn np_round(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let decimals = args::int(&a[1], "")?;
    let d = t.dtype();
    if !d.is_float() && !d.is_complex() && (decimals >= 0 || !d.is_int()) {
        let r = wrap_result(me, t.copy())?;
        return ufunc::into_out(me, r, &a[2]);
    }
    // NumPy rounds x * 10**d to even, then divides (so 0.125 -> 0.12 at 2 decimals); complex numbers
    // part by part.
    let scale = 10f64.powi(decimals.unsigned_abs() as i32);
    let round = |x: f64| {
        if decimals >= 0 {
            (x * scale).round_ties_even() / scale
        } else {
            (x / scale).round_ties_even() * scale
        }
    };
    let r = if d.is_complex() {
        use crate::tensor::element::C64;
        let v: Vec<C64> = t
            .to_vec::<C64>()
            .iter()
            .map(|z| C64::new(round(z.re), round(z.im)))
            .collect();
        Tensor::from_vec(v, t.shape.clone()).astype(d)
    } else {
        let v: Vec<f64> = t.to_vec::<f64>().into_iter().map(round).collect();
        Tensor::from_vec(v, t.shape.clone()).astype(d)
    };
    let r = wrap_result(me, r)?;
    ufunc::into_out(me, r, &a[2])
}

fn np_clip(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let lo = binary_value(me, BinaryOp::Maximum, &a[0], &a[1])?;
    let lo = if matches!(a[1], Value::None) {
        a[0].clone()
    } else {
        lo
    };
    let r = if matches!(a[2], Value::None) {
        lo
    } else {
        binary_value(me, BinaryOp::Minimum, &lo, &a[2])?
    };
    ufunc::into_out(me, r, &a[3])
}

fn np_dtype(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let d = parse_dtype(me, &a[0])?.unwrap_or(DType::F64);
    dtype_value(me, d)
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

pub const FUNCTIONS: &[Def] = defs! {
    "array", "object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, like=None", "Create an array.\n\n>>> np.array([1, 2, 3])\narray([1, 2, 3])" => |me, a| np_array(me, vec![a[0].clone(), a[1].clone(), a[2].clone(), a[3].clone(), a[5].clone()]);
    "asarray", "a, dtype=None, order=None, *, device=None, copy=None, like=None", "Convert the input to an array (no copy when it already is one).\n\n>>> np.asarray([1, 2, 3])\narray([1, 2, 3])\n>>> a = np.arange(3)\n>>> np.asarray(a) is a\nTrue" => np_asarray;
    "zeros", "shape, dtype=None, order='C', *, device=None, like=None", "A new array of zeros.\n\n>>> np.zeros(3)\narray([0., 0., 0.])" => |me, a| np_filled(me, &a[0], &a[1], &a[2], None);
    "ones", "shape, dtype=None, order='C', *, device=None, like=None", "A new array of ones.\n\n>>> np.ones(2)\narray([1., 1.])" => |me, a| {
        let sh = shape_of(me, &a[0])?; let d = dtype_or(me, &a[1], DType::F64)?; let order = layout::creation_order(&a[2])?; check_alloc(&sh, d)?;
        wrap_array(me, layout::fresh_in_order(filled(sh, d, 1.0), order)) };
    "empty", "shape, dtype=None, order='C', *, device=None, like=None", "A new array (nabla fills it with zeros).\n\n>>> np.empty((2, 3)).shape\n(2, 3)" => |me, a| np_filled(me, &a[0], &a[1], &a[2], None);
    "full", "shape, fill_value, dtype=None, order='C', *, device=None, like=None", "A new array filled with fill_value.\n\n>>> np.full(2, 7)\narray([7, 7])" => |me, a| np_filled(me, &a[0], &a[2], &a[3], Some(&a[1]));
    "zeros_like", "a, dtype=None, order='K', subok=True, shape=None", "Zeros with the shape and dtype of a." => |me, a| np_full_like(me, &a, Some(0.0));
    "ones_like", "a, dtype=None, order='K', subok=True, shape=None", "Ones with the shape and dtype of a." => |me, a| np_full_like(me, &a, Some(1.0));
    "empty_like", "a, dtype=None, order='K', subok=True, shape=None", "An array like a (zero-filled)." => |me, a| np_full_like(me, &a, Some(0.0));
    "full_like", "a, fill_value, dtype=None, order='K', subok=True, shape=None", "fill_value with the shape and dtype of a." => |me, a| np_full_like(me, &[a[0].clone(), a[2].clone(), a[3].clone(), a[1].clone()], None);
    "arange", "start=None, stop=None, step=None, dtype=None, *, device=None, like=None", "Evenly spaced values in [start, stop).\n\n>>> np.arange(4)\narray([0, 1, 2, 3])" => np_arange;
    "eye", "N, M=None, k=0, dtype=None, order='C', *, device=None, like=None", "Ones on a diagonal.\n\n>>> np.eye(2)\narray([[1., 0.],\n       [0., 1.]])" => np_eye;
    "identity", "n, dtype=None, *, like=None", "The identity matrix.\n\n>>> np.identity(3)\narray([[1., 0., 0.],\n       [0., 1., 0.],\n       [0., 0., 1.]])" => |me, a| np_eye(me, vec![a[0].clone(), Value::None, Value::Int(0), a[1].clone(), Value::None]);
    "transpose", "a, axes=None", "Reverse or permute the axes.\n\n>>> np.transpose([[1, 2], [3, 4]])\narray([[1, 3],\n       [2, 4]])" => np_transpose;
    "_np_exception", "name, /", "NumPy's own exception class of that name (for the stdlib)." => |_, a| {
        let name = args::string(&a[0], "_np_exception")?;
        np_exception_class(&name).map(Value::Class).ok_or_else(|| value_error(format!("no numpy exception {name}"))) };
    "where", "condition, x=None, y=None, /", "Elements from x where condition, else from y.\n\n>>> np.where([True, False, True], [1, 2, 3], [10, 20, 30])\narray([ 1, 20,  3])\n>>> np.where(np.arange(5) > 2)\n(array([3, 4]),)" => np_where;
    "dot", "a, b, out=None", "Dot product (matrix product for 2-D).\n\n>>> np.dot([1, 2, 3], [4, 5, 6])\nnp.int64(32)\n>>> np.dot([[1, 2], [3, 4]], [[1], [1]])\narray([[3],\n       [7]])" => np_dot;
    "matmul", "x1, x2, /, out=None", "Matrix product.\n\n>>> np.matmul([[1, 2], [3, 4]], [[1, 0], [0, 1]])\narray([[1, 2],\n       [3, 4]])" => np_matmul;
    "round", "a, decimals=0, out=None", "Round to the given number of decimals (half to even).\n\n>>> np.round([1.25, 2.5, -0.5])\narray([ 1.,  2., -0.])\n>>> np.round(3.14159, 2)\nnp.float64(3.14)" => np_round;
    "around", "a, decimals=0, out=None", "Round to the given number of decimals (half to even).\n\n>>> np.around([1.25, 2.5, 3.456], 1)\narray([1.2, 2.5, 3.5])" => np_round;
    "clip", "a, a_min=None, a_max=None, out=None", "Limit the values to [a_min, a_max].\n\n>>> np.clip([-2, 0, 5, 9], 0, 6)\narray([0, 0, 5, 6])" => |me, a| np_clip(me, a);
    "shape", "a", "The shape of an array.\n\n>>> np.shape([[1, 2, 3], [4, 5, 6]])\n(2, 3)" => |me, a| { let t = arg_tensor(me, &a[0])?; Ok(Value::tuple(t.shape.iter().map(|d| Value::Int(*d as i64)).collect())) };
    "ndim", "a", "The number of dimensions.\n\n>>> np.ndim([[1, 2], [3, 4]])\n2" => |me, a| { let t = arg_tensor(me, &a[0])?; Ok(Value::Int(t.ndim() as i64)) };
    "size", "a, axis=None", "The number of elements (along an axis when given).\n\n>>> np.size([[1, 2, 3], [4, 5, 6]])\n6" => |me, a| {
        let t = arg_tensor(me, &a[0])?;
        if matches!(a[1], Value::None) { return Ok(Value::Int(t.numel() as i64)); }
        let ax = axes_arg(&a[1], t.ndim())?; Ok(Value::Int(ax.iter().map(|&x| t.shape[x]).product::<usize>() as i64)) };
};

fn aux_classes(me: &Interp) -> Res<(Rc<Class>, Rc<Class>)> {
    let c = me
        .state
        .get("numpy.flatiter")
        .cloned()
        .ok_or_else(|| Exc::new(ExcType::RuntimeError, "numpy flatiter"))?;
    let b = c.borrow();
    b.downcast_ref::<(Rc<Class>, Rc<Class>)>()
        .cloned()
        .ok_or_else(|| Exc::new(ExcType::RuntimeError, "numpy flatiter"))
}

fn flat_get(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = this(&a[0])?;
    let (flatiter, _) = aux_classes(me)?;
    Ok(Value::Native(Rc::new(Native {
        class: flatiter,
        data: RefCell::new(Box::new(extra::FlatIter(t))),
        hash_as: None,
    })))
}

fn flat_set(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = this(&a[0])?;
    let v = arg_tensor(me, &a[1])?.cast(t.dtype());
    // NumPy repeats the values over the flat array when they are fewer.
    let n = t.numel();
    let vals = v.reshape(&[-1]).map_err(tensor_error)?;
    let k = vals.numel().max(1);
    let idx: Vec<i64> = (0..n).map(|i| (i % k) as i64).collect();
    let picked = extra_take(&vals, &idx);
    t.assign(
        &picked
            .reshape(&t.shape.iter().map(|d| *d as isize).collect::<Vec<_>>())
            .map_err(tensor_error)?,
    )
    .map_err(tensor_error)?;
    Ok(Value::None)
}

fn extra_take(v: &Tensor, idx: &[i64]) -> Tensor {
    let offs: Vec<usize> = idx
        .iter()
        .map(|i| {
            (v.offset as isize + *i as isize * v.strides.first().copied().unwrap_or(1)) as usize
        })
        .collect();
    index::gather(v, &offs, vec![idx.len()])
}

fn flags_get(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = this(&a[0])?;
    let (_, flags) = aux_classes(me)?;
    let own = matches!(base_of(&a[0]), Value::None);
    let writeable = !is_readonly(&a[0]);
    let f = layout::Flags::of(&t, own, writeable);
    Ok(Value::Native(Rc::new(Native {
        class: flags,
        data: RefCell::new(Box::new(f)),
        hash_as: None,
    })))
}

fn placeholder_class(name: &str, object: &Rc<Class>) -> Res<Rc<Class>> {
    crate::interp::new_class(name, "numpy", vec![object.clone()])
        .map_err(|m| Exc::new(ExcType::RuntimeError, m))
}

fn add_properties(class: &Rc<Class>, props: &[Def], q: &'static str) {
    for d in props {
        let getter = Value::Builtin(Rc::new(d.builtin(Some(q))));
        class.dict.borrow_mut().insert(
            Rc::from(d.name),
            Value::Property(Rc::new(Property {
                fget: getter,
                fset: Value::None,
                doc: Value::None,
            })),
        );
    }
}

/// Create the NumPy classes and register `numpy` for import (also bound as `np` from the start).
pub fn install(me: &mut Interp) {
    install_exceptions(me);
    // The floating-point error modes are per thread; a new session starts from NumPy's defaults.
    errstate::reset();
    let object = me.types.object.clone();
    let Ok(ndarray) = placeholder_class("ndarray", &object) else {
        return;
    };
    for d in ARRAY_METHODS
        .iter()
        .chain(layout::LAYOUT_METHODS)
        .chain(extra::MORE_METHODS)
        .chain(reductions::REDUCTION_METHODS)
    {
        Interp::add_method(&ndarray, d.builtin(Some("numpy.ndarray")));
    }
    ndarray.binary_slot.set(Some(methods::operator_slot));
    add_properties(&ndarray, ARRAY_PROPERTIES, "numpy.ndarray");
    add_properties(&ndarray, extra::MORE_PROPERTIES, "numpy.ndarray");
    // `a.flat` (a flatiter that reads and writes through) and `a.flags`.
    if let (Ok(flatiter), Ok(flags)) = (
        placeholder_class("flatiter", &object),
        placeholder_class("flagsobj", &object),
    ) {
        for d in extra::FLATITER_METHODS {
            Interp::add_method(&flatiter, d.builtin(Some("numpy.flatiter")));
        }
        for d in layout::FLAGS_METHODS {
            Interp::add_method(&flags, d.builtin(Some("numpy.flagsobj")));
        }
        me.state.insert(
            "numpy.flatiter",
            Rc::new(RefCell::new(Box::new((flatiter, flags)))),
        );
        let getter = Def {
            name: "flat",
            sig: "self, /",
            doc: "A flat iterator over the array (reads and writes through).\n\n>>> a = np.arange(6).reshape(2, 3)\n>>> a.flat[4]\nnp.int64(4)",
            func: flat_get,
        };
        let setter = Def {
            name: "flat",
            sig: "self, value, /",
            doc: "Assign to every element.\n\n>>> a = np.arange(6).reshape(2, 3)\n>>> a.flat[4]\nnp.int64(4)",
            func: flat_set,
        };
        ndarray.dict.borrow_mut().insert(
            Rc::from("flat"),
            Value::Property(Rc::new(Property {
                fget: Value::Builtin(Rc::new(getter.builtin(Some("numpy.ndarray")))),
                fset: Value::Builtin(Rc::new(setter.builtin(Some("numpy.ndarray")))),
                doc: Value::None,
            })),
        );
        let fl = Def {
            name: "flags",
            sig: "self, /",
            doc: "Memory layout flags.\n\n>>> np.arange(6).reshape(2, 3).T.flags['C_CONTIGUOUS']\nFalse",
            func: flags_get,
        };
        add_properties(&ndarray, &[fl], "numpy.ndarray");
        // `a.real = x` / `a.imag = x` assign through the component views.
        for (name, doc, fget, fset) in [
            (
                "real",
                "The real part of the array (a view for complex arrays).\n\n>>> np.array([1 + 2j, 3 - 4j]).real\narray([1., 3.])",
                methods::prop_real as crate::interp::value::NativeFn,
                methods::set_real as crate::interp::value::NativeFn,
            ),
            (
                "imag",
                "The imaginary part of the array (a view for complex arrays).\n\n>>> np.array([1 + 2j, 3 - 4j]).imag\narray([ 2., -4.])",
                methods::prop_imag,
                methods::set_imag,
            ),
        ] {
            let get = Def {
                name,
                sig: "self, /",
                doc,
                func: fget,
            };
            let set = Def {
                name,
                sig: "self, value, /",
                doc,
                func: fset,
            };
            ndarray.dict.borrow_mut().insert(
                Rc::from(name),
                Value::Property(Rc::new(Property {
                    fget: Value::Builtin(Rc::new(get.builtin(Some("numpy.ndarray")))),
                    fset: Value::Builtin(Rc::new(set.builtin(Some("numpy.ndarray")))),
                    doc: Value::None,
                })),
            );
        }
        // `a.shape = (3, 2)` reshapes in place.
        let get = Def {
            name: "shape",
            sig: "self, /",
            doc: "Tuple of array dimensions.\n\n>>> np.zeros((2, 3)).shape\n(2, 3)",
            func: |_, a| {
                Ok(Value::tuple(
                    this(&a[0])?
                        .shape
                        .iter()
                        .map(|d| Value::Int(*d as i64))
                        .collect(),
                ))
            },
        };
        let set = Def {
            name: "shape",
            sig: "self, value, /",
            doc: "Reshape in place.\n\n>>> np.zeros((2, 3)).shape\n(2, 3)",
            func: methods::set_shape,
        };
        ndarray.dict.borrow_mut().insert(
            Rc::from("shape"),
            Value::Property(Rc::new(Property {
                fget: Value::Builtin(Rc::new(get.builtin(Some("numpy.ndarray")))),
                fset: Value::Builtin(Rc::new(set.builtin(Some("numpy.ndarray")))),
                doc: Value::None,
            })),
        );
    }
    let Ok(dtype) = placeholder_class("dtype", &object) else {
        return;
    };
    for d in DTYPE_METHODS {
        Interp::add_method(&dtype, d.builtin(Some("numpy.dtype")));
    }
    for (name, f) in methods::dtype_properties() {
        let getter = Value::Builtin(Rc::new(
            Def {
                name,
                sig: "self, /",
                doc: "dtype attribute",
                func: f,
            }
            .builtin(Some("numpy.dtype")),
        ));
        dtype.dict.borrow_mut().insert(
            Rc::from(name),
            Value::Property(Rc::new(Property {
                fget: getter,
                fset: Value::None,
                doc: Value::None,
            })),
        );
    }
    // NumPy's abstract scalar types, so that isinstance/issubclass/np.issubdtype see the hierarchy
    // generic > number > integer > signedinteger | unsignedinteger, number > inexact > floating | complexfloating.
    let mut abstract_types: Vec<(&'static str, Rc<Class>)> = Vec::new();
    for (name, parent) in [
        ("generic", ""),
        ("number", "generic"),
        ("integer", "number"),
        ("signedinteger", "integer"),
        ("unsignedinteger", "integer"),
        ("inexact", "number"),
        ("floating", "inexact"),
        ("complexfloating", "inexact"),
        ("flexible", "generic"),
        ("character", "flexible"),
    ] {
        let base = abstract_types
            .iter()
            .find(|(n, _)| *n == parent)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| object.clone());
        let Ok(c) = placeholder_class(name, &base) else {
            return;
        };
        abstract_types.push((name, c));
    }
    let abstract_of = |d: DType| -> &'static str {
        match d.kind() {
            Kind::Bool => "generic",
            Kind::Int if d.is_unsigned() => "unsignedinteger",
            Kind::Int => "signedinteger",
            Kind::Float => "floating",
            Kind::Complex => "complexfloating",
            Kind::Str => "character",
        }
    };
    let mut scalars = Vec::new();
    for d in DType::ALL {
        if d == DType::BF16 {
            continue;
        }
        let name = if d == DType::Bool {
            "bool".to_string()
        } else {
            d.name().to_string()
        };
        let base = abstract_types
            .iter()
            .find(|(n, _)| *n == abstract_of(d))
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| object.clone());
        // As in NumPy, float64 and complex128 are also Python floats and complexes (isinstance(x, float)).
        let mut bases = vec![base];
        match d {
            DType::F64 => bases.push(me.types.float.clone()),
            DType::C128 => bases.push(me.types.complex.clone()),
            _ => {}
        }
        let Ok(c) = crate::interp::new_class(&name, "numpy", bases) else {
            return;
        };
        for m in ARRAY_METHODS
            .iter()
            .chain(layout::LAYOUT_METHODS)
            .chain(extra::MORE_METHODS)
            .chain(reductions::REDUCTION_METHODS)
        {
            // Only integer scalars stand for an index (`lst[np.int64(1)]`); float and bool ones do not.
            if m.name == "__index__" && !d.is_int() {
                continue;
            }
            Interp::add_method(&c, m.builtin(Some("numpy.generic")));
        }
        add_properties(&c, ARRAY_PROPERTIES, "numpy.generic");
        c.binary_slot.set(Some(methods::operator_slot));
        Interp::add_method(
            &c,
            Def {
                name: "__new__",
                sig: "cls, x=None, /",
                doc: "Construct a NumPy scalar.",
                func: methods::scalar_new,
            }
            .builtin(None),
        );
        scalars.push((d, c));
    }
    if let Some((_, character)) = abstract_types.iter().find(|(n, _)| *n == "character") {
        scalars.extend(text_scalar::classes(me, character));
    }
    me.state.insert(
        STATE_KEY,
        Rc::new(RefCell::new(Box::new(NpClasses {
            ndarray,
            dtype,
            scalars,
            abstract_types,
            bools: RefCell::new(None),
        }))),
    );
    me.register_module("numpy", init);
    me.register_module("numpy.linalg", linalg::import_init);
    me.register_module("numpy.fft", fft::import_init);
    me.register_module("numpy.random", random::import_init);
}

/// Run one stdlib file into a module's namespace. NABLA_STDLIB_DIR (a checkout's root) makes a built binary run
/// the stdlib files from disk, so a change to them can be tried without rebuilding; unset, the copies embedded at
/// build time run.
pub fn run_stdlib(
    me: &mut Interp,
    globals: &Rc<crate::interp::value::Globals>,
    name: &str,
    embedded: &str,
) -> Res<()> {
    let source = match std::env::var_os("NABLA_STDLIB_DIR").map(std::path::PathBuf::from) {
        Some(root) => std::fs::read_to_string(root.join(name)).map_err(|e| {
            Exc::new(
                ExcType::OSError,
                format!(
                    "NABLA_STDLIB_DIR: cannot read {}: {e}",
                    root.join(name).display()
                ),
            )
        })?,
        None => embedded.to_string(),
    };
    me.run_in_module(globals.clone(), name, &source)
}

pub fn init(me: &mut Interp) -> Res<Value> {
    let mut items: Vec<(&str, Value)> = Vec::new();
    for d in FUNCTIONS {
        items.push((d.name, Value::Builtin(Rc::new(d.builtin(None)))));
    }
    let ufunc_class = placeholder_class("ufunc", &me.types.object.clone())?;
    for d in ufunc::UFUNC_METHODS {
        Interp::add_method(&ufunc_class, d.builtin(Some("numpy.ufunc")));
    }
    add_properties(&ufunc_class, ufunc::UFUNC_PROPERTIES, "numpy.ufunc");
    items.push(("ufunc", Value::Class(ufunc_class.clone())));
    for (name, v) in ufuncs(&ufunc_class) {
        items.push((name, v));
    }
    for d in extra::MORE_FUNCTIONS
        .iter()
        .chain(extra::MEMORY_FUNCTIONS)
        .chain(layout::LAYOUT_FUNCTIONS)
        .chain(join::JOIN_FUNCTIONS)
        .chain(printing::PRINT_FUNCTIONS)
        .chain(errstate::FUNCTIONS)
    {
        items.push((d.name, Value::Builtin(Rc::new(d.builtin(None)))));
    }
    for (i, name) in reductions::REDUCTION_NAMES.iter().enumerate() {
        items.push((
            name,
            tagged(
                name,
                "a, *args, **kwargs",
                reductions::function_doc(name),
                reductions::reduce_function,
                i as u32,
            ),
        ));
    }
    for (alias, tag) in [("amax", 2), ("amin", 3)] {
        items.push((
            alias,
            tagged(
                alias,
                "a, *args, **kwargs",
                reductions::function_doc(alias),
                reductions::reduce_function,
                tag,
            ),
        ));
    }
    let (ndarray, dtype_class, scalars, abstract_types) = {
        let c = classes(me)?;
        let b = c.borrow();
        let nc = b
            .downcast_ref::<NpClasses>()
            .ok_or_else(|| Exc::new(ExcType::RuntimeError, "numpy state"))?;
        (
            nc.ndarray.clone(),
            nc.dtype.clone(),
            nc.scalars.clone(),
            nc.abstract_types.clone(),
        )
    };
    for (name, c) in &abstract_types {
        items.push((name, Value::Class(c.clone())));
    }
    // NumPy's C-style aliases of the sized types.
    for (alias, d) in [
        ("double", DType::F64),
        ("single", DType::F32),
        ("half", DType::F16),
        ("cdouble", DType::C128),
        ("csingle", DType::C64),
        ("int_", DType::I64),
        ("intp", DType::I64),
        ("long", DType::I64),
        ("longlong", DType::I64),
        ("intc", DType::I32),
        ("short", DType::I16),
        ("byte", DType::I8),
        ("uintp", DType::U64),
        ("uint", DType::U64),
        ("ulong", DType::U64),
        ("ulonglong", DType::U64),
        ("uintc", DType::U32),
        ("ushort", DType::U16),
        ("ubyte", DType::U8),
    ] {
        if let Some((_, c)) = scalars.iter().find(|(k, _)| *k == d) {
            items.push((alias, Value::Class(c.clone())));
        }
    }
    items.push(("ndarray", Value::Class(ndarray)));
    let _ = dtype_class;
    items.push((
        "dtype",
        Value::Builtin(Rc::new(
            Def {
                name: "dtype",
                sig: "cls=None, dtype=None, /",
                doc: "A data type object.\n\n>>> np.dtype('float32')\ndtype('float32')\n>>> np.dtype(np.int16).itemsize\n2",
                func: np_dtype,
            }
            .builtin(None),
        )),
    ));
    for (d, c) in &scalars {
        let name: &'static str = match d {
            DType::Bool => "bool_",
            DType::Str(_) => "str_",
            DType::Bytes(_) => "bytes_",
            other => other.name(),
        };
        items.push((name, Value::Class(c.clone())));
        if *d == DType::Bool {
            items.push(("bool", Value::Class(c.clone())));
        }
    }
    if let Some((_, bc)) = scalars.iter().find(|(d, _)| *d == DType::Bool) {
        let _ = bc;
        let t = wrap_scalar(me, Tensor::from_vec(vec![true], vec![]))?;
        let f = wrap_scalar(me, Tensor::from_vec(vec![false], vec![]))?;
        items.push(("True_", t));
        items.push(("False_", f));
    }
    items.push(("pi", Value::Float(std::f64::consts::PI)));
    items.push(("e", Value::Float(std::f64::consts::E)));
    items.push(("inf", Value::Float(f64::INFINITY)));
    items.push(("nan", Value::Float(f64::NAN)));
    items.push(("newaxis", Value::None));
    items.push(("__version__", Value::str("2.4.6")));
    let _ = this;
    let module = me.make_module("numpy", "NumPy-compatible n-dimensional arrays.\n\n>>> np.array([1, 2, 3]) * 2\narray([2, 4, 6])\n>>> np.linspace(0, 1, 3)\narray([0. , 0.5, 1. ])", items);
    if let Value::Module(m) = &module {
        // NABLA_STDLIB_DIR (a checkout's root) makes a built binary run the stdlib files from disk, so a change
        // to them can be tried without rebuilding; unset, the copies embedded at build time run.
        for (name, embedded) in STDLIB {
            run_stdlib(me, &m.globals, name, embedded)?;
        }
        ufunc::wrap_function_ufuncs(&m.globals, &ufunc_class);
        let la = linalg::install(me, &module)?;
        m.globals.set("linalg", la);
        let fft = fft::install(me, &module)?;
        m.globals.set("fft", fft);
        let rnd = random::install(me, &module)?;
        m.globals.set("random", rnd);
    }
    Ok(module)
}
