//! NumPy `ufunc` objects: calling with `out=`/`where=`/`dtype=`/`casting=`, the methods `reduce`, `accumulate`,
//! `reduceat`, `outer` and `at`, and the attributes (`nin`, `nout`, `identity`, `types`, ...).
//!
//! A ufunc wraps either an op of the tensor tables (`UnaryOp`/`BinaryOp`/`CompareOp`) or a function (a stdlib
//! composite such as `divmod`, or one of the element loops below such as `gcd`) together with its arity. The
//! methods work on any of them by calling the ufunc on whole slices, with fast paths for the tensor reductions.

use super::array::*;
use super::extra::scan;
use super::methods::{arg_tensor, axes_arg, type_char};
use crate::interp::exceptions::{not_implemented, type_error, value_error, Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args;
use crate::library::torch::transforms;
use crate::library::Def;
use crate::tensor::dtype::{can_cast, Casting, DType, Kind};
use crate::tensor::error::TensorError;
use crate::tensor::ops::{self, BinaryOp, CompareOp, UnaryOp};
use crate::tensor::reduce::{reduce, ReduceOp};
use crate::tensor::Tensor;
use std::rc::Rc;

/// A NumPy ufunc object: callable, with `reduce`, `accumulate`, `reduceat`, `outer` and `at`.
pub struct UFunc {
    pub name: &'static str,
    pub op: UfuncOp,
}

#[derive(Clone)]
pub enum UfuncOp {
    Unary(UnaryOp),
    Binary(BinaryOp),
    Compare(CompareOp),
    /// A callable taking `nin` positional inputs and returning `nout` values (a tuple when `nout > 1`).
    Func {
        func: Value,
        nin: usize,
        nout: usize,
    },
}

impl UfuncOp {
    fn nin(&self) -> usize {
        match self {
            UfuncOp::Unary(_) => 1,
            UfuncOp::Binary(_) | UfuncOp::Compare(_) => 2,
            UfuncOp::Func { nin, .. } => *nin,
        }
    }
    fn nout(&self) -> usize {
        match self {
            UfuncOp::Func { nout, .. } => *nout,
            _ => 1,
        }
    }
}

/// NumPy's identity of a binary ufunc, what a reduction over nothing gives.
#[derive(Clone, Copy)]
enum Identity {
    Int(i64),
    Float(f64),
    Bool(bool),
}

/// The ufuncs with an identity (all of them reorderable) ...
const IDENTITIES: &[(&str, Identity)] = &[
    ("add", Identity::Int(0)),
    ("multiply", Identity::Int(1)),
    ("logaddexp", Identity::Float(f64::NEG_INFINITY)),
    ("logaddexp2", Identity::Float(f64::NEG_INFINITY)),
    ("hypot", Identity::Int(0)),
    ("logical_and", Identity::Bool(true)),
    ("logical_or", Identity::Bool(false)),
    ("logical_xor", Identity::Bool(false)),
    ("bitwise_and", Identity::Int(-1)),
    ("bitwise_or", Identity::Int(0)),
    ("bitwise_xor", Identity::Int(0)),
    ("gcd", Identity::Int(0)),
];

/// ... and those without one whose reduction may still take several axes at once.
const REORDERABLE_WITHOUT_IDENTITY: &[&str] = &["maximum", "minimum", "fmax", "fmin"];

fn identity_of(name: &str) -> Option<Identity> {
    IDENTITIES.iter().find(|(n, _)| *n == name).map(|(_, i)| *i)
}

fn identity_value(i: Identity) -> Value {
    match i {
        Identity::Int(v) => Value::Int(v),
        Identity::Float(v) => Value::Float(v),
        Identity::Bool(v) => Value::Bool(v),
    }
}

/// The ufuncs made from functions: the stdlib composites of these names, or the element loops in
/// `LOOP_FUNCTIONS`, with their number of inputs and outputs.
const FUNCTION_UFUNCS: &[(&str, usize, usize)] = &[
    ("divmod", 2, 2),
    ("modf", 1, 2),
    ("frexp", 1, 2),
    ("ldexp", 2, 1),
    ("gcd", 2, 1),
    ("lcm", 2, 1),
    ("nextafter", 2, 1),
    ("spacing", 1, 1),
    ("logaddexp2", 2, 1),
    ("copysign", 2, 1),
    ("fabs", 1, 1),
    ("fmod", 2, 1),
    ("float_power", 2, 1),
    ("square", 1, 1),
];

fn the_ufunc(v: &Value) -> Res<(&'static str, UfuncOp)> {
    let Value::Native(n) = v else {
        return Err(type_error("not a ufunc"));
    };
    let d = n.data.borrow();
    d.downcast_ref::<UFunc>()
        .map(|u| (u.name, u.op.clone()))
        .ok_or_else(|| type_error("not a ufunc"))
}

/// Call the ufunc's implementation on these inputs; one value per output (`NotImplemented` when NumPy has no
/// loop for the operands).
fn apply_all(me: &mut Interp, op: &UfuncOp, inputs: &[Value]) -> Res<Vec<Value>> {
    let arg = |i: usize| inputs.get(i).cloned().unwrap_or(Value::None);
    Ok(match op {
        UfuncOp::Unary(u) => vec![unary_value(me, *u, &arg(0))?],
        UfuncOp::Binary(b) => vec![binary_value(me, *b, &arg(0), &arg(1))?],
        UfuncOp::Compare(c) => vec![compare_value(me, *c, &arg(0), &arg(1))?],
        UfuncOp::Func { func, nout, .. } => {
            let r = me.call(func, inputs.to_vec(), vec![])?;
            if *nout == 1 {
                vec![r]
            } else {
                match r {
                    Value::Tuple(t) if t.len() == *nout => t.to_vec(),
                    _ => {
                        return Err(type_error(
                            "ufunc implementation returned the wrong number of outputs",
                        ))
                    }
                }
            }
        }
    })
}

/// The first output of a ufunc call, as a tensor.
fn apply1(me: &mut Interp, name: &str, op: &UfuncOp, inputs: &[Value]) -> Res<Tensor> {
    let r = apply_all(me, op, inputs)?;
    result_tensor(me, name, r.into_iter().next().unwrap_or(Value::None))
}

fn result_tensor(me: &mut Interp, name: &str, v: Value) -> Res<Tensor> {
    if matches!(v, Value::NotImplemented) {
        return Err(no_loop(name));
    }
    arg_tensor(me, &v)
}

fn no_loop(name: &str) -> Box<Exc> {
    type_error(format!("ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"))
}

/// The dtype a binary ufunc produces from two operands of dtype `d` (found by running it on empty arrays).
fn result_dtype(me: &mut Interp, name: &str, op: &UfuncOp, d: DType) -> Res<DType> {
    let e = wrap_array(me, Tensor::zeros(d, vec![0]))?;
    Ok(apply1(me, name, op, &[e.clone(), e])?.dtype())
}

fn shape_of(me: &mut Interp, v: &Value) -> Res<Vec<usize>> {
    Ok(match v {
        Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(..) => {
            vec![]
        }
        other => arg_tensor(me, other)?.shape,
    })
}

fn casting_rule(v: &Value) -> Res<(Casting, String)> {
    let name = args::string(v, "casting")?;
    match Casting::parse(&name) {
        Some(c) => Ok((c, name.to_string())),
        None => Err(value_error(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'",
        )),
    }
}

fn cast_error(class: &str, name: &str, what: &str, from: DType, to: DType, rule: &str) -> Box<Exc> {
    np_exception(
        class,
        ExcType::TypeError,
        format!("Cannot cast ufunc '{name}' {what} from dtype('{from}') to dtype('{to}') with casting rule '{rule}'"),
    )
}

/// Write `src` into `dst` (broadcast, cast) where `mask` is true (everywhere when `None`).
fn write_masked(dst: &Tensor, src: &Tensor, mask: Option<&Tensor>) -> Res<()> {
    let src = src
        .broadcast_to(&dst.shape)
        .map_err(tensor_error)?
        .cast(dst.dtype());
    let Some(mask) = mask else {
        return dst.assign(&src).map_err(tensor_error);
    };
    let m = mask
        .broadcast_to(&dst.shape)
        .map_err(tensor_error)?
        .to_vec::<bool>();
    let d = dst.dtype();
    crate::with_dtype!(d, T => {
        let sv = src.to_vec::<T>();
        let mut cur = dst.to_vec::<T>();
        for (i, keep) in m.iter().enumerate() { if *keep { cur[i] = sv[i]; } }
        dst.assign(&Tensor::from_vec(cur, dst.shape.clone())).map_err(tensor_error)?;
    });
    Ok(())
}

/// `where(mask, a, b)` on tensors of one shape and dtype.
fn select(mask: &Tensor, a: &Tensor, b: &Tensor) -> Res<Tensor> {
    let out = b.cast(a.dtype()).copy();
    write_masked(&out, a, Some(mask))?;
    Ok(out)
}

// ---------------------------------------------------------------------------- __call__

/// A ufunc given a tensor that records (inside `grad`): the tensor op, recorded, so the derivative flows through.
fn traced(
    me: &mut Interp,
    name: &str,
    op: &UfuncOp,
    inputs: &[Value],
    kwargs: &Value,
    positional_out: bool,
) -> Res<Value> {
    let unsupported = |what: &str| {
        Exc::new(
            ExcType::NotImplementedError,
            format!("differentiating through np.{name}{what} is not implemented in nabla yet"),
        )
    };
    let has_kwargs = matches!(kwargs, Value::Dict(kw) if !kw.borrow().is_empty());
    if positional_out || has_kwargs {
        return Err(unsupported(" with out=, where=, dtype= or other options"));
    }
    match op {
        UfuncOp::Unary(u) => transforms::traced_unary(me, *u, &inputs[0]),
        UfuncOp::Binary(b) => transforms::traced_binary(me, *b, &inputs[0], &inputs[1]),
        UfuncOp::Compare(_) | UfuncOp::Func { .. } => Err(unsupported("")),
    }
}

fn ufunc_call(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (name, op) = the_ufunc(&a[0])?;
    let Value::Tuple(args_) = &a[1] else {
        return Ok(Value::None);
    };
    let (nin, nout) = (op.nin(), op.nout());
    if args_.len() < nin || args_.len() > nin + nout {
        let n = args_.len();
        return Err(type_error(format!(
            "{name}() takes from {nin} to {} positional arguments but {n} {} given",
            nin + nout,
            if n == 1 { "was" } else { "were" }
        )));
    }
    let inputs: Vec<Value> = args_[..nin].to_vec();
    if inputs.iter().any(transforms::records) {
        return traced(me, name, &op, &inputs, &a[2], args_.len() > nin);
    }
    let mut outs: Vec<Value> = (0..nout)
        .map(|i| args_.get(nin + i).cloned().unwrap_or(Value::None))
        .collect();
    let positional_out = args_.len() > nin;
    let mut where_ = Value::Bool(true);
    let mut dtype = Value::None;
    let mut casting = Value::str("same_kind");
    if let Value::Dict(kw) = &a[2] {
        for (k, v) in kw.borrow().iter() {
            let Value::Str(key) = &k.0 else { continue };
            match &**key {
                "out" => {
                    if positional_out {
                        return Err(type_error(
                            "cannot specify 'out' as both a positional and keyword argument",
                        ));
                    }
                    match v {
                        Value::Tuple(t) => {
                            if t.len() != nout {
                                return Err(value_error(format!(
                                    "The 'out' tuple must have exactly {nout} entries: one per ufunc output"
                                )));
                            }
                            outs = t.to_vec();
                        }
                        o if nout == 1 => outs = vec![o.clone()],
                        _ => return Err(type_error("'out' must be a tuple of arrays")),
                    }
                }
                "where" => where_ = v.clone(),
                "dtype" => dtype = v.clone(),
                "casting" => casting = v.clone(),
                "order" | "subok" => {}
                "signature" => {
                    return Err(not_implemented(format!(
                        "the signature= argument of np.{name}"
                    )))
                }
                other => {
                    return Err(type_error(format!(
                        "{name}() got an unexpected keyword argument '{other}'"
                    )))
                }
            }
        }
    }
    let (rule, rule_name) = casting_rule(&casting)?;
    let mut out_arrays: Vec<Option<Tensor>> = Vec::new();
    for o in &outs {
        out_arrays.push(match o {
            Value::None => None,
            v => match as_array(v) {
                Some((t, false)) => Some(t),
                _ => return Err(type_error("return arrays must be of ArrayType")),
            },
        });
    }
    // With an output array, every operand broadcasts to the output's shape (NumPy names them all when not).
    let mut full_shape = None;
    if out_arrays.iter().any(|o| o.is_some()) {
        let mut shapes = Vec::new();
        for v in &inputs {
            shapes.push(shape_of(me, v)?);
        }
        for t in out_arrays.iter().flatten() {
            shapes.push(t.shape.clone());
        }
        let mut full: Vec<usize> = vec![];
        for sh in &shapes {
            full = crate::tensor::broadcast_shapes(&full, sh)
                .map_err(|_| tensor_error(TensorError::Broadcast(shapes.clone())))?;
        }
        for t in out_arrays.iter().flatten() {
            if t.shape != full {
                return Err(value_error(format!(
                    "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                    crate::tensor::error::shape_str(&t.shape).replace(' ', ""),
                    crate::tensor::error::shape_str(&full).replace(' ', "")
                )));
            }
        }
        full_shape = Some(full);
    }
    let mask = match &where_ {
        Value::Bool(true) => None,
        w => Some(arg_tensor(me, w)?.astype(DType::Bool)),
    };
    let results = match &mask {
        None => compute(me, name, &op, &inputs, &dtype, rule, &rule_name)?,
        Some(m) => {
            // NumPy's loop runs only where the mask is true: conditions raised elsewhere are not its.
            let (r, raised) = super::errstate::collecting(|| {
                compute(me, name, &op, &inputs, &dtype, rule, &rule_name)
            });
            let r = r?;
            if !raised.is_empty() {
                masked_errors(me, name, &op, &inputs, m, &dtype, (rule, &rule_name))?;
            }
            r
        }
    };
    if mask.is_none() && out_arrays.iter().all(|o| o.is_none()) {
        return Ok(if nout == 1 {
            results.into_iter().next().unwrap_or(Value::None)
        } else {
            Value::tuple(results)
        });
    }
    let mut returned = Vec::new();
    for (i, r) in results.into_iter().enumerate() {
        let rt = result_tensor(me, name, r)?;
        let (dst, dst_value) = match out_arrays.get(i).cloned().flatten() {
            Some(t) => {
                if !can_cast(rt.dtype(), t.dtype(), rule) {
                    return Err(cast_error(
                        "_UFuncOutputCastingError",
                        name,
                        "output",
                        rt.dtype(),
                        t.dtype(),
                        &rule_name,
                    ));
                }
                (t, outs[i].clone())
            }
            None => {
                let shape = full_shape.clone().unwrap_or_else(|| rt.shape.clone());
                let t = Tensor::zeros(rt.dtype(), shape);
                let v = wrap_array(me, t.clone())?;
                (t, v)
            }
        };
        write_masked(&dst, &rt, mask.as_ref())?;
        returned.push(dst_value);
    }
    Ok(if nout == 1 {
        returned.into_iter().next().unwrap_or(Value::None)
    } else {
        Value::tuple(returned)
    })
}

/// Handle the floating-point conditions of a `where=`-masked call: the ufunc runs again on the selected elements
/// only (the arrays' picked out, Python numbers kept as they are) and what that raises is handled.
fn masked_errors(
    me: &mut Interp,
    name: &str,
    op: &UfuncOp,
    inputs: &[Value],
    mask: &Tensor,
    dtype: &Value,
    (rule, rule_name): (Casting, &str),
) -> Res<()> {
    let mut full = mask.shape.clone();
    let mut tensors = Vec::new();
    for v in inputs {
        let t = match v {
            Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(..) => None,
            other => Some(arg_tensor(me, other)?),
        };
        if let Some(t) = &t {
            full = crate::tensor::broadcast_shapes(&full, &t.shape).map_err(tensor_error)?;
        }
        tensors.push(t);
    }
    let m = mask.broadcast_to(&full).map_err(tensor_error)?;
    let mut picked = Vec::new();
    for (v, t) in inputs.iter().zip(tensors) {
        picked.push(match t {
            Some(t) => {
                let sel = crate::tensor::index::mask_select(
                    &t.broadcast_to(&full).map_err(tensor_error)?,
                    &m,
                );
                wrap_array(me, sel)?
            }
            None => v.clone(),
        });
    }
    let (r, raised) =
        super::errstate::collecting(|| compute(me, name, op, &picked, dtype, rule, rule_name));
    r?;
    if !raised.is_empty() {
        super::errstate::dispatch(me, raised, name)?;
    }
    Ok(())
}

/// The ufunc's outputs for these inputs; with `dtype=`, the inputs are cast to it first (refused when the
/// casting rule forbids, as NumPy's type resolver does) and the outputs are of that dtype.
fn compute(
    me: &mut Interp,
    name: &str,
    op: &UfuncOp,
    inputs: &[Value],
    dtype: &Value,
    rule: Casting,
    rule_name: &str,
) -> Res<Vec<Value>> {
    let Some(d) = parse_dtype(me, dtype)? else {
        let r = apply_all(me, op, inputs)?;
        if r.iter().any(|v| matches!(v, Value::NotImplemented)) {
            return Err(no_loop(name));
        }
        return Ok(r);
    };
    if let UfuncOp::Compare(_) = op {
        return Err(not_implemented(format!("the dtype= argument of np.{name}")));
    }
    let mut cast_inputs = Vec::new();
    let mut all_scalar = true;
    for (i, v) in inputs.iter().enumerate() {
        let (t, scalar) = match as_array(v) {
            Some((t, sc)) => {
                let scalar = sc || t.ndim() == 0;
                (t, scalar)
            }
            None => {
                let scalar = !matches!(v, Value::List(_) | Value::Tuple(_));
                (to_tensor(me, v, None)?, scalar)
            }
        };
        all_scalar &= scalar;
        if !can_cast(t.dtype(), d, rule) {
            return Err(cast_error(
                "_UFuncInputCastingError",
                name,
                &format!("input {i}"),
                t.dtype(),
                d,
                rule_name,
            ));
        }
        cast_inputs.push(wrap_array(me, t.cast(d))?);
    }
    let rs = apply_all(me, op, &cast_inputs)?;
    let single = rs.len() == 1;
    let mut out = Vec::new();
    for r in rs {
        let mut t = result_tensor(me, name, r)?;
        if single && t.dtype() != d {
            t = t.cast(d);
        }
        out.push(if all_scalar {
            wrap_result(me, t)?
        } else {
            wrap_array(me, t)?
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------- reduce, accumulate, reduceat

fn need_binary(name: &str, op: &UfuncOp, what: &str) -> Res<()> {
    if op.nin() != 2 {
        return Err(value_error(format!(
            "{what} only supported for binary functions"
        )));
    }
    if op.nout() != 1 {
        return Err(value_error(format!(
            "{what} only supported for functions returning a single value"
        )));
    }
    let _ = name;
    Ok(())
}

/// The tensor reduction computing this ufunc's reduce directly, where there is one.
fn fast_reduce(op: &UfuncOp) -> Option<ReduceOp> {
    match op {
        UfuncOp::Binary(BinaryOp::Add) => Some(ReduceOp::Sum),
        UfuncOp::Binary(BinaryOp::Mul) => Some(ReduceOp::Prod),
        UfuncOp::Binary(BinaryOp::Maximum) => Some(ReduceOp::Max),
        UfuncOp::Binary(BinaryOp::Minimum) => Some(ReduceOp::Min),
        UfuncOp::Compare(CompareOp::And) => Some(ReduceOp::All),
        UfuncOp::Compare(CompareOp::Or) => Some(ReduceOp::Any),
        _ => None,
    }
}

/// The dtype a reduction or accumulation runs in: `dtype=` when given; add and multiply widen bool and small
/// integers to the platform integer, as NumPy's reductions do.
fn reduction_dtype(me: &Interp, op: &UfuncOp, t: &Tensor, dtype: &Value) -> Res<DType> {
    if let Some(d) = parse_dtype(me, dtype)? {
        return Ok(d);
    }
    let d = t.dtype();
    Ok(match op {
        UfuncOp::Binary(BinaryOp::Add | BinaryOp::Mul) if d.kind() == Kind::Bool || d.is_int() => {
            crate::tensor::reduce::reduce_dtype(ReduceOp::Sum, d)
        }
        _ => d,
    })
}

fn ufunc_reduce(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    // self, array, axis, dtype, out, keepdims, initial, where
    let (name, op) = the_ufunc(&a[0])?;
    need_binary(name, &op, "reduce")?;
    let t0 = arg_tensor(me, &a[1])?;
    let d = reduction_dtype(me, &op, &t0, &a[3])?;
    let t = t0.cast(d);
    let nd = t.ndim();
    let axes = axes_arg(&a[2], nd)?;
    let keep = me.truthy(&a[5])?;
    let initial = match &a[6] {
        Value::None => None,
        v => Some(v.clone()),
    };
    let mask = match &a[7] {
        Value::Bool(true) => None,
        w => Some(
            arg_tensor(me, w)?
                .astype(DType::Bool)
                .broadcast_to(&t.shape)
                .map_err(tensor_error)?,
        ),
    };
    let identity = identity_of(name);
    if axes.len() > 1 && identity.is_none() && !REORDERABLE_WITHOUT_IDENTITY.contains(&name) {
        return Err(value_error(format!(
            "reduction operation '{name}' is not reorderable, so at most one axis may be specified"
        )));
    }
    let count: usize = axes.iter().map(|&x| t.shape[x]).product();
    let kept: Vec<usize> = (0..nd).filter(|x| !axes.contains(x)).collect();
    let rest: Vec<usize> = kept.iter().map(|&x| t.shape[x]).collect();
    let start = match (&initial, &mask) {
        (Some(v), _) => Some(v.clone()),
        (None, Some(_)) => match identity {
            Some(i) => Some(identity_value(i)),
            None => {
                return Err(value_error(format!(
                    "reduction operation '{name}' does not have an identity, so to use a where mask one has to specify 'initial'"
                )))
            }
        },
        (None, None) if count == 0 => match identity {
            Some(i) => Some(identity_value(i)),
            None => {
                return Err(value_error(format!(
                    "zero-size array to reduction operation {name} which has no identity"
                )))
            }
        },
        (None, None) => None,
    };
    let rd = result_dtype(me, name, &op, d)?;
    let r = match fast_reduce(&op) {
        Some(rop) if mask.is_none() && count > 0 => {
            let src = if rd == DType::Bool {
                t.astype(DType::Bool)
            } else {
                t.clone()
            };
            let r = reduce(rop, &src, &axes, false).map_err(tensor_error)?;
            if matches!(rop, ReduceOp::Sum | ReduceOp::Prod) {
                super::errstate::check_reduction(me, &src, &r)?;
            }
            let r = r.cast(rd);
            match &start {
                Some(init) => {
                    let rv = wrap_array(me, r)?;
                    apply1(me, name, &op, &[init.clone(), rv])?
                }
                None => r,
            }
        }
        _ => {
            // Fold the reduced axes (moved first and flattened) slice by slice, in order.
            let mut perm = axes.clone();
            perm.extend(&kept);
            let mut spec: Vec<isize> = vec![count as isize];
            spec.extend(rest.iter().map(|&x| x as isize));
            let flat = t.permute(&perm).reshape(&spec).map_err(tensor_error)?;
            let mflat = match &mask {
                Some(m) => Some(m.permute(&perm).reshape(&spec).map_err(tensor_error)?),
                None => None,
            };
            let (mut acc, from) = match &start {
                Some(v) => {
                    let init = to_tensor(me, v, None)?.cast(rd);
                    (init.broadcast_to(&rest).map_err(tensor_error)?.copy(), 0)
                }
                None => (flat.select(0, 0).cast(rd), 1),
            };
            for k in from..count {
                let xv = wrap_array(me, flat.select(0, k))?;
                let av = wrap_array(me, acc.clone())?;
                let next = apply1(me, name, &op, &[av, xv])?;
                acc = match &mflat {
                    Some(m) => select(&m.select(0, k), &next, &acc)?,
                    None => next,
                };
            }
            acc
        }
    };
    let r = if keep {
        let mut spec: Vec<isize> = t.shape.iter().map(|&x| x as isize).collect();
        for &x in &axes {
            spec[x] = 1;
        }
        r.reshape(&spec).map_err(tensor_error)?
    } else {
        r
    };
    finish(me, r, &a[4])
}

/// Return `r`, or write it into `out=` (an array or a 1-tuple) and return that.
fn finish(me: &mut Interp, r: Tensor, out: &Value) -> Res<Value> {
    let out = match out {
        Value::Tuple(t) if t.len() == 1 => t[0].clone(),
        o => o.clone(),
    };
    if matches!(out, Value::None) {
        return wrap_result(me, r);
    }
    let Some((dst, false)) = as_array(&out) else {
        return Err(type_error("output must be an array"));
    };
    write_masked(&dst, &r, None)?;
    Ok(out)
}

/// A NumPy function's `out=`: write the result `r` into it (broadcast, cast) and return it; `r` itself when
/// `out` is None.
pub fn into_out(me: &mut Interp, r: Value, out: &Value) -> Res<Value> {
    if matches!(out, Value::None) {
        return Ok(r);
    }
    let t = arg_tensor(me, &r)?;
    finish(me, t, out)
}

fn ufunc_accumulate(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    // self, array, axis, dtype, out
    let (name, op) = the_ufunc(&a[0])?;
    need_binary(name, &op, "accumulate")?;
    let t0 = arg_tensor(me, &a[1])?;
    if t0.ndim() == 0 {
        return Err(type_error("cannot accumulate on a scalar"));
    }
    let d = reduction_dtype(me, &op, &t0, &a[3])?;
    let t = t0.cast(d);
    let axis = match &a[2] {
        Value::None => {
            return Err(not_implemented(format!(
                "np.{name}.accumulate with axis=None"
            )))
        }
        v => axes_arg(v, t.ndim())?.first().copied().unwrap_or(0),
    };
    let r = match &op {
        UfuncOp::Binary(b @ (BinaryOp::Add | BinaryOp::Mul)) => {
            let v = scan(
                me,
                &t,
                &Value::Int(axis as i64),
                *b == BinaryOp::Mul,
                Some(d),
            )?;
            arg_tensor(me, &v)?
        }
        _ => {
            let rd = result_dtype(me, name, &op, d)?;
            let r = Tensor::zeros(rd, t.shape.clone());
            let n = t.shape[axis];
            if n > 0 {
                let mut acc = t.select(axis, 0).cast(rd);
                r.select(axis, 0).assign(&acc).map_err(tensor_error)?;
                for k in 1..n {
                    let av = wrap_array(me, acc.clone())?;
                    let xv = wrap_array(me, t.select(axis, k))?;
                    acc = apply1(me, name, &op, &[av, xv])?.cast(rd);
                    r.select(axis, k).assign(&acc).map_err(tensor_error)?;
                }
            }
            r
        }
    };
    let r = if matches!(a[4], Value::None) {
        return wrap_array(me, r);
    } else {
        r
    };
    finish(me, r, &a[4])
}

fn ufunc_reduceat(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    // self, array, indices, axis, dtype, out
    let (name, op) = the_ufunc(&a[0])?;
    need_binary(name, &op, "reduceat")?;
    let t0 = arg_tensor(me, &a[1])?;
    let d = reduction_dtype(me, &op, &t0, &a[4])?;
    let t = t0.cast(d);
    if t.ndim() == 0 {
        return Err(type_error("cannot reduceat a scalar"));
    }
    let axis = axes_arg(&a[3], t.ndim())?.first().copied().unwrap_or(0);
    let idx = arg_tensor(me, &a[2])?;
    if idx.ndim() != 1 || !(idx.dtype().is_int()) {
        return Err(type_error("index must be a 1-d integer array"));
    }
    let idx = idx.to_vec::<i64>();
    let n = t.shape[axis];
    let rd = result_dtype(me, name, &op, d)?;
    let mut shape = t.shape.clone();
    shape[axis] = idx.len();
    let r = Tensor::zeros(rd, shape);
    for (j, &i) in idx.iter().enumerate() {
        if i < 0 || i as usize >= n {
            return Err(crate::interp::exceptions::Exc::new(
                ExcType::IndexError,
                format!("index {i} out-of-bounds in {name}.reduceat [0, {n})"),
            ));
        }
        let start = i as usize;
        let end = match idx.get(j + 1) {
            Some(&e) if e as usize > start && e >= 0 => (e as usize).min(n),
            Some(_) => start + 1,
            None => n,
        };
        let mut acc = t.select(axis, start).cast(rd);
        for k in start + 1..end {
            let av = wrap_array(me, acc.clone())?;
            let xv = wrap_array(me, t.select(axis, k))?;
            acc = apply1(me, name, &op, &[av, xv])?.cast(rd);
        }
        r.select(axis, j).assign(&acc).map_err(tensor_error)?;
    }
    if matches!(a[5], Value::None) {
        return wrap_array(me, r);
    }
    finish(me, r, &a[5])
}

// ---------------------------------------------------------------------------- outer, at

fn ufunc_outer(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (name, op) = the_ufunc(&a[0])?;
    if op.nin() != 2 {
        return Err(value_error(
            "outer product only supported for binary functions",
        ));
    }
    let x = arg_tensor(me, &a[1])?;
    let y = arg_tensor(me, &a[2])?;
    let mut xs = x.clone();
    for _ in 0..y.ndim() {
        xs = xs.unsqueeze(xs.ndim());
    }
    let xv = wrap_array(me, xs)?;
    let yv = wrap_array(me, y)?;
    let rs = apply_all(me, &op, &[xv, yv])?;
    if rs.iter().any(|v| matches!(v, Value::NotImplemented)) {
        return Err(no_loop(name));
    }
    Ok(if rs.len() == 1 {
        rs.into_iter().next().unwrap_or(Value::None)
    } else {
        Value::tuple(rs)
    })
}

fn ufunc_at(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    // Unbuffered in place: every occurrence of an index applies, in order (np.add.at).
    let (name, op) = the_ufunc(&a[0])?;
    if op.nout() != 1 {
        return Err(value_error(
            "ufunc.at only supported for functions returning a single value",
        ));
    }
    let Some((t, false)) = as_array(&a[1]) else {
        return Err(type_error("first operand must be array"));
    };
    let nin = op.nin();
    match (nin, &a[3]) {
        (1, Value::None) | (2, _) => {}
        (1, _) => return Err(value_error("second operand needed for ufunc")),
        _ => {
            return Err(value_error(
                "ufunc.at only supported for unary and binary functions",
            ))
        }
    }
    if nin == 2 && matches!(a[3], Value::None) {
        return Err(value_error("second operand needed for ufunc"));
    }
    // The storage offsets of the indexed elements, in the order the index lists them.
    let mut offs = Vec::with_capacity(t.numel());
    crate::tensor::for_each_offset(&t.shape, &t.strides, t.offset, |o| offs.push(o));
    let n = offs.len();
    let spec: Vec<isize> = t.shape.iter().map(|&x| x as isize).collect();
    let positions = Tensor::from_vec((0..n as i64).collect::<Vec<i64>>(), vec![n])
        .reshape(&spec)
        .map_err(tensor_error)?;
    let picked = super::index::index(me, &positions, &a[2])?.into_tensor();
    let values = if nin == 2 {
        let b = arg_tensor(me, &a[3])?;
        let bb = b
            .broadcast_to(&picked.shape)
            .map_err(|_| value_error("array is not broadcastable to correct shape"))?;
        Some(bb.contiguous())
    } else {
        None
    };
    for (k, p) in picked.to_vec::<i64>().into_iter().enumerate() {
        let Some(&off) = offs.get(p as usize) else {
            return Err(type_error("internal: ufunc.at position out of range"));
        };
        let cell = Tensor {
            buf: t.buf.clone(),
            dtype: t.dtype(),
            shape: vec![],
            strides: vec![],
            offset: off,
        };
        let mut ins = vec![wrap_array(me, cell.copy())?];
        if let Some(vals) = &values {
            ins.push(wrap_array(
                me,
                vals.reshape(&[-1]).map_err(tensor_error)?.select(0, k),
            )?);
        }
        let r = apply1(me, name, &op, &ins)?;
        cell.assign(&r.cast(t.dtype())).map_err(tensor_error)?;
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------- attributes

fn ufunc_types(me: &mut Interp, name: &str, op: &UfuncOp) -> Vec<String> {
    const ORDER: &[DType] = &[
        DType::Bool,
        DType::I8,
        DType::U8,
        DType::I16,
        DType::U16,
        DType::I32,
        DType::U32,
        DType::I64,
        DType::U64,
        DType::F16,
        DType::F32,
        DType::F64,
        DType::C64,
        DType::C128,
    ];
    let mut out = Vec::new();
    for &d in ORDER {
        // A loop exists for `d` when the ufunc computes in `d` itself (not in a type it casts `d` to).
        let ins: String = std::iter::repeat(type_char(d)).take(op.nin()).collect();
        let outs: Option<Vec<DType>> = match op {
            UfuncOp::Unary(u) => match ops::unary_loop_dtype(*u, d) {
                Ok(l) if l == d => Some(vec![ops::unary_out_dtype(*u, d)]),
                _ => None,
            },
            UfuncOp::Binary(b) => match ops::binary_loop_dtype(*b, d, d) {
                Ok(l) if l == d => Some(vec![d]),
                _ => None,
            },
            UfuncOp::Compare(_) => Some(vec![DType::Bool]),
            UfuncOp::Func { nin, .. } => {
                let e = match wrap_array(me, Tensor::zeros(d, vec![0])) {
                    Ok(e) => e,
                    Err(_) => continue,
                };
                let args: Vec<Value> = vec![e; *nin];
                match apply_all(me, op, &args) {
                    Ok(rs) => {
                        let ds: Vec<DType> = rs
                            .iter()
                            .filter_map(|v| as_array(v).map(|(t, _)| t.dtype()))
                            .collect();
                        match ds.first() {
                            Some(&f) if ds.len() == rs.len() && (f == d || f == DType::Bool) => {
                                Some(ds)
                            }
                            _ => None,
                        }
                    }
                    Err(_) => None,
                }
            }
        };
        if let Some(outs) = outs {
            let o: String = outs.iter().map(|&x| type_char(x)).collect();
            out.push(format!("{ins}->{o}"));
        }
    }
    let _ = name;
    out
}

fn prop_name(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(s(the_ufunc(&a[0])?.0.to_string()))
}

pub const UFUNC_PROPERTIES: &[Def] = &[
    Def {
        name: "__name__",
        sig: "self, /",
        doc: "The ufunc's name.",
        func: prop_name,
    },
    Def {
        name: "__qualname__",
        sig: "self, /",
        doc: "The ufunc's name.",
        func: prop_name,
    },
    Def {
        name: "nin",
        sig: "self, /",
        doc: "The number of inputs.",
        func: |_, a| Ok(Value::Int(the_ufunc(&a[0])?.1.nin() as i64)),
    },
    Def {
        name: "nout",
        sig: "self, /",
        doc: "The number of outputs.",
        func: |_, a| Ok(Value::Int(the_ufunc(&a[0])?.1.nout() as i64)),
    },
    Def {
        name: "nargs",
        sig: "self, /",
        doc: "The number of arguments (inputs and outputs).",
        func: |_, a| {
            let op = the_ufunc(&a[0])?.1;
            Ok(Value::Int((op.nin() + op.nout()) as i64))
        },
    },
    Def {
        name: "identity",
        sig: "self, /",
        doc: "The identity value (what a reduction over no elements gives), or None.",
        func: |_, a| {
            let (name, op) = the_ufunc(&a[0])?;
            Ok(match identity_of(name) {
                Some(i) if op.nin() == 2 => identity_value(i),
                _ => Value::None,
            })
        },
    },
    Def {
        name: "signature",
        sig: "self, /",
        doc: "The core signature of a generalized ufunc (None for element-wise ones).",
        func: |_, _| Ok(Value::None),
    },
    Def {
        name: "types",
        sig: "self, /",
        doc: "The loops nabla has for this ufunc, as 'inputs->outputs' type codes.",
        func: |me, a| {
            let (name, op) = the_ufunc(&a[0])?;
            let t = ufunc_types(me, name, &op);
            Ok(Value::list(t.into_iter().map(|x| s(x)).collect()))
        },
    },
    Def {
        name: "ntypes",
        sig: "self, /",
        doc: "The number of loops (len(types)).",
        func: |me, a| {
            let (name, op) = the_ufunc(&a[0])?;
            Ok(Value::Int(ufunc_types(me, name, &op).len() as i64))
        },
    },
];

pub const UFUNC_METHODS: &[Def] = &[
    Def {
        name: "__call__",
        sig: "self, *args, **kwargs",
        doc: "Apply the ufunc element-wise.",
        func: ufunc_call,
    },
    Def {
        name: "reduce",
        sig: "self, array, axis=0, dtype=None, out=None, keepdims=False, initial=None, where=True",
        doc: "Reduce along the given axes by applying the ufunc repeatedly.",
        func: ufunc_reduce,
    },
    Def {
        name: "accumulate",
        sig: "self, array, axis=0, dtype=None, out=None",
        doc: "Accumulate the result of applying the ufunc along an axis.",
        func: ufunc_accumulate,
    },
    Def {
        name: "reduceat",
        sig: "self, array, indices, axis=0, dtype=None, out=None",
        doc: "Reduce the slices between the given indices along an axis.",
        func: ufunc_reduceat,
    },
    Def {
        name: "outer",
        sig: "self, A, B, /",
        doc: "Apply to all pairs (a, b).",
        func: ufunc_outer,
    },
    Def {
        name: "at",
        sig: "self, a, indices, b=None, /",
        doc: "Unbuffered in-place operation at indices.",
        func: ufunc_at,
    },
    Def {
        name: "__repr__",
        sig: "self, /",
        doc: "<ufunc 'add'>",
        func: |_, a| Ok(s(format!("<ufunc '{}'>", the_ufunc(&a[0])?.0))),
    },
];

pub fn make_ufunc(class: &Rc<Class>, name: &'static str, op: UfuncOp) -> Value {
    Value::Native(Rc::new(Native {
        class: class.clone(),
        data: std::cell::RefCell::new(Box::new(UFunc { name, op })),
        hash_as: None,
    }))
}

/// Turn the functions named in `FUNCTION_UFUNCS` into ufunc objects: the element loops below, else the
/// module's (stdlib) function of that name. Run after the stdlib has been loaded into `globals`.
pub fn wrap_function_ufuncs(globals: &Globals, class: &Rc<Class>) {
    for &(name, nin, nout) in FUNCTION_UFUNCS {
        let func = match LOOP_FUNCTIONS.iter().find(|d| d.name == name) {
            Some(d) => Value::Builtin(Rc::new(d.builtin(Some("numpy")))),
            None => match globals.get(name) {
                Some(f @ Value::Function(_)) => f,
                _ => continue,
            },
        };
        globals.set(
            name,
            make_ufunc(class, name, UfuncOp::Func { func, nin, nout }),
        );
    }
}

// ---------------------------------------------------------------------------- element loops

/// Two operands resolved as NumPy's binary ufuncs do (Python scalars weak), with whether both were scalars.
fn pair(me: &mut Interp, x: &Value, y: &Value) -> Res<(Tensor, Tensor, DType, bool)> {
    let (Some(a), Some(b)) = (operand(me, x)?, operand(me, y)?) else {
        return Err(type_error("unsupported operand types"));
    };
    let (a, b, d, scalar) = resolve_pair(me, a, b)?;
    let shape = crate::tensor::broadcast_shapes(&a.shape, &b.shape).map_err(tensor_error)?;
    Ok((
        a.broadcast_to(&shape).map_err(tensor_error)?,
        b.broadcast_to(&shape).map_err(tensor_error)?,
        d,
        scalar,
    ))
}

fn one(me: &mut Interp, x: &Value) -> Res<(Tensor, bool)> {
    match as_array(x) {
        Some((t, sc)) => Ok((t.clone(), sc || t.ndim() == 0)),
        None => {
            let scalar = !matches!(x, Value::List(_) | Value::Tuple(_));
            Ok((to_tensor(me, x, None)?, scalar))
        }
    }
}

fn wrap(me: &mut Interp, t: Tensor, scalar: bool) -> Res<Value> {
    if scalar {
        wrap_result(me, t)
    } else {
        wrap_array(me, t)
    }
}

fn gcd_i(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

fn int_loop(me: &mut Interp, name: &str, a: Vec<Value>, f: fn(i128, i128) -> i128) -> Res<Value> {
    let (x, y, d, scalar) = pair(me, &a[0], &a[1])?;
    if !(d.is_int() || d == DType::Bool) {
        return Err(np_exception(
            "_UFuncNoLoopError",
            ExcType::TypeError,
            format!("ufunc '{name}' did not contain a loop with signature matching types (<class 'numpy.dtypes.{}'>, <class 'numpy.dtypes.{}'>) -> None", dtype_class(&a[0]), dtype_class(&a[1])),
        ));
    }
    let d = if d == DType::Bool { DType::I8 } else { d };
    let r: Vec<i128> = if d.is_unsigned() {
        let (xs, ys) = (x.to_vec::<u64>(), y.to_vec::<u64>());
        xs.iter()
            .zip(&ys)
            .map(|(p, q)| f(*p as i128, *q as i128))
            .collect()
    } else {
        let (xs, ys) = (x.to_vec::<i64>(), y.to_vec::<i64>());
        xs.iter()
            .zip(&ys)
            .map(|(p, q)| f(*p as i128, *q as i128))
            .collect()
    };
    let t = if d.is_unsigned() {
        Tensor::from_vec(
            r.iter().map(|v| *v as u64).collect::<Vec<u64>>(),
            x.shape.clone(),
        )
    } else {
        Tensor::from_vec(
            r.iter().map(|v| *v as i64).collect::<Vec<i64>>(),
            x.shape.clone(),
        )
    };
    wrap(me, t.cast(d), scalar)
}

/// The name of the DType class NumPy's type resolver sees for an operand (Python scalars have their own).
fn dtype_class(v: &Value) -> &'static str {
    let d = match (v, as_array(v)) {
        (_, Some((t, _))) => t.dtype(),
        (Value::Bool(_), _) => return "_PyBoolDType",
        (Value::Int(_) | Value::BigInt(_), _) => return "_PyLongDType",
        (Value::Float(_), _) => return "_PyFloatDType",
        (Value::Complex(..), _) => return "_PyComplexDType",
        _ => DType::F64,
    };
    match d {
        DType::Bool => "BoolDType",
        DType::I8 => "Int8DType",
        DType::I16 => "Int16DType",
        DType::I32 => "Int32DType",
        DType::I64 => "Int64DType",
        DType::U8 => "UInt8DType",
        DType::U16 => "UInt16DType",
        DType::U32 => "UInt32DType",
        DType::U64 => "UInt64DType",
        DType::F16 => "Float16DType",
        DType::BF16 => "BFloat16DType",
        DType::F32 => "Float32DType",
        DType::F64 => "Float64DType",
        DType::C64 => "Complex64DType",
        DType::C128 => "Complex128DType",
        DType::Str(_) => "StrDType",
        DType::Bytes(_) => "BytesDType",
    }
}

/// `frexp` of a double: mantissa in [0.5, 1) with the sign of x, and the exponent.
fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    if e == 0 {
        let (m, e2) = frexp_f64(x * f64::from_bits(0x43f0000000000000)); // 2^64
        return (m, e2 - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (0x3feu64 << 52));
    (m, e - 0x3fe)
}

/// `x * 2**n` rounded once (musl's scalbn).
fn ldexp_f64(x: f64, n: i64) -> f64 {
    let mut n = n.clamp(-10000, 10000) as i32;
    let mut y = x;
    let p1023 = f64::from_bits(0x7fe0000000000000);
    let m = f64::from_bits(0x0010000000000000) * f64::from_bits(0x4340000000000000); // 2^-1022 * 2^53
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= m;
        n += 1022 - 53;
        if n < -1022 {
            y *= m;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// The next representable value after `x` towards `y`, in `F`'s own precision.
fn next_after<F: num_traits::Float>(
    x: F,
    y: F,
    to_bits: fn(F) -> u64,
    from_bits: fn(u64) -> F,
) -> F {
    if x.is_nan() || y.is_nan() {
        return F::nan();
    }
    if x == y {
        return y;
    }
    if x == F::zero() {
        let tiny = from_bits(1);
        return if y > F::zero() { tiny } else { -tiny };
    }
    let b = to_bits(x);
    let up = (y > x) == (x > F::zero());
    from_bits(if up { b + 1 } else { b - 1 })
}

fn float_pair(me: &mut Interp, a: &[Value]) -> Res<(Tensor, Tensor, DType, bool)> {
    let (x, y, d, scalar) = pair(me, &a[0], &a[1])?;
    if d.is_complex() {
        return Err(no_loop("nextafter"));
    }
    Ok((x, y, d.float_for_ufunc(), scalar))
}

fn nextafter_t(x: &Tensor, y: &Tensor, d: DType) -> Res<Tensor> {
    Ok(match d {
        DType::F32 => {
            let f = |v: f32| v.to_bits() as u64;
            let g = |b: u64| f32::from_bits(b as u32);
            let (xs, ys) = (x.cast(d).to_vec::<f32>(), y.cast(d).to_vec::<f32>());
            let r: Vec<f32> = xs
                .iter()
                .zip(&ys)
                .map(|(p, q)| next_after(*p, *q, f, g))
                .collect();
            Tensor::from_vec(r, x.shape.clone())
        }
        DType::F64 => {
            let (xs, ys) = (x.cast(d).to_vec::<f64>(), y.cast(d).to_vec::<f64>());
            let r: Vec<f64> = xs
                .iter()
                .zip(&ys)
                .map(|(p, q)| next_after(*p, *q, f64::to_bits, f64::from_bits))
                .collect();
            Tensor::from_vec(r, x.shape.clone())
        }
        other => {
            return Err(not_implemented(format!(
                "np.nextafter/np.spacing for {other}"
            )))
        }
    })
}

/// Element loops for the ufuncs in `FUNCTION_UFUNCS` that have no stdlib composite.
const LOOP_FUNCTIONS: &[Def] = &[
    Def {
        name: "gcd",
        sig: "x1, x2, /",
        doc: "The greatest common divisor of |x1| and |x2|.\n\n>>> np.gcd([12, 20], 8)\narray([4, 4])",
        func: |me, a| int_loop(me, "gcd", a, gcd_i),
    },
    Def {
        name: "lcm",
        sig: "x1, x2, /",
        doc: "The lowest common multiple of |x1| and |x2|.\n\n>>> np.lcm([4, 6], 10)\narray([20, 30])",
        func: |me, a| {
            int_loop(me, "lcm", a, |p, q| {
                let g = gcd_i(p, q);
                if g == 0 {
                    0
                } else {
                    (p / g * q).abs()
                }
            })
        },
    },
    Def {
        name: "frexp",
        sig: "x, /",
        doc: "Decompose x into mantissa and twos exponent.\n\n>>> np.frexp([1.0, 8.0, 0.75])\n(array([0.5 , 0.5 , 0.75]), array([1, 4, 0], dtype=int32))",
        func: |me, a| {
            let (t, scalar) = one(me, &a[0])?;
            if t.dtype().is_complex() {
                return Err(no_loop("frexp"));
            }
            let d = t.dtype().float_for_ufunc();
            let (m, e): (Vec<f64>, Vec<i32>) = t.to_vec::<f64>().into_iter().map(frexp_f64).unzip();
            let m = Tensor::from_vec(m, t.shape.clone()).cast(d);
            let e = Tensor::from_vec(e, t.shape.clone());
            Ok(Value::tuple(vec![
                wrap(me, m, scalar)?,
                wrap(me, e, scalar)?,
            ]))
        },
    },
    Def {
        name: "ldexp",
        sig: "x1, x2, /",
        doc: "x1 * 2**x2, element-wise.\n\n>>> np.ldexp([1.0, 3.0], [2, 1])\narray([4., 6.])",
        func: |me, a| {
            let (x, sx) = one(me, &a[0])?;
            let (n, sn) = one(me, &a[1])?;
            if !(n.dtype().is_int() || n.dtype() == DType::Bool) || x.dtype().is_complex() {
                return Err(no_loop("ldexp"));
            }
            let d = x.dtype().float_for_ufunc();
            let shape =
                crate::tensor::broadcast_shapes(&x.shape, &n.shape).map_err(tensor_error)?;
            let xs = x
                .broadcast_to(&shape)
                .map_err(tensor_error)?
                .to_vec::<f64>();
            let ns = n
                .broadcast_to(&shape)
                .map_err(tensor_error)?
                .to_vec::<i64>();
            let r: Vec<f64> = xs.iter().zip(&ns).map(|(p, q)| ldexp_f64(*p, *q)).collect();
            wrap(me, Tensor::from_vec(r, shape).cast(d), sx && sn)
        },
    },
    Def {
        name: "nextafter",
        sig: "x1, x2, /",
        doc: "The next floating-point value after x1 towards x2, element-wise.\n\n>>> np.nextafter(1.0, 2.0) > 1.0\nnp.True_",
        func: |me, a| {
            let (x, y, d, scalar) = float_pair(me, &a)?;
            let r = nextafter_t(&x, &y, d)?;
            wrap(me, r, scalar)
        },
    },
    Def {
        name: "spacing",
        sig: "x, /",
        doc: "The distance between x and the nearest adjacent number (away from zero).\n\n>>> np.spacing(1.0)\nnp.float64(2.220446049250313e-16)",
        func: |me, a| {
            let (t, scalar) = one(me, &a[0])?;
            if t.dtype().is_complex() {
                return Err(no_loop("spacing"));
            }
            let d = t.dtype().float_for_ufunc();
            let x = t.cast(d);
            let xs = x.to_vec::<f64>();
            let towards: Vec<f64> = xs
                .iter()
                .map(|v| {
                    if v.is_infinite() {
                        f64::NAN
                    } else {
                        f64::INFINITY.copysign(*v)
                    }
                })
                .collect();
            let y = Tensor::from_vec(towards, x.shape.clone()).cast(d);
            let n = nextafter_t(&x, &y, d)?;
            let diff: Vec<f64> = n
                .to_vec::<f64>()
                .iter()
                .zip(&xs)
                .map(|(p, q)| p - q)
                .collect();
            wrap(me, Tensor::from_vec(diff, x.shape.clone()).cast(d), scalar)
        },
    },
];

// ---------------------------------------------------------------------------- help

/// What help() shows for a ufunc object: the op table's doc and the examples below, or the wrapped function's.
pub struct UfuncHelp {
    pub name: &'static str,
    pub sig: String,
    pub doc: String,
    /// The function whose doc a function-backed ufunc (`np.gcd`, `np.divmod`) shows.
    pub wraps: Option<Value>,
}

/// help() for `v` when it is a ufunc.
pub fn help_of(v: &Value) -> Option<UfuncHelp> {
    let Value::Native(n) = v else { return None };
    let data = n.data.borrow();
    let u = data.downcast_ref::<UFunc>()?;
    let inputs = match u.op.nin() {
        1 => "x".to_string(),
        n => (1..=n)
            .map(|i| format!("x{i}"))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let sig = format!("{inputs}, /, out=None, *, where=True, dtype=None");
    let (doc, examples) = match &u.op {
        UfuncOp::Unary(op) => (op.doc(), unary_examples(*op)),
        UfuncOp::Binary(op) => (op.doc(), binary_examples(*op)),
        UfuncOp::Compare(op) => (op.doc(), compare_examples(*op)),
        UfuncOp::Func { func, .. } => {
            return Some(UfuncHelp {
                name: u.name,
                sig,
                doc: String::new(),
                wraps: Some(func.clone()),
            })
        }
    };
    let doc = if examples.is_empty() {
        doc.to_string()
    } else {
        format!("{doc}\n\n{examples}")
    };
    Some(UfuncHelp {
        name: u.name,
        sig,
        doc,
        wraps: None,
    })
}

/// The examples of the unary ufuncs (each `np.<name>`), one arm per op so a new op needs one.
fn unary_examples(op: UnaryOp) -> &'static str {
    use UnaryOp::*;
    match op {
        Neg => ">>> np.negative([1.0, -2.0, 0.0])\narray([-1.,  2., -0.])",
        Pos => ">>> np.positive(np.array([-1, 2]))\narray([-1,  2])",
        Abs => ">>> np.absolute([-1.5, 0.0, 2.0])\narray([1.5, 0. , 2. ])\n>>> np.abs(-3)\nnp.int64(3)\n>>> np.abs(3 + 4j)\nnp.float64(5.0)",
        Sign => ">>> np.sign([-5.0, 0.0, 2.0])\narray([-1.,  0.,  1.])",
        Sqrt => ">>> np.sqrt([1.0, 4.0, 2.0])\narray([1.        , 2.        , 1.41421356])",
        Square => ">>> np.square([1, -2, 3])\narray([1, 4, 9])",
        Cbrt => ">>> np.cbrt([1.0, 8.0, -27.0])\narray([ 1.,  2., -3.])",
        Exp => ">>> np.exp([0.0, 1.0, 2.0])\narray([1.        , 2.71828183, 7.3890561 ])",
        Exp2 => ">>> np.exp2([0, 1, 10])\narray([1.000e+00, 2.000e+00, 1.024e+03])",
        Expm1 => ">>> np.expm1([0.0, 1e-10])\narray([0.e+00, 1.e-10])",
        Log => ">>> np.log([1.0, np.e, 10.0])\narray([0.        , 1.        , 2.30258509])",
        Log2 => ">>> np.log2([1, 2, 8])\narray([0., 1., 3.])",
        Log10 => ">>> np.log10([1.0, 10.0, 1000.0])\narray([0., 1., 3.])",
        Log1p => ">>> np.log1p([0.0, 1e-10])\narray([0.e+00, 1.e-10])",
        Sin => ">>> np.sin([0.0, np.pi / 2, np.pi / 6])\narray([0. , 1. , 0.5])",
        Cos => ">>> np.cos([0.0, np.pi / 3, np.pi])\narray([ 1. ,  0.5, -1. ])",
        Tan => ">>> np.tan([0.0, np.pi / 4])\narray([0., 1.])",
        Arcsin => ">>> np.arcsin([0.0, 0.5, 1.0])\narray([0.        , 0.52359878, 1.57079633])",
        Arccos => ">>> np.arccos([1.0, 0.0, -1.0])\narray([0.        , 1.57079633, 3.14159265])",
        Arctan => ">>> np.arctan([0.0, 1.0])\narray([0.        , 0.78539816])",
        Sinh => ">>> np.sinh([0.0, 1.0])\narray([0.        , 1.17520119])",
        Cosh => ">>> np.cosh([0.0, 1.0])\narray([1.        , 1.54308063])",
        Tanh => ">>> np.tanh([0.0, 1.0, -1.0])\narray([ 0.        ,  0.76159416, -0.76159416])",
        Arcsinh => ">>> np.arcsinh([0.0, 1.0])\narray([0.        , 0.88137359])",
        Arccosh => ">>> np.arccosh([1.0, 2.0])\narray([0.       , 1.3169579])",
        Arctanh => ">>> np.arctanh([0.0, 0.5])\narray([0.        , 0.54930614])",
        Deg2Rad => ">>> np.deg2rad([0.0, 90.0, 180.0])\narray([0.        , 1.57079633, 3.14159265])",
        Rad2Deg => ">>> np.rad2deg([0.0, np.pi / 2, np.pi])\narray([  0.,  90., 180.])",
        Floor => ">>> np.floor([-1.5, 0.2, 2.7])\narray([-2.,  0.,  2.])",
        Ceil => ">>> np.ceil([-1.5, 0.2, 2.7])\narray([-1.,  1.,  3.])",
        Rint => ">>> np.rint([0.5, 1.5, 2.5, -0.7])\narray([ 0.,  2.,  2., -1.])",
        Trunc => ">>> np.trunc([-1.7, 0.2, 2.7])\narray([-1.,  0.,  2.])",
        Reciprocal => ">>> np.reciprocal([1.0, 2.0, 4.0])\narray([1.  , 0.5 , 0.25])",
        Invert => ">>> np.invert(np.array([0, 1, 2], dtype=np.uint8))\narray([255, 254, 253], dtype=uint8)\n>>> np.invert(np.array([True, False]))\narray([False,  True])",
        BitwiseCount => ">>> np.bitwise_count([0, 7, 255])\narray([0, 3, 8], dtype=uint8)",
        LogicalNot => ">>> np.logical_not([True, False, True])\narray([False,  True, False])",
        IsNan => ">>> np.isnan([1.0, np.nan, np.inf])\narray([False,  True, False])",
        IsInf => ">>> np.isinf([1.0, np.nan, -np.inf])\narray([False, False,  True])",
        IsFinite => ">>> np.isfinite([1.0, np.nan, np.inf])\narray([ True, False, False])",
        Signbit => ">>> np.signbit([-1.0, 0.0, -0.0, 2.0])\narray([ True, False,  True, False])",
        Conj => ">>> np.conjugate([1 + 2j, 3 - 1j])\narray([1.-2.j, 3.+1.j])",
        Sinc => ">>> np.sinc([0.0, 0.5, 1.0])\narray([1.00000000e+00, 6.36619772e-01, 3.89817183e-17])",
        // torch only (not NumPy ufuncs): torch.erf's table row documents them.
        Erf | Erfc => "",
    }
}

/// The examples of the binary arithmetic ufuncs.
fn binary_examples(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => ">>> np.add([1, 2], [10, 20])\narray([11, 22])\n>>> np.add.reduce([1, 2, 3])\nnp.int64(6)",
        Sub => ">>> np.subtract([5, 7], 2)\narray([3, 5])",
        Mul => ">>> np.multiply([1, 2, 3], [4, 5, 6])\narray([ 4, 10, 18])",
        Div => ">>> np.divide([1, 3], 2)\narray([0.5, 1.5])",
        FloorDiv => ">>> np.floor_divide([7, -7], 2)\narray([ 3, -4])",
        Mod => ">>> np.remainder([7, -7], 3)\narray([1, 2])",
        Pow => ">>> np.power([1, 2, 3], 2)\narray([1, 4, 9])\n>>> np.power(2.0, [0.5, -1.0])\narray([1.41421356, 0.5       ])",
        Maximum => ">>> np.maximum([1, 5, 3], [4, 2, 6])\narray([4, 5, 6])\n>>> np.maximum([1.0, np.nan], 0.0)\narray([ 1., nan])",
        Minimum => ">>> np.minimum([1, 5, 3], [4, 2, 6])\narray([1, 2, 3])",
        FMax => ">>> np.fmax([1.0, np.nan], [np.nan, 2.0])\narray([1., 2.])",
        FMin => ">>> np.fmin([1.0, np.nan], [np.nan, 2.0])\narray([1., 2.])",
        Arctan2 => ">>> np.arctan2([1.0, -1.0], [1.0, -1.0])\narray([ 0.78539816, -2.35619449])",
        Hypot => ">>> np.hypot([3.0, 5.0], [4.0, 12.0])\narray([ 5., 13.])",
        LogAddExp => ">>> np.logaddexp(0.0, 0.0)\nnp.float64(0.6931471805599453)",
        Heaviside => ">>> np.heaviside([-1.0, 0.0, 2.0], 0.5)\narray([0. , 0.5, 1. ])",
        BitAnd => ">>> np.bitwise_and([12, 10], 6)\narray([4, 2])",
        BitOr => ">>> np.bitwise_or([12, 10], 1)\narray([13, 11])",
        BitXor => ">>> np.bitwise_xor([12, 10], 6)\narray([10, 12])",
        LShift => ">>> np.left_shift([1, 3], 2)\narray([ 4, 12])",
        RShift => ">>> np.right_shift([8, 13], 2)\narray([2, 3])",
    }
}

/// The examples of the comparison and logical ufuncs.
fn compare_examples(op: CompareOp) -> &'static str {
    use CompareOp::*;
    match op {
        Eq => ">>> np.equal([1, 2, 3], [1, 0, 3])\narray([ True, False,  True])",
        Ne => ">>> np.not_equal([1, 2, 3], [1, 0, 3])\narray([False,  True, False])",
        Lt => ">>> np.less([1, 2, 3], 2)\narray([ True, False, False])",
        Le => ">>> np.less_equal([1, 2, 3], 2)\narray([ True,  True, False])",
        Gt => ">>> np.greater([1, 2, 3], 2)\narray([False, False,  True])",
        Ge => ">>> np.greater_equal([1, 2, 3], 2)\narray([False,  True,  True])",
        And => ">>> np.logical_and([True, True, False], [True, False, False])\narray([ True, False, False])",
        Or => ">>> np.logical_or([True, True, False], [True, False, False])\narray([ True,  True, False])",
        Xor => ">>> np.logical_xor([True, True, False], [True, False, False])\narray([False,  True, False])",
    }
}
