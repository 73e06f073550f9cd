//! faer's dense decompositions for nabla's `np.linalg`, behind a non-generic interface (row-major slices of f64 or
//! complex128): faer's generic code is instantiated and optimized here, once, instead of in every build of nabla.

use faer::linalg::solvers::{DenseSolveCore, Solve};
use faer::traits::ComplexField;
use faer::{Mat, MatRef, Side};
use num_complex::Complex;

pub type C64 = Complex<f64>;

/// Singular values and vectors: `u` (`m x ucols`), `s`, and `v` (`n x vcols`, not transposed), row-major.
pub struct Svd<T> {
    pub u: Vec<T>,
    pub s: Vec<f64>,
    pub v: Vec<T>,
}

/// What `svd` computes: singular values only, or with thin or full (square) factors.
#[derive(Clone, Copy, PartialEq)]
pub enum SvdFactors {
    None,
    Thin,
    Full,
}

/// The decompositions, for f64 and complex128. `None` means the decomposition failed (a singular matrix for the
/// solvers, no convergence for the iterative ones, not positive definite for Cholesky).
pub trait Dense: Sized + Copy {
    /// `a x = b` for square `a` (`n x n`) and `b` (`n x nrhs`); `None` when an LU pivot is exactly zero.
    fn solve(a: &[Self], n: usize, b: &[Self], nrhs: usize) -> Option<Vec<Self>>;
    fn inverse(a: &[Self], n: usize) -> Option<Vec<Self>>;
    /// The lower Cholesky factor of the Hermitian matrix whose lower triangle `a` holds.
    fn cholesky(a: &[Self], n: usize) -> Option<Vec<Self>>;
    /// Ascending eigenvalues of the Hermitian matrix whose lower triangle `a` holds, and the eigenvectors as
    /// columns (empty without `vectors`).
    fn eigh(a: &[Self], n: usize, vectors: bool) -> Option<(Vec<f64>, Vec<Self>)>;
    /// Eigenvalues and right eigenvectors (columns, not normalized) of a general matrix.
    fn eig(a: &[Self], n: usize, vectors: bool) -> Option<(Vec<C64>, Vec<C64>)>;
    /// Singular values, descending, and the factors asked for.
    fn svd(a: &[Self], m: usize, n: usize, factors: SvdFactors) -> Option<Svd<Self>>;
}

fn mat<T: ComplexField + Copy>(a: &[T], m: usize, n: usize) -> Mat<T> {
    Mat::from_fn(m, n, |i, j| a[i * n + j])
}

fn rows<T: ComplexField + Copy>(m: MatRef<'_, T>) -> Vec<T> {
    let mut out = Vec::with_capacity(m.nrows() * m.ncols());
    for i in 0..m.nrows() {
        for j in 0..m.ncols() {
            out.push(m[(i, j)]);
        }
    }
    out
}

fn lu_singular<T: ComplexField + Copy + PartialEq>(u: MatRef<'_, T>) -> bool {
    let zero = T::zero_impl();
    (0..u.nrows().min(u.ncols())).any(|k| u[(k, k)] == zero)
}

fn solve_imp<T: ComplexField<Real = f64> + Copy + PartialEq>(
    a: &[T],
    n: usize,
    b: &[T],
    nrhs: usize,
) -> Option<Vec<T>> {
    let lu = mat(a, n, n).partial_piv_lu();
    if lu_singular(lu.U()) {
        return None;
    }
    Some(rows(lu.solve(mat(b, n, nrhs)).as_ref()))
}

fn inverse_imp<T: ComplexField<Real = f64> + Copy + PartialEq>(
    a: &[T],
    n: usize,
) -> Option<Vec<T>> {
    let lu = mat(a, n, n).partial_piv_lu();
    if lu_singular(lu.U()) {
        return None;
    }
    Some(rows(lu.inverse().as_ref()))
}

fn cholesky_imp<T: ComplexField<Real = f64> + Copy>(a: &[T], n: usize) -> Option<Vec<T>> {
    let llt = mat(a, n, n).llt(Side::Lower).ok()?;
    let l = llt.L();
    let zero = T::zero_impl();
    Some(
        (0..n * n)
            .map(|k| {
                if k % n > k / n {
                    zero
                } else {
                    l[(k / n, k % n)]
                }
            })
            .collect(),
    )
}

fn eigh_imp<T: ComplexField<Real = f64> + Copy>(
    a: &[T],
    n: usize,
    vectors: bool,
) -> Option<(Vec<f64>, Vec<T>)> {
    let m = mat(a, n, n);
    if !vectors {
        return Some((m.self_adjoint_eigenvalues(Side::Lower).ok()?, vec![]));
    }
    let e = m.self_adjoint_eigen(Side::Lower).ok()?;
    let w = (0..n).map(|k| T::real_part_impl(&e.S()[k])).collect();
    Some((w, rows(e.U())))
}

fn eig_imp<T: ComplexField<Real = f64> + Copy>(
    a: &[T],
    n: usize,
    vectors: bool,
) -> Option<(Vec<C64>, Vec<C64>)> {
    let m = mat(a, n, n);
    if !vectors {
        return Some((m.eigenvalues().ok()?, vec![]));
    }
    let e = m.eigen().ok()?;
    Some(((0..n).map(|k| e.S()[k]).collect(), rows(e.U())))
}

fn svd_imp<T: ComplexField<Real = f64> + Copy>(
    a: &[T],
    m: usize,
    n: usize,
    factors: SvdFactors,
) -> Option<Svd<T>> {
    let x = mat(a, m, n);
    let d = match factors {
        SvdFactors::None => {
            return Some(Svd {
                u: vec![],
                s: x.singular_values().ok()?,
                v: vec![],
            })
        }
        SvdFactors::Thin => x.thin_svd().ok()?,
        SvdFactors::Full => x.svd().ok()?,
    };
    let k = m.min(n);
    Some(Svd {
        u: rows(d.U()),
        s: (0..k).map(|j| T::real_part_impl(&d.S()[j])).collect(),
        v: rows(d.V()),
    })
}

macro_rules! dense {
    ($t:ty) => {
        impl Dense for $t {
            fn solve(a: &[Self], n: usize, b: &[Self], nrhs: usize) -> Option<Vec<Self>> {
                solve_imp(a, n, b, nrhs)
            }
            fn inverse(a: &[Self], n: usize) -> Option<Vec<Self>> {
                inverse_imp(a, n)
            }
            fn cholesky(a: &[Self], n: usize) -> Option<Vec<Self>> {
                cholesky_imp(a, n)
            }
            fn eigh(a: &[Self], n: usize, vectors: bool) -> Option<(Vec<f64>, Vec<Self>)> {
                eigh_imp(a, n, vectors)
            }
            fn eig(a: &[Self], n: usize, vectors: bool) -> Option<(Vec<C64>, Vec<C64>)> {
                eig_imp(a, n, vectors)
            }
            fn svd(a: &[Self], m: usize, n: usize, factors: SvdFactors) -> Option<Svd<Self>> {
                svd_imp(a, m, n, factors)
            }
        }
    };
}

dense!(f64);
dense!(C64);

/// Below this many multiply-adds a product runs on one thread: splitting it costs more than it saves.
const PARALLEL_WORK: usize = 1 << 22;

fn matmul_imp<T: ComplexField + Copy + Send + Sync>(
    x: &[T],
    y: &[T],
    n: usize,
    k: usize,
    m: usize,
) -> Vec<T> {
    let lhs = MatRef::from_row_major_slice(x, n, k);
    let rhs = MatRef::from_row_major_slice(y, k, m);
    let mut out = vec![T::zero_impl(); n * m];
    let dst = faer::MatMut::from_row_major_slice_mut(&mut out, n, m);
    product(dst, lhs, rhs, rayon::current_num_threads());
    out
}

/// `dst = lhs @ rhs`. A large product is split in halves along the longer side of `dst`, each half one
/// sequential faer product on its own thread: on few cores that beats faer's own fine-grained parallel kernel,
/// whose barrier waits cost more than they overlap (256x784x256 float32 on 2 cores: 0.48 ms split, 0.76 ms
/// faer-parallel, 0.89 ms sequential). Each element is the same sequence of multiply-adds either way.
fn product<T: ComplexField + Copy + Send + Sync>(
    dst: faer::MatMut<'_, T>,
    lhs: MatRef<'_, T>,
    rhs: MatRef<'_, T>,
    threads: usize,
) {
    let (n, k, m) = (dst.nrows(), lhs.ncols(), dst.ncols());
    if threads < 2 || n.saturating_mul(k).saturating_mul(m) < PARALLEL_WORK || n.max(m) < 2 {
        faer::linalg::matmul::matmul(
            dst,
            faer::Accum::Replace,
            lhs,
            rhs,
            T::one_impl(),
            faer::Par::Seq,
        );
        return;
    }
    let (left, right) = (threads / 2, threads - threads / 2);
    if n >= m {
        let at = n * left / threads;
        let (top, bottom) = dst.split_at_row_mut(at);
        let (lhs_top, lhs_bottom) = lhs.split_at_row(at);
        rayon::join(
            || product(top, lhs_top, rhs, left),
            || product(bottom, lhs_bottom, rhs, right),
        );
    } else {
        let at = m * left / threads;
        let (first, second) = dst.split_at_col_mut(at);
        let (rhs_first, rhs_second) = rhs.split_at_col(at);
        rayon::join(
            || product(first, lhs, rhs_first, left),
            || product(second, lhs, rhs_second, right),
        );
    }
}

/// A matrix inside a slice: where its first element is and how far apart (in elements) its rows and columns lie.
/// Transposed, broadcast (stride 0) and reversed (negative stride) views of a tensor's storage are all `Strided`.
#[derive(Clone, Copy, Debug)]
pub struct Strided {
    pub offset: usize,
    pub rows: usize,
    pub cols: usize,
    pub row_stride: isize,
    pub col_stride: isize,
}

impl Strided {
    /// Whether every element the view addresses lies inside a slice of `len` elements.
    fn within(&self, len: usize) -> bool {
        if self.rows == 0 || self.cols == 0 {
            return self.offset <= len;
        }
        let reach = |extent: usize, stride: isize| (extent as isize - 1).checked_mul(stride);
        let (Some(r), Some(c)) = (
            reach(self.rows, self.row_stride),
            reach(self.cols, self.col_stride),
        ) else {
            return false;
        };
        let low = self.offset as isize + r.min(0) + c.min(0);
        let high = self.offset as isize + r.max(0) + c.max(0);
        low >= 0 && (high as usize) < len
    }

    fn view<'a, T>(&self, data: &'a [T]) -> MatRef<'a, T> {
        // SAFETY: the caller checked `within(data.len())`, so every (row, column) the view can address is an
        // element of `data`, which the returned reference borrows immutably for 'a; for an empty view the
        // pointer is in bounds or one past the end and is never read.
        unsafe {
            MatRef::from_raw_parts(
                data.as_ptr().add(self.offset),
                self.rows,
                self.cols,
                self.row_stride,
                self.col_stride,
            )
        }
    }
}

fn gemm_strided_imp<T: ComplexField + Copy + Send + Sync>(
    out: &mut [T],
    x: &[T],
    xs: Strided,
    y: &[T],
    ys: Strided,
) -> bool {
    let (n, k, m) = (xs.rows, xs.cols, ys.cols);
    if ys.rows != k || out.len() != n * m || !xs.within(x.len()) || !ys.within(y.len()) {
        return false;
    }
    let dst = faer::MatMut::from_row_major_slice_mut(out, n, m);
    product(dst, xs.view(x), ys.view(y), rayon::current_num_threads());
    true
}

/// `out = x @ y` (row-major `out`, `rows(x) x cols(y)`) for operands viewed in place, without copying them into
/// contiguous buffers first. Returns false, leaving `out` untouched, when the shapes disagree or a view reaches
/// outside its slice.
pub fn gemm_strided_f32(out: &mut [f32], x: &[f32], xs: Strided, y: &[f32], ys: Strided) -> bool {
    gemm_strided_imp(out, x, xs, y, ys)
}

/// `gemm_strided_f32` in double precision.
pub fn gemm_strided_f64(out: &mut [f64], x: &[f64], xs: Strided, y: &[f64], ys: Strided) -> bool {
    gemm_strided_imp(out, x, xs, y, ys)
}

/// `x @ y` for row-major `x` (`n x k`) and `y` (`k x m`), row-major result, by faer's cache-blocked, vectorized
/// (FMA) and, for large products, multi-threaded kernel.
pub fn matmul_f64(x: &[f64], y: &[f64], n: usize, k: usize, m: usize) -> Vec<f64> {
    matmul_imp(x, y, n, k, m)
}

/// `matmul_f64` in single precision (products and sums rounded to f32, as BLAS `sgemm` does).
pub fn matmul_f32(x: &[f32], y: &[f32], n: usize, k: usize, m: usize) -> Vec<f32> {
    matmul_imp(x, y, n, k, m)
}
