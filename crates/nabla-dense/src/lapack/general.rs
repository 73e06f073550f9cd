//! `dgeev` (right eigenvectors) for real matrices, as reference LAPACK computes it for the sizes where it runs the
//! unblocked `dgehd2` and the double-shift `dlahqr` (n < 75): balancing (`dgebal`), Hessenberg reduction, Schur form,
//! `dtrevc3`'s back substitution, `dgebak`, and `dgeev`'s normalization. The order of the eigenvalues (where the
//! iteration deflates them) and the signs of the vectors are LAPACK's.

use super::householder::{make_reflector, reflect_left, reflect_right};
use super::rotation::{givens, hypot2};
use super::{scale_by_ratio, sign, ColMajor, Real, Rotations};

/// dhseqr's NMIN: below it the Schur form comes from `dlahqr`.
pub const MAX_ORDER: usize = 75;

/// Eigenvalues `(wr, wi)` and, column by column, the right eigenvectors in LAPACK's packed real form: a real
/// eigenvalue's vector in its column; a complex pair `wr ± i wi` (wi > 0 first) as the real and imaginary parts in
/// two columns. `None` when the QR iteration does not converge.
pub struct Eigen<T> {
    pub wr: Vec<T>,
    pub wi: Vec<T>,
    pub vr: ColMajor<T>,
}

/// `dgeev('N', 'V')` with `rotations` for the complex pairs' final normalization.
pub(crate) fn geev<T: Real>(mut a: ColMajor<T>, rotations: Rotations) -> Option<Eigen<T>> {
    let n = a.rows;
    let zero = T::c(0.0);
    if n == 0 {
        return Some(Eigen {
            wr: vec![],
            wi: vec![],
            vr: a,
        });
    }
    // Scale a matrix whose largest entry is outside [smlnum, bignum].
    let eps = T::EPS * T::c(2.0);
    let smlnum = T::SAFMIN.sqrt() / eps;
    let bignum = T::c(1.0) / smlnum;
    let mut anrm = zero;
    for &v in &a.data {
        if v.is_nan() {
            return None;
        }
        anrm = anrm.max(v.abs());
    }
    let cscale = if anrm > zero && anrm < smlnum {
        Some(smlnum)
    } else if anrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if let Some(c) = cscale {
        scale_by_ratio(&mut a.data, anrm, c);
    }
    let (ilo, ihi, scale) = balance(&mut a);
    let tau = hessenberg(&mut a, ilo, ihi);
    let mut z = hessenberg_q(&a, &tau, ilo, ihi);
    let (mut wr, mut wi) = schur(&mut a, &mut z, ilo, ihi)?;
    right_vectors(&a, &mut z);
    back_balance(&mut z, ilo, ihi, &scale);
    normalize(&mut z, &wi, rotations);
    if let Some(c) = cscale {
        scale_by_ratio(&mut wr, c, anrm);
        scale_by_ratio(&mut wi, c, anrm);
    }
    Some(Eigen { wr, wi, vr: z })
}

/// `dgebal('B')` (LAPACK 3.12): permute rows and columns that isolate eigenvalues to the ends, then scale the rest
/// by powers of 2 to even out row and column norms. Returns `ilo`, `ihi` and the permutations/scalings (1-based).
fn balance<T: Real>(a: &mut ColMajor<T>) -> (usize, usize, Vec<T>) {
    let n = a.rows;
    let zero = T::c(0.0);
    let one = T::c(1.0);
    let mut scale = vec![one; n + 1];
    let mut k = 1;
    let mut l = n;
    // Rows with only a diagonal nonzero (within columns 1..l) go to the bottom.
    let mut noconv = true;
    while noconv {
        noconv = false;
        let mut i = l;
        let start_l = l;
        let _ = start_l;
        while i >= 1 {
            let canswap = (1..=l).all(|j| i == j || a.at(i, j) == zero);
            if canswap {
                scale[l] = T::from_f64(i as f64);
                if i != l {
                    a.swap_cols_range(i, l, 1, l);
                    a.swap_rows_range(i, l, k, n);
                }
                noconv = true;
                if l == 1 {
                    return (1, 1, scale);
                }
                l -= 1;
            }
            i -= 1;
        }
    }
    // Columns with only a diagonal nonzero (within rows k..l) go to the left.
    noconv = true;
    while noconv {
        noconv = false;
        let mut j = k;
        while j <= l {
            let canswap = (k..=l).all(|i| i == j || a.at(i, j) == zero);
            if canswap {
                scale[k] = T::from_f64(j as f64);
                if j != k {
                    a.swap_cols_range(j, k, 1, l);
                    a.swap_rows_range(j, k, k, n);
                }
                noconv = true;
                k += 1;
            }
            j += 1;
        }
    }
    for s in scale.iter_mut().take(l + 1).skip(k) {
        *s = one;
    }
    // Scaling.
    let sclfac = T::c(2.0);
    let factor = T::c(0.95);
    let sfmin1 = T::SAFMIN / (T::EPS * T::c(2.0));
    let sfmax1 = one / sfmin1;
    let sfmin2 = sfmin1 * sclfac;
    let sfmax2 = one / sfmin2;
    noconv = true;
    while noconv {
        noconv = false;
        for i in k..=l {
            let mut c = norm(&(k..=l).map(|r| a.at(r, i)).collect::<Vec<_>>());
            let mut r = norm(&(k..=l).map(|cc| a.at(i, cc)).collect::<Vec<_>>());
            let mut ca = (1..=l)
                .map(|rr| a.at(rr, i).abs())
                .fold(zero, |m, v| if v > m { v } else { m });
            let mut ra = (k..=n)
                .map(|cc| a.at(i, cc).abs())
                .fold(zero, |m, v| if v > m { v } else { m });
            if c == zero || r == zero {
                continue;
            }
            if (c + ca + r + ra).is_nan() {
                return (k, l, scale);
            }
            let mut g = r / sclfac;
            let mut f = one;
            let s = c + r;
            while c < g && f.max(c).max(ca) < sfmax2 && r.min(g).min(ra) > sfmin2 {
                f *= sclfac;
                c *= sclfac;
                ca *= sclfac;
                r = r / sclfac;
                g = g / sclfac;
                ra = ra / sclfac;
            }
            g = c / sclfac;
            while g >= r && r.max(ra) < sfmax2 && f.min(c).min(g).min(ca) > sfmin2 {
                f = f / sclfac;
                c = c / sclfac;
                g = g / sclfac;
                ca = ca / sclfac;
                r *= sclfac;
                ra *= sclfac;
            }
            if c + r >= factor * s {
                continue;
            }
            if f < one && scale[i] < one && f * scale[i] <= sfmin1 {
                continue;
            }
            if f > one && scale[i] > one && scale[i] >= sfmax1 / f {
                continue;
            }
            let g = one / f;
            scale[i] *= f;
            noconv = true;
            for cc in k..=n {
                *a.at_mut(i, cc) *= g;
            }
            for rr in 1..=l {
                *a.at_mut(rr, i) *= f;
            }
        }
    }
    (k, l, scale)
}

fn norm<T: Real>(x: &[T]) -> T {
    let scale = x.iter().fold(T::c(0.0), |m, v| m.max(v.abs()));
    if scale == T::c(0.0) {
        return scale;
    }
    let mut ssq = T::c(0.0);
    for &v in x {
        ssq += (v / scale) * (v / scale);
    }
    scale * ssq.sqrt()
}

impl<T: Real> ColMajor<T> {
    /// Swap columns `a` and `b` over rows `r0..=r1`.
    fn swap_cols_range(&mut self, a: usize, b: usize, r0: usize, r1: usize) {
        for i in r0..=r1 {
            let t = self.at(i, a);
            self.set(i, a, self.at(i, b));
            self.set(i, b, t);
        }
    }

    /// Swap rows `a` and `b` over columns `c0..=c1`.
    fn swap_rows_range(&mut self, a: usize, b: usize, c0: usize, c1: usize) {
        for j in c0..=c1 {
            let t = self.at(a, j);
            self.set(a, j, self.at(b, j));
            self.set(b, j, t);
        }
    }
}

/// `dgehd2`: reduce rows and columns `ilo..=ihi` to upper Hessenberg form by reflectors `H(i)` (i in ilo..ihi),
/// whose vectors are left below the subdiagonal. Returns tau (1-based).
fn hessenberg<T: Real>(a: &mut ColMajor<T>, ilo: usize, ihi: usize) -> Vec<T> {
    let n = a.rows;
    let mut tau = vec![T::c(0.0); n + 1];
    for i in ilo..ihi {
        let mut alpha = a.at(i + 1, i);
        let below = (i + 2).min(n);
        let mut x = a.col_part(below, i, ihi - i - 1);
        tau[i] = make_reflector(&mut alpha, &mut x);
        a.set_col_part(below, i, &x);
        let mut v = vec![T::c(1.0)];
        v.extend_from_slice(&x);
        reflect_right(&v, tau[i], a, 1, i + 1, ihi);
        reflect_left(&v, tau[i], a, i + 1, i + 1, n - i);
        a.set(i + 1, i, alpha);
    }
    tau
}

/// `dorghr`: the orthogonal Q = H(ilo) ... H(ihi-1) of the Hessenberg reduction.
fn hessenberg_q<T: Real>(a: &ColMajor<T>, tau: &[T], ilo: usize, ihi: usize) -> ColMajor<T> {
    let n = a.rows;
    let mut q = ColMajor::identity(n);
    for i in (ilo..ihi).rev() {
        let mut v = vec![T::c(1.0)];
        v.extend(a.col_part(i + 2, i, ihi - i - 1));
        reflect_left(&v, tau[i], &mut q, i + 1, i + 1, ihi - i);
    }
    q
}

/// `dhseqr('S', 'V')` through `dlahqr`: the real Schur form T (in `h`) with `Z := Z Q`, and the eigenvalues.
fn schur<T: Real>(
    h: &mut ColMajor<T>,
    z: &mut ColMajor<T>,
    ilo: usize,
    ihi: usize,
) -> Option<(Vec<T>, Vec<T>)> {
    let n = h.rows;
    let zero = T::c(0.0);
    let mut wr = vec![zero; n + 1];
    let mut wi = vec![zero; n + 1];
    for i in (1..ilo).chain(ihi + 1..=n) {
        wr[i] = h.at(i, i);
    }
    if ilo == ihi {
        wr[ilo] = h.at(ilo, ilo);
    } else {
        double_shift_qr(h, z, ilo, ihi, &mut wr, &mut wi)?;
    }
    if n > 2 {
        for j in 1..=n - 2 {
            for i in j + 2..=n {
                h.set(i, j, zero);
            }
        }
    }
    Some((wr[1..].to_vec(), wi[1..].to_vec()))
}

/// `drot` on columns `p` and `q` of `a`, rows `r0..=r1`.
fn rotate_cols<T: Real>(a: &mut ColMajor<T>, p: usize, q: usize, r0: usize, r1: usize, c: T, s: T) {
    for k in r0..=r1 {
        let (x, y) = (a.at(k, p), a.at(k, q));
        a.set(k, p, c * x + s * y);
        a.set(k, q, c * y - s * x);
    }
}

/// `drot` on rows `p` and `q` of `a`, columns `c0..=c1`.
fn rotate_rows<T: Real>(a: &mut ColMajor<T>, p: usize, q: usize, c0: usize, c1: usize, c: T, s: T) {
    for k in c0..=c1 {
        let (x, y) = (a.at(p, k), a.at(q, k));
        a.set(p, k, c * x + s * y);
        a.set(q, k, c * y - s * x);
    }
}

/// `dlahqr` with WANTT and WANTZ: Francis double-shift QR on the Hessenberg rows/columns `ilo..=ihi`.
fn double_shift_qr<T: Real>(
    h: &mut ColMajor<T>,
    z: &mut ColMajor<T>,
    ilo: usize,
    ihi: usize,
    wr: &mut [T],
    wi: &mut [T],
) -> Option<()> {
    let n = h.rows;
    let zero = T::c(0.0);
    let one = T::c(1.0);
    let two = T::c(2.0);
    let dat1 = T::c(0.75);
    let dat2 = T::c(-0.4375);
    const KEXSH: usize = 10;
    if ilo + 3 <= ihi {
        for j in ilo..=ihi - 3 {
            h.set(j + 2, j, zero);
            h.set(j + 3, j, zero);
        }
    }
    if ilo + 2 <= ihi {
        h.set(ihi, ihi - 2, zero);
    }
    let nh = ihi - ilo + 1;
    let safmin = T::SAFMIN;
    let ulp = T::EPS * two;
    let smlnum = safmin * (T::from_f64(nh as f64) / ulp);
    let (i1, i2) = (1, n);
    let itmax = 30 * nh.max(10);
    let mut kdefl = 0;
    let mut i = ihi;
    loop {
        let mut l = ilo;
        if i < ilo {
            return Some(());
        }
        let mut converged = false;
        for _its in 0..=itmax {
            // Look for a single small subdiagonal element.
            let mut k = i;
            while k > l {
                if h.at(k, k - 1).abs() <= smlnum {
                    break;
                }
                let mut tst = h.at(k - 1, k - 1).abs() + h.at(k, k).abs();
                if tst == zero {
                    if k >= ilo + 2 {
                        tst += h.at(k - 1, k - 2).abs();
                    }
                    if k < ihi {
                        tst += h.at(k + 1, k).abs();
                    }
                }
                if h.at(k, k - 1).abs() <= ulp * tst {
                    let ab = h.at(k, k - 1).abs().max(h.at(k - 1, k).abs());
                    let ba = h.at(k, k - 1).abs().min(h.at(k - 1, k).abs());
                    let aa = h
                        .at(k, k)
                        .abs()
                        .max((h.at(k - 1, k - 1) - h.at(k, k)).abs());
                    let bb = h
                        .at(k, k)
                        .abs()
                        .min((h.at(k - 1, k - 1) - h.at(k, k)).abs());
                    let s = aa + ab;
                    if ba * (ab / s) <= smlnum.max(ulp * (bb * (aa / s))) {
                        break;
                    }
                }
                k -= 1;
            }
            l = k;
            if l > ilo {
                h.set(l, l - 1, zero);
            }
            if l + 1 >= i {
                converged = true;
                break;
            }
            kdefl += 1;
            // Shifts: exceptional every KEXSH deflation-free iterations, else the trailing 2x2's eigenvalues.
            let (mut h11, mut h12, mut h21, mut h22);
            if kdefl % (2 * KEXSH) == 0 {
                let s = h.at(i, i - 1).abs() + h.at(i - 1, i - 2).abs();
                h11 = dat1 * s + h.at(i, i);
                h12 = dat2 * s;
                h21 = s;
                h22 = h11;
            } else if kdefl % KEXSH == 0 {
                let s = h.at(l + 1, l).abs() + h.at(l + 2, l + 1).abs();
                h11 = dat1 * s + h.at(l, l);
                h12 = dat2 * s;
                h21 = s;
                h22 = h11;
            } else {
                h11 = h.at(i - 1, i - 1);
                h21 = h.at(i, i - 1);
                h12 = h.at(i - 1, i);
                h22 = h.at(i, i);
            }
            let s = h11.abs() + h12.abs() + h21.abs() + h22.abs();
            let (rt1r, rt1i, rt2r, rt2i);
            if s == zero {
                rt1r = zero;
                rt1i = zero;
                rt2r = zero;
                rt2i = zero;
            } else {
                h11 = h11 / s;
                h21 = h21 / s;
                h12 = h12 / s;
                h22 = h22 / s;
                let tr = (h11 + h22) / two;
                let det = (h11 - tr) * (h22 - tr) - h12 * h21;
                let rtdisc = det.abs().sqrt();
                if det >= zero {
                    rt1r = tr * s;
                    rt2r = rt1r;
                    rt1i = rtdisc * s;
                    rt2i = -rt1i;
                } else {
                    let a1 = tr + rtdisc;
                    let a2 = tr - rtdisc;
                    let r = if (a1 - h22).abs() <= (a2 - h22).abs() {
                        a1 * s
                    } else {
                        a2 * s
                    };
                    rt1r = r;
                    rt2r = r;
                    rt1i = zero;
                    rt2i = zero;
                }
            }
            // Look for two consecutive small subdiagonal elements.
            let mut v = [zero; 3];
            let mut m = i - 2;
            loop {
                let mut h21s = h.at(m + 1, m);
                let mut s = (h.at(m, m) - rt2r).abs() + rt2i.abs() + h21s.abs();
                h21s = h.at(m + 1, m) / s;
                v[0] = h21s * h.at(m, m + 1) + (h.at(m, m) - rt1r) * ((h.at(m, m) - rt2r) / s)
                    - rt1i * (rt2i / s);
                v[1] = h21s * (h.at(m, m) + h.at(m + 1, m + 1) - rt1r - rt2r);
                v[2] = h21s * h.at(m + 2, m + 1);
                s = v[0].abs() + v[1].abs() + v[2].abs();
                v[0] = v[0] / s;
                v[1] = v[1] / s;
                v[2] = v[2] / s;
                if m == l {
                    break;
                }
                let h00 = h.at(m - 1, m - 1).abs();
                if h.at(m, m - 1).abs() * (v[1].abs() + v[2].abs())
                    <= ulp * v[0].abs() * (h00 + h.at(m, m).abs() + h.at(m + 1, m + 1).abs())
                {
                    break;
                }
                m -= 1;
            }
            // The double-shift QR step.
            for k in m..i {
                let nr = 3.min(i - k + 1);
                if k > m {
                    for (r, vr) in v.iter_mut().enumerate().take(nr) {
                        *vr = h.at(k + r, k - 1);
                    }
                }
                let mut alpha = v[0];
                let mut rest = v[1..nr].to_vec();
                let t1 = make_reflector(&mut alpha, &mut rest);
                v[0] = alpha;
                v[1..nr].copy_from_slice(&rest);
                if k > m {
                    h.set(k, k - 1, v[0]);
                    h.set(k + 1, k - 1, zero);
                    if k < i - 1 {
                        h.set(k + 2, k - 1, zero);
                    }
                } else if m > l {
                    let x = h.at(k, k - 1);
                    h.set(k, k - 1, x * (one - t1));
                }
                let v2 = v[1];
                let t2 = t1 * v2;
                if nr == 3 {
                    let v3 = v[2];
                    let t3 = t1 * v3;
                    for j in k..=i2 {
                        let sum = h.at(k, j) + v2 * h.at(k + 1, j) + v3 * h.at(k + 2, j);
                        *h.at_mut(k, j) -= sum * t1;
                        *h.at_mut(k + 1, j) -= sum * t2;
                        *h.at_mut(k + 2, j) -= sum * t3;
                    }
                    for j in i1..=(k + 3).min(i) {
                        let sum = h.at(j, k) + v2 * h.at(j, k + 1) + v3 * h.at(j, k + 2);
                        *h.at_mut(j, k) -= sum * t1;
                        *h.at_mut(j, k + 1) -= sum * t2;
                        *h.at_mut(j, k + 2) -= sum * t3;
                    }
                    for j in ilo..=ihi {
                        let sum = z.at(j, k) + v2 * z.at(j, k + 1) + v3 * z.at(j, k + 2);
                        *z.at_mut(j, k) -= sum * t1;
                        *z.at_mut(j, k + 1) -= sum * t2;
                        *z.at_mut(j, k + 2) -= sum * t3;
                    }
                } else if nr == 2 {
                    for j in k..=i2 {
                        let sum = h.at(k, j) + v2 * h.at(k + 1, j);
                        *h.at_mut(k, j) -= sum * t1;
                        *h.at_mut(k + 1, j) -= sum * t2;
                    }
                    for j in i1..=i {
                        let sum = h.at(j, k) + v2 * h.at(j, k + 1);
                        *h.at_mut(j, k) -= sum * t1;
                        *h.at_mut(j, k + 1) -= sum * t2;
                    }
                    for j in ilo..=ihi {
                        let sum = z.at(j, k) + v2 * z.at(j, k + 1);
                        *z.at_mut(j, k) -= sum * t1;
                        *z.at_mut(j, k + 1) -= sum * t2;
                    }
                }
            }
        }
        if !converged {
            return None;
        }
        if l == i {
            wr[i] = h.at(i, i);
            wi[i] = zero;
        } else if l + 1 == i {
            let (a, b, c, d, rt1r, rt1i, rt2r, rt2i, cs, sn) = standardize2x2(
                h.at(i - 1, i - 1),
                h.at(i - 1, i),
                h.at(i, i - 1),
                h.at(i, i),
            );
            h.set(i - 1, i - 1, a);
            h.set(i - 1, i, b);
            h.set(i, i - 1, c);
            h.set(i, i, d);
            wr[i - 1] = rt1r;
            wi[i - 1] = rt1i;
            wr[i] = rt2r;
            wi[i] = rt2i;
            if i2 > i {
                rotate_rows(h, i - 1, i, i + 1, i2, cs, sn);
            }
            if i >= i1 + 2 {
                rotate_cols(h, i - 1, i, i1, i - 2, cs, sn);
            }
            rotate_cols(z, i - 1, i, ilo, ihi, cs, sn);
        }
        kdefl = 0;
        if l == 0 {
            return Some(());
        }
        i = l - 1;
    }
}

/// `dlanv2`: the Schur factorization of a real 2x2 `[a b; c d]` in standard form (a = d and b c < 0 for a complex
/// pair, else c = 0): the new entries, the eigenvalues and the rotation `(cs, sn)`.
#[allow(clippy::type_complexity)]
fn standardize2x2<T: Real>(
    mut a: T,
    mut b: T,
    mut c: T,
    mut d: T,
) -> (T, T, T, T, T, T, T, T, T, T) {
    let zero = T::c(0.0);
    let one = T::c(1.0);
    let half = T::c(0.5);
    let multpl = T::c(4.0);
    let eps = T::EPS * T::c(2.0);
    let exponent = ((T::SAFMIN / eps).to_f64().log2() / 2.0).trunc();
    let safmn2 = T::from_f64(2f64.powi(exponent as i32));
    let safmx2 = one / safmn2;
    let (mut cs, mut sn);
    if c == zero {
        cs = one;
        sn = zero;
    } else if b == zero {
        cs = zero;
        sn = one;
        std::mem::swap(&mut a, &mut d);
        b = -c;
        c = zero;
    } else if (a - d) == zero && sign(one, b) != sign(one, c) {
        cs = one;
        sn = zero;
    } else {
        let mut temp = a - d;
        let mut p = half * temp;
        let bcmax = b.abs().max(c.abs());
        let bcmis = b.abs().min(c.abs()) * sign(one, b) * sign(one, c);
        let mut scale = p.abs().max(bcmax);
        let mut z = (p / scale) * p + (bcmax / scale) * bcmis;
        if z >= multpl * eps {
            // Real eigenvalues.
            z = p + sign(scale.sqrt() * z.sqrt(), p);
            a = d + z;
            d = d - (bcmax / z) * bcmis;
            let tau = hypot2(c, z);
            cs = z / tau;
            sn = c / tau;
            b = b - c;
            c = zero;
        } else {
            // Complex eigenvalues, or real (almost) equal ones: make the diagonal equal.
            let mut count = 0;
            let mut sigma = b + c;
            loop {
                count += 1;
                scale = temp.abs().max(sigma.abs());
                if scale >= safmx2 {
                    sigma *= safmn2;
                    temp *= safmn2;
                    if count <= 20 {
                        continue;
                    }
                }
                if scale <= safmn2 {
                    sigma *= safmx2;
                    temp *= safmx2;
                    if count <= 20 {
                        continue;
                    }
                }
                break;
            }
            p = half * temp;
            let mut tau = hypot2(sigma, temp);
            cs = (half * (one + sigma.abs() / tau)).sqrt();
            sn = -(p / (tau * cs)) * sign(one, sigma);
            let aa = a * cs + b * sn;
            let bb = -a * sn + b * cs;
            let cc = c * cs + d * sn;
            let dd = -c * sn + d * cs;
            a = aa * cs + cc * sn;
            b = (bb * cs) + (dd * sn);
            c = -(aa * sn) + (cc * cs);
            d = -bb * sn + dd * cs;
            temp = half * (a + d);
            a = temp;
            d = temp;
            if c != zero {
                if b != zero {
                    if sign(one, b) == sign(one, c) {
                        // Real eigenvalues after all.
                        let sab = b.abs().sqrt();
                        let sac = c.abs().sqrt();
                        p = sign(sab * sac, c);
                        tau = one / (b + c).abs().sqrt();
                        a = temp + p;
                        d = temp - p;
                        b = b - c;
                        c = zero;
                        let cs1 = sab * tau;
                        let sn1 = sac * tau;
                        let t = cs * cs1 - sn * sn1;
                        sn = cs * sn1 + sn * cs1;
                        cs = t;
                    }
                } else {
                    b = -c;
                    c = zero;
                    let t = cs;
                    cs = -sn;
                    sn = t;
                }
            }
        }
    }
    let (rt1i, rt2i) = if c == zero {
        (zero, zero)
    } else {
        let v = b.abs().sqrt() * c.abs().sqrt();
        (v, -v)
    };
    (a, b, c, d, a, rt1i, d, rt2i, cs, sn)
}

/// A complex number for the back substitution of complex pairs.
#[derive(Clone, Copy)]
struct Cx<T> {
    re: T,
    im: T,
}

impl<T: Real> Cx<T> {
    fn sub(self, o: Cx<T>) -> Cx<T> {
        Cx {
            re: self.re - o.re,
            im: self.im - o.im,
        }
    }
    fn mul(self, o: Cx<T>) -> Cx<T> {
        Cx {
            re: self.re * o.re - self.im * o.im,
            im: self.re * o.im + self.im * o.re,
        }
    }
    fn abs1(self) -> T {
        self.re.abs() + self.im.abs()
    }
    /// Smith's division (as `dladiv`, without its extra scaling).
    fn div(self, o: Cx<T>) -> Cx<T> {
        if o.im.abs() <= o.re.abs() {
            let r = o.im / o.re;
            let den = o.re + o.im * r;
            Cx {
                re: (self.re + self.im * r) / den,
                im: (self.im - self.re * r) / den,
            }
        } else {
            let r = o.re / o.im;
            let den = o.im + o.re * r;
            Cx {
                re: (self.re * r + self.im) / den,
                im: (self.im * r - self.re) / den,
            }
        }
    }
}

/// `dlaln2`: solve `(T_jj - w) x = scale b` for a 1x1 or 2x2 diagonal block (`na`) of T at `j1`, perturbing a
/// (nearly) singular system by `smin` and choosing `scale <= 1` so that x cannot overflow. Returns
/// `(x, scale, xnorm)`.
fn solve_block<T: Real>(
    t: &ColMajor<T>,
    j1: usize,
    na: usize,
    w: Cx<T>,
    b: &[Cx<T>],
    smin: T,
) -> (Vec<Cx<T>>, T, T) {
    let zero = T::c(0.0);
    let one = T::c(1.0);
    let smlnum = T::c(2.0) * T::SAFMIN;
    let bignum = one / smlnum;
    let smini = smin.max(smlnum);
    let mut scale = one;
    if na == 1 {
        let mut c = Cx {
            re: t.at(j1, j1) - w.re,
            im: -w.im,
        };
        let mut cnorm = c.abs1();
        if cnorm < smini {
            c = Cx {
                re: smini,
                im: zero,
            };
            cnorm = smini;
        }
        let bnorm = b[0].abs1();
        if cnorm < one && bnorm > one && bnorm > bignum * cnorm {
            scale = one / bnorm;
        }
        let x = Cx {
            re: b[0].re * scale,
            im: b[0].im * scale,
        }
        .div(c);
        return (vec![x], scale, x.abs1());
    }
    // 2x2: complete pivoting on C = T - w I (column-major entries, as dlaln2's CR/CI).
    let m = |r: usize, c: usize| {
        let v = t.at(j1 + r, j1 + c);
        if r == c {
            Cx {
                re: v - w.re,
                im: -w.im,
            }
        } else {
            Cx { re: v, im: zero }
        }
    };
    let cm = [m(0, 0), m(1, 0), m(0, 1), m(1, 1)];
    let (mut icmax, mut cmax) = (0, zero);
    for (k, v) in cm.iter().enumerate() {
        if v.abs1() > cmax {
            cmax = v.abs1();
            icmax = k;
        }
    }
    if cmax < smini {
        // Use smini times the identity.
        let bnorm = b[0].abs1().max(b[1].abs1());
        if smini < one && bnorm > one && bnorm > bignum * smini {
            scale = one / bnorm;
        }
        let temp = scale / smini;
        let x: Vec<Cx<T>> = b
            .iter()
            .map(|v| Cx {
                re: v.re * temp,
                im: v.im * temp,
            })
            .collect();
        let xnorm = temp * bnorm;
        return (x, scale, xnorm);
    }
    // Which entries play ur11, cr21, ur12, cr22 for each pivot, and whether rows/solutions swap (dlaln2's tables).
    const IPIVOT: [[usize; 4]; 4] = [[0, 1, 2, 3], [1, 0, 3, 2], [2, 3, 0, 1], [3, 2, 1, 0]];
    const RSWAP: [bool; 4] = [false, true, false, true];
    const ZSWAP: [bool; 4] = [false, false, true, true];
    let ur11 = cm[icmax];
    let cr21 = cm[IPIVOT[icmax][1]];
    let ur12 = cm[IPIVOT[icmax][2]];
    let cr22 = cm[IPIVOT[icmax][3]];
    let ur11r = Cx { re: one, im: zero }.div(ur11);
    let lr21 = ur11r.mul(cr21);
    let ur12s = ur12.mul(ur11r);
    let mut ur22 = cr22.sub(ur12.mul(lr21));
    if ur22.abs1() < smini {
        ur22 = Cx {
            re: smini,
            im: zero,
        };
    }
    let (b1, b2) = if RSWAP[icmax] {
        (b[1], b[0])
    } else {
        (b[0], b[1])
    };
    let b2 = b2.sub(lr21.mul(b1));
    let ur22r = Cx { re: one, im: zero }.div(ur22);
    let bbnd = b1.mul(ur22.mul(ur11r)).abs1().max(b2.abs1());
    if bbnd > one && ur22.abs1() < one && bbnd >= bignum * ur22.abs1() {
        scale = one / bbnd;
    }
    let sc = Cx {
        re: scale,
        im: zero,
    };
    let x2 = b2.mul(sc).mul(ur22r);
    let x1 = sc.mul(b1).mul(ur11r).sub(x2.mul(ur12s));
    let (mut x1, mut x2) = if ZSWAP[icmax] { (x2, x1) } else { (x1, x2) };
    let mut xnorm = x1.abs1().max(x2.abs1());
    if xnorm > one && cmax > one && xnorm > bignum / cmax {
        let temp = cmax / bignum;
        x1 = Cx {
            re: x1.re * temp,
            im: x1.im * temp,
        };
        x2 = Cx {
            re: x2.re * temp,
            im: x2.im * temp,
        };
        xnorm *= temp;
        scale *= temp;
    }
    (vec![x1, x2], scale, xnorm)
}

/// `dtrevc3('R', 'B')`: the right eigenvectors of the quasi-triangular T, back-transformed by the Schur vectors in
/// `vr` (overwritten), each scaled so that its largest component has magnitude 1 (|re| + |im| for a pair).
fn right_vectors<T: Real>(t: &ColMajor<T>, vr: &mut ColMajor<T>) {
    let n = t.rows;
    let zero = T::c(0.0);
    let one = T::c(1.0);
    let ulp = T::EPS * T::c(2.0);
    let smlnum = T::SAFMIN * (T::from_f64(n as f64) / ulp);
    let bignum = (one - ulp) / smlnum;
    // 1-norms of the strictly upper part of T's columns, to guard the solves against overflow.
    let mut column_norms = vec![zero; n + 1];
    for (j, norm) in column_norms.iter_mut().enumerate().skip(2) {
        for i in 1..j {
            *norm += t.at(i, j).abs();
        }
    }
    let mut ki = n;
    while ki >= 1 {
        let pair = ki > 1 && t.at(ki, ki - 1) != zero;
        let wr = t.at(ki, ki);
        let wi = if pair {
            t.at(ki, ki - 1).abs().sqrt() * t.at(ki - 1, ki).abs().sqrt()
        } else {
            zero
        };
        let smin = (ulp * (wr.abs() + wi.abs())).max(smlnum);
        // x holds the vector being solved for (complex for a pair), 1-based.
        let mut x = vec![Cx { re: zero, im: zero }; n + 1];
        let top;
        if !pair {
            x[ki] = Cx { re: one, im: zero };
            for (k, xk) in x.iter_mut().enumerate().take(ki).skip(1) {
                *xk = Cx {
                    re: -t.at(k, ki),
                    im: zero,
                };
            }
            top = ki - 1;
        } else {
            let (a, b) = if t.at(ki - 1, ki).abs() >= t.at(ki, ki - 1).abs() {
                (one, wi / t.at(ki - 1, ki))
            } else {
                (-wi / t.at(ki, ki - 1), one)
            };
            x[ki - 1] = Cx { re: a, im: zero };
            x[ki] = Cx { re: zero, im: b };
            for (k, xk) in x.iter_mut().enumerate().take(ki - 1).skip(1) {
                *xk = Cx {
                    re: -a * t.at(k, ki - 1),
                    im: -b * t.at(k, ki),
                };
            }
            top = ki - 2;
        }
        let w = Cx { re: wr, im: wi };
        let mut j = top;
        while j >= 1 {
            let j1 = if j > 1 && t.at(j, j - 1) != zero {
                j - 1
            } else {
                j
            };
            let na = j - j1 + 1;
            let (mut sol, mut scale, xnorm) = solve_block(t, j1, na, w, &x[j1..=j], smin);
            // Scale X to avoid overflow when updating the right-hand side.
            if xnorm > one {
                let beta = column_norms[j1].max(column_norms[j]);
                if beta > bignum / xnorm {
                    for s in sol.iter_mut() {
                        *s = Cx {
                            re: s.re / xnorm,
                            im: s.im / xnorm,
                        };
                    }
                    scale = scale / xnorm;
                }
            }
            if scale != one {
                for xk in x.iter_mut().take(ki + 1).skip(1) {
                    *xk = Cx {
                        re: xk.re * scale,
                        im: xk.im * scale,
                    };
                }
            }
            for (r, s) in sol.iter().enumerate() {
                x[j1 + r] = *s;
            }
            // x(1:j1-1) -= T(1:j1-1, j1..=j) x(j1..=j)
            for (r, s) in sol.iter().enumerate() {
                for k in 1..j1 {
                    let tk = t.at(k, j1 + r);
                    x[k] = Cx {
                        re: x[k].re - s.re * tk,
                        im: x[k].im - s.im * tk,
                    };
                }
            }
            j = j1 - 1;
        }
        // Back-transform: VR(:, cols) = VR(:, 1..) x, real and imaginary parts in the pair's two columns.
        if !pair {
            let mut col = vec![zero; n + 1];
            for (r, c) in col.iter_mut().enumerate().skip(1) {
                let mut sum = x[ki].re * vr.at(r, ki);
                for k in 1..ki {
                    sum += vr.at(r, k) * x[k].re;
                }
                *c = sum;
            }
            let emax = col[1..]
                .iter()
                .fold(zero, |m, v| if v.abs() > m { v.abs() } else { m });
            for r in 1..=n {
                vr.set(r, ki, col[r] / emax);
            }
            ki -= 1;
        } else {
            let mut re = vec![zero; n + 1];
            let mut im = vec![zero; n + 1];
            for r in 1..=n {
                let mut sr = x[ki - 1].re * vr.at(r, ki - 1);
                let mut si = x[ki].im * vr.at(r, ki);
                for k in 1..ki - 1 {
                    sr += vr.at(r, k) * x[k].re;
                    si += vr.at(r, k) * x[k].im;
                }
                re[r] = sr;
                im[r] = si;
            }
            let emax = (1..=n).fold(zero, |m, r| m.max(re[r].abs() + im[r].abs()));
            for r in 1..=n {
                vr.set(r, ki - 1, re[r] / emax);
                vr.set(r, ki, im[r] / emax);
            }
            if ki < 3 {
                break;
            }
            ki -= 2;
        }
    }
}

/// `dgebak('B', 'R')`: undo the balancing's scaling and permutations on the rows of V.
fn back_balance<T: Real>(v: &mut ColMajor<T>, ilo: usize, ihi: usize, scale: &[T]) {
    let n = v.rows;
    if ilo != ihi {
        for i in ilo..=ihi {
            for j in 1..=v.cols {
                *v.at_mut(i, j) *= scale[i];
            }
        }
    }
    for ii in 1..=n {
        let mut i = ii;
        if i >= ilo && i <= ihi {
            continue;
        }
        if i < ilo {
            i = ilo - ii;
        }
        let k = scale[i].to_f64() as usize;
        if k != i {
            v.swap_rows(i, k);
        }
    }
}

/// `dgeev`'s normalization: each vector to unit Euclidean length; a complex pair rotated so that its component of
/// largest modulus is real.
fn normalize<T: Real>(v: &mut ColMajor<T>, wi: &[T], rotations: Rotations) {
    let n = v.rows;
    let zero = T::c(0.0);
    let mut i = 1;
    while i <= n {
        if wi[i - 1] == zero {
            let scl = T::c(1.0) / norm(&v.col_part(1, i, n));
            for r in 1..=n {
                *v.at_mut(r, i) *= scl;
            }
            i += 1;
        } else {
            let scl =
                T::c(1.0) / hypot2(norm(&v.col_part(1, i, n)), norm(&v.col_part(1, i + 1, n)));
            for r in 1..=n {
                *v.at_mut(r, i) *= scl;
                *v.at_mut(r, i + 1) *= scl;
            }
            let mut k = 1;
            let mut best = zero;
            for r in 1..=n {
                let m = v.at(r, i) * v.at(r, i) + v.at(r, i + 1) * v.at(r, i + 1);
                if m > best {
                    best = m;
                    k = r;
                }
            }
            let (cs, sn, _) = givens(v.at(k, i), v.at(k, i + 1), rotations);
            rotate_cols(v, i, i + 1, 1, n, cs, sn);
            v.set(k, i + 1, zero);
            i += 2;
        }
    }
}
