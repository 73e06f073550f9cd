//! `torch.linalg` (and the `torch`/`Tensor` names PyTorch keeps for some of it: inverse, det, logdet, slogdet,
//! pinverse, matrix_power, svd): PyTorch's argument checks, errors, result types and composites around the
//! differentiable decompositions of `autograd::linalg`.

use super::more::return_type;
use super::reductions::{linalg_norm, vector_norm};
use super::shape::wrap_dim;
use super::*;
use crate::autograd::linalg::{self as alg, Triangular};
use crate::autograd::ops as aops;
use crate::autograd::reductions as red;
use crate::library::args;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

/// A (stack of) matrix argument, checked as PyTorch checks it: at least two dims, square when `square`, and a
/// floating or complex dtype.
fn matrix(v: &Value, op: &str, square: bool) -> Res<Var> {
    let x = as_var(v).ok_or_else(|| {
        type_error(format!(
            "{}(): argument 'A' (position 1) must be Tensor, not {}",
            op.replace('.', "_"),
            v.type_name()
        ))
    })?;
    let nd = x.t.ndim();
    if nd < 2 {
        return Err(runtime(format!(
            "{op}: The input tensor A must have at least 2 dimensions."
        )));
    }
    let (r, c) = (x.t.shape[nd - 2], x.t.shape[nd - 1]);
    if square && r != c {
        return Err(runtime(format!(
            "{op}: A must be batches of square matrices, but they are {r} by {c} matrices"
        )));
    }
    let d = x.dtype();
    if matches!(d, DType::F16 | DType::BF16) {
        return Err(runtime(format!(
            "{op}: Low precision dtypes not supported. Got {}",
            crate::autograd::tensor_type_word(d)
        )));
    }
    if !(d.is_float() || d.is_complex()) {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            format!(
                "{op}: Expected a floating point or complex tensor as input. Got {}",
                crate::autograd::tensor_type_word(d)
            ),
        ));
    }
    Ok(x)
}

fn ok<T>(r: crate::autograd::GResult<T>) -> Res<T> {
    r.map_err(grad_error)
}

/// An int32 `info` tensor of zeros shaped like the batch of `x` (the `_ex` functions' success report).
fn info_zeros(me: &Interp, x: &Var) -> Res<Value> {
    let batch = x.t.shape[..x.t.ndim() - 2].to_vec();
    wrap(me, Var::constant(Tensor::zeros(DType::I32, batch)))
}

fn inv(me: &mut Interp, a: &[Value], op: &str) -> Res<Value> {
    let x = matrix(&a[0], op, true)?;
    wrap(me, ok(alg::inv(&x, "linalg.inv"))?)
}

fn inv_ex(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.inv_ex", true)?;
    let out = alg::inv(&x, "linalg.inv").map_err(|e| match e {
        crate::autograd::GradError::LinAlg(m) if !is_true(me, &a[1]) => Exc::new(
            ExcType::NotImplementedError,
            format!("linalg.inv_ex of a singular matrix (LAPACK's partial results) is not supported by nabla: {m}"),
        ),
        e => grad_error(e),
    })?;
    let inverse = wrap(me, out)?;
    let info = info_zeros(me, &x)?;
    return_type(
        me,
        "linalg_inv_ex",
        vec![("inverse", inverse), ("info", info)],
    )
}

fn is_true(me: &mut Interp, v: &Value) -> bool {
    me.truthy(v).unwrap_or(false)
}

fn det(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.det", true)?;
    wrap(me, ok(alg::det(&x))?)
}

fn slogdet(me: &mut Interp, a: &[Value], name: &'static str) -> Res<Value> {
    let x = matrix(&a[0], "linalg.slogdet", true)?;
    let (sign, logabs) = ok(alg::slogdet(&x))?;
    let sign = wrap(me, sign)?;
    let logabs = wrap(me, logabs)?;
    return_type(me, name, vec![("sign", sign), ("logabsdet", logabs)])
}

/// `logdet(A)`: log|det| where the determinant is positive, NaN where negative (PyTorch's `where` over slogdet).
fn logdet(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.slogdet", true)?;
    if x.dtype().is_complex() {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "torch.logdet of complex matrices is not supported by nabla yet",
        ));
    }
    let (sign, logabs) = ok(alg::slogdet(&x))?;
    let negative = sign
        .t
        .to_vec::<f64>()
        .into_iter()
        .map(|s| s < 0.0)
        .collect::<Vec<bool>>();
    let mask = Tensor::from_vec(negative, sign.t.shape.clone());
    let nan = Var::constant(Tensor::from_vec(vec![f64::NAN], vec![]).cast(logabs.dtype()));
    let d = logabs.dtype();
    wrap(me, ok(aops::where_(&mask, &nan, &logabs, d))?)
}

/// `solve(A, B, left=True)`: B is one vector per matrix when it has one dim, or one dim fewer than A with A's
/// batch; otherwise a stack of matrices. Batches broadcast.
fn solve(me: &mut Interp, a: &[Value], ex: bool) -> Res<Value> {
    let op = if ex {
        "linalg.solve_ex"
    } else {
        "linalg.solve"
    };
    let x = matrix(&a[0], op, true)?;
    let b = as_var(&a[1]).ok_or_else(|| {
        type_error(format!(
            "linalg_solve(): argument 'B' (position 2) must be Tensor, not {}",
            a[1].type_name()
        ))
    })?;
    let left = is_true(me, &a[2]);
    let (x, b) = if left {
        (x, b)
    } else {
        // X A = B is A^T X^T = B^T.
        (ok(aops::mt(&x))?, ok(aops::mt(&b))?)
    };
    let nd = x.t.ndim();
    let n = x.t.shape[nd - 1];
    let vector = b.t.ndim() == 1 || (b.t.ndim() == nd - 1 && b.t.shape[..] == x.t.shape[..nd - 1]);
    let (b_rows, b_cols) = if vector {
        (b.t.shape[b.t.ndim() - 1], 1)
    } else if b.t.ndim() >= 2 {
        (b.t.shape[b.t.ndim() - 2], b.t.shape[b.t.ndim() - 1])
    } else {
        (0, 0)
    };
    if b_rows != n {
        return Err(runtime(format!(
            "linalg.solve: Incompatible shapes of A and B for the equation AX = B ({n}x{n} and {b_rows}x{b_cols})"
        )));
    }
    if b.dtype() != x.dtype() {
        return Err(runtime(format!(
            "linalg.solve: Expected A and B to have the same dtype, but found A of type {} and B of type {} instead",
            dtype_name(x.dtype()).trim_start_matches("torch."),
            dtype_name(b.dtype()).trim_start_matches("torch.")
        )));
    }
    let (xe, be) = broadcast_batches(x, b, if vector { 1 } else { 2 })?;
    let out = ok(alg::solve(&xe, &be, vector, "torch.linalg.solve"))?;
    let out = if left { out } else { ok(aops::mt(&out))? };
    let result = wrap(me, out)?;
    if !ex {
        return Ok(result);
    }
    let info = info_zeros(me, &xe)?;
    return_type(
        me,
        "linalg_solve_ex",
        vec![("result", result), ("info", info)],
    )
}

/// The square matrices `x` and the right-hand sides `b` (whose last `core_b` dims are one right-hand side)
/// expanded to their common batch shape.
fn broadcast_batches(x: Var, b: Var, core_b: usize) -> Res<(Var, Var)> {
    let nd = x.t.ndim();
    let batch =
        crate::tensor::broadcast_shapes(&x.t.shape[..nd - 2], &b.t.shape[..b.t.ndim() - core_b])
            .map_err(|e| runtime(e.to_string()))?;
    let expand = |v: Var, core: &[usize]| -> Res<Var> {
        let mut shape = batch.clone();
        shape.extend_from_slice(core);
        if v.t.shape == shape {
            Ok(v)
        } else {
            ok(aops::expand(&v, &shape))
        }
    };
    let x_core = x.t.shape[nd - 2..].to_vec();
    let b_core = b.t.shape[b.t.ndim() - core_b..].to_vec();
    Ok((expand(x, &x_core)?, expand(b, &b_core)?))
}

fn solve_triangular(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.solve_triangular", true)?;
    let b = matrix(&a[1], "linalg.solve_triangular", false)?;
    let upper = me.truthy(&a[2])?;
    let left = me.truthy(&a[3])?;
    let unit = me.truthy(&a[4])?;
    let nd = x.t.ndim();
    let n = x.t.shape[nd - 1];
    let (br, bc) = (b.t.shape[b.t.ndim() - 2], b.t.shape[b.t.ndim() - 1]);
    if (left && br != n) || (!left && bc != n) {
        return Err(runtime(format!(
            "linalg.solve_triangular: Incompatible shapes of A and B for the equation {} ({n}x{n} and {br}x{bc})",
            if left { "AX = B" } else { "XA = B" }
        )));
    }
    let (xe, be) = broadcast_batches(x, b, 2)?;
    let tri = Triangular { upper, left, unit };
    wrap(me, ok(alg::solve_triangular(&xe, &be, tri))?)
}

fn cholesky(me: &mut Interp, a: &[Value], ex: bool) -> Res<Value> {
    let op = "linalg.cholesky";
    let x = matrix(&a[0], if ex { "linalg.cholesky_ex" } else { op }, true)?;
    let upper = me.truthy(&a[1])?;
    let out = alg::cholesky(&x, upper, op).map_err(|e| match e {
        crate::autograd::GradError::LinAlg(m) if ex && !is_true(me, &a[2]) => Exc::new(
            ExcType::NotImplementedError,
            format!("linalg.cholesky_ex of a matrix that is not positive-definite (LAPACK's partial results) is not supported by nabla: {m}"),
        ),
        e => grad_error(e),
    })?;
    let l = wrap(me, out)?;
    if !ex {
        return Ok(l);
    }
    let info = info_zeros(me, &x)?;
    return_type(me, "linalg_cholesky_ex", vec![("L", l), ("info", info)])
}

fn qr(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.qr", false)?;
    let mode = args::string(&a[1], "mode")?;
    let (complete, with_q) = match &*mode {
        "reduced" => (false, true),
        "complete" => (true, true),
        "r" => (false, false),
        _ => {
            return Err(runtime(format!(
                "qr received unrecognized mode '{mode}' but expected one of 'reduced' (default), 'r', or 'complete'"
            )))
        }
    };
    let (q, r) = ok(alg::qr(&x, complete, with_q))?;
    let q = wrap(me, q)?;
    let r = wrap(me, r)?;
    return_type(me, "linalg_qr", vec![("Q", q), ("R", r)])
}

fn uplo(v: &Value) -> Res<bool> {
    let s = args::string(v, "UPLO")?;
    match &*s {
        "L" | "l" => Ok(false),
        "U" | "u" => Ok(true),
        _ => Err(runtime(format!(
            "Expected UPLO argument to be 'L' or 'U', but got {s}"
        ))),
    }
}

fn eigh(me: &mut Interp, a: &[Value], vectors: bool) -> Res<Value> {
    let op = if vectors {
        "linalg.eigh"
    } else {
        "linalg.eigvalsh"
    };
    let x = matrix(&a[0], op, true)?;
    let upper = uplo(&a[1])?;
    let (w, v) = ok(alg::eigh(&x, upper, op))?;
    eigen_result(me, "linalg_eigh", w, v, vectors)
}

fn eig(me: &mut Interp, a: &[Value], vectors: bool) -> Res<Value> {
    let op = if vectors {
        "linalg.eig"
    } else {
        "linalg.eigvals"
    };
    let x = matrix(&a[0], op, true)?;
    let (w, v) = ok(alg::eig(&x, op))?;
    eigen_result(me, "linalg_eig", w, v, vectors)
}

/// The eigenvalues alone, or the `(eigenvalues, eigenvectors)` return type `name`.
fn eigen_result(me: &mut Interp, name: &'static str, w: Var, v: Var, vectors: bool) -> Res<Value> {
    let w = wrap(me, w)?;
    if !vectors {
        return Ok(w);
    }
    let v = wrap(me, v)?;
    return_type(me, name, vec![("eigenvalues", w), ("eigenvectors", v)])
}

fn svd(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.svd", false)?;
    let full = me.truthy(&a[1])?;
    let (u, s, vh) = ok(alg::svd(&x, full, "linalg.svd"))?;
    let u = wrap(me, u)?;
    let s = wrap(me, s)?;
    let vh = wrap(me, vh)?;
    return_type(me, "linalg_svd", vec![("U", u), ("S", s), ("Vh", vh)])
}

fn svdvals(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.svdvals", false)?;
    let (_, s, _) = ok(alg::svd(&x, false, "linalg.svd"))?;
    wrap(me, s)
}

/// `torch.svd(input, some=True, compute_uv=True)`: the older API, returning V rather than Vh.
fn svd_legacy(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.svd", false)?;
    let some = me.truthy(&a[1])?;
    if !me.truthy(&a[2])? {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "torch.svd(compute_uv=False) is not supported by nabla; use torch.linalg.svdvals",
        ));
    }
    let (u, s, vh) = ok(alg::svd(&x, !some, "linalg.svd"))?;
    let v = ok(aops::mt(&vh))?;
    let u = wrap(me, u)?;
    let s = wrap(me, s)?;
    let v = wrap(me, v)?;
    return_type(me, "svd", vec![("U", u), ("S", s), ("V", v)])
}

/// A tolerance argument (None when not given).
fn tolerance(v: &Value) -> Res<Option<f64>> {
    match v {
        Value::None => Ok(None),
        Value::Native(_) => {
            let t = this(v)?;
            if t.t.numel() != 1 {
                return Err(Exc::new(
                    ExcType::NotImplementedError,
                    "tensor tolerances with more than one element are not supported by nabla",
                ));
            }
            Ok(Some(t.t.cast(DType::F64).to_vec::<f64>()[0]))
        }
        v => Ok(Some(args::float(v)?)),
    }
}

/// PyTorch's cutoffs: `max(atol, rtol * largest singular value)`, rtol defaulting to `eps * max(m, n)` when
/// neither is given and to 0 when only atol is.
fn cutoffs(x: &Var, atol: &Value, rtol: &Value) -> Res<(f64, f64)> {
    let atol_v = tolerance(atol)?;
    let rtol_v = tolerance(rtol)?;
    let rtol = match (atol_v, rtol_v) {
        (_, Some(r)) => r,
        (Some(a), None) if a > 0.0 => 0.0,
        _ => alg::default_rtol(x),
    };
    Ok((atol_v.unwrap_or(0.0), rtol))
}

fn pinv(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.pinv", false)?;
    if me.truthy(&a[3])? {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "linalg.pinv(hermitian=True) is not supported by nabla yet",
        ));
    }
    let (atol, rtol) = cutoffs(&x, &a[1], &a[2])?;
    wrap(me, ok(alg::pinv(&x, atol, rtol, "linalg.pinv"))?)
}

fn pinverse(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.pinv", false)?;
    let rcond = args::float(&a[1])?;
    wrap(me, ok(alg::pinv(&x, 0.0, rcond, "linalg.pinv"))?)
}

/// The number of singular values above the cutoff, as int64.
fn matrix_rank(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.matrix_rank", false)?;
    if me.truthy(&a[3])? {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "linalg.matrix_rank(hermitian=True) is not supported by nabla yet",
        ));
    }
    let (atol, rtol) = cutoffs(&x, &a[1], &a[2])?;
    let s = crate::autograd::with_grad_mode(false, || alg::svd(&x, false, "linalg.svd"))
        .map_err(grad_error)?
        .1;
    let k = *s.t.shape.last().unwrap_or(&0);
    let vals = s.t.cast(DType::F64).to_vec::<f64>();
    let ranks: Vec<i64> = vals
        .chunks(k.max(1))
        .map(|c| {
            let cut = atol.max(rtol * c.first().copied().unwrap_or(0.0));
            c.iter().filter(|&&v| v > cut).count() as i64
        })
        .collect();
    let ranks = if k == 0 {
        vec![0; s.t.numel().max(1)]
    } else {
        ranks
    };
    let batch = s.t.shape[..s.t.ndim() - 1].to_vec();
    wrap(me, Var::constant(Tensor::from_vec(ranks, batch)))
}

/// `matrix_power(A, n)` by PyTorch's binary powering (its order of products), through the inverse for n < 0.
fn matrix_power(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.matrix_power", true)?;
    let mut n = args::int(&a[1], "n")?;
    let d = x.dtype();
    let mm = |p: &Var, q: &Var| -> Res<Var> {
        aops::matmul(p, q, d).map_err(|e| match e {
            aops::MatmulFailure::Grad(g) => grad_error(g),
            aops::MatmulFailure::Shapes(s) => runtime(format!("{s:?}")),
        })
    };
    if n == 0 {
        let k = x.t.shape[x.t.ndim() - 1];
        let eye: Vec<f64> = (0..k * k)
            .map(|i| if i / k == i % k { 1.0 } else { 0.0 })
            .collect();
        let eye = Tensor::from_vec(eye, vec![k, k])
            .cast(d)
            .broadcast_to(&x.t.shape)
            .map_err(|e| runtime(e.to_string()))?;
        return wrap(me, Var::constant(eye.contiguous()));
    }
    let base = if n < 0 {
        n = -n;
        ok(alg::inv(&x, "linalg.inv"))?
    } else {
        x
    };
    let out = match n {
        1 => ok(aops::clone(&base))?,
        2 => mm(&base, &base)?,
        3 => mm(&mm(&base, &base)?, &base)?,
        _ => {
            let mut z: Option<Var> = None;
            let mut result: Option<Var> = None;
            while n > 0 {
                let bit = n % 2;
                n /= 2;
                let zz = match &z {
                    Some(z) => mm(z, z)?,
                    None => base.clone(),
                };
                if bit == 1 {
                    result = Some(match &result {
                        Some(r) => mm(r, &zz)?,
                        None => zz.clone(),
                    });
                }
                z = Some(zz);
            }
            result.ok_or_else(|| runtime("matrix_power"))?
        }
    };
    wrap(me, out)
}

/// The two matrix dims of `matrix_norm`/`cond` (`dim=(-2, -1)`), normalized.
fn matrix_dims(me: &mut Interp, x: &Var, dim: &Value) -> Res<(usize, usize)> {
    let ds = me.collect(dim)?;
    if ds.len() != 2 {
        return Err(runtime(format!(
            "linalg.matrix_norm: dim must be a 2-tuple. Got {}",
            ds.iter()
                .map(|d| args::int(d, "dim").map(|v| v.to_string()))
                .collect::<Res<Vec<_>>>()?
                .join(" ")
        )));
    }
    let nd = x.t.ndim();
    let d0 = wrap_dim(args::int(&ds[0], "dim")?, nd)?;
    let d1 = wrap_dim(args::int(&ds[1], "dim")?, nd)?;
    if d0 == d1 {
        return Err(runtime(format!(
            "linalg.matrix_norm: dims must be different. Got ({d0}, {d1})"
        )));
    }
    Ok((d0, d1))
}

/// `matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False)`: 'fro' and 'nuc', the induced 1/inf norms (max
/// column / row sums) and 2-norms (largest / smallest singular value), as PyTorch composes them.
fn matrix_norm(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.matrix_norm", false)?;
    let (d0, d1) = matrix_dims(me, &x, &a[2])?;
    let keepdim = me.truthy(&a[3])?;
    let out = matrix_norm_of(me, &x, &a[1], d0, d1, keepdim)?;
    wrap(me, out)
}

fn matrix_norm_of(
    me: &mut Interp,
    x: &Var,
    ord: &Value,
    d0: usize,
    d1: usize,
    keepdim: bool,
) -> Res<Var> {
    let _ = me;
    let d = x.dtype();
    let nd = x.t.ndim();
    let word = match ord {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    };
    match word.as_deref() {
        Some("fro") => return ok(red::vector_norm(x, 2.0, &[d0, d1], keepdim)),
        Some("nuc") => {
            let s = singular_values_last(x, d0, d1)?;
            let out = ok(aops::sum(&s, Some(&[s.t.ndim() - 1]), false, s.dtype()))?;
            return restore_dims(out, d0, d1, nd, keepdim);
        }
        Some(other) => {
            return Err(runtime(format!(
                "linalg.matrix_norm: Order {other} not supported."
            )))
        }
        None => {}
    }
    let p = args::float(ord)?;
    let abs = || {
        ok(aops::unary_torch(
            crate::tensor::ops::UnaryOp::Abs,
            x,
            d.real(),
        ))
    };
    if p.abs() == 2.0 {
        let s = singular_values_last(x, d0, d1)?;
        let last = s.t.ndim() - 1;
        let out = ok(red::amax(&s, &[last], false, p > 0.0))?;
        return restore_dims(out, d0, d1, nd, keepdim);
    }
    if p.abs() == 1.0 || p.is_infinite() {
        // Induced 1-norm: the largest column sum (sum over rows d0); inf-norm: the largest row sum.
        let (sum_dim, max_dim) = if p.abs() == 1.0 { (d0, d1) } else { (d1, d0) };
        let sums = ok(aops::sum(&abs()?, Some(&[sum_dim]), keepdim, d.real()))?;
        // Without keepdim the summed dim is gone: the other one moves down past it.
        let max_dim = if !keepdim && sum_dim < max_dim {
            max_dim - 1
        } else {
            max_dim
        };
        return ok(red::amax(&sums, &[max_dim], keepdim, p > 0.0));
    }
    Err(runtime(format!(
        "linalg.matrix_norm: Order {} not supported.",
        crate::format::python::float_repr(p)
    )))
}

/// The singular values of the matrices over dims (d0, d1), as the last dim of a tensor with the other dims first.
fn singular_values_last(x: &Var, d0: usize, d1: usize) -> Res<Var> {
    let nd = x.t.ndim();
    let moved = if (d0, d1) == (nd - 2, nd - 1) {
        x.clone()
    } else {
        let mut perm: Vec<usize> = (0..nd).filter(|&i| i != d0 && i != d1).collect();
        perm.extend([d0, d1]);
        ok(aops::permute(x, &perm))?
    };
    Ok(ok(alg::svd(&moved, false, "linalg.svd"))?.1)
}

/// A reduction over the matrix dims with those dims restored as length 1 when `keepdim`.
fn restore_dims(out: Var, d0: usize, d1: usize, nd: usize, keepdim: bool) -> Res<Var> {
    let _ = nd;
    if !keepdim {
        return Ok(out);
    }
    let (lo, hi) = (d0.min(d1), d0.max(d1));
    let out = ok(aops::unsqueeze(&out, lo))?;
    ok(aops::unsqueeze(&out, hi))
}

/// `cond(A, p=None)`: the ratio of the largest to smallest singular value for p in (None, 2, -2); otherwise
/// `norm(A, p) * norm(inv(A), p)`.
fn cond(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.cond", false)?;
    let nd = x.t.ndim();
    let two = match &a[1] {
        Value::None => Some(1.0),
        Value::Str(_) => None,
        v => {
            let p = args::float(v)?;
            (p.abs() == 2.0).then_some(p)
        }
    };
    let out = match two {
        Some(p) => {
            let s = ok(alg::svd(&x, false, "linalg.svd"))?.1;
            let last = s.t.ndim() - 1;
            let k = s.t.shape[last];
            let first = ok(aops::slice(&s, last, 0, 1, 1))?;
            let least = ok(aops::slice(&s, last, k.saturating_sub(1), 1, 1))?;
            let ratio = if p > 0.0 {
                ok(aops::div(&first, &least))?
            } else {
                ok(aops::div(&least, &first))?
            };
            ok(aops::squeeze(
                &ratio,
                &[last],
                crate::autograd::rules::SqueezeName::Dim,
            ))?
        }
        None => {
            let x = matrix(&a[0], "linalg.cond", true)?;
            let norm_a = matrix_norm_of(me, &x, &a[1], nd - 2, nd - 1, false)?;
            let inv_a = ok(alg::inv(&x, "linalg.inv"))?;
            let norm_inv = matrix_norm_of(me, &inv_a, &a[1], nd - 2, nd - 1, false)?;
            ok(aops::mul(&norm_a, &norm_inv))?
        }
    };
    wrap(me, out)
}

/// `lstsq(A, B, rcond=None, driver=None)`: B is a vector per matrix when it has one dim fewer than A.
fn lstsq(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = matrix(&a[0], "linalg.lstsq", false)?;
    let b = as_var(&a[1]).ok_or_else(|| {
        type_error(format!(
            "linalg_lstsq(): argument 'b' (position 2) must be Tensor, not {}",
            a[1].type_name()
        ))
    })?;
    match &a[3] {
        Value::None => {}
        Value::Str(s) if &**s == "gelsy" => {}
        Value::Str(s) if matches!(&**s, "gels" | "gelsd" | "gelss") => {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                format!("torch.linalg.lstsq driver '{s}' is not supported by nabla (only the default, gelsy)"),
            ))
        }
        Value::Str(_) => {
            return Err(runtime(
                "torch.linalg.lstsq: parameter `driver` should be one of (gels, gelsy, gelsd, gelss)",
            ))
        }
        v => {
            return Err(type_error(format!(
                "linalg_lstsq(): argument 'driver' must be str, not {}",
                v.type_name()
            )))
        }
    }
    let nd = x.t.ndim();
    let m = x.t.shape[nd - 2];
    let vector = b.t.ndim() == nd - 1;
    let b_rows = if vector || b.t.ndim() < 2 {
        b.t.shape.last().copied().unwrap_or(0)
    } else {
        b.t.shape[b.t.ndim() - 2]
    };
    if b_rows != m {
        return Err(runtime(format!(
            "torch.linalg.lstsq: input.size(-2) should match other.size(-{})",
            if vector { 1 } else { 2 }
        )));
    }
    if b.dtype() != x.dtype() {
        return Err(runtime(format!(
            "torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's dtype {} and other's dtype {}",
            dtype_name(x.dtype()),
            dtype_name(b.dtype())
        )));
    }
    let rcond = tolerance(&a[2])?;
    let (sol, residuals, rank) = ok(alg::lstsq(&x, &b, vector, rcond))?;
    let sol = wrap(me, sol)?;
    let residuals = wrap(me, residuals)?;
    let rank = wrap(me, Var::constant(rank))?;
    let sv = wrap(me, Var::constant(Tensor::zeros(x.dtype().real(), vec![0])))?;
    return_type(
        me,
        "linalg_lstsq",
        vec![
            ("solution", sol),
            ("residuals", residuals),
            ("rank", rank),
            ("singular_values", sv),
        ],
    )
}

/// `a @ b` of 2-D tensors (MmBackward0).
fn mm(a: &Var, b: &Var) -> Res<Var> {
    aops::matmul(a, b, a.dtype()).map_err(|e| match e {
        aops::MatmulFailure::Grad(g) => grad_error(g),
        aops::MatmulFailure::Shapes(s) => runtime(format!("{s:?}")),
    })
}

/// `multi_dot(tensors)`: the chain product in the cheapest order (PyTorch's: the cost comparison for three,
/// the matrix-chain dynamic program, first minimum kept, for more), a 1-D first or last operand read as a row or
/// column vector and squeezed away at the end.
fn multi_dot(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let items = me.collect(&a[0])?;
    let n = items.len();
    if n < 2 {
        return Err(runtime(format!(
            "multi_dot(): expected at least 2 tensors but got {n}"
        )));
    }
    let given: Vec<Var> = items
        .iter()
        .map(|v| {
            as_var(v).ok_or_else(|| {
                type_error(format!(
                    "linalg_multi_dot(): argument 'tensors' must be tuple of Tensors, not {}",
                    v.type_name()
                ))
            })
        })
        .collect::<Res<_>>()?;
    let mut out_shape = Vec::new();
    let mut ts = given.clone();
    match given[0].t.ndim() {
        1 => ts[0] = ok(aops::unsqueeze(&given[0], 0))?,
        2 => out_shape.push(given[0].t.shape[0]),
        d => {
            return Err(runtime(format!(
                "multi_dot(): the first tensor must be 1D or 2D but got {d}D"
            )))
        }
    }
    match given[n - 1].t.ndim() {
        1 => ts[n - 1] = ok(aops::unsqueeze(&given[n - 1], 1))?,
        2 => out_shape.push(given[n - 1].t.shape[1]),
        d => {
            return Err(runtime(format!(
                "multi_dot(): the last tensor must be 1D or 2D but got {d}D"
            )))
        }
    }
    for (i, t) in given.iter().enumerate().take(n - 1).skip(1) {
        if t.t.ndim() != 2 {
            return Err(runtime(format!(
                "multi_dot(): tensor {i} must be 2D but got {}D",
                t.t.ndim()
            )));
        }
    }
    for i in 1..n {
        if ts[i - 1].t.shape[1] != ts[i].t.shape[0] {
            let shape = |t: &Var| {
                let dims: Vec<String> = t.t.shape.iter().map(|d| d.to_string()).collect();
                format!("[{}]", dims.join(", "))
            };
            return Err(runtime(format!(
                "multi_dot(): tensors {} and {i} with shapes {} and {} cannot be multiplied",
                i - 1,
                shape(&given[i - 1]),
                shape(&given[i])
            )));
        }
        if ts[i].dtype() != ts[0].dtype() {
            return Err(runtime(format!(
                "multi_dot(): all tensors must have be the same dtype but tensor 0 is {} and tensor {i} {}",
                dtype_name(ts[0].dtype()),
                dtype_name(ts[i].dtype())
            )));
        }
    }
    let result = if n == 2 {
        mm(&ts[0], &ts[1])?
    } else if n == 3 {
        let (a0, b0, c0, d0) = (
            ts[0].t.shape[0],
            ts[1].t.shape[0],
            ts[2].t.shape[0],
            ts[2].t.shape[1],
        );
        if (a0 * c0) * (b0 + d0) > (b0 * d0) * (a0 + c0) {
            mm(&ts[0], &mm(&ts[1], &ts[2])?)?
        } else {
            mm(&mm(&ts[0], &ts[1])?, &ts[2])?
        }
    } else {
        let p: Vec<usize> = ts
            .iter()
            .map(|t| t.t.shape[0])
            .chain(std::iter::once(ts[n - 1].t.shape[1]))
            .collect();
        let mut cost = vec![vec![0usize; n]; n];
        let mut split = vec![vec![0usize; n]; n];
        for l in 1..n {
            for i in 0..n - l {
                let j = i + l;
                cost[i][j] = usize::MAX;
                for k in i..j {
                    let q = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
                    if q < cost[i][j] {
                        cost[i][j] = q;
                        split[i][j] = k;
                    }
                }
            }
        }
        fn chain(ts: &[Var], split: &[Vec<usize>], i: usize, j: usize) -> Res<Var> {
            if i == j {
                return Ok(ts[i].clone());
            }
            let k = split[i][j];
            mm(&chain(ts, split, i, k)?, &chain(ts, split, k + 1, j)?)
        }
        chain(&ts, &split, 0, n - 1)?
    };
    wrap(me, ok(aops::reshape(&result, &out_shape))?)
}

/// `vecdot(x, y, dim=-1)`: `sum(conj(x) * y)` along dim, the inputs broadcast.
fn vecdot(me: &mut Interp, a: &[Value]) -> Res<Value> {
    if this(&a[0])?.dtype().is_complex() {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "torch.linalg.vecdot of complex tensors is not supported by nabla yet",
        ));
    }
    let prod = tensor::binary(me, crate::tensor::ops::BinaryOp::Mul, &a[0], &a[1])?;
    let p = this(&prod)?;
    let dim = wrap_dim(args::int(&a[2], "dim")?, p.t.ndim())?;
    let d = p.dtype();
    wrap(me, ok(aops::sum(&p, Some(&[dim]), false, d))?)
}

/// `torch.linalg`: decompositions, solvers, norms.
pub const LINALG_FUNCTIONS: &[Def] = defs! {
    "vector_norm", "x, ord=2, dim=None, keepdim=False, *, dtype=None", "A vector norm over dims (all by default).\n\n>>> torch.linalg.vector_norm(torch.tensor([3.0, 4.0]))\ntensor(5.)" => |me, a| {
        let x = this(&a[0])?;
        let p = args::float(&a[1])?;
        vector_norm(me, &x, p, &a[2], &a[3], &a[4])
    };
    "norm", "A, ord=None, dim=None, keepdim=False, *, out=None, dtype=None", "A vector norm, or a matrix norm of a matrix (Frobenius by default).\n\n>>> torch.linalg.norm(torch.tensor([[3.0], [4.0]]))\ntensor(5.)" => |me, a| {
        let x = this(&a[0])?;
        let matrix_ord = !matches!(a[1], Value::None) && match &a[2] {
            Value::None => x.t.ndim() == 2,
            Value::Int(_) => false,
            d => me.collect(d)?.len() == 2,
        };
        if matrix_ord {
            let (d0, d1) = match &a[2] {
                Value::None => (0, 1),
                d => matrix_dims(me, &x, d)?,
            };
            let keepdim = me.truthy(&a[3])?;
            let out = matrix_norm_of(me, &x, &a[1], d0, d1, keepdim)?;
            return wrap(me, out);
        }
        linalg_norm(me, &a)
    };
    "matrix_norm", "A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None", "A matrix norm: 'fro', 'nuc', 1, -1, 2, -2, inf, -inf.\n\n>>> torch.linalg.matrix_norm(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), ord=1)\ntensor(6.)" => |me, a| matrix_norm(me, &a);
    "inv", "A, *, out=None", "The inverse of each square matrix.\n\n>>> torch.linalg.inv(torch.tensor([[2.0, 0.0], [0.0, 4.0]]))\ntensor([[0.5000, 0.0000],\n        [0.0000, 0.2500]])" => |me, a| inv(me, &a, "linalg.inv");
    "inv_ex", "A, *, check_errors=False, out=None", "The inverse with an `info` tensor (zeros: success).\n\n>>> torch.linalg.inv_ex(torch.eye(2)).info\ntensor(0, dtype=torch.int32)" => |me, a| inv_ex(me, &a);
    "det", "A, *, out=None", "The determinant of each square matrix.\n\n>>> torch.linalg.det(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))\ntensor(-2.)" => |me, a| det(me, &a);
    "slogdet", "A, *, out=None", "The sign and log of the absolute value of each determinant.\n\n>>> torch.linalg.slogdet(torch.eye(2)).logabsdet\ntensor(0.)" => |me, a| slogdet(me, &a, "linalg_slogdet");
    "solve", "A, B, *, left=True, out=None", "Solve A X = B (or X A = B with left=False); B a vector or a stack of matrices.\n\n>>> torch.linalg.solve(torch.tensor([[3.0, 1.0], [1.0, 2.0]]), torch.tensor([9.0, 8.0]))\ntensor([2., 3.])" => |me, a| solve(me, &a, false);
    "solve_ex", "A, B, *, left=True, check_errors=False, out=None", "solve with an `info` tensor.\n\n>>> torch.linalg.solve_ex(torch.eye(2), torch.ones(2)).result\ntensor([1., 1.])" => |me, a| solve(me, &a, true);
    "solve_triangular", "A, B, *, upper, left=True, unitriangular=False, out=None", "Solve with a triangular A (only its upper or lower triangle is read).\n\n>>> torch.linalg.solve_triangular(torch.tensor([[2.0, 1.0], [0.0, 4.0]]), torch.tensor([[3.0], [4.0]]), upper=True)\ntensor([[1.],\n        [1.]])" => |me, a| solve_triangular(me, &a);
    "cholesky", "A, *, upper=False, out=None", "The Cholesky factor L of each Hermitian positive-definite matrix (A = L L^H).\n\n>>> torch.linalg.cholesky(torch.tensor([[4.0, 2.0], [2.0, 5.0]]))\ntensor([[2., 0.],\n        [1., 2.]])" => |me, a| cholesky(me, &a, false);
    "cholesky_ex", "A, *, upper=False, check_errors=False, out=None", "cholesky with an `info` tensor.\n\n>>> torch.linalg.cholesky_ex(torch.eye(2)).L\ntensor([[1., 0.],\n        [0., 1.]])" => |me, a| cholesky(me, &a, true);
    "qr", "A, mode='reduced', *, out=None", "The QR decomposition ('reduced', 'complete' or 'r').\n\n>>> torch.linalg.qr(torch.tensor([[3.0, 0.0], [4.0, 5.0]])).R\ntensor([[-5., -4.],\n        [ 0.,  3.]])" => |me, a| qr(me, &a);
    "eigh", "A, UPLO='L', *, out=None", "Eigenvalues (ascending) and eigenvectors of Hermitian matrices.\n\n>>> torch.linalg.eigh(torch.tensor([[2.0, 1.0], [1.0, 2.0]])).eigenvalues\ntensor([1., 3.])" => |me, a| eigh(me, &a, true);
    "eigvalsh", "A, UPLO='L', *, out=None", "Eigenvalues (ascending) of Hermitian matrices.\n\n>>> torch.linalg.eigvalsh(torch.tensor([[2.0, 1.0], [1.0, 2.0]]))\ntensor([1., 3.])" => |me, a| eigh(me, &a, false);
    "eig", "A, *, out=None", "Eigenvalues and eigenvectors of general square matrices (complex).\n\n>>> torch.linalg.eig(torch.tensor([[2.0, 0.0], [0.0, 3.0]])).eigenvalues\ntensor([2.+0.j, 3.+0.j])" => |me, a| eig(me, &a, true);
    "eigvals", "A, *, out=None", "Eigenvalues of general square matrices (complex).\n\n>>> torch.linalg.eigvals(torch.tensor([[2.0, 0.0], [0.0, 3.0]]))\ntensor([2.+0.j, 3.+0.j])" => |me, a| eig(me, &a, false);
    "svd", "A, full_matrices=True, *, driver=None, out=None", "The singular value decomposition A = U diag(S) Vh, singular values descending.\n\n>>> torch.linalg.svd(torch.tensor([[3.0, 0.0], [0.0, 4.0]])).S\ntensor([4., 3.])" => |me, a| svd(me, &a);
    "svdvals", "A, *, driver=None, out=None", "The singular values, descending.\n\n>>> torch.linalg.svdvals(torch.tensor([[3.0, 0.0], [0.0, 4.0]]))\ntensor([4., 3.])" => |me, a| svdvals(me, &a);
    "pinv", "A, *, atol=None, rtol=None, hermitian=False, out=None", "The Moore-Penrose pseudo-inverse (through the SVD).\n\n>>> torch.linalg.pinv(torch.tensor([[2.0, 0.0], [0.0, 0.0]]))\ntensor([[0.5000, 0.0000],\n        [0.0000, 0.0000]])" => |me, a| pinv(me, &a);
    "matrix_rank", "A, *, atol=None, rtol=None, hermitian=False, out=None", "The number of singular values above the tolerance.\n\n>>> torch.linalg.matrix_rank(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))\ntensor(1)" => |me, a| matrix_rank(me, &a);
    "matrix_power", "A, n, *, out=None", "A raised to the integer power n (through the inverse for n < 0).\n\n>>> torch.linalg.matrix_power(torch.tensor([[1.0, 1.0], [0.0, 1.0]]), 3)\ntensor([[1., 3.],\n        [0., 1.]])" => |me, a| matrix_power(me, &a);
    "lstsq", "A, B, rcond=None, *, driver=None", "Least-squares solution of A X = B (minimum norm; PyTorch's default driver gelsy).\n\n>>> torch.linalg.lstsq(torch.tensor([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]]), torch.tensor([1.0, 2.0, 3.0])).solution\ntensor([1., 1.])" => |me, a| lstsq(me, &a);
    "multi_dot", "tensors, *, out=None", "The product of a chain of matrices in the cheapest order (1-D ends as vectors).\n\n>>> torch.linalg.multi_dot([torch.ones(2), torch.eye(2), torch.ones(2)])\ntensor(2.)" => |me, a| multi_dot(me, &a);
    "vecdot", "x, y, *, dim=-1, out=None", "The dot product of vectors along dim (the first conjugated).\n\n>>> torch.linalg.vecdot(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([1.0, 1.0]))\ntensor([3., 7.])" => |me, a| vecdot(me, &a);
    "matmul", "input, other, *, out=None", "The matrix product (torch.matmul).\n\n>>> torch.linalg.matmul(torch.eye(2), torch.tensor([1.0, 2.0]))\ntensor([1., 2.])" => |me, a| tensor::matmul(me, &a[0], &a[1]);
    "cond", "A, p=None, *, out=None", "The condition number (2-norm by default).\n\n>>> torch.linalg.cond(torch.tensor([[2.0, 0.0], [0.0, 1.0]]))\ntensor(2.)" => |me, a| cond(me, &a);
};

/// `torch` functions (and Tensor methods, same names) kept from before `torch.linalg`.
pub const LINALG_METHODS: &[Def] = defs! {
    "inverse", "self, /", "The inverse of each square matrix (torch.linalg.inv).\n\n>>> torch.tensor([[2.0, 0.0], [0.0, 4.0]]).inverse()\ntensor([[0.5000, 0.0000],\n        [0.0000, 0.2500]])" => |me, a| inv(me, &a, "linalg.inv");
    "det", "self, /", "The determinant (torch.linalg.det).\n\n>>> torch.tensor([[1.0, 2.0], [3.0, 4.0]]).det()\ntensor(-2.)" => |me, a| det(me, &a);
    "logdet", "self, /", "log(det(A)): NaN for a negative determinant, -inf for zero.\n\n>>> torch.tensor([[2.0, 0.0], [0.0, 3.0]]).logdet()\ntensor(1.7918)" => |me, a| logdet(me, &a);
    "slogdet", "self, /", "The sign and log|det| (torch.linalg.slogdet).\n\n>>> torch.eye(2).slogdet().sign\ntensor(1.)" => |me, a| slogdet(me, &a, "slogdet");
    "pinverse", "self, /, rcond=1e-15", "The pseudo-inverse, singular values below rcond * largest cut.\n\n>>> torch.tensor([[2.0, 0.0], [0.0, 0.0]]).pinverse()\ntensor([[0.5000, 0.0000],\n        [0.0000, 0.0000]])" => |me, a| pinverse(me, &a);
    "matrix_power", "self, /, n", "The integer power of a square matrix.\n\n>>> torch.tensor([[1.0, 1.0], [0.0, 1.0]]).matrix_power(2)\ntensor([[1., 2.],\n        [0., 1.]])" => |me, a| matrix_power(me, &a);
    "svd", "self, /, some=True, compute_uv=True", "The SVD as (U, S, V) with V = Vh^H (reduced unless some=False).\n\n>>> torch.tensor([[3.0, 0.0], [0.0, 4.0]]).svd().S\ntensor([4., 3.])" => |me, a| svd_legacy(me, &a);
};

/// The names of `LINALG_METHODS` that are also `torch` functions.
pub const METHOD_FUNCTIONS: &[&str] = &[
    "inverse",
    "det",
    "logdet",
    "slogdet",
    "pinverse",
    "matrix_power",
    "svd",
];
