//! Sorting and order statistics of `torch.Tensor`: sort, argsort, msort, topk, kthvalue and median, on the
//! shared stable sort kernel (`tensor::sort`), with values differentiable back to where they came from.

use super::more::return_type;
use super::shape::wrap_dim;
use super::*;
use crate::autograd::ops as aops;
use crate::autograd::reductions as red;
use crate::library::args;
use crate::tensor::sort as ksort;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// `x` with at least one axis (a 0-d tensor sorts as a one-element vector) and the wrapped `dim`.
fn lanes(me: &mut Interp, x: &Var, dim: &Value) -> Res<(Var, usize)> {
    let _ = me;
    let d = wrap_dim(args::int(dim, "dim")?, x.t.ndim())?;
    if x.t.ndim() == 0 {
        return Ok((aops::reshape(x, &[1]).map_err(grad_error)?, 0));
    }
    Ok((x.clone(), d))
}

/// The values at `index` along `dim` of `x` and the indices, as `torch.return_types.<name>`, both given the
/// original's shape back when it was 0-d.
fn picked_pair(
    me: &mut Interp,
    orig: &Var,
    x: &Var,
    index: &Tensor,
    dim: usize,
    keepdim: bool,
    name: &'static str,
    node: &'static str,
) -> Res<Value> {
    let mut values = red::picked(x, index, dim, keepdim, node).map_err(grad_error)?;
    let mut idx = index.clone();
    if !keepdim {
        let spec: Vec<isize> = values.t.shape.iter().map(|&d| d as isize).collect();
        idx = idx.reshape(&spec).map_err(tensor_error)?;
    }
    if orig.t.ndim() == 0 {
        values = aops::reshape(&values, &[]).map_err(grad_error)?;
        idx = idx.reshape(&[]).map_err(tensor_error)?;
    }
    let (v, i) = (wrap(me, values)?, wrap(me, Var::constant(idx))?);
    return_type(me, name, vec![("values", v), ("indices", i)])
}

fn sort(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let orig = this(&a[0])?;
    let (x, dim) = lanes(me, &orig, &a[1])?;
    let descending = me.truthy(&a[2])?;
    let index = ksort::argsort(&x.t, dim, descending);
    picked_pair(me, &orig, &x, &index, dim, true, "sort", "SortBackward0")
}

fn argsort(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let orig = this(&a[0])?;
    let (x, dim) = lanes(me, &orig, &a[1])?;
    let index = ksort::argsort(&x.t, dim, me.truthy(&a[2])?);
    let index = if orig.t.ndim() == 0 {
        index.reshape(&[]).map_err(tensor_error)?
    } else {
        index
    };
    wrap(me, Var::constant(index))
}

fn topk(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let orig = this(&a[0])?;
    let (x, dim) = lanes(me, &orig, &a[2])?;
    let k = args::int(&a[1], "k")?;
    let n = x.t.shape[dim];
    if k < 0 || k as usize > n {
        return Err(Exc::new(
            ExcType::RuntimeError,
            "selected index k out of range",
        ));
    }
    let largest = me.truthy(&a[3])?;
    let index = ksort::argsort(&x.t, dim, largest)
        .slice_axis(dim, 0, 1, k as usize)
        .contiguous();
    picked_pair(me, &orig, &x, &index, dim, true, "topk", "TopkBackward0")
}

fn kthvalue(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let orig = this(&a[0])?;
    let (x, dim) = lanes(me, &orig, &a[2])?;
    let k = args::int(&a[1], "k")?;
    let n = x.t.shape[dim];
    if k < 1 || k as usize > n {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!("kthvalue(): selected number k out of range for dimension {dim}"),
        ));
    }
    let keep = me.truthy(&a[3])?;
    let index = ksort::argsort(&x.t, dim, false)
        .slice_axis(dim, k as usize - 1, 1, 1)
        .contiguous();
    picked_pair(
        me,
        &orig,
        &x,
        &index,
        dim,
        keep,
        "kthvalue",
        "KthvalueBackward0",
    )
}

/// The index along `dim` of each lane's lower median: the `(n - 1) / 2`-th smallest, or the first NaN when the
/// lane has one (NaN propagates); `ignore_nan` takes the median of the other elements instead (nanmedian).
fn median_index(x: &Tensor, dim: usize, ignore_nan: bool) -> Tensor {
    let perm = ksort::argsort(x, dim, false);
    let pos = ksort::along_axis::<f64, i64>(x, dim, 1, |lane| {
        let n = lane.len();
        let nans = lane.iter().filter(|v| v.is_nan()).count();
        let p = match (nans, ignore_nan) {
            (0, _) => (n - 1) / 2,
            (c, true) if c < n => (n - c - 1) / 2,
            (c, _) => n - c,
        };
        vec![p as i64]
    });
    ksort::take_along(&perm, &pos, dim)
}

fn median(me: &mut Interp, a: &[Value], ignore_nan: bool) -> Res<Value> {
    let orig = this(&a[0])?;
    let (name, node) = if ignore_nan {
        ("nanmedian", "NanmedianBackward1")
    } else {
        ("median", "MedianBackward1")
    };
    if matches!(a[1], Value::None) {
        // Of all elements: a 0-d value (NaN when empty); ties share the gradient.
        let flat = orig.t.reshape(&[-1]).map_err(tensor_error)?;
        let out = if flat.numel() == 0 {
            if !orig.dtype().is_float() {
                return Err(Exc::new(
                    ExcType::IndexError,
                    format!("{name}() input tensor cannot be empty"),
                ));
            }
            Tensor::scalar(f64::NAN).cast(orig.dtype())
        } else {
            let idx = median_index(&flat, 0, ignore_nan);
            ksort::take_along(&flat, &idx, 0)
                .reshape(&[])
                .map_err(tensor_error)?
        };
        let all: Vec<usize> = (0..orig.t.ndim()).collect();
        let node = if ignore_nan {
            "NanmedianBackward0"
        } else {
            "MedianBackward0"
        };
        return wrap(me, red::record_evenly(&orig, out, &all, false, node));
    }
    let (x, dim) = lanes(me, &orig, &a[1])?;
    if x.t.shape[dim] == 0 {
        return Err(Exc::new(
            ExcType::IndexError,
            format!("{name}(): Expected reduction dim {dim} to have non-zero size."),
        ));
    }
    let keep = me.truthy(&a[2])?;
    let index = median_index(&x.t, dim, ignore_nan);
    picked_pair(me, &orig, &x, &index, dim, keep, name, node)
}

pub const SORT_METHODS: &[Def] = defs! {
    "sort", "self, dim=-1, descending=False, stable=False", "Sorted values along dim and their original indices (stable; NaN largest).\n\n>>> torch.tensor([3, 1, 2]).sort().values\ntensor([1, 2, 3])" => |me, a| sort(me, &a);
    "argsort", "self, dim=-1, descending=False, stable=False", "The indices that sort the tensor along dim.\n\n>>> torch.tensor([3, 1, 2]).argsort()\ntensor([1, 2, 0])" => |me, a| argsort(me, &a);
    "msort", "self, /", "Sorted along the first dim.\n\n>>> torch.tensor([3, 1, 2]).msort()\ntensor([1, 2, 3])" => |me, a| {
        let r = sort(me, &[a[0].clone(), Value::Int(0), Value::Bool(false)])?;
        me.getitem(&r, Value::Int(0))
    };
    "topk", "self, k, dim=-1, largest=True, sorted=True", "The k largest (or smallest) values along dim and their indices.\n\n>>> torch.tensor([3, 1, 2]).topk(2).values\ntensor([3, 2])" => |me, a| topk(me, &a);
    "kthvalue", "self, k, dim=-1, keepdim=False", "The k-th smallest value along dim and its index.\n\n>>> torch.tensor([3, 1, 2]).kthvalue(1).values\ntensor(1)" => |me, a| kthvalue(me, &a);
    "median", "self, dim=None, keepdim=False", "The lower median (of all elements, or along dim with indices).\n\n>>> torch.tensor([3, 1, 2, 4]).median()\ntensor(2)" => |me, a| median(me, &a, false);
    "nanmedian", "self, dim=None, keepdim=False", "The lower median ignoring NaN.\n\n>>> torch.tensor([3.0, float('nan'), 1.0]).nanmedian()\ntensor(1.)" => |me, a| median(me, &a, true);
};

/// Names of `torch` that call the Tensor method of the same name on their first argument.
pub const METHOD_FUNCTIONS: &[&str] = &[
    "sort",
    "argsort",
    "msort",
    "topk",
    "kthvalue",
    "median",
    "nanmedian",
];
