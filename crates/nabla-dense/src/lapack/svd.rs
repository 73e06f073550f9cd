//! `dgesdd` for matrices whose smaller side is at most 25, where it runs `dgebd2` + `dbdsdc` (through `dlasdq` and
//! `dbdsqr`) + `dormbr`, after a QR (or LQ) factorization when one side is much longer: singular values descending
//! and singular vectors with LAPACK's signs.

use super::householder::{make_reflector, reflect_left, reflect_right};
use super::rotation::{apply_rotations, givens, triangular2x2_svd, triangular2x2_values, Side};
use super::{scale_by_ratio, selection_sort, sign, ColMajor, Library, Real, Rotations};

/// The largest bidiagonal order `dbdsdc` hands to `dlasdq` rather than dividing and conquering (ilaenv's SMLSIZ).
pub const MAX_RANK: usize = 25;

/// The factors of `A = U diag(S) Vᵀ`: `u` is `m x m` (full) or `m x k`, `vt` is `n x n` or `k x n`.
pub struct Factors<T> {
    pub s: Vec<T>,
    pub u: ColMajor<T>,
    pub vt: ColMajor<T>,
}

/// `dgesdd` of `library` with JOBZ 'A' (`full`) or 'S'. `None` when the bidiagonal QR iteration does not converge.
pub fn gesdd<T: Real>(mut a: ColMajor<T>, full: bool, library: Library) -> Option<Factors<T>> {
    // Both libraries' bidiagonal QR rotates as LAPACK 3.10 does (measured).
    let conv = Rotations::Lapack310;
    let (m, n) = (a.rows, a.cols);
    // Scale a matrix whose largest entry is outside [smlnum, bignum].
    let eps = T::EPS * T::c(2.0); // dlamch('P')
    let smlnum = T::SAFMIN.sqrt() / eps;
    let bignum = T::c(1.0) / smlnum;
    let mut anrm = T::c(0.0);
    for &v in &a.data {
        if v.is_nan() {
            return None;
        }
        anrm = anrm.max(v.abs());
    }
    let scaled_to = if anrm > T::c(0.0) && anrm < smlnum {
        Some(smlnum)
    } else if anrm > bignum {
        Some(bignum)
    } else {
        None
    };
    if let Some(to) = scaled_to {
        scale_by_ratio(&mut a.data, anrm, to);
    }
    let mut f = if !library.svd_factors_first(m, n) {
        direct(a, full, conv)?
    } else if m >= n {
        tall_via_qr(a, full, conv)?
    } else {
        wide_via_lq(a, full, conv)?
    };
    if let Some(to) = scaled_to {
        scale_by_ratio(&mut f.s, to, anrm);
    }
    Some(f)
}

/// Paths 5 and 5t: bidiagonalize A itself (upper bidiagonal when m >= n, lower otherwise).
fn direct<T: Real>(mut a: ColMajor<T>, full: bool, conv: Rotations) -> Option<Factors<T>> {
    let (m, n) = (a.rows, a.cols);
    let k = m.min(n);
    let bd = bidiagonalize(&mut a);
    let (s, ub, vtb) = bidiagonal_svd(bd.d, bd.e, m >= n, conv)?;
    // U starts as the bidiagonal's vectors in its leading k x k block (identity beyond, for the full factor).
    let ucols = if full { m } else { k };
    let mut u = ColMajor::zeros(m, ucols);
    copy_block(&ub, &mut u);
    for j in k + 1..=ucols {
        u.set(j, j, T::c(1.0));
    }
    let vrows = if full { n } else { k };
    let mut vt = ColMajor::zeros(vrows, n);
    copy_block(&vtb, &mut vt);
    for j in k + 1..=vrows {
        vt.set(j, j, T::c(1.0));
    }
    apply_q(&a, &bd.tauq, &mut u);
    apply_pt(&a, &bd.taup, &mut vt);
    Some(Factors { s, u, vt })
}

/// Paths 3 and 4 (m much larger than n): A = Q R, then the SVD of R, and U = Q U_R.
fn tall_via_qr<T: Real>(mut a: ColMajor<T>, full: bool, conv: Rotations) -> Option<Factors<T>> {
    let (m, n) = (a.rows, a.cols);
    let tau = qr_in_place(&mut a);
    let mut r = ColMajor::zeros(n, n);
    for j in 1..=n {
        for i in 1..=j {
            r.set(i, j, a.at(i, j));
        }
    }
    let q = form_q(&a, &tau, if full { m } else { n });
    let inner = direct(r, false, conv)?;
    // U = Q[:, :n] U_R; the full factor keeps Q's remaining columns.
    let mut u = q.clone();
    for j in 1..=n {
        for i in 1..=m {
            let mut sum = T::c(0.0);
            for l in 1..=n {
                sum += q.at(i, l) * inner.u.at(l, j);
            }
            u.set(i, j, sum);
        }
    }
    Some(Factors {
        s: inner.s,
        u,
        vt: inner.vt,
    })
}

/// Paths 3t and 4t (n much larger than m): A = L Q, then the SVD of L, and Vᵀ = V_Lᵀ Q.
fn wide_via_lq<T: Real>(a: ColMajor<T>, full: bool, conv: Rotations) -> Option<Factors<T>> {
    let (m, n) = (a.rows, a.cols);
    // dgelq2 and dorgl2 are dgeqr2 and dorg2r on the transpose, step for step.
    let mut at = a.transpose();
    let tau = qr_in_place(&mut at);
    let mut l = ColMajor::zeros(m, m);
    for j in 1..=m {
        for i in j..=m {
            l.set(i, j, at.at(j, i));
        }
    }
    let q = form_q(&at, &tau, if full { n } else { m }).transpose();
    let inner = direct(l, false, conv)?;
    let mut vt = q.clone();
    for i in 1..=m {
        for j in 1..=n {
            let mut sum = T::c(0.0);
            for p in 1..=m {
                sum += inner.vt.at(i, p) * q.at(p, j);
            }
            vt.set(i, j, sum);
        }
    }
    Some(Factors {
        s: inner.s,
        u: inner.u,
        vt,
    })
}

fn copy_block<T: Real>(from: &ColMajor<T>, to: &mut ColMajor<T>) {
    for j in 1..=from.cols {
        for i in 1..=from.rows {
            to.set(i, j, from.at(i, j));
        }
    }
}

/// The bidiagonal form `Qᵀ A P = B`: diagonal `d`, off-diagonal `e` (1-based) and the reflectors' taus; the
/// reflectors' vectors stay in A.
struct Bidiagonal<T> {
    d: Vec<T>,
    e: Vec<T>,
    tauq: Vec<T>,
    taup: Vec<T>,
}

/// `dgebd2`: upper bidiagonal when m >= n, lower otherwise.
fn bidiagonalize<T: Real>(a: &mut ColMajor<T>) -> Bidiagonal<T> {
    let (m, n) = (a.rows, a.cols);
    let k = m.min(n);
    let zero = T::c(0.0);
    let mut b = Bidiagonal {
        d: vec![zero; k + 1],
        e: vec![zero; k.max(1)],
        tauq: vec![zero; k + 1],
        taup: vec![zero; k + 1],
    };
    if m >= n {
        for i in 1..=n {
            b.tauq[i] = column_reflector(a, i, i);
            b.d[i] = a.at(i, i);
            if i < n {
                let v = reflector_vector_col(a, i, i);
                reflect_left(&v, b.tauq[i], a, i, i + 1, n - i);
                b.taup[i] = row_reflector(a, i, i + 1);
                b.e[i] = a.at(i, i + 1);
                let v = reflector_vector_row(a, i, i + 1);
                reflect_right(&v, b.taup[i], a, i + 1, i + 1, m - i);
            }
        }
    } else {
        for i in 1..=m {
            b.taup[i] = row_reflector(a, i, i);
            b.d[i] = a.at(i, i);
            if i < m {
                let v = reflector_vector_row(a, i, i);
                reflect_right(&v, b.taup[i], a, i + 1, i, m - i);
                b.tauq[i] = column_reflector(a, i + 1, i);
                b.e[i] = a.at(i + 1, i);
                let v = reflector_vector_col(a, i + 1, i);
                reflect_left(&v, b.tauq[i], a, i + 1, i + 1, n - i);
            }
        }
    }
    b
}

/// `dlarfg` on column `j` from row `i` down (the reflector's vector is left below `(i, j)`).
fn column_reflector<T: Real>(a: &mut ColMajor<T>, i: usize, j: usize) -> T {
    let m = a.rows;
    let mut alpha = a.at(i, j);
    let mut x = a.col_part(i + 1, j, m - i);
    let tau = make_reflector(&mut alpha, &mut x);
    a.set(i, j, alpha);
    a.set_col_part(i + 1, j, &x);
    tau
}

/// `dlarfg` on row `i` from column `j` on.
fn row_reflector<T: Real>(a: &mut ColMajor<T>, i: usize, j: usize) -> T {
    let n = a.cols;
    let mut alpha = a.at(i, j);
    let mut x = a.row_part(i, j + 1, n - j);
    let tau = make_reflector(&mut alpha, &mut x);
    a.set(i, j, alpha);
    a.set_row_part(i, j + 1, &x);
    tau
}

/// The reflector stored in column `j` below `(i, j)`, with its implicit leading 1.
fn reflector_vector_col<T: Real>(a: &ColMajor<T>, i: usize, j: usize) -> Vec<T> {
    let mut v = a.col_part(i, j, a.rows - i + 1);
    v[0] = T::c(1.0);
    v
}

/// The reflector stored in row `i` right of `(i, j)`, with its implicit leading 1.
fn reflector_vector_row<T: Real>(a: &ColMajor<T>, i: usize, j: usize) -> Vec<T> {
    let mut v = a.row_part(i, j, a.cols - j + 1);
    v[0] = T::c(1.0);
    v
}

/// `dormbr('Q', 'L', 'N')`: `C := Q C` with Q from the bidiagonalization of the `m x n` A.
fn apply_q<T: Real>(a: &ColMajor<T>, tauq: &[T], c: &mut ColMajor<T>) {
    let (m, n) = (a.rows, a.cols);
    let ncols = c.cols;
    if m >= n {
        // Q = H(1) ... H(n), H(i) stored in column i from row i.
        for i in (1..=n).rev() {
            let v = reflector_vector_col(a, i, i);
            reflect_left(&v, tauq[i], c, i, 1, ncols);
        }
    } else {
        // Q = H(1) ... H(m-1), H(i) stored in column i from row i+1, acting on rows 2..m.
        for i in (1..m).rev() {
            let v = reflector_vector_col(a, i + 1, i);
            reflect_left(&v, tauq[i], c, i + 1, 1, ncols);
        }
    }
}

/// `dormbr('P', 'R', 'T')`: `C := C Pᵀ` with P from the bidiagonalization of the `m x n` A.
fn apply_pt<T: Real>(a: &ColMajor<T>, taup: &[T], c: &mut ColMajor<T>) {
    let (m, n) = (a.rows, a.cols);
    let nrows = c.rows;
    if m >= n {
        // P = G(1) ... G(n-1), G(i) stored in row i from column i+1, acting on columns 2..n.
        for i in (1..n).rev() {
            let v = reflector_vector_row(a, i, i + 1);
            reflect_right(&v, taup[i], c, 1, i + 1, nrows);
        }
    } else {
        for i in (1..=m).rev() {
            let v = reflector_vector_row(a, i, i);
            reflect_right(&v, taup[i], c, 1, i, nrows);
        }
    }
}

/// `dgeqr2`: A = Q R, R in the upper triangle, the reflectors below it; returns tau (1-based).
fn qr_in_place<T: Real>(a: &mut ColMajor<T>) -> Vec<T> {
    let (m, n) = (a.rows, a.cols);
    let k = m.min(n);
    let mut tau = vec![T::c(0.0); k + 1];
    for i in 1..=k {
        tau[i] = column_reflector(a, i, i);
        if i < n {
            let v = reflector_vector_col(a, i, i);
            reflect_left(&v, tau[i], a, i, i + 1, n - i);
        }
    }
    tau
}

/// `dorg2r`: the first `cols` columns of Q = H(1) ... H(k) from `qr_in_place`'s reflectors.
fn form_q<T: Real>(a: &ColMajor<T>, tau: &[T], cols: usize) -> ColMajor<T> {
    let m = a.rows;
    let k = tau.len() - 1;
    let mut q = ColMajor::zeros(m, cols);
    for j in 1..=k {
        for i in j + 1..=m {
            q.set(i, j, a.at(i, j));
        }
    }
    for j in k + 1..=cols {
        q.set(j, j, T::c(1.0));
    }
    for i in (1..=k).rev() {
        if i < cols {
            q.set(i, i, T::c(1.0));
            let v = q.col_part(i, i, m - i + 1);
            reflect_left(&v, tau[i], &mut q, i, i + 1, cols - i);
        }
        for r in i + 1..=m {
            let v = q.at(r, i);
            q.set(r, i, -tau[i] * v);
        }
        q.set(i, i, T::c(1.0) - tau[i]);
        for r in 1..i {
            q.set(r, i, T::c(0.0));
        }
    }
    q
}

/// `dbdsdc('I')` for n <= 25: the SVD `B = U diag(s) Vᵀ` of the bidiagonal matrix with diagonal `d[1..=n]` and
/// off-diagonal `e[1..n]` (upper or lower), through `dlasdq` and `dbdsqr`; s descending.
fn bidiagonal_svd<T: Real>(
    mut d: Vec<T>,
    mut e: Vec<T>,
    upper: bool,
    conv: Rotations,
) -> Option<(Vec<T>, ColMajor<T>, ColMajor<T>)> {
    let n = d.len() - 1;
    if n == 1 {
        let mut u = ColMajor::identity(1);
        u.set(1, 1, sign(T::c(1.0), d[1]));
        return Some((vec![d[1].abs()], u, ColMajor::identity(1)));
    }
    // A lower bidiagonal matrix is rotated to upper form from the left; U takes the rotations at the end.
    let mut lower_rotations = None;
    if !upper {
        let (mut cs, mut sn) = (vec![T::c(0.0); n], vec![T::c(0.0); n]);
        for i in 1..n {
            let (c, s, r) = givens(d[i], e[i], conv);
            d[i] = r;
            e[i] = s * d[i + 1];
            d[i + 1] = c * d[i + 1];
            cs[i - 1] = c;
            sn[i - 1] = -s;
        }
        lower_rotations = Some((cs, sn));
    }
    let mut u = ColMajor::identity(n);
    let mut vt = ColMajor::identity(n);
    bidiagonal_qr(&mut d, &mut e, &mut vt, &mut u, conv)?;
    // dlasdq sorts ascending, then dbdsdc descending (each one transposition per vector).
    for descending in [false, true] {
        selection_sort(&mut d, descending, |i, k| {
            vt.swap_rows(i, k);
            u.swap_cols(i, k);
        });
    }
    if let Some((cs, sn)) = lower_rotations {
        apply_rotations(Side::Left, false, n, n, &cs, &sn, &mut u, 1, 1);
    }
    Some((d[1..].to_vec(), u, vt))
}

/// `drot`: `(x, y) := (c x + s y, c y - s x)` on two rows (`rows`) or two columns of `a`.
fn rotate_pair<T: Real>(a: &mut ColMajor<T>, p: usize, q: usize, c: T, s: T, rows: bool) {
    let len = if rows { a.cols } else { a.rows };
    for k in 1..=len {
        let (x, y) = if rows {
            (a.at(p, k), a.at(q, k))
        } else {
            (a.at(k, p), a.at(k, q))
        };
        let (nx, ny) = (c * x + s * y, c * y - s * x);
        if rows {
            a.set(p, k, nx);
            a.set(q, k, ny);
        } else {
            a.set(k, p, nx);
            a.set(k, q, ny);
        }
    }
}

/// `dbdsqr('U')` with vectors: the implicit zero-shift QR of Demmel and Kahan and shifted QR on the upper
/// bidiagonal `d`, `e` (1-based), accumulating into `vt` (rows) and `u` (columns); singular values made positive and
/// sorted descending. `None` when it does not converge.
fn bidiagonal_qr<T: Real>(
    d: &mut [T],
    e: &mut [T],
    vt: &mut ColMajor<T>,
    u: &mut ColMajor<T>,
    conv: Rotations,
) -> Option<()> {
    let n = d.len() - 1;
    let zero = T::c(0.0);
    let one = T::c(1.0);
    const MAXITR: usize = 6;
    let eps = T::EPS;
    let unfl = T::SAFMIN;
    let nrows_u = u.rows;
    let ncols_vt = vt.cols;
    if n > 1 {
        let tolmul = T::c(10.0).max(T::c(100.0).min(T::from_f64(eps.to_f64().powf(-0.125))));
        let tol = tolmul * eps;
        // Approximate the smallest singular value for the convergence threshold.
        let mut sminoa = d[1].abs();
        if sminoa != zero {
            let mut mu = sminoa;
            for i in 2..=n {
                mu = d[i].abs() * (mu / (mu + e[i - 1].abs()));
                sminoa = sminoa.min(mu);
                if sminoa == zero {
                    break;
                }
            }
        }
        sminoa = sminoa / T::from_f64(n as f64).sqrt();
        let nn = T::from_f64(n as f64);
        let thresh = (tol * sminoa).max(T::from_f64(MAXITR as f64) * (nn * (nn * unfl)));
        let maxitdivn = MAXITR * n;
        let mut iterdivn = 0;
        let mut iter: isize = -1;
        let mut oldll: isize = -1;
        let mut oldm: isize = -1;
        let mut idir = 0;
        let mut smin;
        let mut m = n;
        // Work vectors of one sweep's rotations (1-based).
        let mut w = [vec![zero; n], vec![zero; n], vec![zero; n], vec![zero; n]];
        'main: loop {
            if m <= 1 {
                break;
            }
            if iter >= n as isize {
                iter -= n as isize;
                iterdivn += 1;
                if iterdivn >= maxitdivn {
                    return None;
                }
            }
            // Find the diagonal block of the matrix to work on.
            let mut smax = d[m].abs();
            let mut ll = 0;
            let mut split = false;
            for lll in 1..m {
                ll = m - lll;
                let abss = d[ll].abs();
                let abse = e[ll].abs();
                if abse <= thresh {
                    split = true;
                    break;
                }
                smax = smax.max(abss).max(abse);
            }
            if split {
                e[ll] = zero;
                if ll == m - 1 {
                    m -= 1;
                    continue 'main;
                }
            } else {
                ll = 0;
            }
            ll += 1;
            // The block is d[ll..=m].
            if ll == m - 1 {
                // A 2x2 block: its SVD directly.
                let (sigmn, sigmx, sinr, cosr, sinl, cosl) =
                    triangular2x2_svd(d[m - 1], e[m - 1], d[m]);
                d[m - 1] = sigmx;
                e[m - 1] = zero;
                d[m] = sigmn;
                rotate_pair(vt, m - 1, m, cosr, sinr, true);
                rotate_pair(u, m - 1, m, cosl, sinl, false);
                m -= 2;
                continue 'main;
            }
            // A new block: choose the direction of the sweep.
            if ll as isize > oldm || (m as isize) < oldll {
                idir = if d[ll].abs() >= d[m].abs() { 1 } else { 2 };
            }
            // Convergence tests.
            if idir == 1 {
                if e[m - 1].abs() <= tol.abs() * d[m].abs() {
                    e[m - 1] = zero;
                    continue 'main;
                }
                let mut mu = d[ll].abs();
                smin = mu;
                for lll in ll..m {
                    if e[lll].abs() <= tol * mu {
                        e[lll] = zero;
                        continue 'main;
                    }
                    mu = d[lll + 1].abs() * (mu / (mu + e[lll].abs()));
                    smin = smin.min(mu);
                }
            } else {
                if e[ll].abs() <= tol.abs() * d[ll].abs() {
                    e[ll] = zero;
                    continue 'main;
                }
                let mut mu = d[m].abs();
                smin = mu;
                for lll in (ll..m).rev() {
                    if e[lll].abs() <= tol * mu {
                        e[lll] = zero;
                        continue 'main;
                    }
                    mu = d[lll].abs() * (mu / (mu + e[lll].abs()));
                    smin = smin.min(mu);
                }
            }
            oldll = ll as isize;
            oldm = m as isize;
            // The shift: zero if it would ruin relative accuracy.
            let mut shift;
            if nn * tol * (smin / smax) <= eps.max(T::c(0.01) * tol) {
                shift = zero;
            } else {
                let sll;
                if idir == 1 {
                    sll = d[ll].abs();
                    (shift, _) = triangular2x2_values(d[m - 1], e[m - 1], d[m]);
                } else {
                    sll = d[m].abs();
                    (shift, _) = triangular2x2_values(d[ll], e[ll], d[ll + 1]);
                }
                if sll > zero && (shift / sll) * (shift / sll) < eps {
                    shift = zero;
                }
            }
            iter += (m - ll) as isize;
            let len = m - ll + 1;
            let [w1, w2, w3, w4] = &mut w;
            if shift == zero {
                if idir == 1 {
                    let (mut cs, mut oldcs, mut oldsn) = (one, one, zero);
                    for i in ll..m {
                        let (c, sn, r) = givens(d[i] * cs, e[i], conv);
                        cs = c;
                        if i > ll {
                            e[i - 1] = oldsn * r;
                        }
                        let (oc, os, di) = givens(oldcs * r, d[i + 1] * sn, conv);
                        oldcs = oc;
                        oldsn = os;
                        d[i] = di;
                        let k = i - ll;
                        w1[k] = cs;
                        w2[k] = sn;
                        w3[k] = oldcs;
                        w4[k] = oldsn;
                    }
                    let h = d[m] * cs;
                    d[m] = h * oldcs;
                    e[m - 1] = h * oldsn;
                    apply_rotations(Side::Left, true, len, ncols_vt, w1, w2, vt, ll, 1);
                    apply_rotations(Side::Right, true, nrows_u, len, w3, w4, u, 1, ll);
                    if e[m - 1].abs() <= thresh {
                        e[m - 1] = zero;
                    }
                } else {
                    let (mut cs, mut oldcs, mut oldsn) = (one, one, zero);
                    for i in (ll + 1..=m).rev() {
                        let (c, sn, r) = givens(d[i] * cs, e[i - 1], conv);
                        cs = c;
                        if i < m {
                            e[i] = oldsn * r;
                        }
                        let (oc, os, di) = givens(oldcs * r, d[i - 1] * sn, conv);
                        oldcs = oc;
                        oldsn = os;
                        d[i] = di;
                        let k = i - ll - 1;
                        w1[k] = cs;
                        w2[k] = -sn;
                        w3[k] = oldcs;
                        w4[k] = -oldsn;
                    }
                    let h = d[ll] * cs;
                    d[ll] = h * oldcs;
                    e[ll] = h * oldsn;
                    apply_rotations(Side::Left, false, len, ncols_vt, w3, w4, vt, ll, 1);
                    apply_rotations(Side::Right, false, nrows_u, len, w1, w2, u, 1, ll);
                    if e[ll].abs() <= thresh {
                        e[ll] = zero;
                    }
                }
            } else if idir == 1 {
                // Chase the bulge from top to bottom.
                let mut f = (d[ll].abs() - shift) * (sign(one, d[ll]) + shift / d[ll]);
                let mut g = e[ll];
                for i in ll..m {
                    let (cosr, sinr, r) = givens(f, g, conv);
                    if i > ll {
                        e[i - 1] = r;
                    }
                    f = cosr * d[i] + sinr * e[i];
                    e[i] = cosr * e[i] - sinr * d[i];
                    g = sinr * d[i + 1];
                    d[i + 1] = cosr * d[i + 1];
                    let (cosl, sinl, r) = givens(f, g, conv);
                    d[i] = r;
                    f = cosl * e[i] + sinl * d[i + 1];
                    d[i + 1] = cosl * d[i + 1] - sinl * e[i];
                    if i < m - 1 {
                        g = sinl * e[i + 1];
                        e[i + 1] = cosl * e[i + 1];
                    }
                    let k = i - ll;
                    w1[k] = cosr;
                    w2[k] = sinr;
                    w3[k] = cosl;
                    w4[k] = sinl;
                }
                e[m - 1] = f;
                apply_rotations(Side::Left, true, len, ncols_vt, w1, w2, vt, ll, 1);
                apply_rotations(Side::Right, true, nrows_u, len, w3, w4, u, 1, ll);
                if e[m - 1].abs() <= thresh {
                    e[m - 1] = zero;
                }
            } else {
                // Chase the bulge from bottom to top.
                let mut f = (d[m].abs() - shift) * (sign(one, d[m]) + shift / d[m]);
                let mut g = e[m - 1];
                for i in (ll + 1..=m).rev() {
                    let (cosr, sinr, r) = givens(f, g, conv);
                    if i < m {
                        e[i] = r;
                    }
                    f = cosr * d[i] + sinr * e[i - 1];
                    e[i - 1] = cosr * e[i - 1] - sinr * d[i];
                    g = sinr * d[i - 1];
                    d[i - 1] = cosr * d[i - 1];
                    let (cosl, sinl, r) = givens(f, g, conv);
                    d[i] = r;
                    f = cosl * e[i - 1] + sinl * d[i - 1];
                    d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
                    if i > ll + 1 {
                        g = sinl * e[i - 2];
                        e[i - 2] = cosl * e[i - 2];
                    }
                    let k = i - ll - 1;
                    w1[k] = cosr;
                    w2[k] = -sinr;
                    w3[k] = cosl;
                    w4[k] = -sinl;
                }
                e[ll] = f;
                if e[ll].abs() <= thresh {
                    e[ll] = zero;
                }
                apply_rotations(Side::Left, false, len, ncols_vt, w3, w4, vt, ll, 1);
                apply_rotations(Side::Right, false, nrows_u, len, w1, w2, u, 1, ll);
            }
        }
    }
    // Make the singular values positive (flipping Vᵀ's rows) ...
    for i in 1..=n {
        if d[i] < zero {
            d[i] = -d[i];
            for j in 1..=ncols_vt {
                let v = vt.at(i, j);
                vt.set(i, j, -v);
            }
        } else if d[i] == zero {
            d[i] = zero;
        }
    }
    // ... and sort them descending.
    for i in 1..n {
        let (mut isub, mut smin) = (1, d[1]);
        for j in 2..=n + 1 - i {
            if d[j] <= smin {
                isub = j;
                smin = d[j];
            }
        }
        let last = n + 1 - i;
        if isub != last {
            d[isub] = d[last];
            d[last] = smin;
            vt.swap_rows(isub, last);
            u.swap_cols(isub, last);
        }
    }
    Some(())
}
