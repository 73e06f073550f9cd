//! Dense linear algebra on stacks of matrices `(..., M, N)`: the kernels behind `np.linalg`, computed in float64 or
//! complex128 as NumPy's own linalg does for every input type, with faer's decompositions (through nabla-dense).

use super::dtype::DType;
use super::element::{IntoBuffer, C64};
use super::Tensor;
pub use nabla_dense::Flavor;
use nabla_dense::{Dense, SvdFactors};
use std::ops::{Add, Div, Mul, Neg, Sub};

/// Why a decomposition failed; the library raises each as NumPy's `LinAlgError` with NumPy's message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    Singular,
    NotPositiveDefinite,
    EigenvaluesNoConvergence,
    SvdNoConvergence,
    LstsqNoConvergence,
}

impl Failure {
    pub fn message(self) -> &'static str {
        match self {
            Failure::Singular => "Singular matrix",
            Failure::NotPositiveDefinite => "Matrix is not positive definite",
            Failure::EigenvaluesNoConvergence => "Eigenvalues did not converge",
            Failure::SvdNoConvergence => "SVD did not converge",
            Failure::LstsqNoConvergence => "SVD did not converge in Linear Least Squares",
        }
    }
}

pub type LResult<T> = Result<T, Failure>;

/// The two computation types: float64 and complex128.
pub trait Field:
    Dense
    + IntoBuffer
    + Copy
    + Default
    + PartialEq
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
{
    const FIELD: DType;
    fn re(v: f64) -> Self;
    fn cplx(self) -> C64;
    /// The real part of a complex value (the value itself for float64).
    fn from_cplx(c: C64) -> Self;
    fn cj(self) -> Self;
    /// |x|, the modulus.
    fn modulus(self) -> f64;
    /// |re| + |im|: LAPACK's cheap magnitude for choosing pivots (`izamax`).
    fn abs1(self) -> f64;
    fn scale(self, s: f64) -> Self;
    /// Each component divided by `m` (a real divisor, as C's complex-by-real division).
    fn unscale(self, m: f64) -> Self;
    /// The phase `x / |x|` of a nonzero `x` whose modulus is `m`: NumPy's slogdet takes a real pivot's sign exactly
    /// and divides a complex one.
    fn phase(self, m: f64) -> Self;
    fn finite(self) -> bool;
    /// `self * b + acc`, fused for float64 (as the BLAS kernels under NumPy's LU compute it).
    fn fma(self, b: Self, acc: Self) -> Self;
}

impl Field for f64 {
    const FIELD: DType = DType::F64;
    fn re(v: f64) -> Self {
        v
    }
    fn cplx(self) -> C64 {
        C64::new(self, 0.0)
    }
    fn from_cplx(c: C64) -> Self {
        c.re
    }
    fn cj(self) -> Self {
        self
    }
    fn modulus(self) -> f64 {
        self.abs()
    }
    fn abs1(self) -> f64 {
        self.abs()
    }
    fn scale(self, s: f64) -> Self {
        self * s
    }
    fn unscale(self, m: f64) -> Self {
        self / m
    }
    fn phase(self, _m: f64) -> Self {
        if self < 0.0 {
            -1.0
        } else {
            1.0
        }
    }
    fn finite(self) -> bool {
        self.is_finite()
    }
    fn fma(self, b: Self, acc: Self) -> Self {
        self.mul_add(b, acc)
    }
}

impl Field for C64 {
    const FIELD: DType = DType::C128;
    fn re(v: f64) -> Self {
        C64::new(v, 0.0)
    }
    fn cplx(self) -> C64 {
        self
    }
    fn from_cplx(c: C64) -> Self {
        c
    }
    fn cj(self) -> Self {
        self.conj()
    }
    fn modulus(self) -> f64 {
        self.norm()
    }
    fn abs1(self) -> f64 {
        self.re.abs() + self.im.abs()
    }
    fn scale(self, s: f64) -> Self {
        C64::new(self.re * s, self.im * s)
    }
    fn unscale(self, m: f64) -> Self {
        C64::new(self.re / m, self.im / m)
    }
    fn phase(self, m: f64) -> Self {
        self.unscale(m)
    }
    fn finite(self) -> bool {
        self.re.is_finite() && self.im.is_finite()
    }
    fn fma(self, b: Self, acc: Self) -> Self {
        acc + self * b
    }
}

/// A stack of `rows x cols` matrices in C order, as one contiguous vector in the computation type.
pub struct Stack<T> {
    pub batch: Vec<usize>,
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<T>,
}

impl<T: Field> Stack<T> {
    /// The matrices of a tensor with at least two dimensions (the caller checks).
    pub fn of(t: &Tensor) -> Stack<T> {
        let nd = t.ndim();
        Stack {
            batch: t.shape[..nd - 2].to_vec(),
            rows: t.shape[nd - 2],
            cols: t.shape[nd - 1],
            data: t.to_vec::<T>(),
        }
    }

    pub fn count(&self) -> usize {
        self.batch.iter().product()
    }

    pub fn matrix(&self, i: usize) -> &[T] {
        let n = self.rows * self.cols;
        &self.data[i * n..(i + 1) * n]
    }

    /// Run `f` on each matrix (not at all when they are empty) and lay its two results end to end.
    pub fn each2<A, B>(
        &self,
        mut f: impl FnMut(&[T]) -> LResult<(Vec<A>, Vec<B>)>,
    ) -> LResult<(Vec<A>, Vec<B>)> {
        let (mut xs, mut ys) = (Vec::new(), Vec::new());
        if self.rows * self.cols == 0 {
            return Ok((xs, ys));
        }
        for i in 0..self.count() {
            let (x, y) = f(self.matrix(i))?;
            xs.extend(x);
            ys.extend(y);
        }
        Ok((xs, ys))
    }

    /// A result tensor of shape `batch + tail` from the per-matrix results laid end to end.
    pub fn out<U: IntoBuffer>(&self, data: Vec<U>, tail: &[usize]) -> Tensor {
        let mut shape = self.batch.clone();
        shape.extend_from_slice(tail);
        Tensor::from_vec(data, shape)
    }
}

/// The computation type of a linalg input: complex128 for complex dtypes, float64 for everything else.
pub fn compute_dtype(d: DType) -> DType {
    if d.is_complex() {
        DType::C128
    } else {
        DType::F64
    }
}

/// Dispatch on the computation type of a dtype: `$t` is f64 or C64 in `$body`.
#[macro_export]
macro_rules! with_field {
    ($d:expr, $t:ident => $body:expr) => {
        if $d.is_complex() {
            type $t = $crate::tensor::element::C64;
            $body
        } else {
            type $t = f64;
            $body
        }
    };
}

// --- LU: det, slogdet ---------------------------------------------------------------------------------------------

/// LU with partial pivoting as OpenBLAS's `getf2` computes it (NumPy's det runs on it): column by column, each
/// entry first loses the dot product of its row of L with the column of U above it (Crout order, accumulated with
/// fused multiply-adds), then the first largest pivot by |re| + |im| is swapped up and the column below it scaled by
/// the pivot's reciprocal. With these roundings small determinants come out bit for bit as NumPy's. Returns whether
/// the row swaps made an odd permutation, or the (1-based) position of the first pivot that is exactly zero.
fn lu_in_place<T: Field>(a: &mut [T], n: usize) -> Result<bool, usize> {
    let mut odd = false;
    let mut singular = None;
    for j in 0..n {
        for i in 0..n {
            let mut s = T::default();
            for k in 0..i.min(j) {
                s = a[i * n + k].fma(a[k * n + j], s);
            }
            a[i * n + j] = a[i * n + j] - s;
        }
        let mut p = j;
        for i in j + 1..n {
            if a[i * n + j].abs1() > a[p * n + j].abs1() {
                p = i;
            }
        }
        if p != j {
            odd = !odd;
            for k in 0..n {
                a.swap(j * n + k, p * n + k);
            }
        }
        let pivot = a[j * n + j];
        if pivot == T::default() {
            // LAPACK keeps factoring after a zero pivot and only reports the first; the determinant is zero.
            singular = singular.or(Some(j + 1));
            continue;
        }
        let r = T::re(1.0) / pivot;
        for i in j + 1..n {
            a[i * n + j] = a[i * n + j] * r;
        }
    }
    match singular {
        Some(k) => Err(k),
        None => Ok(odd),
    }
}

/// The diagonal element (1-based) at which LU with partial pivoting (`getrf`) finds `m` (`n x n`) singular.
pub fn zero_pivot<T: Field>(m: &[T], n: usize) -> Option<usize> {
    lu_in_place(&mut m.to_vec(), n).err()
}

/// The order of the first leading minor of the Hermitian `m` (`n x n`, its lower triangle read) that is not
/// positive definite, where `potrf` stops; None when the matrix is positive definite.
pub fn failing_minor<T: Field>(m: &[T], n: usize) -> Option<usize> {
    let mut l = vec![T::default(); n * n];
    for j in 0..n {
        let mut d = m[j * n + j].cplx().re;
        for k in 0..j {
            d -= l[j * n + k].modulus().powi(2);
        }
        if d.is_nan() || d <= 0.0 {
            return Some(j + 1);
        }
        let djj = d.sqrt();
        l[j * n + j] = T::re(djj);
        for i in j + 1..n {
            let mut v = m[i * n + j];
            for k in 0..j {
                v = v - l[i * n + k] * l[j * n + k].cj();
            }
            l[i * n + j] = v.unscale(djj);
        }
    }
    None
}

/// Solve `A X = B` (`left`) or `X A = B` for triangular `A` (its upper or lower triangle read; with `unit` its
/// diagonal taken as ones) by substitution, for each pair of a stack; `b` has the batch of `a`. A zero on the
/// diagonal gives infinities and NaNs, as LAPACK's `trtrs` does without checking.
pub fn solve_triangular<T: Field>(
    a: &Stack<T>,
    b: &Stack<T>,
    upper: bool,
    left: bool,
    unit: bool,
) -> Vec<T> {
    let n = a.rows;
    let (r, c) = (b.rows, b.cols);
    // X A = B is A^T X^T = B^T: the same substitution, over the rows of X instead of its columns, with A read
    // transposed (so its other triangle).
    let up = upper == left;
    let (systems, step) = if left { (c, c) } else { (r, 1) };
    let mut out = Vec::with_capacity(b.data.len());
    for i in 0..b.count() {
        let m = a.matrix(i);
        let at = |p: usize, q: usize| if left { m[p * n + q] } else { m[q * n + p] };
        let mut x = b.matrix(i).to_vec();
        for s in 0..systems {
            let base = if left { s } else { s * c };
            for k in 0..n {
                let p = if up { n - 1 - k } else { k };
                let mut v = x[base + p * step];
                let known = if up { p + 1..n } else { 0..p };
                for q in known {
                    v = v - at(p, q) * x[base + q * step];
                }
                x[base + p * step] = if unit { v } else { v / at(p, p) };
            }
        }
        out.extend(x);
    }
    out
}

/// `(sign, log|det|)` of each matrix as NumPy's `slogdet` gufunc computes them: the log-magnitudes of the LU
/// diagonal summed in order, the sign the product of the pivots' phases and the permutation's parity. A singular
/// matrix gives sign 0 and -inf.
pub fn slogdet<T: Field>(s: &Stack<T>) -> (Vec<T>, Vec<f64>) {
    let n = s.rows;
    let mut signs = Vec::with_capacity(s.count());
    let mut logs = Vec::with_capacity(s.count());
    for i in 0..s.count() {
        let mut a = s.matrix(i).to_vec();
        let (sign, logdet) = match lu_in_place(&mut a, n) {
            Err(_) => (T::default(), f64::NEG_INFINITY),
            Ok(odd) => {
                let mut sign = T::re(if odd { -1.0 } else { 1.0 });
                let mut logdet = 0.0;
                for k in 0..n {
                    let d = a[k * n + k];
                    let m = d.modulus();
                    sign = sign * d.phase(m);
                    logdet += m.ln();
                }
                (sign, logdet)
            }
        };
        signs.push(sign);
        logs.push(logdet);
    }
    (signs, logs)
}

/// Determinants as NumPy computes them from slogdet: sign * exp(log|det|).
pub fn det<T: Field>(s: &Stack<T>) -> Vec<T> {
    let (signs, logs) = slogdet(s);
    signs
        .into_iter()
        .zip(logs)
        .map(|(s, l)| s.scale(l.exp()))
        .collect()
}

// --- solve, inv, cholesky -------------------------------------------------------------------------------------------

/// Solve `A X = B` for each pair of a stack of square matrices and a stack of right-hand sides (same batch).
pub fn solve<T: Field>(a: &Stack<T>, b: &Stack<T>) -> LResult<Vec<T>> {
    let mut out = Vec::with_capacity(b.data.len());
    for i in 0..a.count() {
        if a.rows == 0 {
            continue;
        }
        out.extend(T::solve(a.matrix(i), a.rows, b.matrix(i), b.cols).ok_or(Failure::Singular)?);
    }
    Ok(out)
}

/// The inverse of each matrix.
pub fn inv<T: Field>(a: &Stack<T>) -> LResult<Vec<T>> {
    let mut out = Vec::with_capacity(a.data.len());
    for i in 0..a.count() {
        if a.rows == 0 {
            continue;
        }
        out.extend(T::inverse(a.matrix(i), a.rows).ok_or(Failure::Singular)?);
    }
    Ok(out)
}

/// The Hermitian matrix that one triangle of `m` (`n x n`, row-major) stands for (NumPy's `UPLO`), as its lower
/// triangle: with `upper`, the conjugate of the upper triangle is mirrored down.
fn lower_from<T: Field>(m: &[T], n: usize, upper: bool) -> Vec<T> {
    (0..n * n)
        .map(|k| {
            let (r, c) = (k / n, k % n);
            if upper {
                m[c * n + r].cj()
            } else {
                m[k]
            }
        })
        .collect()
}

/// Cholesky factors: lower `L` with `A = L L^H`, or with `upper` the upper `U = L^H` from A's upper triangle.
pub fn cholesky<T: Field>(a: &Stack<T>, upper: bool) -> LResult<Vec<T>> {
    let n = a.rows;
    let mut out = Vec::with_capacity(a.data.len());
    for i in 0..a.count() {
        if n == 0 {
            continue;
        }
        let l = T::cholesky(&lower_from(a.matrix(i), n, upper), n)
            .ok_or(Failure::NotPositiveDefinite)?;
        if upper {
            out.extend((0..n * n).map(|k| l[(k % n) * n + k / n].cj()));
        } else {
            out.extend(l);
        }
    }
    Ok(out)
}

// --- eigenvalues ----------------------------------------------------------------------------------------------------

/// Eigenvalues (ascending) and, when asked, orthonormal eigenvectors (columns) of Hermitian matrices given by one
/// triangle; the vectors signed as `flavor`'s LAPACK signs them.
pub fn eigh<T: Field>(
    a: &Stack<T>,
    upper: bool,
    vectors: bool,
    flavor: Flavor,
) -> LResult<(Vec<f64>, Vec<T>)> {
    let n = a.rows;
    a.each2(|m| {
        T::eigh(&lower_from(m, n, upper), n, vectors, upper, flavor)
            .ok_or(Failure::EigenvaluesNoConvergence)
    })
}

/// Eigenvalues and (with `vectors`) right eigenvectors of general matrices, in `flavor`'s LAPACK order for real
/// matrices (see nabla-dense), as LAPACK's `geev` normalizes them:
/// each vector of unit length, its largest component real (for a real matrix's complex pair, with the sign of that
/// component's real part; for a complex matrix, positive).
pub fn eig<T: Field>(a: &Stack<T>, vectors: bool, flavor: Flavor) -> LResult<(Vec<C64>, Vec<C64>)> {
    let n = a.rows;
    a.each2(|m| {
        let (vals, u) = T::eig(m, n, vectors, flavor).ok_or(Failure::EigenvaluesNoConvergence)?;
        // The LAPACK port (real matrices of its sizes) normalizes as geev already, down to the sign of zero.
        let normalized = T::FIELD == DType::F64 && n <= nabla_dense::lapack::general::MAX_ORDER;
        if !vectors || normalized {
            return Ok((vals, u));
        }
        let mut cols: Vec<Vec<C64>> = (0..n)
            .map(|c| (0..n).map(|r| u[r * n + c]).collect())
            .collect();
        for (c, col) in cols.iter_mut().enumerate() {
            normalize_eigenvector(
                col,
                T::FIELD == DType::C128 || vals[c].im != 0.0,
                T::FIELD == DType::F64,
            );
        }
        let v = (0..n * n).map(|k| cols[k % n][k / n]).collect();
        Ok((vals, v))
    })
}

/// geev's normalization of one eigenvector: unit length, and when `rotate` the first component of largest modulus
/// made real (keeping the sign of its real part when `keep_sign`, as for a real matrix's complex pair; positive
/// otherwise).
fn normalize_eigenvector(col: &mut [C64], rotate: bool, keep_sign: bool) {
    let norm = col.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
    if norm > 0.0 {
        for z in col.iter_mut() {
            *z = C64::new(z.re / norm, z.im / norm);
        }
    }
    if !rotate {
        return;
    }
    let mut k = 0;
    for r in 1..col.len() {
        if col[r].norm_sqr() > col[k].norm_sqr() {
            k = r;
        }
    }
    let p = col[k];
    let d = p.norm();
    if d > 0.0 {
        let sign = if keep_sign && p.re < 0.0 { -1.0 } else { 1.0 };
        let rot = C64::new(sign * p.re / d, -sign * p.im / d);
        for z in col.iter_mut() {
            *z *= rot;
        }
        col[k].im = 0.0;
    }
}

// --- SVD, least squares ---------------------------------------------------------------------------------------------

/// `(U, S, Vh)` of each matrix, singular values descending; `full` gives square U and Vh. Without `uv` only S.
/// The vectors are signed as `flavor`'s LAPACK signs them.
pub fn svd<T: Field>(
    a: &Stack<T>,
    full: bool,
    uv: bool,
    flavor: Flavor,
) -> LResult<(Vec<T>, Vec<f64>, Vec<T>)> {
    let (m, n) = (a.rows, a.cols);
    let k = m.min(n);
    let (mut u, mut s, mut vh) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..a.count() {
        if k == 0 {
            // An empty matrix: no singular values; the full factors are identities.
            if uv && full {
                u.extend(identity::<T>(m));
                vh.extend(identity::<T>(n));
            }
            continue;
        }
        let factors = match (uv, full) {
            (false, _) => SvdFactors::None,
            (true, false) => SvdFactors::Thin,
            (true, true) => SvdFactors::Full,
        };
        let d = T::svd(a.matrix(i), m, n, factors, flavor).ok_or(Failure::SvdNoConvergence)?;
        s.extend(d.s);
        if !uv {
            continue;
        }
        u.extend(d.u);
        // Vh is V's conjugate transpose (V is n x vc).
        let vc = if full { n } else { k };
        for r in 0..vc {
            for c in 0..n {
                vh.push(d.v[c * vc + r].cj());
            }
        }
    }
    Ok((u, s, vh))
}

fn identity<T: Field>(n: usize) -> Vec<T> {
    let mut out = vec![T::default(); n * n];
    for i in 0..n {
        out[i * n + i] = T::re(1.0);
    }
    out
}

/// NumPy's `svd(..., hermitian=True)`: from the eigendecomposition, singular values |w| in descending order, U
/// the eigenvectors in that order and Vh = (U * sign(w))^H.
pub fn svd_hermitian<T: Field>(a: &Stack<T>, uv: bool) -> LResult<(Vec<T>, Vec<f64>, Vec<T>)> {
    let n = a.rows;
    let (w, vecs) = eigh(a, false, uv, Flavor::NUMPY)?;
    let (mut u, mut s, mut vh) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..a.count() {
        let wi = &w[i * n..(i + 1) * n];
        // argsort of |w| (stable, as NumPy's sort of short rows), reversed.
        let mut idx: Vec<usize> = (0..n).collect();
        idx.sort_by(|&p, &q| wi[p].abs().total_cmp(&wi[q].abs()));
        idx.reverse();
        s.extend(idx.iter().map(|&j| wi[j].abs()));
        if !uv {
            continue;
        }
        let vi = &vecs[i * n * n..(i + 1) * n * n];
        for r in 0..n {
            u.extend(idx.iter().map(|&j| vi[r * n + j]));
        }
        for &j in &idx {
            let sg = if wi[j].is_sign_negative() { -1.0 } else { 1.0 };
            vh.extend((0..n).map(|r| vi[r * n + j].scale(sg).cj()));
        }
    }
    Ok((u, s, vh))
}

/// The least-squares result of one system, as LAPACK's `gelsd` defines it.
pub struct Lstsq<T> {
    pub x: Vec<T>,
    /// Sum of squared residuals per right-hand side.
    pub residuals: Vec<f64>,
    pub rank: usize,
    pub s: Vec<f64>,
}

/// Minimum-norm least-squares solution of `a x = b` (one matrix each) through the SVD: singular values at most
/// `rcond * s_max` count as zero (a negative rcond means machine precision).
pub fn lstsq<T: Field>(a: &Stack<T>, b: &Stack<T>, rcond: f64) -> LResult<Lstsq<T>> {
    let (m, n, nrhs) = (a.rows, a.cols, b.cols);
    let k = m.min(n);
    let mut x = vec![T::default(); n * nrhs];
    if k == 0 {
        let residuals = (0..nrhs)
            .map(|c| {
                (0..m)
                    .map(|r| b.matrix(0)[r * nrhs + c].modulus().powi(2))
                    .sum()
            })
            .collect();
        return Ok(Lstsq {
            x,
            residuals,
            rank: 0,
            s: vec![],
        });
    }
    let am = a.matrix(0);
    let d = T::svd(am, m, n, SvdFactors::Thin, Flavor::NUMPY).ok_or(Failure::LstsqNoConvergence)?;
    let s = d.s.clone();
    let rc = if rcond < 0.0 { f64::EPSILON } else { rcond };
    let cutoff = rc * s[0];
    let rank = s.iter().filter(|&&v| v > cutoff).count();
    let (u, v) = (&d.u, &d.v);
    let bm = b.matrix(0);
    for c in 0..nrhs {
        for j in 0..rank {
            // (u_j^H b) / s_j along v_j.
            let mut dot = T::default();
            for r in 0..m {
                dot = dot + u[r * k + j].cj() * bm[r * nrhs + c];
            }
            let coef = dot.unscale(s[j]);
            for r in 0..n {
                x[r * nrhs + c] = x[r * nrhs + c] + v[r * k + j] * coef;
            }
        }
    }
    let residuals = (0..nrhs)
        .map(|c| {
            (0..m)
                .map(|r| {
                    let mut ax = T::default();
                    for j in 0..n {
                        ax = ax + am[r * n + j] * x[j * nrhs + c];
                    }
                    (bm[r * nrhs + c] - ax).modulus().powi(2)
                })
                .sum()
        })
        .collect();
    Ok(Lstsq {
        x,
        residuals,
        rank,
        s,
    })
}

// --- QR -------------------------------------------------------------------------------------------------------------

/// LAPACK's Householder vector (`larfg`): for `(alpha, x)` returns `(beta, tau)` and scales `x` into v's tail so that
/// `H = I - tau v v^H` maps `(alpha, x)` to `(beta, 0)`, beta real with the opposite sign of alpha's real part.
fn householder<T: Field>(alpha: T, x: &mut [T]) -> (T, T) {
    let xnorm = norm2(x);
    let ac = alpha.cplx();
    if xnorm == 0.0 && ac.im == 0.0 {
        return (alpha, T::default());
    }
    let mag = ac.re.hypot(ac.im).hypot(xnorm);
    let beta = if ac.re >= 0.0 { -mag } else { mag };
    let tau = T::from_cplx(C64::new((beta - ac.re) / beta, -ac.im / beta));
    let scale = T::re(1.0) / (alpha - T::re(beta));
    for v in x.iter_mut() {
        *v = *v * scale;
    }
    (T::re(beta), tau)
}

/// The 2-norm without overflow for large components (LAPACK's scaled `nrm2`).
fn norm2<T: Field>(x: &[T]) -> f64 {
    let big = x.iter().map(|v| v.modulus()).fold(0.0, f64::max);
    if big == 0.0 || !big.is_finite() {
        return big;
    }
    let s: f64 = x.iter().map(|v| (v.modulus() / big).powi(2)).sum();
    big * s.sqrt()
}

/// `C := H C` for `H = I - tau v v^H` on the rows `rows` and columns `cols` of a row-major matrix of width `w`,
/// where `v` is given.
fn apply_reflector<T: Field>(
    c: &mut [T],
    w: usize,
    rows: std::ops::Range<usize>,
    cols: std::ops::Range<usize>,
    v: &[T],
    tau: T,
) {
    if tau == T::default() {
        return;
    }
    for j in cols {
        let mut s = T::default();
        for (k, r) in rows.clone().enumerate() {
            s = s + v[k].cj() * c[r * w + j];
        }
        let s = tau * s;
        for (k, r) in rows.clone().enumerate() {
            c[r * w + j] = c[r * w + j] - v[k] * s;
        }
    }
}

/// The QR factors of each matrix in LAPACK's conventions (`geqr2`, `org2r`): `h` the factored matrix transposed
/// (NumPy's 'raw' form) with `tau`, `q` with `qc` columns and `r` its `qc x n` upper triangle.
pub struct QrFactors<T> {
    pub h: Vec<T>,
    pub tau: Vec<T>,
    pub q: Vec<T>,
    pub r: Vec<T>,
}

pub fn qr<T: Field>(a: &Stack<T>, qc: usize) -> QrFactors<T> {
    let (m, n) = (a.rows, a.cols);
    let k = m.min(n);
    let mut f = QrFactors {
        h: vec![],
        tau: vec![],
        q: vec![],
        r: vec![],
    };
    for i in 0..a.count() {
        let mut h = a.matrix(i).to_vec();
        let mut taus = Vec::with_capacity(k);
        for j in 0..k {
            let mut x: Vec<T> = (j + 1..m).map(|r| h[r * n + j]).collect();
            let (beta, tau) = householder(h[j * n + j], &mut x);
            for (o, r) in (j + 1..m).enumerate() {
                h[r * n + j] = x[o];
            }
            h[j * n + j] = T::re(1.0);
            let v: Vec<T> = (j..m).map(|r| h[r * n + j]).collect();
            // geqr2 applies H^H = I - conj(tau) v v^H from the left.
            apply_reflector(&mut h, n, j..m, j + 1..n, &v, tau.cj());
            h[j * n + j] = beta;
            taus.push(tau);
        }
        // Q from the reflectors, last to first (org2r).
        let mut q = vec![T::default(); m * qc];
        for j in 0..qc {
            if j >= k {
                q[j * qc + j] = T::re(1.0);
            }
        }
        for j in (0..k).rev() {
            let v: Vec<T> = (j..m)
                .map(|r| if r == j { T::re(1.0) } else { h[r * n + j] })
                .collect();
            if j + 1 < qc {
                apply_reflector(&mut q, qc, j..m, j + 1..qc, &v, taus[j]);
            }
            for r in j + 1..m {
                q[r * qc + j] = -(taus[j] * v[r - j]);
            }
            q[j * qc + j] = T::re(1.0) - taus[j];
            for r in 0..j {
                q[r * qc + j] = T::default();
            }
        }
        for c in 0..n {
            f.h.extend((0..m).map(|r| h[r * n + c]));
        }
        for r in 0..qc {
            f.r.extend((0..n).map(|c| {
                if r <= c && r < m {
                    h[r * n + c]
                } else {
                    T::default()
                }
            }));
        }
        f.tau.extend(taus);
        f.q.extend(q);
    }
    f
}
