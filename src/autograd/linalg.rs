//! Differentiable linear algebra (`torch.linalg`): each op computes with `tensor::linalg`'s kernels (in float64 or
//! complex128, the results cast back to the input's dtype) and records one node, with several outputs for a
//! decomposition. The backward formulas are PyTorch's (FunctionsManual.cpp), written with differentiable ops so
//! that gradients can be differentiated again; a node recomputes its outputs from its input when the backward
//! pass itself is recorded, and uses the saved results otherwise.

use super::arrange::triangle;
use super::ops::{self, add, div, mt, mul, neg, unsqueeze, MatmulFailure};
use super::rules::Rule;
use super::{grad_enabled, record, record_outputs, GResult, GradError, Var};
use crate::tensor::dtype::DType;
use crate::tensor::linalg::{self as la, Field, Stack};
use crate::tensor::Tensor;
use crate::with_field;

/// A recorded linalg op: its inputs and the results its backward needs.
pub enum LinalgRule {
    Inv {
        a: Var,
        inverse: Tensor,
    },
    Det {
        a: Var,
    },
    /// Outputs `(sign, logabsdet)`.
    Slogdet {
        a: Var,
    },
    /// `A X = B`; `vector` when B is a (batch of) vector(s).
    Solve {
        a: Var,
        b: Var,
        x: Tensor,
        vector: bool,
    },
    Cholesky {
        a: Var,
        upper: bool,
    },
    SolveTriangular {
        a: Var,
        b: Var,
        x: Tensor,
        tri: Triangular,
    },
    /// Outputs `(Q, R)`: `complete` for a square Q; without `with_q` (mode 'r') Q is empty.
    Qr {
        a: Var,
        complete: bool,
        with_q: bool,
    },
    /// Outputs `(eigenvalues, eigenvectors)`.
    Eigh {
        a: Var,
        upper: bool,
    },
    /// Outputs `(U, S, Vh)`.
    Svd {
        a: Var,
        full: bool,
    },
    /// Outputs `(eigenvalues, eigenvectors)`, complex: their gradient needs complex autograd.
    Eig,
    Pinv {
        a: Var,
        pinv: Tensor,
    },
    /// Outputs `(solution, residuals)`; only the solution has a gradient, as in PyTorch.
    Lstsq {
        a: Var,
        b: Var,
        vector: bool,
    },
}

/// Which triangle of A a triangular solve reads, on which side A stands, and whether its diagonal is all ones.
#[derive(Debug, Clone, Copy)]
pub struct Triangular {
    pub upper: bool,
    pub left: bool,
    pub unit: bool,
}

impl LinalgRule {
    /// PyTorch's node name.
    pub fn name(&self) -> &'static str {
        match self {
            LinalgRule::Inv { .. } => "LinalgInvExBackward0",
            LinalgRule::Det { .. } => "LinalgDetBackward0",
            LinalgRule::Slogdet { .. } => "LinalgSlogdetBackward0",
            LinalgRule::Solve { .. } => "LinalgSolveExBackward0",
            LinalgRule::Cholesky { .. } => "LinalgCholeskyExBackward0",
            LinalgRule::SolveTriangular { .. } => "LinalgSolveTriangularBackward0",
            LinalgRule::Qr { .. } => "LinalgQrBackward0",
            LinalgRule::Eigh { .. } => "LinalgEighBackward0",
            LinalgRule::Svd { .. } => "LinalgSvdBackward0",
            LinalgRule::Eig => "LinalgEigBackward0",
            LinalgRule::Pinv { .. } => "LinalgPinvBackward0",
            LinalgRule::Lstsq { .. } => "LinalgLstsqBackward0",
        }
    }

    /// The inputs the node keeps for backward (their in-place writes are checked).
    pub fn saved_inputs(&self) -> Vec<&Var> {
        match self {
            LinalgRule::Inv { a, .. }
            | LinalgRule::Det { a }
            | LinalgRule::Slogdet { a }
            | LinalgRule::Cholesky { a, .. }
            | LinalgRule::Qr { a, .. }
            | LinalgRule::Eigh { a, .. }
            | LinalgRule::Svd { a, .. }
            | LinalgRule::Pinv { a, .. } => vec![a],
            LinalgRule::Solve { a, b, .. }
            | LinalgRule::SolveTriangular { a, b, .. }
            | LinalgRule::Lstsq { a, b, .. } => vec![a, b],
            LinalgRule::Eig => vec![],
        }
    }
}

fn linalg_error(m: String) -> GradError {
    GradError::LinAlg(m)
}

fn runtime(m: String) -> GradError {
    GradError::Runtime(m)
}

/// `a @ b` (batched).
fn mm(a: &Var, b: &Var) -> GResult<Var> {
    ops::matmul(a, b, a.dtype()).map_err(|e| match e {
        MatmulFailure::Grad(g) => g,
        MatmulFailure::Shapes(s) => runtime(format!("linalg backward: {s:?}")),
    })
}

/// `x.mH` for the real matrices these gradients are defined for.
fn mh(x: &Var) -> GResult<Var> {
    mt(x)
}

fn sub(a: &Var, b: &Var) -> GResult<Var> {
    add(a, &neg(b)?)
}

/// The identity matrix of order `n` in `dtype` (outside the graph).
fn eye(n: usize, dtype: DType) -> Var {
    let data: Vec<f64> = (0..n * n)
        .map(|k| if k / n == k % n { 1.0 } else { 0.0 })
        .collect();
    Var::constant(Tensor::from_vec(data, vec![n, n]).cast(dtype))
}

/// Square matrices with the vectors `v` (`(..., n)`) on their diagonals.
fn diag_embed(v: &Var) -> GResult<Var> {
    let n = *v.shape().last().unwrap_or(&0);
    mul(&unsqueeze(v, v.t.ndim() - 1)?, &eye(n, v.dtype()))
}

/// `v.unsqueeze(-1)`: a stack of column vectors.
fn col(v: &Var) -> GResult<Var> {
    unsqueeze(v, v.t.ndim())
}

/// `v.unsqueeze(-2)`: a stack of row vectors.
fn row(v: &Var) -> GResult<Var> {
    unsqueeze(v, v.t.ndim() - 1)
}

/// The batch index and matrix of the first failing matrix in a stack, with LAPACK's info for it.
fn first_failure<T: Field>(
    s: &Stack<T>,
    info: impl Fn(&[T]) -> Option<usize>,
) -> Option<(usize, usize)> {
    (0..s.count()).find_map(|i| info(s.matrix(i)).map(|k| (i, k)))
}

/// PyTorch's error for the matrix at `batch` of an input with `ndim` dims: `op: (Batch element i): msg`.
fn batch_message(op: &str, ndim: usize, batch: usize, msg: &str) -> String {
    if ndim > 2 {
        format!("{op}: (Batch element {batch}): {msg}")
    } else {
        format!("{op}: {msg}")
    }
}

/// The cached results of a node when the backward pass is not recorded; otherwise the op run again on its
/// input, so that the gradient's own graph reaches the input through them.
fn results(saved: &[Tensor], again: impl FnOnce() -> GResult<Vec<Var>>) -> GResult<Vec<Var>> {
    if grad_enabled() {
        again()
    } else {
        Ok(saved.iter().cloned().map(Var::constant).collect())
    }
}

// --- inverse, determinants, solves -----------------------------------------------------------------------------

/// The inverse of each matrix of `a` (square, floating); `op` names the function in errors.
pub fn inv(a: &Var, op: &str) -> GResult<Var> {
    let d = a.dtype();
    let out = with_field!(d, T => {
        let s = Stack::<T>::of(&a.t);
        let n = s.rows;
        match la::inv(&s) {
            Ok(v) => s.out(v, &[n, n]),
            Err(_) => {
                let (i, k) = first_failure(&s, |m| la::zero_pivot(m, n)).unwrap_or((0, n));
                let msg = format!("The diagonal element {k} is zero, the inversion could not be completed because the input matrix is singular.");
                return Err(linalg_error(batch_message(op, a.t.ndim(), i, &msg)));
            }
        }
    })
    .cast(d);
    let inverse = out.clone();
    Ok(record(out, &[a], || {
        linalg(LinalgRule::Inv {
            a: a.clone(),
            inverse,
        })
    }))
}

fn linalg(rule: LinalgRule) -> Rule {
    Rule::Linalg(Box::new(rule))
}

/// `(sign, log|det|)` of each matrix, as plain tensors in `a`'s dtype (real for real input).
fn slogdet_values(a: &Tensor) -> (Tensor, Tensor) {
    let d = a.dtype();
    with_field!(d, T => {
        let s = Stack::<T>::of(a);
        let (signs, logs) = la::slogdet(&s);
        (s.out(signs, &[]).cast(d), s.out(logs, &[]).cast(d.real()))
    })
}

/// Determinants (through LU, as LAPACK-based libraries compute them).
pub fn det(a: &Var) -> GResult<Var> {
    let d = a.dtype();
    let out = with_field!(d, T => {
        let s = Stack::<T>::of(&a.t);
        s.out(la::det(&s), &[]).cast(d)
    });
    Ok(record(out, &[a], || {
        linalg(LinalgRule::Det { a: a.clone() })
    }))
}

/// `(sign, logabsdet)` of each matrix.
pub fn slogdet(a: &Var) -> GResult<(Var, Var)> {
    let (sign, logabs) = slogdet_values(&a.t);
    let mut outs = record_outputs(vec![sign, logabs], &[a], || {
        linalg(LinalgRule::Slogdet { a: a.clone() })
    });
    let logabs = outs
        .pop()
        .ok_or_else(|| runtime("slogdet: no output".into()))?;
    let sign = outs
        .pop()
        .ok_or_else(|| runtime("slogdet: no output".into()))?;
    Ok((sign, logabs))
}

/// Solve `A X = B` for square `a` (`(..., n, n)`) and `b` already broadcast to its batch: `(..., n, k)`, or
/// `(..., n)` when `vector`.
pub fn solve(a: &Var, b: &Var, vector: bool, op: &str) -> GResult<Var> {
    let d = a.dtype();
    let bm = if vector {
        b.t.unsqueeze(b.t.ndim())
    } else {
        b.t.clone()
    };
    let out = with_field!(d, T => {
        let sa = Stack::<T>::of(&a.t);
        let sb = Stack::<T>::of(&bm);
        match la::solve(&sa, &sb) {
            Ok(x) => sb.out(x, &[sb.rows, sb.cols]),
            Err(_) => {
                let n = sa.rows;
                let (i, _) = first_failure(&sa, |m| la::zero_pivot(m, n)).unwrap_or((0, n));
                let msg = "The solver failed because the input matrix is singular.";
                return Err(linalg_error(batch_message(op, a.t.ndim(), i, msg)));
            }
        }
    })
    .cast(d);
    let out = if vector {
        let shape: Vec<isize> = out.shape[..out.ndim() - 1]
            .iter()
            .map(|&d| d as isize)
            .collect();
        out.reshape(&shape)?
    } else {
        out
    };
    let x = out.clone();
    Ok(record(out, &[a, b], || {
        linalg(LinalgRule::Solve {
            a: a.clone(),
            b: b.clone(),
            x,
            vector,
        })
    }))
}

/// Solve with a triangular `a`: `A X = B` (`left`) or `X A = B`; `b` is broadcast to `a`'s batch.
pub fn solve_triangular(a: &Var, b: &Var, tri: Triangular) -> GResult<Var> {
    let d = a.dtype();
    let out = with_field!(d, T => {
        let sa = Stack::<T>::of(&a.t);
        let sb = Stack::<T>::of(&b.t);
        let x = la::solve_triangular(&sa, &sb, tri.upper, tri.left, tri.unit);
        sb.out(x, &[sb.rows, sb.cols]).cast(d)
    });
    let x = out.clone();
    Ok(record(out, &[a, b], || {
        linalg(LinalgRule::SolveTriangular {
            a: a.clone(),
            b: b.clone(),
            x,
            tri,
        })
    }))
}

/// Cholesky factors (lower, or upper `L^H` with `upper`).
pub fn cholesky(a: &Var, upper: bool, op: &str) -> GResult<Var> {
    let d = a.dtype();
    let out = with_field!(d, T => {
        let s = Stack::<T>::of(&a.t);
        let n = s.rows;
        match la::cholesky(&s, upper) {
            Ok(l) => s.out(l, &[n, n]).cast(d),
            Err(_) => {
                // potrf reads one triangle: the lower (or, with `upper`, the conjugated upper).
                let (i, k) = first_failure(&s, |m| {
                    let lower: Vec<T> = (0..n * n)
                        .map(|p| if upper { m[(p % n) * n + p / n].cj() } else { m[p] })
                        .collect();
                    la::failing_minor(&lower, n)
                })
                .unwrap_or((0, n));
                let msg = format!("The factorization could not be completed because the input is not positive-definite (the leading minor of order {k} is not positive-definite).");
                return Err(linalg_error(batch_message(op, a.t.ndim(), i, &msg)));
            }
        }
    });
    Ok(record(out, &[a], || {
        linalg(LinalgRule::Cholesky {
            a: a.clone(),
            upper,
        })
    }))
}

// --- decompositions ----------------------------------------------------------------------------------------------

/// `(Q, R)` of each matrix: `complete` gives a square Q; without `with_q`, Q is empty (mode 'r').
pub fn qr(a: &Var, complete: bool, with_q: bool) -> GResult<(Var, Var)> {
    let (q, r) = qr_values(&a.t, complete, with_q);
    let mut outs = record_outputs(vec![q, r], &[a], || {
        linalg(LinalgRule::Qr {
            a: a.clone(),
            complete,
            with_q,
        })
    });
    let r = outs.pop().ok_or_else(|| runtime("qr: no output".into()))?;
    let q = outs.pop().ok_or_else(|| runtime("qr: no output".into()))?;
    Ok((q, r))
}

fn qr_values(a: &Tensor, complete: bool, with_q: bool) -> (Tensor, Tensor) {
    let d = a.dtype();
    let nd = a.ndim();
    let (m, n) = (a.shape[nd - 2], a.shape[nd - 1]);
    let qc = if complete { m } else { m.min(n) };
    with_field!(d, T => {
        let s = Stack::<T>::of(a);
        let f = la::qr(&s, qc);
        let q = if with_q {
            s.out(f.q, &[m, qc]).cast(d)
        } else {
            Tensor::zeros(d, vec![0])
        };
        (q, s.out(f.r, &[qc, n]).cast(d))
    })
}

/// Eigenvalues (ascending, real) and eigenvectors of Hermitian matrices read from one triangle.
pub fn eigh(a: &Var, upper: bool, op: &str) -> GResult<(Var, Var)> {
    let (w, v) = eigh_values(&a.t, upper, op)?;
    let mut outs = record_outputs(vec![w, v], &[a], || {
        linalg(LinalgRule::Eigh {
            a: a.clone(),
            upper,
        })
    });
    let v = outs
        .pop()
        .ok_or_else(|| runtime("eigh: no output".into()))?;
    let w = outs
        .pop()
        .ok_or_else(|| runtime("eigh: no output".into()))?;
    Ok((w, v))
}

fn eigh_values(a: &Tensor, upper: bool, op: &str) -> GResult<(Tensor, Tensor)> {
    let d = a.dtype();
    let n = a.shape[a.ndim() - 1];
    with_field!(d, T => {
        let s = Stack::<T>::of(a);
        let (w, v) = la::eigh(&s, upper, true, la::Flavor::torch(d == DType::F32)).map_err(|_| {
            linalg_error(format!("{op}: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated eigenvalues (error code: {n})."))
        })?;
        Ok((s.out(w, &[n]).cast(d.real()), s.out(v, &[n, n]).cast(d)))
    })
}

/// `(U, S, Vh)` of each matrix, singular values descending; `full` gives square U and Vh.
pub fn svd(a: &Var, full: bool, op: &str) -> GResult<(Var, Var, Var)> {
    let (u, s, vh) = svd_values(&a.t, full, op)?;
    let mut outs = record_outputs(vec![u, s, vh], &[a], || {
        linalg(LinalgRule::Svd { a: a.clone(), full })
    });
    let vh = outs.pop().ok_or_else(|| runtime("svd: no output".into()))?;
    let s = outs.pop().ok_or_else(|| runtime("svd: no output".into()))?;
    let u = outs.pop().ok_or_else(|| runtime("svd: no output".into()))?;
    Ok((u, s, vh))
}

fn svd_values(a: &Tensor, full: bool, op: &str) -> GResult<(Tensor, Tensor, Tensor)> {
    let d = a.dtype();
    let nd = a.ndim();
    let (m, n) = (a.shape[nd - 2], a.shape[nd - 1]);
    let k = m.min(n);
    let (uc, vc) = if full { (m, n) } else { (k, k) };
    with_field!(d, T => {
        let st = Stack::<T>::of(a);
        let (u, s, vh) = la::svd(&st, full, true, la::Flavor::torch(d == DType::F32)).map_err(|_| {
            linalg_error(format!("{op}: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated singular values (error code: {k})."))
        })?;
        Ok((
            st.out(u, &[m, uc]).cast(d),
            st.out(s, &[k]).cast(d.real()),
            st.out(vh, &[vc, n]).cast(d),
        ))
    })
}

/// Eigenvalues and eigenvectors of general matrices, complex (as LAPACK's geev normalizes them).
pub fn eig(a: &Var, op: &str) -> GResult<(Var, Var)> {
    let d = a.dtype();
    let nd = a.t.ndim();
    let n = a.shape()[nd - 1];
    let c = d.to_complex();
    let (w, v) = with_field!(d, T => {
        let s = Stack::<T>::of(&a.t);
        let (w, v) = la::eig(&s, true, la::Flavor::torch(d == DType::F32)).map_err(|_| {
            linalg_error(format!("{op}: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated eigenvalues (error code: {n})."))
        })?;
        (s.out(w, &[n]).cast(c), s.out(v, &[n, n]).cast(c))
    });
    let mut outs = record_outputs(vec![w, v], &[a], || linalg(LinalgRule::Eig));
    let v = outs.pop().ok_or_else(|| runtime("eig: no output".into()))?;
    let w = outs.pop().ok_or_else(|| runtime("eig: no output".into()))?;
    Ok((w, v))
}

/// The pseudo-inverse through the SVD: singular values at most `max(atol, rtol * largest)` count as zero.
pub fn pinv(a: &Var, atol: f64, rtol: f64, op: &str) -> GResult<Var> {
    let d = a.dtype();
    let nd = a.t.ndim();
    let (m, n) = (a.shape()[nd - 2], a.shape()[nd - 1]);
    let k = m.min(n);
    let out = with_field!(d, T => {
        let st = Stack::<T>::of(&a.t);
        let (u, s, vh) = la::svd(&st, false, true, la::Flavor::torch(d == DType::F32)).map_err(|_| {
            linalg_error(format!("{op}: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated singular values (error code: {k})."))
        })?;
        let mut out = Vec::with_capacity(st.count() * m * n);
        for i in 0..st.count() {
            let (u, s, vh) = (&u[i * m * k..(i + 1) * m * k], &s[i * k..(i + 1) * k], &vh[i * k * n..(i + 1) * k * n]);
            let cut = atol.max(rtol * s.first().copied().unwrap_or(0.0));
            // pinv = V diag(1/s) U^H over the kept singular values.
            for r in 0..n {
                for c in 0..m {
                    let mut acc = T::default();
                    for (j, &sj) in s.iter().enumerate() {
                        if sj > cut {
                            acc = acc + (vh[j * n + r].cj() * u[c * k + j].cj()).scale(1.0 / sj);
                        }
                    }
                    out.push(acc);
                }
            }
        }
        st.out(out, &[n, m]).cast(d)
    });
    let saved = out.clone();
    Ok(record(out, &[a], || {
        linalg(LinalgRule::Pinv {
            a: a.clone(),
            pinv: saved,
        })
    }))
}

/// Least squares `min |A X - B|` per matrix (the minimum-norm solution where A is rank deficient), as PyTorch's
/// default CPU driver (gelsy) reports it: the solution, an empty residuals tensor, and each matrix's rank.
/// `a` and `b` share their batch; `b` is `(..., m)` when `vector`.
pub fn lstsq(a: &Var, b: &Var, vector: bool, rcond: Option<f64>) -> GResult<(Var, Var, Tensor)> {
    let d = a.dtype();
    let nd = a.t.ndim();
    let (m, n) = (a.shape()[nd - 2], a.shape()[nd - 1]);
    let bm = if vector {
        b.t.unsqueeze(b.t.ndim())
    } else {
        b.t.clone()
    };
    let nrhs = bm.shape[bm.ndim() - 1];
    let rcond = rcond.unwrap_or_else(|| {
        let eps = if matches!(d, DType::F32 | DType::C64) {
            f32::EPSILON as f64
        } else {
            f64::EPSILON
        };
        eps * m.max(n) as f64
    });
    let (x, ranks) = with_field!(d, T => {
        let sa = Stack::<T>::of(&a.t);
        let sb = Stack::<T>::of(&bm);
        let mut xs = Vec::new();
        let mut ranks = Vec::new();
        for i in 0..sa.count() {
            let one = |s: &Stack<T>| Stack { batch: vec![], rows: s.rows, cols: s.cols, data: s.matrix(i).to_vec() };
            let f = la::lstsq(&one(&sa), &one(&sb), rcond).map_err(|e| linalg_error(format!("torch.linalg.lstsq: {}", e.message())))?;
            xs.extend(f.x);
            ranks.push(f.rank as i64);
        }
        (sa.out(xs, &[n, nrhs]).cast(d), Tensor::from_vec(ranks, sa.batch.clone()))
    });
    let x = if vector {
        let shape: Vec<isize> = x.shape[..x.ndim() - 1]
            .iter()
            .map(|&v| v as isize)
            .collect();
        x.reshape(&shape)?
    } else {
        x
    };
    let residuals = Tensor::zeros(d.real(), vec![0]);
    let mut outs = record_outputs(vec![x, residuals], &[a, b], || {
        linalg(LinalgRule::Lstsq {
            a: a.clone(),
            b: b.clone(),
            vector,
        })
    });
    let residuals = outs
        .pop()
        .ok_or_else(|| runtime("lstsq: no output".into()))?;
    let x = outs
        .pop()
        .ok_or_else(|| runtime("lstsq: no output".into()))?;
    Ok((x, residuals, ranks))
}

// --- backward --------------------------------------------------------------------------------------------------

/// The gradients of a linalg node's inputs from the gradients of its outputs (None where an output got none).
pub fn backward(rule: &LinalgRule, grads: &[Option<Var>]) -> GResult<Vec<Option<Var>>> {
    let g0 = grads.first().cloned().flatten();
    let real = |a: &Var, name: &str| {
        if a.dtype().is_complex() {
            Err(GradError::NotImplemented(format!(
                "{name} of complex matrices"
            )))
        } else {
            Ok(())
        }
    };
    match rule {
        LinalgRule::Inv { a, inverse } => {
            real(a, "linalg.inv")?;
            let Some(g) = g0 else { return Ok(vec![None]) };
            let inv_a = results(std::slice::from_ref(inverse), || {
                Ok(vec![inv(a, "linalg.inv")?])
            })?;
            let ih = mh(&inv_a[0])?;
            Ok(vec![Some(neg(&mm(&ih, &mm(&g, &ih)?)?)?)])
        }
        LinalgRule::Det { a } => {
            real(a, "linalg.det")?;
            let Some(g) = g0 else { return Ok(vec![None]) };
            Ok(vec![Some(det_backward(&g, a)?)])
        }
        LinalgRule::Slogdet { a } => {
            real(a, "linalg.slogdet")?;
            // The sign of a real determinant is piecewise constant: only log|det| has a gradient.
            let Some(g) = grads.get(1).cloned().flatten() else {
                return Ok(vec![None]);
            };
            let inv_a = inv(a, "linalg.slogdet")?;
            Ok(vec![Some(mul(&col(&col(&g)?)?, &mh(&inv_a)?)?)])
        }
        LinalgRule::Solve { a, b, x, vector } => {
            real(a, "linalg.solve")?;
            let Some(g) = g0 else {
                return Ok(vec![None, None]);
            };
            let x = results(std::slice::from_ref(x), || {
                Ok(vec![solve(a, b, *vector, "torch.linalg.solve")?])
            })?
            .remove(0);
            // gB = A^-H gX; gA = -gB X^H.
            let gb = solve(&mh(a)?, &g, *vector, "torch.linalg.solve")?;
            let ga = if *vector {
                neg(&mul(&col(&gb)?, &row(&x)?)?)?
            } else {
                neg(&mm(&gb, &mh(&x)?)?)?
            };
            Ok(vec![Some(ga), Some(gb)])
        }
        LinalgRule::SolveTriangular { a, b, x, tri } => {
            real(a, "linalg.solve_triangular")?;
            let Some(g) = g0 else {
                return Ok(vec![None, None]);
            };
            let x = results(std::slice::from_ref(x), || {
                Ok(vec![solve_triangular(a, b, *tri)?])
            })?
            .remove(0);
            // gB = A^-H gX (or gX A^-H); gA = -gB X^H (or -X^H gB), kept to A's triangle.
            let flipped = Triangular {
                upper: !tri.upper,
                ..*tri
            };
            let ah = mh(a)?;
            let gb = solve_triangular(&ah, &g, flipped)?;
            let full = if tri.left {
                neg(&mm(&gb, &mh(&x)?)?)?
            } else {
                neg(&mm(&mh(&x)?, &gb)?)?
            };
            let ga = if tri.unit {
                triangle(&full, if tri.upper { 1 } else { -1 }, !tri.upper)?
            } else {
                triangle(&full, 0, !tri.upper)?
            };
            Ok(vec![Some(ga), Some(gb)])
        }
        LinalgRule::Cholesky { a, upper } => {
            real(a, "linalg.cholesky")?;
            let Some(g) = g0 else { return Ok(vec![None]) };
            let l = cholesky(a, false, "linalg.cholesky")?;
            let gl = if *upper { mh(&g)? } else { g };
            Ok(vec![Some(cholesky_backward(&gl, &l)?)])
        }
        LinalgRule::Qr {
            a,
            complete,
            with_q,
        } => {
            real(a, "linalg.qr")?;
            if !with_q {
                return Err(runtime("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please use linalg.qr(A, mode='reduced') if you are going to differentiate through linalg.qr.".into()));
            }
            let nd = a.t.ndim();
            let (m, n) = (a.shape()[nd - 2], a.shape()[nd - 1]);
            if *complete && m > n {
                return Err(runtime("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.".into()));
            }
            let (q, r) = qr(a, *complete, true)?;
            let gq = grads.first().cloned().flatten();
            let gr = grads.get(1).cloned().flatten();
            Ok(vec![Some(qr_backward(gq, gr, &q, &r, a)?)])
        }
        LinalgRule::Eigh { a, upper } => {
            real(a, "linalg.eigh")?;
            let (l, v) = eigh(a, *upper, "linalg.eigh")?;
            let gl = grads.first().cloned().flatten();
            let gv = grads.get(1).cloned().flatten();
            Ok(vec![Some(eigh_backward(gl, gv, &l, &v)?)])
        }
        LinalgRule::Svd { a, full } => {
            real(a, "linalg.svd")?;
            let (u, s, vh) = svd(a, false, "linalg.svd")?;
            let nd = a.t.ndim();
            let k = s.shape()[s.t.ndim() - 1];
            // Full matrices: only the first k columns of U (rows of Vh) are determined by A.
            let narrow = |g: Option<Var>, dim: usize| -> GResult<Option<Var>> {
                match g {
                    Some(g) if *full => Ok(Some(ops::slice(&g, dim, 0, 1, k)?)),
                    g => Ok(g),
                }
            };
            let gu = narrow(grads.first().cloned().flatten(), nd - 1)?;
            let gs = grads.get(1).cloned().flatten();
            let gvh = narrow(grads.get(2).cloned().flatten(), nd - 2)?;
            Ok(vec![Some(svd_backward(gu, gs, gvh, &u, &s, &vh)?)])
        }
        LinalgRule::Eig => Err(GradError::NotImplemented(
            "linalg.eig (its gradient needs complex autograd)".into(),
        )),
        LinalgRule::Pinv { a, pinv: saved } => {
            real(a, "linalg.pinv")?;
            let Some(g) = g0 else { return Ok(vec![None]) };
            let p = results(std::slice::from_ref(saved), || {
                Ok(vec![pinv(a, 0.0, default_rtol(a), "linalg.pinv")?])
            })?
            .remove(0);
            Ok(vec![Some(pinv_backward(&g, &p, a)?)])
        }
        LinalgRule::Lstsq { a, b, vector } => {
            real(a, "linalg.lstsq")?;
            let Some(g) = g0 else {
                return Ok(vec![None, None]);
            };
            // PyTorch's linalg_lstsq_backward: through the pseudo-inverse (its default cutoff).
            let p = pinv(a, 0.0, default_rtol(a), "linalg.pinv")?;
            let (gm, bmat) = if *vector {
                (col(&g)?, col(b)?)
            } else {
                (g, b.clone())
            };
            let ga = pinv_backward(&mm(&gm, &mh(&bmat)?)?, &p, a)?;
            let gb = mm(&mh(&p)?, &gm)?;
            let gb = if *vector {
                let last = gb.t.ndim() - 1;
                ops::squeeze(&gb, &[last], super::rules::SqueezeName::Dim)?
            } else {
                gb
            };
            Ok(vec![Some(ga), Some(gb)])
        }
    }
}

/// PyTorch's default relative cutoff for pinv and matrix_rank: `eps * max(m, n)` of the dtype.
pub fn default_rtol(a: &Var) -> f64 {
    let nd = a.t.ndim();
    let eps = if matches!(a.dtype(), DType::F32 | DType::C64) {
        f32::EPSILON as f64
    } else {
        f64::EPSILON
    };
    eps * a.shape()[nd - 2].max(a.shape()[nd - 1]) as f64
}

/// PyTorch's linalg_det_backward: `A^-H (g det(A))`, solved with A's LU factors (so that a second backward sees
/// a solve). For an exactly singular A PyTorch's triangular solves pass the zero right-hand side through
/// untouched, so its gradient is zero there; nabla gives the same.
fn det_backward(g: &Var, a: &Var) -> GResult<Var> {
    let d = det(a)?;
    let n = a.shape()[a.t.ndim() - 1];
    let scaled = mul(&col(&col(&mul(g, &d)?)?)?, &eye(n, a.dtype()))?;
    let singular: Vec<bool> =
        d.t.cast(DType::F64)
            .to_vec::<f64>()
            .iter()
            .map(|&v| v == 0.0)
            .collect();
    if !singular.contains(&true) {
        return solve(&mh(a)?, &scaled, false, "torch.linalg.solve");
    }
    // Singular matrices of a stack are swapped for the identity in the solve, and their gradients zeroed.
    let mut shape = d.t.shape.clone();
    shape.extend([1, 1]);
    let mask = Tensor::from_vec(singular, shape);
    let identity = eye(n, a.dtype());
    let safe = ops::where_(&mask, &identity, a, a.dtype())?;
    let grad = solve(&mh(&safe)?, &scaled, false, "torch.linalg.solve")?;
    ops::where_(&mask, &ops::zeros_like(a), &grad, a.dtype())
}

/// PyTorch's cholesky_backward: `gA = L^-H Phi(L^H gL) L^-1` with `Phi(X) = (tril(X) + tril(X, -1)^H) / 2`.
fn cholesky_backward(gl: &Var, l: &Var) -> GResult<Var> {
    let x = triangle(&mm(&mh(l)?, gl)?, 0, true)?;
    let phi = ops::mul_scalar(&add(&x, &mh(&triangle(&x, -1, true)?)?)?, 0.5)?;
    let lower = Triangular {
        upper: false,
        left: true,
        unit: false,
    };
    // L^-H Phi: solve L^H Y = Phi (upper); then Y L^-1: solve Z L = Y (lower, right).
    let y = solve_triangular(
        &mh(l)?,
        &phi,
        Triangular {
            upper: true,
            ..lower
        },
    )?;
    solve_triangular(
        l,
        &y,
        Triangular {
            left: false,
            ..lower
        },
    )
}

/// PyTorch's linalg_qr_backward for real matrices: with `M = R gR^H - gQ^H Q`,
/// `gA = (gQ + Q copyltu(M)) R^-H` when m >= n; for m < n the columns past m are handled through `A = Q [R1 R2]`.
fn qr_backward(gq: Option<Var>, gr: Option<Var>, q: &Var, r: &Var, a: &Var) -> GResult<Var> {
    let nd = a.t.ndim();
    let (m, n) = (a.shape()[nd - 2], a.shape()[nd - 1]);
    let square_part = |gq: Option<Var>, gr: Option<Var>, r: &Var| -> GResult<Var> {
        let mut mmat: Option<Var> = None;
        if let Some(gr) = &gr {
            mmat = Some(mm(r, &mh(gr)?)?);
        }
        if let Some(gq) = &gq {
            let t = mm(&mh(gq)?, q)?;
            mmat = Some(match mmat {
                Some(x) => sub(&x, &t)?,
                None => neg(&t)?,
            });
        }
        let mmat = mmat.ok_or_else(|| runtime("qr backward without gradients".into()))?;
        // copyltu: the lower triangle mirrored to the upper.
        let copied = add(
            &triangle(&mmat, 0, true)?,
            &mh(&triangle(&mmat, -1, true)?)?,
        )?;
        let mut b = mm(q, &copied)?;
        if let Some(gq) = gq {
            b = add(&gq, &b)?;
        }
        // B R^-H: solve X R^H = B, R^H lower triangular, on the right.
        solve_triangular(
            &mh(r)?,
            &b,
            Triangular {
                upper: false,
                left: false,
                unit: false,
            },
        )
    };
    if m >= n {
        return square_part(gq, gr, r);
    }
    // A = [X | Y] with X = Q R1 square: gY = Q gR2, and X's gradient sees gQ + Y gR2^H.
    let y = ops::slice(a, nd - 1, m, 1, n - m)?;
    let r1 = ops::slice(r, nd - 1, 0, 1, m)?;
    let (gr1, gy, gq) = match gr {
        Some(gr) => {
            let gr1 = ops::slice(&gr, nd - 1, 0, 1, m)?;
            let gr2 = ops::slice(&gr, nd - 1, m, 1, n - m)?;
            let extra = mm(&y, &mh(&gr2)?)?;
            let gq = Some(match gq {
                Some(gq) => add(&gq, &extra)?,
                None => extra,
            });
            (Some(gr1), Some(mm(q, &gr2)?), gq)
        }
        None => (None, None, gq),
    };
    let gx = square_part(gq, gr1, &r1)?;
    match gy {
        Some(gy) => ops::cat(&[gx, gy], nd - 1, a.dtype()),
        None => {
            let zeros = ops::zeros_like(&y);
            ops::cat(&[gx, zeros], nd - 1, a.dtype())
        }
    }
}

/// PyTorch's linalg_eig_backward for Hermitian input: `gA = V (skew(V^H gV) / E + diag(gL)) V^H`, with
/// `skew(X) = (X - X^H) / 2` and `E_ij = L_j - L_i`.
fn eigh_backward(gl: Option<Var>, gv: Option<Var>, l: &Var, v: &Var) -> GResult<Var> {
    let n = l.shape()[l.t.ndim() - 1];
    let mut inner: Option<Var> = None;
    if let Some(gv) = gv {
        let vhgv = mm(&mh(v)?, &gv)?;
        let skew = ops::mul_scalar(&sub(&vhgv, &mh(&vhgv)?)?, 0.5)?;
        // E with ones on the diagonal (where skew is zero) so that the division is defined.
        let e = add(&sub(&row(l)?, &col(l)?)?, &eye(n, l.dtype()))?;
        inner = Some(div(&skew, &e)?);
    }
    if let Some(gl) = gl {
        let d = diag_embed(&gl)?;
        inner = Some(match inner {
            Some(x) => add(&x, &d)?,
            None => d,
        });
    }
    let inner = inner.ok_or_else(|| runtime("eigh backward without gradients".into()))?;
    mm(v, &mm(&inner, &mh(v)?)?)
}

/// PyTorch's svd_backward (reduced U, S, Vh of an m x n matrix, k = min(m, n)).
fn svd_backward(
    gu: Option<Var>,
    gs: Option<Var>,
    gvh: Option<Var>,
    u: &Var,
    s: &Var,
    vh: &Var,
) -> GResult<Var> {
    let (m, n) = (u.shape()[u.t.ndim() - 2], vh.shape()[vh.t.ndim() - 1]);
    let k = s.shape()[s.t.ndim() - 1];
    if gu.is_none() && gvh.is_none() {
        let gs = gs.ok_or_else(|| runtime("svd backward without gradients".into()))?;
        return mm(&mul(u, &row(&gs)?)?, vh);
    }
    let skew = |x: &Var| -> GResult<Var> { sub(x, &mh(x)?) };
    let s2 = mul(s, s)?;
    // E_jk = s_k^2 - s_j^2, ones on the diagonal.
    let e = add(&sub(&row(&s2)?, &col(&s2)?)?, &eye(k, s.dtype()))?;
    let v = mh(vh)?;
    let mut ga: Option<Var> = None;
    if let Some(gu) = &gu {
        let uhgu = skew(&mm(&mh(u)?, gu)?)?;
        ga = Some(mul(&uhgu, &row(s)?)?);
    }
    if let Some(gvh) = &gvh {
        let vhgv = skew(&mm(vh, &mh(gvh)?)?)?;
        let t = mul(&col(s)?, &vhgv)?;
        ga = Some(match ga {
            Some(x) => add(&x, &t)?,
            None => t,
        });
    }
    let mut ga = div(&ga.ok_or_else(|| runtime("svd backward".into()))?, &e)?;
    if let Some(gs) = gs {
        ga = add(&ga, &diag_embed(&gs)?)?;
    }
    if m > n && gu.is_some() {
        let gu = gu.ok_or_else(|| runtime("svd backward".into()))?;
        // gA = [U gA + (I - U U^H) gU S^-1] Vh
        let inner = mm(u, &ga)?;
        let gus = div(&gu, &row(s)?)?;
        let proj = sub(&gus, &mm(u, &mm(&mh(u)?, &gus)?)?)?;
        mm(&add(&inner, &proj)?, vh)
    } else if m < n && gvh.is_some() {
        let gvh = gvh.ok_or_else(|| runtime("svd backward".into()))?;
        // gA = U [gA Vh + S^-1 gVh (I - V Vh)]
        let inner = mm(&ga, vh)?;
        let sgvh = div(&gvh, &col(s)?)?;
        let proj = sub(&sgvh, &mm(&mm(&sgvh, &v)?, vh)?)?;
        mm(u, &add(&inner, &proj)?)
    } else {
        mm(u, &mm(&ga, vh)?)
    }
}

/// PyTorch's pinv_backward: the derivative of the pseudo-inverse `P` of `A`, arranged to multiply the smaller
/// matrices.
fn pinv_backward(g: &Var, p: &Var, a: &Var) -> GResult<Var> {
    let nd = a.t.ndim();
    let (m, n) = (a.shape()[nd - 2], a.shape()[nd - 1]);
    let ph = mh(p)?;
    let gh = mh(g)?;
    if m <= n {
        let k = mm(&gh, p)?;
        let kph = mm(&k, &ph)?;
        let t1 = neg(&mh(&mm(p, &k)?)?)?;
        let t3 = mm(&mm(a, p)?, &kph)?;
        let t4 = mm(&mm(&ph, p)?, &sub(&gh, &mm(&k, a)?)?)?;
        add(&sub(&add(&t1, &kph)?, &t3)?, &t4)
    } else {
        let k = mm(p, &gh)?;
        let phk = mm(&ph, &k)?;
        let t1 = neg(&mh(&mm(&k, p)?)?)?;
        let t2 = mm(&mm(&sub(&gh, &mm(a, &k)?)?, p)?, &ph)?;
        let t4 = mm(&mm(&phk, p)?, a)?;
        add(&add(&t1, &t2)?, &sub(&phk, &t4)?)
    }
}
