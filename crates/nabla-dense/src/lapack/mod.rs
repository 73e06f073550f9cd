//! Ports of reference LAPACK's small-matrix paths (`dsyevd` through `dsteqr`, `dgesdd` through `dbdsqr`, `dgeev`
//! through `dlahqr` and `dtrevc3`), so that eigenvalues come in the order and eigenvectors and singular vectors with
//! the signs NumPy (OpenBLAS) and PyTorch (MKL) print.
//!
//! The signs of eigen- and singular vectors are not defined by the mathematics; they fall out of each algorithm's
//! Householder reflections and plane rotations. faer's algorithms choose differently, so for the sizes where LAPACK
//! runs these (unblocked, non-divide-and-conquer) paths nabla runs the same steps in the same order. The code keeps
//! LAPACK's 1-based indices and column-major storage so that each line can be checked against the Fortran.

pub mod general;
mod householder;
mod rotation;
pub mod svd;
pub mod symmetric;

/// The two precisions LAPACK computes in: `d` routines in float64, `s` routines in float32 (PyTorch's float32
/// decompositions run in float32, and their convergence tests use float32's epsilon, which changes the iteration
/// and so the signs).
pub trait Real:
    Copy
    + PartialEq
    + PartialOrd
    + std::fmt::Debug
    + std::ops::Add<Output = Self>
    + std::ops::Sub<Output = Self>
    + std::ops::Mul<Output = Self>
    + std::ops::Div<Output = Self>
    + std::ops::Neg<Output = Self>
    + std::ops::AddAssign
    + std::ops::SubAssign
    + std::ops::MulAssign
{
    /// dlamch('E'): the relative machine precision (half the spacing of numbers near 1).
    const EPS: Self;
    /// dlamch('S'): the smallest normal number.
    const SAFMIN: Self;
    const MAX: Self;
    /// A constant (exactly representable in both precisions).
    fn c(v: f64) -> Self;
    fn abs(self) -> Self;
    fn sqrt(self) -> Self;
    fn is_nan(self) -> bool;
    fn is_sign_negative(self) -> bool;
    fn max(self, o: Self) -> Self;
    fn min(self, o: Self) -> Self;
    fn is_finite(self) -> bool;
    fn from_f64(v: f64) -> Self;
    fn to_f64(self) -> f64;
}

macro_rules! real {
    ($t:ty) => {
        impl Real for $t {
            const EPS: Self = <$t>::EPSILON * 0.5;
            const SAFMIN: Self = <$t>::MIN_POSITIVE;
            const MAX: Self = <$t>::MAX;
            fn c(v: f64) -> Self {
                v as $t
            }
            fn abs(self) -> Self {
                <$t>::abs(self)
            }
            fn sqrt(self) -> Self {
                <$t>::sqrt(self)
            }
            fn is_nan(self) -> bool {
                <$t>::is_nan(self)
            }
            fn is_sign_negative(self) -> bool {
                <$t>::is_sign_negative(self)
            }
            fn max(self, o: Self) -> Self {
                <$t>::max(self, o)
            }
            fn min(self, o: Self) -> Self {
                <$t>::min(self, o)
            }
            fn is_finite(self) -> bool {
                <$t>::is_finite(self)
            }
            fn from_f64(v: f64) -> Self {
                v as $t
            }
            fn to_f64(self) -> f64 {
                self as f64
            }
        }
    };
}
real!(f64);
real!(f32);

/// Whose LAPACK to reproduce. Both compute the same decompositions; they differ in choices that decide the signs of
/// vectors (measured against NumPy 2.4 and PyTorch 2.15 on thousands of random matrices; see the tests).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Library {
    /// OpenBLAS, bundled with NumPy: reference LAPACK 3.10+.
    OpenBlas,
    /// Intel MKL, behind PyTorch's CPU linear algebra: its `syevd` and `geev` rotate as LAPACK did before 3.10,
    /// and its `gesdd` takes the QR path for tall matrices from m >= 1.5 n (reference: 11/6) and never the LQ path
    /// for wide ones.
    Mkl,
}

impl Library {
    /// `dgeev` of this library: eigenvalues `(wr, wi)` and the right eigenvectors (see `general::Eigen`).
    pub fn geev<T: Real>(self, a: ColMajor<T>) -> Option<general::Eigen<T>> {
        general::geev(a, self.rotations())
    }

    /// How `syevd`'s tridiagonal QR and `geev`'s normalization sign their rotations (measured; `gesdd`'s
    /// bidiagonal QR rotates as LAPACK 3.10 in both libraries).
    fn rotations(self) -> Rotations {
        match self {
            Library::OpenBlas => Rotations::Lapack310,
            Library::Mkl => Rotations::Legacy,
        }
    }

    /// Whether `gesdd` factors an `m x n` matrix by QR (m >= n) or LQ (m < n) before bidiagonalizing.
    fn svd_factors_first(self, m: usize, n: usize) -> bool {
        let k = m.min(n) as f64;
        match self {
            Library::OpenBlas => m.max(n) >= (k * 11.0 / 6.0) as usize,
            Library::Mkl => m >= n && m >= (k * 1.5) as usize,
        }
    }
}

/// How a library's `lartg` signs its plane rotations: reference LAPACK since 3.10 makes the cosine non-negative;
/// the older routine makes r positive unless |f| > |g|.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Rotations {
    Lapack310,
    Legacy,
}

/// A column-major matrix with 1-based indexing, as the Fortran sources address it.
#[derive(Clone, Debug)]
pub struct ColMajor<T = f64> {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<T>,
}

impl<T: Real> ColMajor<T> {
    pub fn zeros(rows: usize, cols: usize) -> Self {
        ColMajor {
            rows,
            cols,
            data: vec![T::c(0.0); rows * cols],
        }
    }

    pub fn identity(n: usize) -> Self {
        let mut m = Self::zeros(n, n);
        for i in 1..=n {
            m.set(i, i, T::c(1.0));
        }
        m
    }

    /// From a row-major `rows x cols` slice.
    pub fn from_row_major(a: &[f64], rows: usize, cols: usize) -> Self {
        let mut m = Self::zeros(rows, cols);
        for i in 0..rows {
            for j in 0..cols {
                m.data[i + j * rows] = T::from_f64(a[i * cols + j]);
            }
        }
        m
    }

    /// The leading `rows x cols` block, row-major.
    pub fn to_row_major(&self, rows: usize, cols: usize) -> Vec<f64> {
        let mut out = Vec::with_capacity(rows * cols);
        for i in 0..rows {
            for j in 0..cols {
                out.push(self.data[i + j * self.rows].to_f64());
            }
        }
        out
    }

    #[inline]
    pub fn at(&self, i: usize, j: usize) -> T {
        self.data[(i - 1) + (j - 1) * self.rows]
    }

    #[inline]
    pub fn set(&mut self, i: usize, j: usize, v: T) {
        self.data[(i - 1) + (j - 1) * self.rows] = v;
    }

    #[inline]
    pub fn at_mut(&mut self, i: usize, j: usize) -> &mut T {
        &mut self.data[(i - 1) + (j - 1) * self.rows]
    }

    pub fn transpose(&self) -> Self {
        let mut t = Self::zeros(self.cols, self.rows);
        for j in 1..=self.cols {
            for i in 1..=self.rows {
                t.set(j, i, self.at(i, j));
            }
        }
        t
    }

    pub fn swap_cols(&mut self, a: usize, b: usize) {
        for i in 1..=self.rows {
            let t = self.at(i, a);
            self.set(i, a, self.at(i, b));
            self.set(i, b, t);
        }
    }

    pub fn swap_rows(&mut self, a: usize, b: usize) {
        for j in 1..=self.cols {
            let t = self.at(a, j);
            self.set(a, j, self.at(b, j));
            self.set(b, j, t);
        }
    }
}

/// Fortran's `SIGN(a, b)`: |a| with the sign of b.
#[inline]
pub(crate) fn sign<T: Real>(a: T, b: T) -> T {
    if !b.is_sign_negative() {
        a.abs()
    } else {
        -a.abs()
    }
}

/// LAPACK's selection sort of `d[1..]` (1-based) into increasing (or decreasing) order, one transposition per
/// position, reported to `swap` so that vectors follow their values.
pub(crate) fn selection_sort<T: Real>(
    d: &mut [T],
    descending: bool,
    mut swap: impl FnMut(usize, usize),
) {
    let n = d.len() - 1;
    for i in 1..n {
        let (mut k, mut p) = (i, d[i]);
        for (j, &dj) in d.iter().enumerate().skip(i + 1) {
            if (descending && dj > p) || (!descending && dj < p) {
                k = j;
                p = dj;
            }
        }
        if k != i {
            d[k] = d[i];
            d[i] = p;
            swap(i, k);
        }
    }
}

/// `dlascl('G', ...)`: multiply `x` by `cto / cfrom` without overflow or underflow on the way.
pub(crate) fn scale_by_ratio<T: Real>(x: &mut [T], cfrom: T, cto: T) {
    let smlnum = T::SAFMIN;
    let bignum = T::c(1.0) / smlnum;
    let (mut cfromc, mut ctoc) = (cfrom, cto);
    loop {
        let cfrom1 = cfromc * smlnum;
        let (mul, done);
        if cfrom1 == cfromc {
            // cfromc is inf: the ratio is a signed zero or a NaN.
            mul = ctoc / cfromc;
            done = true;
        } else {
            let cto1 = ctoc / bignum;
            if cto1 == ctoc {
                // ctoc is 0 or inf.
                mul = ctoc;
                done = true;
                cfromc = T::c(1.0);
            } else if cfrom1.abs() > ctoc.abs() && ctoc != T::c(0.0) {
                mul = smlnum;
                done = false;
                cfromc = cfrom1;
            } else if cto1.abs() > cfromc.abs() {
                mul = bignum;
                done = false;
                ctoc = cto1;
            } else {
                mul = ctoc / cfromc;
                done = true;
                if mul == T::c(1.0) {
                    return;
                }
            }
        }
        for v in x.iter_mut() {
            *v *= mul;
        }
        if done {
            return;
        }
    }
}
