//! Plane rotations: `dlartg`, `dlasr`, and the 2x2 symmetric and triangular problems `dlaev2`, `dlas2`, `dlasv2`.

use super::{sign, ColMajor, Real, Rotations};

/// `dlapy2`: sqrt(x² + y²) without needless overflow.
pub fn hypot2<T: Real>(x: T, y: T) -> T {
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (xa, ya) = (x.abs(), y.abs());
    let w = xa.max(ya);
    let z = xa.min(ya);
    if z == T::c(0.0) || w > T::MAX {
        w
    } else {
        w * (T::c(1.0) + (z / w) * (z / w)).sqrt()
    }
}

/// `dlartg`: the rotation `[c s; -s c]` taking `(f, g)` to `(r, 0)`, signed by the library's convention.
pub fn givens<T: Real>(f: T, g: T, convention: Rotations) -> (T, T, T) {
    match convention {
        Rotations::Lapack310 => givens_lapack310(f, g),
        Rotations::Legacy => givens_legacy(f, g),
    }
}

/// `dlartg` before LAPACK 3.10: `c = f/r`, `s = g/r` with `r > 0`, except that when |f| > |g| the signs are flipped
/// to make `c` positive.
fn givens_legacy<T: Real>(f: T, g: T) -> (T, T, T) {
    let zero = T::c(0.0);
    if g == zero {
        return (T::c(1.0), zero, f);
    }
    if f == zero {
        return (zero, T::c(1.0), g);
    }
    // safmn2 = base ** int(log(safmin / eps) / log(base) / 2), base 2.
    let exponent = ((T::SAFMIN / T::EPS).to_f64().log2() / 2.0).trunc();
    let safmn2 = T::from_f64(2f64.powi(exponent as i32));
    let safmx2 = T::c(1.0) / safmn2;
    let (mut f1, mut g1) = (f, g);
    let scale = f1.abs().max(g1.abs());
    let (mut c, mut s, mut r);
    if scale >= safmx2 || scale <= safmn2 {
        let up = scale >= safmx2;
        let (factor, undo) = if up {
            (safmn2, safmx2)
        } else {
            (safmx2, safmn2)
        };
        let mut count = 0;
        loop {
            count += 1;
            f1 *= factor;
            g1 *= factor;
            let scale = f1.abs().max(g1.abs());
            let more = if up { scale >= safmx2 } else { scale <= safmn2 };
            if !(more && count < 20) {
                break;
            }
        }
        r = (f1 * f1 + g1 * g1).sqrt();
        c = f1 / r;
        s = g1 / r;
        for _ in 0..count {
            r *= undo;
        }
    } else {
        r = (f1 * f1 + g1 * g1).sqrt();
        c = f1 / r;
        s = g1 / r;
    }
    if f.abs() > g.abs() && c < zero {
        c = -c;
        s = -s;
        r = -r;
    }
    (c, s, r)
}

/// `dlartg` (LAPACK 3.10+): `c >= 0` and `r` of `f`'s sign.
fn givens_lapack310<T: Real>(f: T, g: T) -> (T, T, T) {
    let safmin = T::SAFMIN;
    let safmax = T::c(1.0) / safmin;
    let rtmin = safmin.sqrt();
    let rtmax = (safmax / T::c(2.0)).sqrt();
    let (f1, g1) = (f.abs(), g.abs());
    if g == T::c(0.0) {
        (T::c(1.0), T::c(0.0), f)
    } else if f == T::c(0.0) {
        (T::c(0.0), sign(T::c(1.0), g), g1)
    } else if f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax {
        let d = (f * f + g * g).sqrt();
        let c = f1 / d;
        let r = sign(d, f);
        (c, g / r, r)
    } else {
        let u = safmax.min(safmin.max(f1).max(g1));
        let (fs, gs) = (f / u, g / u);
        let d = (fs * fs + gs * gs).sqrt();
        let c = fs.abs() / d;
        let r = sign(d, f);
        (c, gs / r, r * u)
    }
}

/// Which side of the matrix a sequence of rotations acts on (`dlasr`'s SIDE), pivot 'V' (neighbouring planes).
#[derive(Clone, Copy)]
pub enum Side {
    /// Rotations of rows `(j, j+1)`: `A := P A`.
    Left,
    /// Rotations of columns `(j, j+1)`: `A := A Pᵀ`.
    Right,
}

/// `dlasr(side, 'V', forward ? 'F' : 'B', ...)` on the block of `a` whose top-left corner is `(row0, col0)` (1-based)
/// and whose size is `m x n`; rotation `j` (1-based, `c[j-1]`, `s[j-1]`) acts on planes `(j, j+1)` of that block.
#[allow(clippy::too_many_arguments)]
pub fn apply_rotations<T: Real>(
    side: Side,
    forward: bool,
    m: usize,
    n: usize,
    c: &[T],
    s: &[T],
    a: &mut ColMajor<T>,
    row0: usize,
    col0: usize,
) {
    if m == 0 || n == 0 {
        return;
    }
    let planes = match side {
        Side::Left => m - 1,
        Side::Right => n - 1,
    };
    let order: Box<dyn Iterator<Item = usize>> = if forward {
        Box::new(1..=planes)
    } else {
        Box::new((1..=planes).rev())
    };
    for j in order {
        let (ct, st) = (c[j - 1], s[j - 1]);
        if ct == T::c(1.0) && st == T::c(0.0) {
            continue;
        }
        match side {
            Side::Left => {
                for i in 1..=n {
                    let (r0, r1, col) = (row0 + j - 1, row0 + j, col0 + i - 1);
                    let temp = a.at(r1, col);
                    let aj = a.at(r0, col);
                    a.set(r1, col, ct * temp - st * aj);
                    a.set(r0, col, st * temp + ct * aj);
                }
            }
            Side::Right => {
                for i in 1..=m {
                    let (row, c0, c1) = (row0 + i - 1, col0 + j - 1, col0 + j);
                    let temp = a.at(row, c1);
                    let aj = a.at(row, c0);
                    a.set(row, c1, ct * temp - st * aj);
                    a.set(row, c0, st * temp + ct * aj);
                }
            }
        }
    }
}

/// `dlaev2`: eigen-decomposition of the symmetric 2x2 `[a b; b c]`: `(rt1, rt2, cs1, sn1)` with |rt1| >= |rt2| and
/// `(cs1, sn1)` the unit eigenvector of rt1.
pub fn sym2x2<T: Real>(a: T, b: T, c: T) -> (T, T, T, T) {
    let sm = a + c;
    let df = a - c;
    let adf = df.abs();
    let tb = b + b;
    let ab = tb.abs();
    let (acmx, acmn) = if a.abs() > c.abs() { (a, c) } else { (c, a) };
    let rt = if adf > ab {
        adf * (T::c(1.0) + (ab / adf) * (ab / adf)).sqrt()
    } else if adf < ab {
        ab * (T::c(1.0) + (adf / ab) * (adf / ab)).sqrt()
    } else {
        ab * T::c(2.0).sqrt()
    };
    let (rt1, rt2, sgn1);
    if sm < T::c(0.0) {
        rt1 = T::c(0.5) * (sm - rt);
        sgn1 = -1;
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
    } else if sm > T::c(0.0) {
        rt1 = T::c(0.5) * (sm + rt);
        sgn1 = 1;
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
    } else {
        rt1 = T::c(0.5) * rt;
        rt2 = -T::c(0.5) * rt;
        sgn1 = 1;
    }
    let (cs, sgn2) = if df >= T::c(0.0) {
        (df + rt, 1)
    } else {
        (df - rt, -1)
    };
    let acs = cs.abs();
    let (mut cs1, mut sn1);
    if acs > ab {
        let ct = -tb / cs;
        sn1 = T::c(1.0) / (T::c(1.0) + ct * ct).sqrt();
        cs1 = ct * sn1;
    } else if ab == T::c(0.0) {
        cs1 = T::c(1.0);
        sn1 = T::c(0.0);
    } else {
        let tn = -cs / tb;
        cs1 = T::c(1.0) / (T::c(1.0) + tn * tn).sqrt();
        sn1 = tn * cs1;
    }
    if sgn1 == sgn2 {
        let tn = cs1;
        cs1 = -sn1;
        sn1 = tn;
    }
    (rt1, rt2, cs1, sn1)
}

/// `dlas2`: the singular values `(ssmin, ssmax)` of the upper triangular 2x2 `[f g; 0 h]`.
pub fn triangular2x2_values<T: Real>(f: T, g: T, h: T) -> (T, T) {
    let (fa, ga, ha) = (f.abs(), g.abs(), h.abs());
    let fhmn = fa.min(ha);
    let fhmx = fa.max(ha);
    if fhmn == T::c(0.0) {
        let ssmax = if fhmx == T::c(0.0) {
            ga
        } else {
            let (lo, hi) = (fhmx.min(ga), fhmx.max(ga));
            hi * (T::c(1.0) + (lo / hi) * (lo / hi)).sqrt()
        };
        return (T::c(0.0), ssmax);
    }
    if ga < fhmx {
        let as_ = T::c(1.0) + fhmn / fhmx;
        let at = (fhmx - fhmn) / fhmx;
        let au = (ga / fhmx) * (ga / fhmx);
        let c = T::c(2.0) / ((as_ * as_ + au).sqrt() + (at * at + au).sqrt());
        (fhmn * c, fhmx / c)
    } else {
        let au = fhmx / ga;
        if au == T::c(0.0) {
            ((fhmn * fhmx) / ga, ga)
        } else {
            let as_ = T::c(1.0) + fhmn / fhmx;
            let at = (fhmx - fhmn) / fhmx;
            let c = T::c(1.0)
                / ((T::c(1.0) + (as_ * au) * (as_ * au)).sqrt()
                    + (T::c(1.0) + (at * au) * (at * au)).sqrt());
            let ssmin = (fhmn * c) * au;
            (ssmin + ssmin, ga / (c + c))
        }
    }
}

/// `dlasv2`: the SVD of the upper triangular 2x2 `[f g; 0 h]`: `(ssmin, ssmax, snr, csr, snl, csl)`, signed so
/// that `[csl snl; -snl csl] [f g; 0 h] [csr -snr; snr csr] = diag(ssmax, ssmin)`.
pub fn triangular2x2_svd<T: Real>(f: T, g: T, h: T) -> (T, T, T, T, T, T) {
    let mut ft = f;
    let mut fa = ft.abs();
    let mut ht = h;
    let mut ha = h.abs();
    let mut pmax = 1;
    let swap = ha > fa;
    if swap {
        pmax = 3;
        std::mem::swap(&mut ft, &mut ht);
        std::mem::swap(&mut fa, &mut ha);
    }
    let gt = g;
    let ga = gt.abs();
    let (mut ssmin, mut ssmax, mut clt, mut crt, mut slt, mut srt);
    if ga == T::c(0.0) {
        ssmin = ha;
        ssmax = fa;
        clt = T::c(1.0);
        crt = T::c(1.0);
        slt = T::c(0.0);
        srt = T::c(0.0);
    } else {
        let mut gasmal = true;
        ssmin = T::c(0.0);
        ssmax = T::c(0.0);
        clt = T::c(0.0);
        crt = T::c(0.0);
        slt = T::c(0.0);
        srt = T::c(0.0);
        if ga > fa {
            pmax = 2;
            if fa / ga < T::EPS {
                gasmal = false;
                ssmax = ga;
                ssmin = if ha > T::c(1.0) {
                    fa / (ga / ha)
                } else {
                    (fa / ga) * ha
                };
                clt = T::c(1.0);
                slt = ht / gt;
                srt = T::c(1.0);
                crt = ft / gt;
            }
        }
        if gasmal {
            let d = fa - ha;
            let mut l = if d == fa { T::c(1.0) } else { d / fa };
            let m = gt / ft;
            let mut t = T::c(2.0) - l;
            let mm = m * m;
            let tt = t * t;
            let s = (tt + mm).sqrt();
            let r = if l == T::c(0.0) {
                m.abs()
            } else {
                (l * l + mm).sqrt()
            };
            let a = T::c(0.5) * (s + r);
            ssmin = ha / a;
            ssmax = fa * a;
            if mm == T::c(0.0) {
                t = if l == T::c(0.0) {
                    sign(T::c(2.0), ft) * sign(T::c(1.0), gt)
                } else {
                    gt / sign(d, ft) + m / t
                };
            } else {
                t = (m / (s + t) + m / (r + l)) * (T::c(1.0) + a);
            }
            l = (t * t + T::c(4.0)).sqrt();
            crt = T::c(2.0) / l;
            srt = t / l;
            clt = (crt + srt * m) / a;
            slt = (ht / ft) * srt / a;
        }
    }
    let (csl, snl, csr, snr) = if swap {
        (srt, crt, slt, clt)
    } else {
        (clt, slt, crt, srt)
    };
    let tsign = match pmax {
        1 => sign(T::c(1.0), csr) * sign(T::c(1.0), csl) * sign(T::c(1.0), f),
        2 => sign(T::c(1.0), snr) * sign(T::c(1.0), csl) * sign(T::c(1.0), g),
        _ => sign(T::c(1.0), snr) * sign(T::c(1.0), snl) * sign(T::c(1.0), h),
    };
    ssmax = sign(ssmax, tsign);
    ssmin = sign(ssmin, tsign * sign(T::c(1.0), f) * sign(T::c(1.0), h));
    (ssmin, ssmax, snr, csr, snl, csl)
}
