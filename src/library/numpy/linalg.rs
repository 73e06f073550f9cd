//! `numpy.linalg`: NumPy's argument checks, dtype rules and `LinAlgError` around the decomposition kernels of
//! `tensor::linalg`; the composites NumPy writes in Python (norm, cond, pinv, matrix_rank, ...) are in
//! stdlib/numpy/linalg.py, run into this module.

use super::array::*;
use super::methods::arg_tensor;
use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::{args, Def};
use crate::tensor::dtype::DType;
use crate::tensor::element::C64;
use crate::tensor::linalg::{self as la, Failure, Field, Stack};
use crate::tensor::Tensor;
use crate::with_field;
use std::rc::Rc;

pub fn linalg_error(msg: impl Into<String>) -> Box<Exc> {
    np_exception("LinAlgError", ExcType::ValueError, msg.into())
}

fn failure(f: Failure) -> Box<Exc> {
    linalg_error(f.message())
}

/// NumPy's `_commonType`: every computation is in float64 or complex128; the result is single precision only when
/// every input is float32/complex64, and complex when any input is.
fn common_type(ts: &[&Tensor]) -> Res<DType> {
    let mut single = true;
    let mut complex = false;
    for t in ts {
        match t.dtype() {
            DType::F32 => {}
            DType::C64 => complex = true,
            DType::C128 => {
                complex = true;
                single = false;
            }
            DType::F16 | DType::BF16 => {
                return Err(type_error(format!(
                    "array type {} is unsupported in linalg",
                    t.dtype().name()
                )))
            }
            d if d.is_string() => {
                return Err(type_error(format!(
                    "array type {} is unsupported in linalg",
                    d.numpy_name()
                )))
            }
            _ => single = false,
        }
    }
    Ok(match (complex, single) {
        (false, true) => DType::F32,
        (false, false) => DType::F64,
        (true, true) => DType::C64,
        (true, false) => DType::C128,
    })
}

fn at_least_2d(t: &Tensor) -> Res<()> {
    if t.ndim() < 2 {
        return Err(linalg_error(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            t.ndim()
        )));
    }
    Ok(())
}

fn exactly_2d(t: &Tensor) -> Res<()> {
    if t.ndim() != 2 {
        return Err(linalg_error(format!(
            "{}-dimensional array given. Array must be two-dimensional",
            t.ndim()
        )));
    }
    Ok(())
}

fn stacked_square(t: &Tensor) -> Res<()> {
    at_least_2d(t)?;
    if t.shape[t.ndim() - 1] != t.shape[t.ndim() - 2] {
        return Err(linalg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    Ok(())
}

fn assert_finite(t: &Tensor) -> Res<()> {
    let finite = with_field!(t.dtype(), T => t.to_vec::<T>().iter().all(|v| v.finite()));
    if !finite {
        return Err(linalg_error("Array must not contain infs or NaNs"));
    }
    Ok(())
}

/// A square-matrix argument: checked, with its result dtype.
fn square_arg(me: &mut Interp, v: &Value) -> Res<(Tensor, DType)> {
    let t = arg_tensor(me, v)?;
    stacked_square(&t)?;
    let r = common_type(&[&t])?;
    Ok((t, r))
}

/// The result as an array (a NumPy scalar when 0-d) in the result dtype.
fn finish(me: &Interp, t: Tensor, d: DType) -> Res<Value> {
    let t = if t.dtype() == d { t } else { t.astype(d) };
    wrap_result(me, t)
}

/// One of NumPy's result named tuples (`EigResult`, `SVDResult`, ...), defined in stdlib/numpy/linalg.py.
fn named(me: &mut Interp, name: &str, values: Vec<Value>) -> Res<Value> {
    let np = me.import("numpy")?;
    let module = me.getattr(&np, "linalg")?;
    let class = me.getattr(&module, &format!("_{name}"))?;
    me.call(&class, vec![Value::tuple(values)], vec![])
}

fn uplo_upper(me: &mut Interp, v: &Value) -> Res<bool> {
    let _ = me;
    let s = args::string(v, "UPLO")?;
    match s.to_uppercase().as_str() {
        "L" => Ok(false),
        "U" => Ok(true),
        _ => Err(value_error("UPLO argument must be 'L' or 'U'")),
    }
}

fn la_det(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (t, r) = square_arg(me, &a[0])?;
    let out = with_field!(r, T => {
        let s = Stack::<T>::of(&t);
        s.out(la::det(&s), &[])
    });
    finish(me, out, r)
}

fn la_slogdet(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (t, r) = square_arg(me, &a[0])?;
    let (sign, logdet) = with_field!(r, T => {
        let s = Stack::<T>::of(&t);
        let (signs, logs) = la::slogdet(&s);
        (s.out(signs, &[]), s.out(logs, &[]))
    });
    let sign = finish(me, sign, r)?;
    let logdet = finish(me, logdet, r.real())?;
    named(me, "SlogdetResult", vec![sign, logdet])
}

fn la_inv(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (t, r) = square_arg(me, &a[0])?;
    let out = with_field!(r, T => {
        let s = Stack::<T>::of(&t);
        let n = s.rows;
        s.out(la::inv(&s).map_err(failure)?, &[n, n])
    });
    finish(me, out, r)
}

/// `solve(a, b)`: b of one dimension is one right-hand side (NumPy's `solve1` gufunc), otherwise a stack of
/// matrices; the batch dimensions broadcast.
fn la_solve(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    stacked_square(&t)?;
    let b = arg_tensor(me, &a[1])?;
    let r = common_type(&[&t, &b])?;
    let vector = b.ndim() == 1;
    let (name, sig, core) = if vector {
        ("solve1", "(m,m),(m)->(m)", 1)
    } else {
        ("solve", "(m,m),(m,n)->(m,n)", 2)
    };
    if b.ndim() < core {
        return Err(value_error(format!(
            "{name}: Input operand 1 does not have enough dimensions (has {}, gufunc core with signature {sig} requires {core})",
            b.ndim()
        )));
    }
    let n = t.shape[t.ndim() - 1];
    let bm = b.shape[b.ndim() - core];
    if bm != n {
        return Err(value_error(format!(
            "{name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {sig} (size {bm} is different from {n})"
        )));
    }
    let rhs = if vector { 1 } else { b.shape[b.ndim() - 1] };
    let batch = gufunc_batch(
        &[(&t, 2), (&b, core)],
        if vector { vec![n] } else { vec![n, rhs] },
    )?;
    let mut ta = batch.clone();
    ta.extend([n, n]);
    let mut tb = batch.clone();
    tb.extend([n, rhs]);
    let bb = if vector { b.unsqueeze(1) } else { b.clone() };
    let at = t.broadcast_to(&ta).map_err(tensor_error)?;
    let bt = bb.broadcast_to(&tb).map_err(tensor_error)?;
    let out = with_field!(r, T => {
        let sa = Stack::<T>::of(&at);
        let sb = Stack::<T>::of(&bt);
        let x = la::solve(&sa, &sb).map_err(failure)?;
        if vector { sa.out(x, &[n]) } else { sa.out(x, &[n, rhs]) }
    });
    finish(me, out, r)
}

/// The broadcast batch shape of gufunc operands `(tensor, core dims)`, or NumPy's error naming the remapped shapes.
fn gufunc_batch(ops: &[(&Tensor, usize)], out_core: Vec<usize>) -> Res<Vec<usize>> {
    let mut batch: Vec<usize> = Vec::new();
    for (t, core) in ops {
        let b = &t.shape[..t.ndim() - core];
        match crate::tensor::broadcast_shapes(&batch, b) {
            Ok(s) => batch = s,
            Err(_) => {
                let parts: Vec<String> = ops
                    .iter()
                    .map(|(t, core)| {
                        let orig = crate::tensor::error::shape_str_compact(&t.shape);
                        let mut dims: Vec<String> = t.shape[..t.ndim() - core]
                            .iter()
                            .map(|d| d.to_string())
                            .collect();
                        dims.extend(std::iter::repeat_n("newaxis".to_string(), *core));
                        format!("{orig}->({})", dims.join(","))
                    })
                    .collect();
                let req: Vec<String> = out_core.iter().map(|d| d.to_string()).collect();
                let req = if req.len() == 1 {
                    format!("({},)", req[0])
                } else {
                    format!("({})", req.join(","))
                };
                return Err(value_error(format!(
                    "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {req}",
                    parts.join(" ")
                )));
            }
        }
    }
    Ok(batch)
}

fn la_cholesky(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (t, r) = square_arg(me, &a[0])?;
    let upper = me.truthy(&a[1])?;
    let out = with_field!(r, T => {
        let s = Stack::<T>::of(&t);
        let n = s.rows;
        s.out(la::cholesky(&s, upper).map_err(failure)?, &[n, n])
    });
    finish(me, out, r)
}

fn la_eigh(me: &mut Interp, a: Vec<Value>, vectors: bool) -> Res<Value> {
    let upper = uplo_upper(me, &a[1])?;
    let (t, r) = square_arg(me, &a[0])?;
    let (w, v) = with_field!(r, T => {
        let s = Stack::<T>::of(&t);
        let n = s.rows;
        let (w, v) = la::eigh(&s, upper, vectors, la::Flavor::NUMPY).map_err(failure)?;
        (s.out(w, &[n]), s.out(v, &[n, n]))
    });
    let w = finish(me, w, r.real())?;
    if !vectors {
        return Ok(w);
    }
    let v = finish(me, v, r)?;
    named(me, "EighResult", vec![w, v])
}

/// eig/eigvals: complex results, made real (with real vectors) when a real input's eigenvalues all are.
fn la_eig(me: &mut Interp, a: Vec<Value>, vectors: bool) -> Res<Value> {
    let (t, r) = square_arg(me, &a[0])?;
    assert_finite(&t)?;
    let n = t.shape[t.ndim() - 1];
    let (w, v, batch) = with_field!(r, T => {
        let s = Stack::<T>::of(&t);
        let (w, v) = la::eig(&s, vectors, la::Flavor::NUMPY).map_err(failure)?;
        (w, v, s.batch.clone())
    });
    let shaped = |data: Vec<C64>, tail: &[usize]| {
        let mut shape = batch.clone();
        shape.extend_from_slice(tail);
        Tensor::from_vec(data, shape)
    };
    let real = !r.is_complex() && w.iter().all(|z| z.im == 0.0);
    let (wd, vd) = if real {
        (
            shaped(w, &[n]).component(false),
            shaped(v, &[n, n]).component(false),
        )
    } else {
        (shaped(w, &[n]), shaped(v, &[n, n]))
    };
    let rd = if real { r.real() } else { r.to_complex() };
    let w = finish(me, wd, rd)?;
    if !vectors {
        return Ok(w);
    }
    let v = finish(me, vd, rd)?;
    named(me, "EigResult", vec![w, v])
}

fn la_svd(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let full = me.truthy(&a[1])?;
    let uv = me.truthy(&a[2])?;
    let hermitian = me.truthy(&a[3])?;
    let t = arg_tensor(me, &a[0])?;
    if hermitian {
        stacked_square(&t)?;
    } else {
        at_least_2d(&t)?;
    }
    let r = common_type(&[&t])?;
    let (m, n) = (t.shape[t.ndim() - 2], t.shape[t.ndim() - 1]);
    let k = m.min(n);
    let (uc, vc) = if full { (m, n) } else { (k, k) };
    let (u, s, vh) = with_field!(r, T => {
        let st = Stack::<T>::of(&t);
        let (u, s, vh) = if hermitian {
            la::svd_hermitian(&st, uv).map_err(failure)?
        } else {
            la::svd(&st, full, uv, la::Flavor::NUMPY).map_err(failure)?
        };
        (st.out(u, &[m, uc]), st.out(s, &[k]), st.out(vh, &[vc, n]))
    });
    let s = finish(me, s, r.real())?;
    if !uv {
        return Ok(s);
    }
    let u = finish(me, u, r)?;
    let vh = finish(me, vh, r)?;
    named(me, "SVDResult", vec![u, s, vh])
}

/// qr(a, mode): NumPy's reduced/complete Q and R, 'r' alone, or 'raw' (LAPACK's Householder form, transposed,
/// and tau).
fn la_qr(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let mode = args::string(&a[1], "mode")?;
    let mode = match mode.as_ref() {
        "reduced" | "complete" | "r" | "raw" => mode,
        "f" | "full" | "e" | "economic" => {
            return Err(Exc::new(
                ExcType::NotImplementedError,
                format!(
                    "numpy.linalg.qr mode '{mode}' (deprecated in NumPy) is not supported by nabla"
                ),
            ))
        }
        _ => return Err(value_error(format!("Unrecognized mode '{mode}'"))),
    };
    let t = arg_tensor(me, &a[0])?;
    at_least_2d(&t)?;
    let r = common_type(&[&t])?;
    let (m, n) = (t.shape[t.ndim() - 2], t.shape[t.ndim() - 1]);
    let k = m.min(n);
    let complete = mode.as_ref() == "complete" && m > n;
    let qc = if complete { m } else { k };
    let (h, tau, q, rr) = with_field!(r, T => {
        let s = Stack::<T>::of(&t);
        let f = la::qr(&s, qc);
        (s.out(f.h, &[n, m]), s.out(f.tau, &[k]), s.out(f.q, &[m, qc]), s.out(f.r, &[qc, n]))
    });
    match mode.as_ref() {
        "r" => {
            let rk = rr.slice_axis(rr.ndim() - 2, 0, 1, k);
            finish(me, rk.contiguous(), r)
        }
        "raw" => {
            let h = finish(me, h, r)?;
            let tau = finish(me, tau, r)?;
            Ok(Value::tuple(vec![h, tau]))
        }
        _ => {
            let q = finish(me, q, r)?;
            let rr = finish(me, rr, r)?;
            named(me, "QRResult", vec![q, rr])
        }
    }
}

/// lstsq(a, b, rcond=None): the minimum-norm least-squares solution through the SVD, with NumPy's tuple
/// `(x, residuals, rank, singular values)`; the residuals are empty unless the rank is n and there are more rows
/// than columns.
fn la_lstsq(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let at = arg_tensor(me, &a[0])?;
    let b0 = arg_tensor(me, &a[1])?;
    let one_d = b0.ndim() == 1;
    let bt = if one_d { b0.unsqueeze(1) } else { b0 };
    exactly_2d(&at)?;
    exactly_2d(&bt)?;
    let (m, n) = (at.shape[0], at.shape[1]);
    let nrhs = bt.shape[1];
    if bt.shape[0] != m {
        return Err(linalg_error("Incompatible dimensions"));
    }
    let r = common_type(&[&at, &bt])?;
    let rcond = match &a[2] {
        Value::None => f64::EPSILON * m.max(n) as f64,
        v => {
            let t = arg_tensor(me, v)?;
            if t.numel() != 1 || t.dtype().is_complex() || t.dtype().is_string() {
                return Err(type_error("lstsq: rcond must be a real number"));
            }
            t.to_vec::<f64>()[0]
        }
    };
    let (x, res, rank, s) = with_field!(r, T => {
        let sa = Stack::<T>::of(&at);
        let sb = Stack::<T>::of(&bt);
        let f = la::lstsq(&sa, &sb, rcond).map_err(failure)?;
        let x = Tensor::from_vec(f.x, vec![n, nrhs]);
        (x, f.residuals, f.rank, f.s)
    });
    let x = if one_d {
        x.reshape(&[n as isize]).map_err(tensor_error)?
    } else {
        x
    };
    let res = if rank == n && m > n {
        Tensor::from_vec(res, vec![if one_d { 1 } else { nrhs }])
    } else {
        Tensor::from_vec(Vec::<f64>::new(), vec![0])
    };
    let k = s.len();
    let x = wrap_array(me, x.astype(r))?;
    let res = wrap_array(me, res.astype(r.real()))?;
    let s = wrap_array(me, Tensor::from_vec(s, vec![k]).astype(r.real()))?;
    // NumPy's rank comes out of the gufunc as an int32 scalar.
    let rank = wrap_scalar(me, Tensor::from_vec(vec![rank as i32], vec![]))?;
    Ok(Value::tuple(vec![x, res, rank, s]))
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

pub const FUNCTIONS: &[Def] = defs! {
    "det", "a", "Determinant of each square matrix (through the LU factors, as NumPy: sign * exp(log|det|)).\n\n>>> np.linalg.det(np.array([[1.0, 2.0], [3.0, 4.0]]))\nnp.float64(-2.0000000000000004)" => la_det;
    "slogdet", "a", "Sign and natural log of the absolute determinant.\n\n>>> np.linalg.slogdet(np.array([[2.0, 0.0], [0.0, 3.0]]))\nSlogdetResult(sign=np.float64(1.0), logabsdet=np.float64(1.791759469228055))" => la_slogdet;
    "inv", "a", "Inverse of each square matrix.\n\n>>> np.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]]))\narray([[0.5 , 0.  ],\n       [0.  , 0.25]])" => la_inv;
    "solve", "a, b", "Solve a @ x = b (b a vector or a stack of matrices).\n\n>>> np.linalg.solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0]))\narray([2., 3.])" => la_solve;
    "cholesky", "a, /, *, upper=False", "Cholesky factor L (a = L @ L^H), or the upper factor with upper=True.\n\n>>> np.linalg.cholesky(np.array([[4.0, 2.0], [2.0, 5.0]]))\narray([[2., 0.],\n       [1., 2.]])" => la_cholesky;
    "eig", "a", "Eigenvalues and right eigenvectors (unit length) of square matrices.\n\n>>> w, v = np.linalg.eig(np.array([[2.0, 0.0], [0.0, 3.0]]))\n>>> w\narray([2., 3.])\n>>> v\narray([[1., 0.],\n       [0., 1.]])" => |me, a| la_eig(me, a, true);
    "eigvals", "a", "Eigenvalues of square matrices.\n\n>>> np.linalg.eigvals(np.array([[2.0, 0.0], [0.0, 3.0]]))\narray([2., 3.])" => |me, a| la_eig(me, a, false);
    "eigh", "a, UPLO='L'", "Eigenvalues (ascending) and orthonormal eigenvectors of Hermitian matrices, from one triangle.\n\n>>> w, v = np.linalg.eigh(np.array([[2.0, 0.0], [0.0, 1.0]]))\n>>> w\narray([1., 2.])\n>>> abs(v)\narray([[0., 1.],\n       [1., 0.]])" => |me, a| la_eigh(me, a, true);
    "eigvalsh", "a, UPLO='L'", "Eigenvalues (ascending) of Hermitian matrices, from one triangle.\n\n>>> np.linalg.eigvalsh(np.array([[2.0, 1.0], [1.0, 2.0]]))\narray([1., 3.])" => |me, a| la_eigh(me, a, false);
    "svd", "a, full_matrices=True, compute_uv=True, hermitian=False", "Singular value decomposition a = U @ diag(S) @ Vh, singular values descending.\n\n>>> np.linalg.svd(np.array([[3.0, 0.0], [0.0, 4.0]]), compute_uv=False)\narray([4., 3.])" => la_svd;
    "qr", "a, mode='reduced'", "QR decomposition (Householder, R's diagonal signs as LAPACK's).\n\n>>> q, r = np.linalg.qr(np.array([[3.0, 0.0], [4.0, 5.0]]))\n>>> abs(r)\narray([[5., 4.],\n       [0., 3.]])\n>>> np.allclose(q @ r, [[3.0, 0.0], [4.0, 5.0]])\nTrue" => la_qr;
    "lstsq", "a, b, rcond=None", "Least-squares solution of a @ x = b: (x, residuals, rank, singular values).\n\n>>> np.linalg.lstsq(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), np.array([1.0, 2.0, 3.0]))[0]\narray([1., 2.])" => la_lstsq;
};

/// Build `numpy.linalg` (the kernels above, `LinAlgError`, and the stdlib composites) and bind it in numpy.
pub fn install(me: &mut Interp, numpy: &Value) -> Res<Value> {
    let mut items: Vec<(&str, Value)> = FUNCTIONS
        .iter()
        .map(|d| (d.name, Value::Builtin(Rc::new(d.builtin(None)))))
        .collect();
    if let Some(c) = np_exception_class("LinAlgError") {
        items.push(("LinAlgError", Value::Class(c)));
    }
    items.push(("_np", numpy.clone()));
    let module = me.make_module(
        "numpy.linalg",
        "NumPy-compatible linear algebra (decompositions through faer).\n\n>>> np.linalg.det(np.array([[2.0, 0.0], [0.0, 3.0]]))\nnp.float64(6.0)\n>>> np.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]]))\narray([[0.5 , 0.  ],\n       [0.  , 0.25]])",
        items,
    );
    if let Value::Module(m) = &module {
        super::run_stdlib(me, &m.globals, STDLIB_NAME, STDLIB_TEXT)?;
    }
    Ok(module)
}

const STDLIB_NAME: &str = "stdlib/numpy/linalg.py";
const STDLIB_TEXT: &str = include_str!("../../../stdlib/numpy/linalg.py");

/// `import numpy.linalg`: the submodule of the numpy module.
pub fn import_init(me: &mut Interp) -> Res<Value> {
    let np = me.import("numpy")?;
    me.getattr(&np, "linalg")
}
