//! More ndarray methods and NumPy functions: scans, sorting and searching, shape manipulation, flat
//! iterators, flags and memory sharing.

use super::array::*;
use super::methods::{arg_tensor, axes_arg, this};
use crate::interp::exceptions::{index_error, type_error, value_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args;
use crate::library::Def;
use crate::tensor::dtype::{DType, Kind};
use crate::tensor::element::C64;
use crate::tensor::error::TensorError;
use crate::tensor::ops::BinaryOp;
use crate::tensor::sort::{along_offsets, c64_lt, f64_lt};
use crate::tensor::Tensor;
use std::rc::Rc;

fn axis1(v: &Value, ndim: usize) -> Res<usize> {
    Ok(axes_arg(v, ndim)?.first().copied().unwrap_or(0))
}

/// cumsum/cumprod along `axis` (flattened when None), accumulating in `dtype=` when given, else in the
/// reduction dtype (int64 for bool and signed ints, uint64 for unsigned ones).
pub(super) fn scan(
    me: &mut Interp,
    t: &Tensor,
    axis: &Value,
    product: bool,
    dtype: Option<DType>,
) -> Res<Value> {
    let out_dtype = dtype.unwrap_or_else(|| {
        crate::tensor::reduce::reduce_dtype(crate::tensor::reduce::ReduceOp::Sum, t.dtype())
    });
    let t = &t.cast(out_dtype);
    let r = scan_tensor(t, axis, product)?;
    wrap_array(me, r.cast(out_dtype))
}

fn scan_tensor(t: &Tensor, axis: &Value, product: bool) -> Res<Tensor> {
    let (t, ax) = if matches!(axis, Value::None) {
        (t.reshape(&[-1]).map_err(tensor_error)?, 0)
    } else {
        (t.clone(), axis1(axis, t.ndim())?)
    };
    crate::tensor::sort::scan(&t, ax, product).map_err(tensor_error)
}

fn argsort_tensor(t: &Tensor, ax: usize) -> Tensor {
    crate::tensor::sort::argsort(t, ax, false)
}

fn sorted_tensor(t: &Tensor, ax: usize) -> Tensor {
    crate::tensor::sort::sort(t, ax, false).0
}

/// NumPy's `_make_along_axis_idx` for take_along_axis/put_along_axis: its checks and messages in its order,
/// then the storage offsets picked and the shape of the result.
fn along_axis_index(
    me: &mut Interp,
    t: &Tensor,
    indices: &Value,
    axis: &Value,
) -> Res<(Vec<usize>, Vec<usize>)> {
    let idx = arg_tensor(me, indices)?;
    let (ax, arr_shape) = if matches!(axis, Value::None) {
        if idx.ndim() != 1 {
            return Err(value_error(
                "when axis=None, `indices` must have a single dimension.",
            ));
        }
        (None, vec![t.numel()])
    } else {
        (Some(named_axis_plain(axis, t.ndim())?), t.shape.clone())
    };
    if !matches!(idx.dtype().kind(), Kind::Int) {
        return Err(index_error("`indices` must be an integer array"));
    }
    if arr_shape.len() != idx.ndim() {
        return Err(value_error(
            "`indices` and `arr` must have the same number of dimensions",
        ));
    }
    let axn = ax.unwrap_or(0);
    // The fancy index: an arange along every other axis, `indices` at `axn`; they must broadcast together.
    let mut shape = idx.shape.clone();
    let mut clash = false;
    for (d, &n) in arr_shape.iter().enumerate() {
        if d == axn {
            continue;
        }
        if shape[d] == 1 {
            shape[d] = n;
        } else if n != 1 && n != shape[d] {
            clash = true;
        }
    }
    if clash {
        let nd = arr_shape.len();
        let parts: Vec<String> = (0..nd)
            .map(|d| {
                let s: Vec<usize> = if d == axn {
                    idx.shape.clone()
                } else {
                    (0..nd)
                        .map(|k| if k == d { arr_shape[d] } else { 1 })
                        .collect()
                };
                crate::tensor::error::shape_str_compact(&s)
            })
            .collect();
        return Err(index_error(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {} ",
            parts.join(" ")
        )));
    }
    let n = arr_shape[axn] as i64;
    let vals = idx.to_vec::<i64>();
    if let Some(bad) = vals.iter().find(|&&i| i < -n || i >= n) {
        return Err(index_error(format!(
            "index {bad} is out of bounds for axis {axn} with size {n}"
        )));
    }
    let full = idx
        .broadcast_to(&shape)
        .map_err(tensor_error)?
        .to_vec::<i64>();
    Ok((along_offsets(t, &full, &shape, ax), shape))
}

/// An axis argument normalized as `normalize_axis_index` does (AxisError without an argument name).
fn named_axis_plain(v: &Value, ndim: usize) -> Res<usize> {
    let a = args::int(v, "axis")?;
    let j = if a < 0 { a + ndim as i64 } else { a };
    if j < 0 || j >= ndim as i64 {
        return Err(tensor_error(TensorError::AxisOutOfBounds { axis: a, ndim }));
    }
    Ok(j as usize)
}

fn np_take_along_axis(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let (offsets, shape) = along_axis_index(me, &t, &a[1], &a[2])?;
    wrap_array(me, super::index::gather(&t, &offsets, shape))
}

fn np_put_along_axis(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Some((t, _)) = as_array(&a[0]) else {
        return Err(type_error(format!(
            "argument 1 must be numpy.ndarray, not {}",
            a[0].tp_name()
        )));
    };
    let (offsets, shape) = along_axis_index(me, &t, &a[1], &a[3])?;
    // With axis=None NumPy writes through `arr.flat`, a read-only copy unless `arr` is C-contiguous.
    if is_readonly(&a[0]) || (matches!(a[3], Value::None) && !t.is_contiguous()) {
        return Err(value_error("assignment destination is read-only"));
    }
    let v = arg_tensor(me, &a[2])?.cast(t.dtype());
    if v.broadcast_to(&shape).is_err() {
        return Err(value_error(format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
            crate::tensor::error::shape_str_compact(&v.shape),
            crate::tensor::error::shape_str_compact(&shape)
        )));
    }
    super::index::scatter(&t, &offsets, &shape, &v)?;
    Ok(Value::None)
}

pub(crate) fn nonzero_tensors(t: &Tensor) -> Vec<Tensor> {
    let nd = t.ndim().max(1);
    let shape = if t.ndim() == 0 {
        vec![1]
    } else {
        t.shape.clone()
    };
    let mask = t.to_vec::<bool>();
    let mut coords: Vec<Vec<i64>> = vec![Vec::new(); nd];
    for (flat, m) in mask.iter().enumerate() {
        if *m {
            let mut rem = flat;
            for ax in (0..nd).rev() {
                coords[ax].push((rem % shape[ax]) as i64);
                rem /= shape[ax];
            }
        }
    }
    coords
        .into_iter()
        .map(|c| {
            let n = c.len();
            Tensor::from_vec(c, vec![n])
        })
        .collect()
}

pub fn np_nonzero(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    if t.ndim() == 0 {
        return Err(value_error(
            "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.",
        ));
    }
    let parts: Vec<Value> = nonzero_tensors(&t)
        .into_iter()
        .map(|x| wrap_array(me, x))
        .collect::<Res<_>>()?;
    Ok(Value::tuple(parts))
}

fn np_unique(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?
        .reshape(&[-1])
        .map_err(tensor_error)?;
    let (ret_index, ret_inverse, ret_counts) =
        (me.truthy(&a[1])?, me.truthy(&a[2])?, me.truthy(&a[3])?);
    let u = crate::tensor::sort::unique(&t, me.truthy(&a[5])?);
    let uniq = super::index::gather(
        &t,
        &u.first
            .iter()
            .map(|i| (t.offset as isize + *i as isize * t.strides[0]) as usize)
            .collect::<Vec<_>>(),
        vec![u.first.len()],
    );
    let mut out = vec![wrap_array(me, uniq)?];
    let vector = |v: Vec<i64>| {
        let n = v.len();
        Tensor::from_vec(v, vec![n])
    };
    if ret_index {
        out.push(wrap_array(me, vector(u.first))?);
    }
    if ret_inverse {
        out.push(wrap_array(me, vector(u.inverse))?);
    }
    if ret_counts {
        out.push(wrap_array(me, vector(u.counts))?);
    }
    Ok(if out.len() == 1 {
        out.remove(0)
    } else {
        Value::tuple(out)
    })
}

fn squeeze_tensor(t: &Tensor, axis: &Value) -> Res<Tensor> {
    let axes: Vec<usize> = if matches!(axis, Value::None) {
        (0..t.ndim()).filter(|&a| t.shape[a] == 1).collect()
    } else {
        let ax = axes_arg(axis, t.ndim())?;
        if ax.iter().any(|&a| t.shape[a] != 1) {
            return Err(value_error(
                "cannot select an axis to squeeze out which has size not equal to one",
            ));
        }
        ax
    };
    let mut r = t.clone();
    for &a in axes.iter().rev() {
        r = r.select(a, 0);
    }
    Ok(r)
}

fn repeat_tensor(me: &mut Interp, t: &Tensor, reps: &Value, axis: &Value) -> Res<Tensor> {
    let (t, ax) = if matches!(axis, Value::None) {
        (t.reshape(&[-1]).map_err(tensor_error)?, 0)
    } else {
        (t.clone(), axis1(axis, t.ndim())?)
    };
    let n = t.shape[ax];
    let given = arg_tensor(me, reps)?.to_vec::<i64>();
    if given.len() == 1 && given[0] < 0 {
        // One count for every element: NumPy sizes the result first, so the message is about dimensions.
        return Err(value_error("negative dimensions are not allowed"));
    }
    let counts: Vec<i64> = if given.len() == 1 {
        vec![given[0]; n]
    } else {
        given
    };
    if counts.len() != n {
        return Err(value_error(format!(
            "operands could not be broadcast together with shape ({},) ({},)",
            n,
            counts.len()
        )));
    }
    if counts.iter().any(|c| *c < 0) {
        return Err(value_error("repeats may not contain negative values."));
    }
    let idx: Vec<usize> = counts
        .iter()
        .enumerate()
        .flat_map(|(i, c)| std::iter::repeat_n(i, *c as usize))
        .collect();
    let parts: Vec<Tensor> = idx.iter().map(|&i| t.slice_axis(ax, i, 1, 1)).collect();
    if parts.is_empty() {
        let mut sh = t.shape.clone();
        sh[ax] = 0;
        return Ok(Tensor::zeros(t.dtype(), sh));
    }
    super::join::concat(&parts, ax)
}

/// Two operands as tensors whose numeric values compare as the originals do: strings become their joint
/// order-preserving codes (`strings::encode`); anything else is returned as it is.
fn comparable(a: &Tensor, b: &Tensor) -> (Tensor, Tensor) {
    if !(a.dtype().is_string() || b.dtype().is_string()) {
        return (a.clone(), b.clone());
    }
    let (codes, _) = crate::tensor::strings::encode(&[a, b]);
    match &codes[..] {
        [x, y] => (x.clone(), y.clone()),
        _ => (a.clone(), b.clone()),
    }
}

/// NumPy's `binsearch`/`argbinsearch` (npysort/binsearch.cpp), ported with its last-key shortcut so that
/// unsorted input gives NumPy's answers too. `None` when a sorter index is out of range.
fn binsearch<T: Copy>(
    hay: &[T],
    sorter: Option<&[i64]>,
    keys: &[T],
    right: bool,
    lt: impl Fn(T, T) -> bool,
) -> Option<Vec<i64>> {
    let cmp = |a: T, b: T| if right { !lt(b, a) } else { lt(a, b) };
    let n = hay.len();
    let mut out = Vec::with_capacity(keys.len());
    let Some(&first) = keys.first() else {
        return Some(out);
    };
    let (mut lo, mut hi) = (0usize, n);
    let mut last = first;
    for &k in keys {
        if cmp(last, k) {
            hi = n;
        } else {
            lo = 0;
            hi = if hi < n { hi + 1 } else { n };
        }
        last = k;
        while lo < hi {
            let mid = lo + ((hi - lo) >> 1);
            let v = match sorter {
                Some(s) => {
                    let j = s[mid];
                    if j < 0 || j as usize >= n {
                        return None;
                    }
                    hay[j as usize]
                }
                None => hay[mid],
            };
            if cmp(v, k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        out.push(lo as i64);
    }
    Some(out)
}

/// `np.searchsorted(a, v, side, sorter)` and `ndarray.searchsorted`, with NumPy's argument checks in its order.
fn np_searchsorted(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let right = match &a[2] {
        Value::Str(s) if &**s == "left" => false,
        Value::Str(s) if &**s == "right" => true,
        Value::Str(s) if s.starts_with(['l', 'L', 'r', 'R']) => {
            return Err(value_error("search side must be one of 'left' or 'right'"))
        }
        Value::Str(s) => {
            return Err(value_error(format!(
                "search side must be 'left' or 'right' (got '{s}')"
            )))
        }
        other => {
            return Err(type_error(format!(
                "search side must be str, not {}",
                other.tp_name()
            )))
        }
    };
    // Strings search by their joint order-preserving codes.
    let (hay, keys) = comparable(&arg_tensor(me, &a[0])?, &arg_tensor(me, &a[1])?);
    match hay.ndim() {
        0 => return Err(value_error("object of too small depth for desired array")),
        1 => {}
        _ => return Err(value_error("object too deep for desired array")),
    }
    let sorter = if matches!(a[3], Value::None) {
        None
    } else {
        let s = arg_tensor(me, &a[3]).map_err(|_| type_error("could not parse sorter argument"))?;
        if s.ndim() != 1 {
            return Err(type_error("could not parse sorter argument"));
        }
        if !matches!(s.dtype().kind(), Kind::Int) {
            return Err(type_error("sorter must only contain integers"));
        }
        if s.numel() != hay.numel() {
            return Err(value_error("sorter.size must equal a.size"));
        }
        Some(s.to_vec::<i64>())
    };
    let d = crate::tensor::dtype::promote(hay.dtype(), keys.dtype());
    let (h, k) = (hay.cast(d), keys.cast(d));
    let s = sorter.as_deref();
    let found = match d.kind() {
        Kind::Bool | Kind::Int => {
            binsearch(&h.to_vec::<i64>(), s, &k.to_vec::<i64>(), right, |x, y| {
                x < y
            })
        }
        Kind::Float => binsearch(&h.to_vec::<f64>(), s, &k.to_vec::<f64>(), right, f64_lt),
        Kind::Complex => binsearch(&h.to_vec::<C64>(), s, &k.to_vec::<C64>(), right, c64_lt),
        Kind::Str => {
            return Err(type_error(
                "internal: string searchsorted keys were not encoded",
            ))
        }
    };
    let out = found.ok_or_else(|| value_error("Sorter index out of range."))?;
    wrap_result(me, Tensor::from_vec(out, keys.shape.clone()))
}

/// `np.bincount(x, weights, minlength)` with NumPy's conversions and checks in its order
/// (numpy/_core/src/multiarray/compiled_base.c).
fn np_bincount(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    // A nested list fails while being converted to a 1-D array; an ndarray fails the depth check.
    let depth = |t: &Tensor, v: &Value| {
        match t.ndim() {
        0 => Err(value_error("object of too small depth for desired array")),
        1 => Ok(()),
        _ if as_array(v).is_none() => Err(value_error(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        )),
        _ => Err(value_error("object too deep for desired array")),
    }
    };
    let xt = arg_tensor(me, &a[0])?;
    // An ndarray must cast safely to intp; a plain list of numbers is converted element by element.
    if as_array(&a[0]).is_some() && matches!(xt.dtype().kind(), Kind::Float | Kind::Complex) {
        return Err(type_error(format!(
            "Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'",
            xt.dtype()
        )));
    }
    if xt.dtype().kind() == Kind::Complex {
        return Err(type_error(
            "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
        ));
    }
    depth(&xt, &a[0])?;
    let minlength = match &a[2] {
        Value::None => return Err(type_error("use 0 instead of None for minlength")),
        v => match as_array(v) {
            Some((t, _)) if t.ndim() == 0 && matches!(t.dtype().kind(), Kind::Int | Kind::Bool) => {
                t.to_vec::<i64>()[0]
            }
            _ => args::int(v, "")?,
        },
    };
    if minlength < 0 {
        return Err(value_error("'minlength' must not be negative"));
    }
    let v = xt.to_vec::<i64>();
    if v.is_empty() {
        return wrap_array(me, Tensor::zeros(DType::I64, vec![minlength as usize]));
    }
    if v.iter().any(|x| *x < 0) {
        return Err(value_error(
            "'list' argument must have no negative elements",
        ));
    }
    let n = (v.iter().copied().max().unwrap_or(0) + 1).max(minlength) as usize;
    if matches!(a[1], Value::None) {
        let mut c = vec![0i64; n];
        for x in v {
            c[x as usize] += 1;
        }
        return wrap_array(me, Tensor::from_vec(c, vec![n]));
    }
    let wt = arg_tensor(me, &a[1])?;
    if wt.dtype().kind() == Kind::Complex {
        return Err(type_error(if as_array(&a[1]).is_some() {
            format!(
                "Cannot cast array data from dtype('{}') to dtype('float64') according to the rule 'safe'",
                wt.dtype()
            )
        } else {
            "float() argument must be a string or a real number, not 'complex'".to_string()
        }));
    }
    depth(&wt, &a[1])?;
    let w = wt.to_vec::<f64>();
    if w.len() != v.len() {
        return Err(value_error(
            "The weights and list don't have the same length.",
        ));
    }
    let mut c = vec![0f64; n];
    for (x, wi) in v.iter().zip(w) {
        c[*x as usize] += wi;
    }
    wrap_array(me, Tensor::from_vec(c, vec![n]))
}

/// A broadcast view of `array` (writable; `np.broadcast_to` marks it read-only, `np.broadcast_arrays` does not).
fn broadcast_view(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let dims = match &a[1] {
        Value::Int(n) => vec![*n as usize],
        other => me
            .collect(other)?
            .iter()
            .map(|d| args::int(d, "").map(|i| i as usize))
            .collect::<Res<_>>()?,
    };
    let src = a[0].clone();
    let r = t.broadcast_to(&dims).map_err(|_| {
        value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            crate::tensor::error::shape_str(&t.shape).replace(' ', ""),
            crate::tensor::error::shape_str(&dims).replace(' ', "")
        ))
    })?;
    if as_array(&src).is_some() {
        wrap_view(me, r, &src)
    } else {
        wrap_array(me, r)
    }
}

fn np_broadcast_to(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = broadcast_view(me, a)?;
    set_readonly(&v, true);
    Ok(v)
}

pub const MORE_METHODS: &[Def] = &[
    Def {
        name: "cumsum",
        sig: "self, axis=None, dtype=None, out=None",
        doc: "Cumulative sum.\n\n>>> np.array([1, 2, 3, 4]).cumsum()\narray([ 1,  3,  6, 10])\n>>> np.arange(6).reshape(2, 3).cumsum(axis=1)\narray([[ 0,  1,  3],\n       [ 3,  7, 12]])",
        func: |me, a| {
            let t = this(&a[0])?;
            scan(me, &t, &a[1], false, parse_dtype(me, &a[2])?)
        },
    },
    Def {
        name: "cumprod",
        sig: "self, axis=None, dtype=None, out=None",
        doc: "Cumulative product.\n\n>>> np.array([1, 2, 3, 4]).cumprod()\narray([ 1,  2,  6, 24])",
        func: |me, a| {
            let t = this(&a[0])?;
            scan(me, &t, &a[1], true, parse_dtype(me, &a[2])?)
        },
    },
    Def {
        name: "sort",
        sig: "self, axis=-1, kind=None, order=None, *, stable=None",
        doc: "Sort in place (stable; NaN last).\n\n>>> a = np.array([3, 1, 2])\n>>> a.sort()\n>>> a\narray([1, 2, 3])",
        func: |_, a| {
            let t = this(&a[0])?;
            if t.ndim() == 0 {
                return Err(Exc::new(ExcType::ValueError, "Cannot sort a 0-d array"));
            }
            let ax = axis1(&a[1], t.ndim())?;
            let r = sorted_tensor(&t, ax);
            t.assign(&r).map_err(tensor_error)?;
            Ok(Value::None)
        },
    },
    Def {
        name: "argsort",
        sig: "self, axis=-1, kind=None, order=None, *, stable=None",
        doc: "Indices that sort the array (stable).\n\n>>> np.array([3, 1, 2]).argsort()\narray([1, 2, 0])",
        func: |me, a| {
            let t = this(&a[0])?;
            let (t, ax) = if matches!(a[1], Value::None) {
                (t.reshape(&[-1]).map_err(tensor_error)?, 0)
            } else {
                let ax = axis1(&a[1], t.ndim())?;
                (t, ax)
            };
            wrap_array(me, argsort_tensor(&t, ax))
        },
    },
    Def {
        name: "searchsorted",
        sig: "self, v, side='left', sorter=None",
        doc: "Insertion points that keep the array sorted.\n\n>>> np.array([1, 2, 2, 3]).searchsorted(2, 'right')\nnp.int64(3)",
        func: np_searchsorted,
    },
    Def {
        name: "choose",
        sig: "self, choices, out=None, mode='raise'",
        doc: "Pick from `choices` by this index array (np.choose).\n\n>>> np.array([1, 0]).choose([10, 20])\narray([20, 10])",
        func: |me, a| {
            let m = me.import("numpy")?;
            let f = me.getattr(&m, "choose")?;
            me.call(&f, a, vec![])
        },
    },
    Def {
        name: "put",
        sig: "self, indices, values, mode='raise'",
        doc: "Set elements at flat indices (np.put).\n\n>>> a = np.arange(4)\n>>> a.put([0, 3], [10, 30])\n>>> a\narray([10,  1,  2, 30])",
        func: |me, a| {
            let m = me.import("numpy")?;
            let f = me.getattr(&m, "put")?;
            me.call(&f, a, vec![])
        },
    },
    Def {
        name: "nonzero",
        sig: "self, /",
        doc: "Indices of the nonzero elements, one array per axis.\n\n>>> np.array([0, 2, 0, 5]).nonzero()\n(array([1, 3]),)",
        func: np_nonzero,
    },
    Def {
        name: "squeeze",
        sig: "self, axis=None",
        doc: "Remove axes of length one.\n\n>>> np.zeros((1, 3, 1)).squeeze().shape\n(3,)",
        func: |me, a| {
            // A view, even when it ends 0-d (`array(5)`, not a scalar).
            let t = this(&a[0])?;
            wrap_view(me, squeeze_tensor(&t, &a[1])?, &a[0])
        },
    },
    Def {
        name: "swapaxes",
        sig: "self, axis1, axis2, /",
        doc: "Interchange two axes (a view).\n\n>>> np.arange(6).reshape(2, 3).swapaxes(0, 1)\narray([[0, 3],\n       [1, 4],\n       [2, 5]])",
        func: |me, a| {
            let t = this(&a[0])?;
            wrap_view(me, swapped(&t, &a[1], &a[2])?, &a[0])
        },
    },
    Def {
        name: "repeat",
        sig: "self, repeats, axis=None",
        doc: "Repeat elements.\n\n>>> np.array([1, 2]).repeat(2)\narray([1, 1, 2, 2])",
        func: |me, a| {
            let t = this(&a[0])?;
            let r = repeat_tensor(me, &t, &a[1], &a[2])?;
            wrap_array(me, r)
        },
    },
    Def {
        name: "clip",
        sig: "self, min=None, max=None",
        doc: "Limit values to [min, max].\n\n>>> np.array([-2, 0, 5, 9]).clip(0, 6)\narray([0, 0, 5, 6])",
        func: |me, a| {
            let mut v = a[0].clone();
            if !matches!(a[1], Value::None) {
                v = binary_value(me, BinaryOp::Maximum, &v, &a[1])?;
            }
            if !matches!(a[2], Value::None) {
                v = binary_value(me, BinaryOp::Minimum, &v, &a[2])?;
            }
            Ok(v)
        },
    },
    Def {
        name: "round",
        sig: "self, decimals=0, out=None",
        doc: "Round half to even.\n\n>>> np.array([1.234, 5.678]).round(1)\narray([1.2, 5.7])",
        func: |me, a| {
            let m = me.import("numpy")?;
            let f = me.getattr(&m, "round")?;
            me.call(&f, vec![a[0].clone(), a[1].clone(), a[2].clone()], vec![])
        },
    },
    Def {
        name: "dot",
        sig: "self, b, /",
        doc: "Dot product.\n\n>>> np.array([[1, 2], [3, 4]]).dot([1, 1])\narray([3, 7])",
        func: |me, a| super::dot(me, &a[0], &a[1]),
    },
    Def {
        name: "view",
        sig: "self, dtype=None, type=None",
        doc: "A new view of the same memory, optionally seen as another dtype.\n\n>>> np.array([1.0]).view(np.int64)\narray([4607182418800017408])",
        func: |me, a| {
            let (t, scalar) = as_array(&a[0]).ok_or_else(|| type_error("not an array"))?;
            if !matches!(a[2], Value::None) {
                return Err(crate::interp::exceptions::not_implemented(
                    "ndarray.view(type=...) with an array subclass",
                ));
            }
            // `a.view(np.ndarray)` names the array type, not a dtype.
            let is_ndarray = matches!(&a[1], Value::Class(c) if &*c.name == "ndarray");
            let v = match if is_ndarray { None } else { parse_dtype(me, &a[1])? } {
                Some(d) => t.view_as(d).map_err(tensor_error)?,
                None => t,
            };
            if scalar {
                wrap_result(me, v)
            } else {
                wrap_view(me, v, &a[0])
            }
        },
    },
    Def {
        name: "take",
        sig: "self, indices, axis=None",
        doc: "Take elements by index.\n\n>>> np.array([10, 20, 30]).take([2, 0])\narray([30, 10])",
        func: |me, a| np_take(me, a),
    },
    Def {
        name: "diagonal",
        sig: "self, offset=0, axis1=0, axis2=1",
        doc: "The diagonal (2-D).\n\n>>> np.arange(9).reshape(3, 3).diagonal()\narray([0, 4, 8])",
        func: |me, a| {
            let t = this(&a[0])?;
            if t.ndim() != 2 {
                return Err(crate::interp::exceptions::not_implemented(
                    "diagonal of arrays other than 2-D",
                ));
            }
            let k = args::int(&a[1], "")?;
            let (r0, c0) = if k >= 0 {
                (0usize, k as usize)
            } else {
                ((-k) as usize, 0usize)
            };
            let n = t.shape[0]
                .saturating_sub(r0)
                .min(t.shape[1].saturating_sub(c0));
            let offset = if n == 0 {
                t.offset
            } else {
                (t.offset as isize + r0 as isize * t.strides[0] + c0 as isize * t.strides[1])
                    as usize
            };
            let v = Tensor {
                buf: t.buf.clone(),
                dtype: t.dtype,
                shape: vec![n],
                strides: vec![t.strides[0] + t.strides[1]],
                offset,
            };
            // NumPy's diagonal is a read-only view.
            let view = wrap_view(me, v, &a[0])?;
            set_readonly(&view, true);
            Ok(view)
        },
    },
    Def {
        name: "trace",
        sig: "self, offset=0, axis1=0, axis2=1, dtype=None, out=None",
        doc: "Sum of the diagonal (np.trace).\n\n>>> np.arange(9).reshape(3, 3).trace()\nnp.int64(12)",
        func: |me, a| {
            let m = me.import("numpy")?;
            let f = me.getattr(&m, "trace")?;
            me.call(&f, a, vec![])
        },
    },
];

fn prop_strides(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = this(&a[0])?;
    let size = t.dtype().itemsize() as i64;
    Ok(Value::tuple(
        t.strides
            .iter()
            .map(|s| Value::Int(*s as i64 * size))
            .collect(),
    ))
}

pub const MORE_PROPERTIES: &[Def] = &[
    Def {
        name: "strides",
        sig: "self, /",
        doc: "Bytes to step in each dimension.\n\n>>> np.zeros((2, 3)).strides\n(24, 8)",
        func: prop_strides,
    },
    Def {
        name: "mT",
        sig: "self, /",
        doc: "Transpose of the last two axes.\n\n>>> np.arange(6).reshape(1, 2, 3).mT.shape\n(1, 3, 2)",
        func: |me, a| {
            let t = this(&a[0])?;
            if t.ndim() < 2 {
                return Err(value_error("matrix transpose with ndim < 2 is undefined"));
            }
            let mut perm: Vec<usize> = (0..t.ndim()).collect();
            let n = perm.len();
            perm.swap(n - 1, n - 2);
            wrap_array(me, t.permute(&perm))
        },
    },
];

fn np_take(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let (t, ax) = if matches!(a[2], Value::None) {
        (t.reshape(&[-1]).map_err(tensor_error)?, 0)
    } else {
        (t.clone(), axis1(&a[2], t.ndim())?)
    };
    let idx = arg_tensor(me, &a[1])?;
    let n = t.shape[ax];
    let iv = idx.to_vec::<i64>();
    let mut parts = Vec::new();
    for i in &iv {
        let j = if *i < 0 { i + n as i64 } else { *i };
        if j < 0 || j >= n as i64 {
            return Err(tensor_error(TensorError::IndexOutOfBounds {
                index: *i,
                axis: ax,
                size: n,
            }));
        }
        parts.push(t.select(ax, j as usize));
    }
    let mut shape: Vec<usize> = t.shape.clone();
    shape.splice(ax..ax + 1, idx.shape.iter().copied());
    if parts.is_empty() {
        return wrap_array(me, Tensor::zeros(t.dtype(), shape));
    }
    let stacked: Vec<Tensor> = parts.iter().map(|p| p.unsqueeze(0)).collect();
    let r = super::join::concat(&stacked, 0)?;
    // r has shape (k, rest...) in take order; move the taken axis into place.
    let spec: Vec<isize> = shape.iter().map(|d| *d as isize).collect();
    let moved = if ax == 0 {
        r
    } else {
        let nd = r.ndim();
        let mut perm: Vec<usize> = (1..=ax).collect();
        perm.push(0);
        perm.extend(ax + 1..nd);
        r.permute(&perm).contiguous()
    };
    wrap_result(me, moved.reshape(&spec).map_err(tensor_error)?)
}

pub const MORE_FUNCTIONS: &[Def] = &[
    Def { name: "cumsum", sig: "a, axis=None, dtype=None, out=None", doc: "Cumulative sum.\n\n>>> np.cumsum([1, 2, 3, 4])\narray([ 1,  3,  6, 10])\n>>> np.cumsum([[1, 2], [3, 4]], axis=0)\narray([[1, 2],\n       [4, 6]])", func: |me, a| { let t = arg_tensor(me, &a[0])?; scan(me, &t, &a[1], false, parse_dtype(me, &a[2])?) } },
    Def { name: "cumprod", sig: "a, axis=None, dtype=None, out=None", doc: "Cumulative product.\n\n>>> np.cumprod([1, 2, 3, 4])\narray([ 1,  2,  6, 24])", func: |me, a| { let t = arg_tensor(me, &a[0])?; scan(me, &t, &a[1], true, parse_dtype(me, &a[2])?) } },
    Def { name: "sort", sig: "a, axis=-1, kind=None, order=None, *, stable=None", doc: "A sorted copy (stable; NaN last).\n\n>>> np.sort([3, 1, 2])\narray([1, 2, 3])\n>>> np.sort([[3, 1], [0, 2]], axis=0)\narray([[0, 1],\n       [3, 2]])", func: |me, a| {
        let t = arg_tensor(me, &a[0])?; let (t, ax) = if matches!(a[1], Value::None) { (t.reshape(&[-1]).map_err(tensor_error)?, 0) } else { let ax = axis1(&a[1], t.ndim())?; (t, ax) };
        wrap_array(me, sorted_tensor(&t, ax)) } },
    Def { name: "argsort", sig: "a, axis=-1, kind=None, order=None, *, stable=None", doc: "Indices that sort the array.\n\n>>> np.argsort([3, 1, 2])\narray([1, 2, 0])", func: |me, a| {
        // A 0-d input sorts as a one-element vector (NumPy's argsort of array(5) is array([0])).
        let t = arg_tensor(me, &a[0])?; let (t, ax) = if matches!(a[1], Value::None) || t.ndim() == 0 { (t.reshape(&[-1]).map_err(tensor_error)?, 0) } else { let ax = axis1(&a[1], t.ndim())?; (t, ax) };
        wrap_array(me, argsort_tensor(&t, ax)) } },
    Def { name: "nonzero", sig: "a", doc: "Indices of nonzero elements.\n\n>>> np.nonzero([[1, 0], [0, 3]])\n(array([0, 1]), array([0, 1]))", func: np_nonzero },
    Def { name: "flatnonzero", sig: "a", doc: "Indices of nonzero elements of the flattened array.\n\n>>> np.flatnonzero([0, 2, 0, 5])\narray([1, 3])", func: |me, a| {
        let t = arg_tensor(me, &a[0])?.reshape(&[-1]).map_err(tensor_error)?; let parts = nonzero_tensors(&t); wrap_array(me, parts[0].clone()) } },
    Def { name: "argwhere", sig: "a", doc: "Indices of nonzero elements, grouped by element.\n\n>>> np.argwhere(np.array([[1, 0], [0, 3]]) > 0)\narray([[0, 0],\n       [1, 1]])", func: |me, a| {
        let t = arg_tensor(me, &a[0])?; let parts = nonzero_tensors(&t); let n = parts.first().map(|p| p.numel()).unwrap_or(0);
        let cols: Vec<Tensor> = parts.iter().map(|p| p.unsqueeze(1)).collect();
        if t.ndim() == 0 { return wrap_array(me, Tensor::zeros(DType::I64, vec![n, 0])); }
        wrap_array(me, super::join::concat(&cols, 1)?) } },
    Def { name: "unique", sig: "ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True", doc: "Sorted unique elements.", func: np_unique },
    Def { name: "squeeze", sig: "a, axis=None", doc: "Remove axes of length one.\n\n>>> np.squeeze(np.zeros((1, 3, 1))).shape\n(3,)", func: |me, a| { let t = arg_tensor(me, &a[0])?; wrap_array(me, squeeze_tensor(&t, &a[1])?) } },
    Def { name: "swapaxes", sig: "a, axis1, axis2", doc: "Interchange two axes.\n\n>>> np.swapaxes(np.zeros((2, 3, 4)), 0, 2).shape\n(4, 3, 2)", func: |me, a| {
        let t = arg_tensor(me, &a[0])?; let r = swapped(&t, &a[1], &a[2])?;
        if as_array(&a[0]).is_some() { wrap_view(me, r, &a[0]) } else { wrap_array(me, r) } } },
    Def { name: "moveaxis", sig: "a, source, destination", doc: "Move an axis to a new position.\n\n>>> np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape\n(3, 4, 2)", func: |me, a| {
        let t = arg_tensor(me, &a[0])?; let nd = t.ndim(); let src = axes_list(&a[1], nd, "source")?; let dst = axes_list(&a[2], nd, "destination")?;
        if src.len() != dst.len() { return Err(value_error("`source` and `destination` arguments must have the same number of elements")); }
        let mut order: Vec<usize> = (0..nd).filter(|x| !src.contains(x)).collect();
        let mut pairs: Vec<(usize, usize)> = dst.iter().copied().zip(src.iter().copied()).collect(); pairs.sort();
        for (d, s) in pairs { order.insert(d, s); }
        wrap_array(me, t.permute(&order)) } },
    Def { name: "repeat", sig: "a, repeats, axis=None", doc: "Repeat elements.\n\n>>> np.repeat([1, 2], 3)\narray([1, 1, 1, 2, 2, 2])\n>>> np.repeat([[1, 2], [3, 4]], [1, 2], axis=0)\narray([[1, 2],\n       [3, 4],\n       [3, 4]])", func: |me, a| { let t = arg_tensor(me, &a[0])?; let r = repeat_tensor(me, &t, &a[1], &a[2])?; wrap_array(me, r) } },
    Def { name: "take", sig: "a, indices, axis=None", doc: "Take elements by index.", func: np_take },
    Def { name: "take_along_axis", sig: "arr, indices, axis=-1", doc: "Gather along an axis with matching index arrays.\n\n>>> a = np.array([[10, 30, 20], [60, 40, 50]])\n>>> np.take_along_axis(a, np.argsort(a, axis=1), axis=1)\narray([[10, 20, 30],\n       [40, 50, 60]])", func: np_take_along_axis },
    Def { name: "put_along_axis", sig: "arr, indices, values, axis", doc: "Scatter values along an axis with matching index arrays.\n\n>>> a = np.array([[10, 30, 20], [60, 40, 50]])\n>>> np.put_along_axis(a, np.array([[0], [2]]), 0, axis=1)\n>>> a\narray([[ 0, 30, 20],\n       [60, 40,  0]])", func: np_put_along_axis },
    Def { name: "searchsorted", sig: "a, v, side='left', sorter=None", doc: "Insertion points that keep a sorted.\n\n>>> np.searchsorted([1, 2, 3, 4, 5], 3)\nnp.int64(2)\n>>> np.searchsorted([1, 2, 3, 4, 5], [0, 3, 9], side='right')\narray([0, 3, 5])", func: np_searchsorted },
    Def { name: "broadcast_to", sig: "array, shape, subok=False", doc: "A read-only broadcast view.", func: np_broadcast_to },
    Def { name: "_broadcast_view", sig: "array, shape", doc: "A writable broadcast view (for np.broadcast_arrays).", func: broadcast_view },
    Def { name: "bincount", sig: "x, /, weights=None, minlength=0", doc: "Count occurrences of each non-negative int.\n\n>>> np.bincount([0, 1, 1, 3])\narray([1, 2, 0, 1])", func: np_bincount },
    Def { name: "isin", sig: "element, test_elements, assume_unique=False, invert=False, *, kind=None", doc: "Whether each element is in test_elements.", func: |me, a| {
        let (t, test) = comparable(&arg_tensor(me, &a[0])?, &arg_tensor(me, &a[1])?); let test = test.to_vec::<C64>(); let inv = me.truthy(&a[3])?;
        let out: Vec<bool> = t.to_vec::<C64>().iter().map(|x| test.contains(x) != inv).collect(); wrap_array(me, Tensor::from_vec(out, t.shape.clone())) } },
];

/// The axes of a moveaxis argument (an int or a sequence), named in NumPy's messages.
fn axes_list(v: &Value, nd: usize, arg: &str) -> Res<Vec<usize>> {
    let items: Vec<Value> = match v {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        other => vec![other.clone()],
    };
    let axes: Vec<usize> = items
        .iter()
        .map(|x| named_axis(x, nd, arg))
        .collect::<Res<_>>()?;
    let mut sorted = axes.clone();
    sorted.sort_unstable();
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return Err(value_error(format!("repeated axis in `{arg}` argument")));
    }
    Ok(axes)
}

/// `t` with two axes interchanged (swapaxes), the axes named `axis1`/`axis2` in errors.
fn swapped(t: &Tensor, x: &Value, y: &Value) -> Res<Tensor> {
    let (x, y) = (
        named_axis(x, t.ndim(), "axis1")?,
        named_axis(y, t.ndim(), "axis2")?,
    );
    let mut perm: Vec<usize> = (0..t.ndim()).collect();
    perm.swap(x, y);
    Ok(t.permute(&perm))
}

// ---------------------------------------------------------------------------- flat, flags, memory sharing

/// Storage offsets of a tensor's elements in C order.
fn c_order_offsets(t: &Tensor) -> Vec<usize> {
    let mut offs = Vec::with_capacity(t.numel());
    crate::tensor::for_each_offset(&t.shape, &t.strides, t.offset, |o| offs.push(o));
    offs
}

/// Resolve a `flat[key]` into storage offsets of the array and the result shape.
fn flat_positions(me: &mut Interp, t: &Tensor, key: &Value) -> Res<(Vec<usize>, Vec<usize>)> {
    let offs = c_order_offsets(t);
    let n = offs.len();
    let positions = Tensor::from_vec((0..n as i64).collect::<Vec<i64>>(), vec![n]);
    let picked = super::index::index(me, &positions, key)?.into_tensor();
    let pos = picked.to_vec::<i64>();
    Ok((
        pos.iter().map(|p| offs[*p as usize]).collect(),
        picked.shape.clone(),
    ))
}

fn flat_target(v: &Value) -> Res<Tensor> {
    let Value::Native(n) = v else {
        return Err(type_error("not a flatiter"));
    };
    let d = n.data.borrow();
    match d.downcast_ref::<FlatIter>() {
        Some(f) => Ok(f.0.clone()),
        None => Err(type_error("not a flatiter")),
    }
}

pub struct FlatIter(pub Tensor);

pub const FLATITER_METHODS: &[Def] = &[
    Def {
        name: "copy",
        sig: "self, /",
        doc: "A 1-D copy of the array the iterator walks (C order).\n\n>>> a = np.arange(3)\n>>> b = a.copy()\n>>> b[0] = 9\n>>> a\narray([0, 1, 2])",
        func: |me, a| {
            let t = flat_target(&a[0])?;
            wrap_array(me, t.copy().reshape(&[-1]).map_err(tensor_error)?)
        },
    },
    Def {
        name: "__getitem__",
        sig: "self, key, /",
        doc: "Index the array as if it were 1-D (C order).",
        func: |me, a| {
            let t = flat_target(&a[0])?;
            let (offs, shape) = flat_positions(me, &t, &a[1])?;
            let r = super::index::gather(&t, &offs, shape);
            wrap_result(me, r)
        },
    },
    Def {
        name: "__setitem__",
        sig: "self, key, value, /",
        doc: "Assign through the flat index.",
        func: |me, a| {
            let t = flat_target(&a[0])?;
            let (offs, shape) = flat_positions(me, &t, &a[1])?;
            let v = arg_tensor(me, &a[2])?.cast(t.dtype());
            super::index::scatter(&t, &offs, &shape, &v)?;
            Ok(Value::None)
        },
    },
    Def {
        name: "__iter__",
        sig: "self, /",
        doc: "Iterate in C order.",
        func: |me, a| {
            let t = flat_target(&a[0])?;
            let flat = t.contiguous().reshape(&[-1]).map_err(tensor_error)?;
            let items: Vec<Value> = (0..flat.numel())
                .map(|i| wrap_scalar(me, flat.select(0, i)))
                .collect::<Res<_>>()?;
            Ok(Value::Iterator(Rc::new(std::cell::RefCell::new(
                Iter::Values { items, index: 0 },
            ))))
        },
    },
    Def {
        name: "__len__",
        sig: "self, /",
        doc: "Number of elements.",
        func: |_, a| Ok(Value::Int(flat_target(&a[0])?.numel() as i64)),
    },
];

/// `np.shares_memory` / `may_share_memory`: same storage and overlapping element sets.
fn overlap(me: &mut Interp, a: &Value, b: &Value, exact: bool) -> Res<bool> {
    let (Some((x, _)), Some((y, _))) = (as_array(a), as_array(b)) else {
        let _ = me;
        return Ok(false);
    };
    if !x.shares_storage(&y) || x.numel() == 0 || y.numel() == 0 {
        return Ok(false);
    }
    let ox = c_order_offsets(&x);
    let oy = c_order_offsets(&y);
    let (lx, hx) = (
        ox.iter().min().copied().unwrap_or(0),
        ox.iter().max().copied().unwrap_or(0),
    );
    let (ly, hy) = (
        oy.iter().min().copied().unwrap_or(0),
        oy.iter().max().copied().unwrap_or(0),
    );
    if hx < ly || hy < lx {
        return Ok(false);
    }
    if !exact {
        return Ok(true);
    }
    let set: std::collections::HashSet<usize> = ox.into_iter().collect();
    Ok(oy.iter().any(|o| set.contains(o)))
}

pub const MEMORY_FUNCTIONS: &[Def] = &[
    Def {
        name: "shares_memory",
        sig: "a, b, /, max_work=None",
        doc: "Whether two arrays share memory.\n\n>>> a = np.arange(4)\n>>> np.shares_memory(a, a[1:])\nTrue\n>>> np.shares_memory(a, a.copy())\nFalse",
        func: |me, a| Ok(Value::Bool(overlap(me, &a[0], &a[1], true)?)),
    },
    Def {
        name: "may_share_memory",
        sig: "a, b, /, max_work=None",
        doc: "Whether two arrays might share memory (bounds check).\n\n>>> a = np.arange(4)\n>>> np.may_share_memory(a, a[::2])\nTrue",
        func: |me, a| Ok(Value::Bool(overlap(me, &a[0], &a[1], false)?)),
    },
];
