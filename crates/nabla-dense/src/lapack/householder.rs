//! Elementary reflectors `H = I - tau v vᵀ` (`v[0] = 1`): `dlarfg` makes one, `dlarf` applies one.

use super::rotation::hypot2;
use super::{sign, ColMajor, Real};

/// `dnrm2`: the Euclidean norm, scaled so that it neither overflows nor underflows.
fn norm2<T: Real>(x: &[T]) -> T {
    let scale = x.iter().fold(T::c(0.0), |m, v| m.max(v.abs()));
    if scale == T::c(0.0) || !scale.is_finite() {
        return scale;
    }
    let mut ssq = T::c(0.0);
    for &v in x {
        ssq += (v / scale) * (v / scale);
    }
    scale * ssq.sqrt()
}

/// `dlarfg`: the reflector with `H [alpha; x] = [beta; 0]`. Overwrites `alpha` with beta and `x` with `v[1..]`;
/// returns tau (0 when `x` is already zero, H = I).
pub fn make_reflector<T: Real>(alpha: &mut T, x: &mut [T]) -> T {
    let mut xnorm = norm2(x);
    if xnorm == T::c(0.0) {
        return T::c(0.0);
    }
    let mut beta = -sign(hypot2(*alpha, xnorm), *alpha);
    let safmin = T::SAFMIN / T::EPS;
    let mut knt = 0;
    if beta.abs() < safmin {
        // beta may be inaccurate; scale x and recompute.
        let rsafmn = T::c(1.0) / safmin;
        loop {
            knt += 1;
            x.iter_mut().for_each(|v| *v *= rsafmn);
            beta *= rsafmn;
            *alpha *= rsafmn;
            if !(beta.abs() < safmin && knt < 20) {
                break;
            }
        }
        xnorm = norm2(x);
        beta = -sign(hypot2(*alpha, xnorm), *alpha);
    }
    let tau = (beta - *alpha) / beta;
    let scal = T::c(1.0) / (*alpha - beta);
    x.iter_mut().for_each(|v| *v *= scal);
    for _ in 0..knt {
        beta *= T::SAFMIN / T::EPS;
    }
    *alpha = beta;
    tau
}

/// `dlarf('L', ...)`: `C := H C` for the `m x n` block of `c` at `(r0, c0)` (1-based), `v` of length m.
pub fn reflect_left<T: Real>(v: &[T], tau: T, c: &mut ColMajor<T>, r0: usize, c0: usize, n: usize) {
    if tau == T::c(0.0) {
        return;
    }
    let m = v.len();
    for j in 0..n {
        let col = c0 + j;
        let mut w = T::c(0.0);
        for (i, &vi) in v.iter().enumerate() {
            w += c.at(r0 + i, col) * vi;
        }
        for (i, &vi) in v.iter().enumerate().take(m) {
            *c.at_mut(r0 + i, col) -= tau * vi * w;
        }
    }
}

/// `dlarf('R', ...)`: `C := C H` for the `m x n` block of `c` at `(r0, c0)` (1-based), `v` of length n.
pub fn reflect_right<T: Real>(
    v: &[T],
    tau: T,
    c: &mut ColMajor<T>,
    r0: usize,
    c0: usize,
    m: usize,
) {
    if tau == T::c(0.0) {
        return;
    }
    for i in 0..m {
        let row = r0 + i;
        let mut w = T::c(0.0);
        for (j, &vj) in v.iter().enumerate() {
            w += c.at(row, c0 + j) * vj;
        }
        for (j, &vj) in v.iter().enumerate() {
            *c.at_mut(row, c0 + j) -= tau * w * vj;
        }
    }
}

impl<T: Real> ColMajor<T> {
    /// `len` entries of column `j` from row `i` down.
    pub fn col_part(&self, i: usize, j: usize, len: usize) -> Vec<T> {
        (0..len).map(|k| self.at(i + k, j)).collect()
    }

    pub fn set_col_part(&mut self, i: usize, j: usize, x: &[T]) {
        for (k, v) in x.iter().enumerate() {
            self.set(i + k, j, *v);
        }
    }

    /// `len` entries of row `i` from column `j` on.
    pub fn row_part(&self, i: usize, j: usize, len: usize) -> Vec<T> {
        (0..len).map(|k| self.at(i, j + k)).collect()
    }

    pub fn set_row_part(&mut self, i: usize, j: usize, x: &[T]) {
        for (k, v) in x.iter().enumerate() {
            self.set(i, j + k, *v);
        }
    }
}
