//! Differentiable reductions, scans and selections beyond sum and mean: prod, cumsum/cumprod, flip, amax/amin,
//! var/std, vector norms, nansum and values picked by index (sort, topk, kthvalue, median), with the backward
//! formulas their rules in `rules.rs` call.

use super::ops::{self, *};
use super::rules::{contiguous, spread, Rule};
use super::{grad_enabled, record, with_grad_mode, GResult, GradError, Var};
use crate::tensor::dtype::DType;
use crate::tensor::ops::{BinaryOp, CompareOp, UnaryOp};
use crate::tensor::reduce::{self, ReduceOp};
use crate::tensor::Tensor;

/// `g` of a reduction over `dims` with the reduced axes put back as length 1 (not yet broadcast).
fn kept(g: &Var, shape: &[usize], dims: &[usize], keepdim: bool) -> GResult<Var> {
    if keepdim {
        return Ok(g.clone());
    }
    let k: Vec<usize> = (0..shape.len())
        .map(|d| if dims.contains(&d) { 1 } else { shape[d] })
        .collect();
    reshape(&contiguous(g)?, &k)
}

/// Whether a backward formula must stay differentiable (a graph of the gradient is being built).
fn building_graph(vars: &[&Var]) -> bool {
    grad_enabled() && vars.iter().any(|v| v.requires_grad())
}

// ------------------------------------------------------------------ prod

/// The product over `dim` (all elements when None), computed in `dtype`.
pub fn prod(a: &Var, dim: Option<usize>, keepdim: bool, dtype: DType) -> GResult<Var> {
    let axes = dim.map_or_else(|| (0..a.t.ndim()).collect(), |d| vec![d]);
    let out = reduce::reduce(ReduceOp::Prod, &a.t.cast(dtype), &axes, keepdim)?.cast(dtype);
    let (x, o) = (a.clone(), Var::constant(out.clone()));
    Ok(record(out, &[a], move || Rule::Prod {
        x,
        out: o,
        dim,
        keepdim,
    }))
}

/// PyTorch's prod_backward: `g * out / x` when `x` has no zeros; otherwise each element gets the product of the
/// others in its lane (nonzero only at a lane's single zero).
pub fn prod_backward(
    g: &Var,
    x: &Var,
    out: &Var,
    dim: Option<usize>,
    keepdim: bool,
) -> GResult<Var> {
    let full = x.t.shape.clone();
    let (x, flat) = match dim {
        Some(_) => (x.clone(), false),
        None => (reshape(x, &[x.t.numel()])?, true),
    };
    let d = dim.unwrap_or(0);
    let keep = keepdim || flat;
    let shape = x.t.shape.clone();
    let g = if flat {
        reshape(g, &[1])?
    } else {
        kept(g, &shape, &[d], keep)?
    };
    let out = if flat {
        reshape(out, &[1])?
    } else {
        kept(out, &shape, &[d], keep)?
    };
    let has_zero = x.t.cast(DType::F64).to_vec::<f64>().contains(&0.0);
    let r = if !has_zero {
        div(&mul(&g, &out)?, &x)?
    } else {
        if building_graph(&[&g, &x]) {
            return Err(GradError::NotImplemented(
                "prod (second derivative where the input has zeros)".into(),
            ));
        }
        let others = crate::tensor::sort::along_axis::<f64, f64>(
            &x.t.cast(DType::F64),
            d,
            x.t.shape[d],
            products_of_others,
        );
        mul(&g, &Var::constant(others.cast(g.dtype())))?
    };
    if flat {
        reshape(&r, &full)
    } else {
        Ok(r)
    }
}

/// For each element of a lane, the product of the other elements.
fn products_of_others(lane: &[f64]) -> Vec<f64> {
    let zeros = lane.iter().filter(|v| **v == 0.0).count();
    let rest: f64 = lane.iter().filter(|v| **v != 0.0).product();
    lane.iter()
        .map(|&v| match (zeros, v == 0.0) {
            (0, _) => rest / v,
            (1, true) => rest,
            _ => 0.0,
        })
        .collect()
}

// ------------------------------------------------------------------ scans and flip

/// The running sum (`product` false) or product along `dim` in `dtype`; floats accumulate in float64 as
/// PyTorch's CPU kernels do.
pub fn scan(a: &Var, dim: usize, product: bool, dtype: DType) -> GResult<Var> {
    let wide = if dtype.is_float() {
        DType::F64
    } else if dtype.is_complex() {
        DType::C128
    } else {
        dtype
    };
    let out = crate::tensor::sort::scan(&a.t.cast(wide), dim, product)?.cast(dtype);
    let x = a.clone();
    Ok(record(out, &[a], move || {
        if product {
            Rule::Cumprod(x, dim)
        } else {
            Rule::Cumsum(dim)
        }
    }))
}

/// `a` reversed along `dims` (a copy, as `torch.flip` makes).
pub fn flip(a: &Var, dims: &[usize]) -> GResult<Var> {
    let mut t = a.t.clone();
    for &d in dims {
        let n = t.shape[d];
        if n > 0 {
            t = t.slice_axis(d, n - 1, -1, n);
        }
    }
    let dims = dims.to_vec();
    Ok(record(t.copy(), &[a], move || Rule::Flip(dims)))
}

/// The sums from each position to the end along `dim`.
fn reverse_cumsum(g: &Var, dim: usize) -> GResult<Var> {
    flip(&scan(&flip(g, &[dim])?, dim, false, g.dtype())?, &[dim])
}

pub fn cumsum_backward(g: &Var, dim: usize) -> GResult<Var> {
    reverse_cumsum(g, dim)
}

/// PyTorch's cumprod_backward: `reverse_cumsum(g * out) / x` without zeros; with zeros, element `i` of a lane
/// gets `sum_{k >= i} g_k * prod_{j <= k, j != i} x_j`.
pub fn cumprod_backward(g: &Var, x: &Var, dim: usize) -> GResult<Var> {
    let xs = x.t.cast(DType::F64).to_vec::<f64>();
    if !xs.contains(&0.0) {
        let out = scan(x, dim, true, x.dtype())?;
        return div(&reverse_cumsum(&mul(g, &out)?, dim)?, x);
    }
    if building_graph(&[g, x]) {
        return Err(GradError::NotImplemented(
            "cumprod (second derivative where the input has zeros)".into(),
        ));
    }
    // Lanes of (x, g) side by side: `along_axis` hands a lane of 2n values for one of length n.
    let pair = Tensor::zeros(DType::F64, {
        let mut s = x.t.shape.clone();
        s[dim] *= 2;
        s
    });
    let n = x.t.shape[dim];
    pair.slice_axis(dim, 0, 1, n)
        .assign(&x.t.cast(DType::F64))?;
    pair.slice_axis(dim, n, 1, n)
        .assign(&g.t.broadcast_to(&x.t.shape)?.cast(DType::F64))?;
    let r = crate::tensor::sort::along_axis::<f64, f64>(&pair, dim, n, |lane| {
        let (xs, gs) = lane.split_at(n);
        cumprod_grad_lane(xs, gs)
    });
    Ok(Var::constant(r.cast(g.dtype())))
}

fn cumprod_grad_lane(x: &[f64], g: &[f64]) -> Vec<f64> {
    let n = x.len();
    let z = x.iter().position(|v| *v == 0.0).unwrap_or(n);
    let mut out = vec![0.0; n];
    // Before the first zero: reverse cumsum of g * cumprod, over k < z, divided by x_i.
    let mut prefix = 1.0;
    let mut terms = vec![0.0; z];
    for k in 0..z {
        prefix *= x[k];
        terms[k] = g[k] * prefix;
    }
    let mut acc = 0.0;
    for i in (0..z).rev() {
        acc += terms[i];
        out[i] = acc / x[i];
    }
    if z < n {
        // At the first zero: the product before it times the running product after it.
        let before: f64 = x[..z].iter().product();
        let mut run = before;
        let mut s = g[z] * run;
        for k in z + 1..n {
            run *= x[k];
            s += g[k] * run;
        }
        out[z] = s;
    }
    out
}

// ------------------------------------------------------------------ values picked by index

/// The values of `a` at `index` along `dim` (`index` keeps every axis; `keepdim` false drops `dim`, which then
/// has length 1), recorded under PyTorch's node `name` (SortBackward0, TopkBackward0, ...).
pub fn picked(
    a: &Var,
    index: &Tensor,
    dim: usize,
    keepdim: bool,
    name: &'static str,
) -> GResult<Var> {
    let mut values = crate::tensor::sort::take_along(&a.t, index, dim);
    if !keepdim {
        let spec: Vec<isize> = (0..values.ndim())
            .filter(|&d| d != dim)
            .map(|d| values.shape[d] as isize)
            .collect();
        values = values.reshape(&spec)?;
    }
    let (index, shape) = (index.clone(), a.t.shape.clone());
    Ok(record(values, &[a], move || Rule::Picked {
        name,
        dim,
        keepdim,
        index,
        shape,
    }))
}

// ------------------------------------------------------------------ amax / amin and even sharing

/// The largest (`max`) or smallest values over `dims`.
pub fn amax(a: &Var, dims: &[usize], keepdim: bool, max: bool) -> GResult<Var> {
    let op = if max { ReduceOp::Max } else { ReduceOp::Min };
    let out = reduce::reduce(op, &a.t, dims, keepdim)?;
    let name = if max {
        "AmaxBackward0"
    } else {
        "AminBackward0"
    };
    Ok(record_evenly(a, out, dims, keepdim, name))
}

/// `out`, a reduction of `a` over `dims` to one of its elements, recorded under `name` with the even sharing
/// of the gradient among the elements equal to it.
pub fn record_evenly(
    a: &Var,
    out: Tensor,
    dims: &[usize],
    keepdim: bool,
    name: &'static str,
) -> Var {
    let (x, o, dims) = (a.clone(), Var::constant(out.clone()), dims.to_vec());
    record(out, &[a], move || Rule::Evenly {
        name,
        x,
        out: o,
        dims,
        keepdim,
    })
}

/// The gradient of a reduction whose result is one of the reduced elements (amax, amin, max(), median()):
/// shared evenly among the elements equal to it (NaN matching NaN, as PyTorch's evenly_distribute_backward).
pub fn evenly(g: &Var, x: &Var, out: &Var, dims: &[usize], keepdim: bool) -> GResult<Var> {
    use crate::tensor::ops::compare;
    let shape = x.t.shape.clone();
    let o = kept(out, &shape, dims, keepdim)?;
    let both_nan = compare(
        CompareOp::And,
        &mask(CompareOp::Ne, x, x)?,
        &mask(CompareOp::Ne, &o, &o)?,
        DType::Bool,
    )?;
    let hit = compare(
        CompareOp::Or,
        &mask(CompareOp::Eq, x, &o)?,
        &both_nan,
        DType::Bool,
    )?
    .astype(g.dtype());
    let count = reduce::reduce(ReduceOp::Sum, &hit, dims, true)?.cast(g.dtype());
    let share = Var::constant(crate::tensor::ops::binary(
        BinaryOp::Div,
        &hit,
        &count,
        g.dtype(),
    )?);
    mul(&spread(g, &shape, dims, keepdim)?, &share)
}

// ------------------------------------------------------------------ var / std

/// The variance (or, with `std`, the standard deviation) over `dims` with `correction` subtracted from the
/// count (`correction=1` is Bessel's).
pub fn var_std(a: &Var, dims: &[usize], keepdim: bool, correction: f64, std: bool) -> GResult<Var> {
    let n: usize = dims.iter().map(|&d| a.t.shape[d]).product();
    let out = with_grad_mode(false, || -> GResult<Var> {
        let x = Var::constant(a.t.clone());
        let dev = centered(&x, dims)?;
        let s = sum(&mul(&dev, &dev)?, Some(dims), keepdim, x.dtype())?;
        let v = mul_scalar(&s, 1.0 / (n as f64 - correction).max(0.0))?;
        if std {
            apply(UnaryOp::Sqrt, &v)
        } else {
            Ok(v)
        }
    })?;
    let (x, o, dims) = (a.clone(), out.clone(), dims.to_vec());
    Ok(record(out.t, &[a], move || Rule::VarStd {
        x,
        out: o,
        dims,
        keepdim,
        correction,
        std,
    }))
}

/// `x - mean(x)` over `dims`.
fn centered(x: &Var, dims: &[usize]) -> GResult<Var> {
    let m = mean(x, Some(dims), true)?;
    binary(BinaryOp::Sub, x, &m, x.dtype(), [false, false])
}

/// PyTorch's var_backward `g * 2 (x - mean) / (n - correction)`; std_backward divides it by `2 std` (zero where
/// the std is zero).
pub fn var_std_backward(
    g: &Var,
    x: &Var,
    out: &Var,
    dims: &[usize],
    keepdim: bool,
    correction: f64,
    std: bool,
) -> GResult<Var> {
    let n: usize = dims.iter().map(|&d| x.t.shape[d]).product();
    let shape = x.t.shape.clone();
    let dev = centered(x, dims)?;
    let gk = kept(g, &shape, dims, keepdim)?;
    let gk = if std {
        let o = kept(out, &shape, dims, keepdim)?;
        let zero = mask(CompareOp::Eq, &o, &scalar(0.0, o.dtype()))?;
        let half = div(&gk, &mul_scalar(&o, 2.0)?)?;
        where_(&zero, &zeros_like(&half), &half, half.dtype())?
    } else {
        gk
    };
    mul(
        &mul_scalar(&dev, 2.0 / (n as f64 - correction))?,
        &expand(&gk, &shape)?,
    )
}

// ------------------------------------------------------------------ vector norms

/// `sum(|a|^p)^(1/p)` over `dims` (the max and min of `|a|` for `p` = ±inf, the nonzero count for 0).
pub fn vector_norm(a: &Var, p: f64, dims: &[usize], keepdim: bool) -> GResult<Var> {
    let out = with_grad_mode(false, || -> GResult<Var> {
        let x = Var::constant(a.t.clone());
        let ab = apply(UnaryOp::Abs, &x)?;
        let d = x.dtype();
        if p == f64::INFINITY || p == f64::NEG_INFINITY {
            amax(&ab, dims, keepdim, p > 0.0)
        } else if p == 0.0 {
            let nz = mask_as(&mask(CompareOp::Ne, &x, &scalar(0.0, d))?, d);
            sum(&nz, Some(dims), keepdim, d)
        } else if p == 1.0 {
            sum(&ab, Some(dims), keepdim, d)
        } else if p == 2.0 {
            apply(
                UnaryOp::Sqrt,
                &sum(&mul(&ab, &ab)?, Some(dims), keepdim, d)?,
            )
        } else {
            pow_scalar(&sum(&pow_scalar(&ab, p)?, Some(dims), keepdim, d)?, 1.0 / p)
        }
    })?;
    let (x, o, dims) = (a.clone(), out.clone(), dims.to_vec());
    Ok(record(out.t, &[a], move || Rule::Norm {
        x,
        out: o,
        p,
        dims,
        keepdim,
    }))
}

/// PyTorch's norm_backward for a vector norm of order `p`.
pub fn norm_backward(
    g: &Var,
    x: &Var,
    out: &Var,
    p: f64,
    dims: &[usize],
    keepdim: bool,
) -> GResult<Var> {
    let shape = x.t.shape.clone();
    let d = g.dtype();
    if p == 0.0 {
        return Ok(Var::constant(Tensor::zeros(d, shape)));
    }
    let sign = apply(UnaryOp::Sign, x)?;
    if p == 1.0 {
        return mul(&sign, &spread(g, &shape, dims, keepdim)?);
    }
    if p.is_infinite() {
        let ab = apply(UnaryOp::Abs, x)?;
        return mul(&sign, &evenly(g, &ab, out, dims, keepdim)?);
    }
    let o = kept(out, &shape, dims, keepdim)?;
    let gk = kept(g, &shape, dims, keepdim)?;
    let zero = mask(CompareOp::Eq, &o, &scalar(0.0, o.dtype()))?;
    // g / norm^(p-1) where the norm is nonzero, then times x |x|^(p-2).
    let scale = div(
        &gk,
        &if p == 2.0 {
            o.clone()
        } else {
            pow_scalar(&o, p - 1.0)?
        },
    )?;
    let scale = where_(&zero, &zeros_like(&scale), &scale, d)?;
    let factor = if p == 2.0 {
        x.clone()
    } else {
        mul(x, &pow_scalar(&apply(UnaryOp::Abs, x)?, p - 2.0)?)?
    };
    mul(&factor, &expand(&scale, &shape)?)
}

// ------------------------------------------------------------------ nansum

/// The sum over `dims` with NaNs counted as zero, in `dtype`.
pub fn nansum(a: &Var, dims: &[usize], keepdim: bool, dtype: DType) -> GResult<Var> {
    let nan = mask(CompareOp::Ne, a, a)?;
    let x = Var::constant(a.t.clone());
    let clean = where_(&nan, &scalar(0.0, a.dtype()), &x, a.dtype())?.t;
    let out = reduce::reduce(ReduceOp::Sum, &clean.cast(dtype), dims, keepdim)?.cast(dtype);
    let (x, dims) = (a.clone(), dims.to_vec());
    Ok(record(out, &[a], move || Rule::Nansum { x, dims, keepdim }))
}

/// The gradient of nansum: `g` where the input is not NaN, zero where it is.
pub fn nansum_backward(g: &Var, x: &Var, dims: &[usize], keepdim: bool) -> GResult<Var> {
    let keep = mask(CompareOp::Eq, x, x)?;
    mul(
        &spread(g, &x.t.shape, dims, keepdim)?,
        &mask_as(&keep, g.dtype()),
    )
}

/// Re-exported so the rules table reaches the placement helper through one path.
pub use ops::place_at_index;
