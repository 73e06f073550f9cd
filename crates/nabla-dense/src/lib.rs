//! faer's dense decompositions for nabla's `np.linalg`, behind a non-generic interface (row-major slices of f64 or
//! complex128): faer's generic code is instantiated and optimized here, once, instead of in every build of nabla.

use faer::linalg::solvers::{DenseSolveCore, Solve};
use faer::traits::ComplexField;
use faer::{Mat, MatRef, Side};
use num_complex::Complex;

pub mod lapack;

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

/// Whose LAPACK the decompositions with sign-ambiguous vectors (eigh, svd) reproduce, and in which precision: PyTorch
/// runs float32 inputs through LAPACK's single-precision routines, whose float32 convergence tests take different
/// steps, and so different signs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flavor {
    pub library: lapack::Library,
    pub single: bool,
}

impl Flavor {
    /// NumPy: OpenBLAS, always in double precision.
    pub const NUMPY: Flavor = Flavor {
        library: lapack::Library::OpenBlas,
        single: false,
    };

    /// PyTorch on the CPU: MKL, in the input's precision.
    pub fn torch(single: bool) -> Flavor {
        Flavor {
            library: lapack::Library::Mkl,
            single,
        }
    }
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
    /// columns (empty without `vectors`), signed as `flavor`'s LAPACK signs them where the port covers the case,
    /// which depends on the triangle the caller gave (`upper`: `a`'s lower triangle is its transpose).
    fn eigh(
        a: &[Self],
        n: usize,
        vectors: bool,
        upper: bool,
        flavor: Flavor,
    ) -> Option<(Vec<f64>, Vec<Self>)>;
    /// Eigenvalues and right eigenvectors (columns) of a general matrix: for real matrices up to `dhseqr`'s NMIN,
    /// in `flavor`'s LAPACK order and normalized as `geev` does; otherwise in faer's order, not normalized.
    fn eig(a: &[Self], n: usize, vectors: bool, flavor: Flavor) -> Option<(Vec<C64>, Vec<C64>)>;
    /// Singular values, descending, and the factors asked for, signed as `flavor`'s LAPACK signs them where the
    /// port covers the case.
    fn svd(
        a: &[Self],
        m: usize,
        n: usize,
        factors: SvdFactors,
        flavor: Flavor,
    ) -> Option<Svd<Self>>;
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
            fn eigh(
                a: &[Self],
                n: usize,
                vectors: bool,
                upper: bool,
                flavor: Flavor,
            ) -> Option<(Vec<f64>, Vec<Self>)> {
                if let Some(real) = <$t as Ported>::reals(a) {
                    if n <= lapack::symmetric::MAX_ORDER {
                        let (w, z) = ported_eigh(&real, n, upper, flavor)?;
                        let z = if vectors {
                            <$t as Ported>::from_reals(z)
                        } else {
                            vec![]
                        };
                        return Some((w, z));
                    }
                }
                eigh_imp(a, n, vectors)
            }
            fn eig(
                a: &[Self],
                n: usize,
                vectors: bool,
                flavor: Flavor,
            ) -> Option<(Vec<C64>, Vec<C64>)> {
                if let Some(real) = <$t as Ported>::reals(a) {
                    if n <= lapack::general::MAX_ORDER {
                        let (w, v) = ported_eig(&real, n, flavor)?;
                        return Some((w, if vectors { v } else { vec![] }));
                    }
                }
                eig_imp(a, n, vectors)
            }
            fn svd(
                a: &[Self],
                m: usize,
                n: usize,
                factors: SvdFactors,
                flavor: Flavor,
            ) -> Option<Svd<Self>> {
                if let Some(real) = <$t as Ported>::reals(a) {
                    let k = m.min(n);
                    if factors != SvdFactors::None && k >= 1 && k <= lapack::svd::MAX_RANK {
                        let (u, s, v) =
                            ported_svd(&real, m, n, factors == SvdFactors::Full, flavor)?;
                        return Some(Svd {
                            u: <$t as Ported>::from_reals(u),
                            s,
                            v: <$t as Ported>::from_reals(v),
                        });
                    }
                }
                svd_imp(a, m, n, factors)
            }
        }
    };
}

dense!(f64);
dense!(C64);

/// Which element types the LAPACK ports (real only) take.
trait Ported: Sized {
    fn reals(a: &[Self]) -> Option<Vec<f64>>;
    fn from_reals(v: Vec<f64>) -> Vec<Self>;
}

impl Ported for f64 {
    fn reals(a: &[Self]) -> Option<Vec<f64>> {
        Some(a.to_vec())
    }
    fn from_reals(v: Vec<f64>) -> Vec<Self> {
        v
    }
}

impl Ported for C64 {
    fn reals(_: &[Self]) -> Option<Vec<f64>> {
        None
    }
    fn from_reals(v: Vec<f64>) -> Vec<Self> {
        v.into_iter().map(|x| C64::new(x, 0.0)).collect()
    }
}

/// `syevd` through the port, in `flavor`'s precision: ascending values and the vectors as columns (row-major).
/// `lower` holds the matrix in its lower triangle; `upper` runs LAPACK's upper-triangle algorithm on it.
fn ported_eigh(
    lower: &[f64],
    n: usize,
    upper: bool,
    flavor: Flavor,
) -> Option<(Vec<f64>, Vec<f64>)> {
    fn run<T: lapack::Real>(
        a: &[f64],
        n: usize,
        upper: bool,
        library: lapack::Library,
    ) -> Option<(Vec<f64>, Vec<f64>)> {
        let (w, z) = lapack::symmetric::eigh(
            lapack::ColMajor::<T>::from_row_major(a, n, n),
            upper,
            library,
        )?;
        Some((w.iter().map(|v| v.to_f64()).collect(), z.to_row_major(n, n)))
    }
    // Both triangles, from the lower one.
    let mut full = lower.to_vec();
    for i in 0..n {
        for j in i + 1..n {
            full[i * n + j] = lower[j * n + i];
        }
    }
    if flavor.single {
        run::<f32>(&full, n, upper, flavor.library)
    } else {
        run::<f64>(&full, n, upper, flavor.library)
    }
}

/// `geev` through the port: the eigenvalues and the eigenvectors as complex columns (row-major), a complex pair's
/// packed real and imaginary parts unpacked into the vector and its conjugate.
fn ported_eig(a: &[f64], n: usize, flavor: Flavor) -> Option<(Vec<C64>, Vec<C64>)> {
    fn run<T: lapack::Real>(
        a: &[f64],
        n: usize,
        library: lapack::Library,
    ) -> Option<(Vec<C64>, Vec<C64>)> {
        let e = library.geev(lapack::ColMajor::<T>::from_row_major(a, n, n))?;
        let w: Vec<C64> = (0..n)
            .map(|i| C64::new(e.wr[i].to_f64(), e.wi[i].to_f64()))
            .collect();
        let mut v = vec![C64::new(0.0, 0.0); n * n];
        let mut j = 0;
        while j < n {
            if w[j].im != 0.0 && j + 1 < n {
                for r in 0..n {
                    let (re, im) = (
                        e.vr.at(r + 1, j + 1).to_f64(),
                        e.vr.at(r + 1, j + 2).to_f64(),
                    );
                    v[r * n + j] = C64::new(re, im);
                    v[r * n + j + 1] = C64::new(re, -im);
                }
                j += 2;
            } else {
                for r in 0..n {
                    v[r * n + j] = C64::new(e.vr.at(r + 1, j + 1).to_f64(), 0.0);
                }
                j += 1;
            }
        }
        Some((w, v))
    }
    if flavor.single {
        run::<f32>(a, n, flavor.library)
    } else {
        run::<f64>(a, n, flavor.library)
    }
}

/// `gesdd` through the port: `(U, S, V)` row-major, V not transposed (as `Svd` holds it).
fn ported_svd(
    a: &[f64],
    m: usize,
    n: usize,
    full: bool,
    flavor: Flavor,
) -> Option<(Vec<f64>, Vec<f64>, Vec<f64>)> {
    fn run<T: lapack::Real>(
        a: &[f64],
        m: usize,
        n: usize,
        full: bool,
        library: lapack::Library,
    ) -> Option<(Vec<f64>, Vec<f64>, Vec<f64>)> {
        let f = lapack::svd::gesdd(
            lapack::ColMajor::<T>::from_row_major(a, m, n),
            full,
            library,
        )?;
        let u = f.u.to_row_major(f.u.rows, f.u.cols);
        let s = f.s.iter().map(|v| v.to_f64()).collect();
        // V = Vtᵀ, row-major n x vt.rows.
        let mut v = Vec::with_capacity(n * f.vt.rows);
        for i in 1..=n {
            for j in 1..=f.vt.rows {
                v.push(f.vt.at(j, i).to_f64());
            }
        }
        Some((u, s, v))
    }
    if flavor.single {
        run::<f32>(a, m, n, full, flavor.library)
    } else {
        run::<f64>(a, m, n, full, flavor.library)
    }
}

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
