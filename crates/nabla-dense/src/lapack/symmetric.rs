//! `dsyevd` for the sizes where it runs `dsytd2` + `dsteqr` + `dormtr` (n <= 25): eigenvalues ascending and
//! eigenvectors with LAPACK's signs.

use super::householder::{make_reflector, reflect_left};
use super::rotation::{apply_rotations, givens, hypot2, sym2x2, Side};
use super::{scale_by_ratio, selection_sort, sign, ColMajor, Library, Real, Rotations};

/// The largest n for which `dstedc` hands the tridiagonal problem to `dsteqr` (ilaenv's SMLSIZ).
pub const MAX_ORDER: usize = 25;

/// The eigen-decomposition of the symmetric matrix held by one triangle of `a` (column-major, n x n; the upper
/// one when `upper`), as `dsyevd('V', UPLO)` of `library` computes it: ascending eigenvalues and the eigenvectors as
/// the columns of the returned matrix. `None` when the QL/QR iteration does not converge.
pub fn eigh<T: Real>(
    mut a: ColMajor<T>,
    upper: bool,
    library: Library,
) -> Option<(Vec<T>, ColMajor<T>)> {
    let n = a.rows;
    if n == 0 {
        return Some((Vec::new(), ColMajor::zeros(0, 0)));
    }
    if n == 1 {
        return Some((vec![a.at(1, 1)], ColMajor::identity(1)));
    }
    // dsyevd scales matrices whose largest entry (of the triangle) is outside [rmin, rmax].
    let smlnum = T::SAFMIN / T::EPS;
    let bignum = T::c(1.0) / smlnum;
    let (rmin, rmax) = (smlnum.sqrt(), bignum.sqrt());
    let triangle = |j: usize| if upper { (1, j) } else { (j, n) };
    let mut anrm = T::c(0.0);
    for j in 1..=n {
        let (r0, r1) = triangle(j);
        for i in r0..=r1 {
            let v = a.at(i, j).abs();
            if v > anrm || v.is_nan() {
                anrm = v;
            }
        }
    }
    if anrm.is_nan() {
        return None;
    }
    let sigma = if anrm > T::c(0.0) && anrm < rmin {
        Some(rmin / anrm)
    } else if anrm > rmax {
        Some(rmax / anrm)
    } else {
        None
    };
    if let Some(sigma) = sigma {
        for j in 1..=n {
            let (r0, r1) = triangle(j);
            let mut col = a.col_part(r0, j, r1 - r0 + 1);
            scale_by_ratio(&mut col, T::c(1.0), sigma);
            a.set_col_part(r0, j, &col);
        }
    }
    let (mut d, mut e, tau) = if upper {
        tridiagonalize_upper(&mut a)
    } else {
        tridiagonalize_lower(&mut a)
    };
    let mut z = ColMajor::identity(n);
    tridiagonal_ql(&mut d, &mut e, &mut z, library.rotations())?;
    if upper {
        // dormtr('L', 'U', 'N') through dorm2l: Z(1:n-1, :) := Q Z(1:n-1, :), Q = H(n-1) ... H(1), H(i) acting
        // on rows 1..=i with v = [A(1:i-1, i+1); 1].
        for i in 1..n {
            let mut v = a.col_part(1, i + 1, i);
            v[i - 1] = T::c(1.0);
            reflect_left(&v, tau[i], &mut z, 1, 1, n);
        }
    } else {
        // dormtr('L', 'L', 'N'): Z(2:n, :) := Q Z(2:n, :), Q = H(1) ... H(n-1).
        for i in (1..n).rev() {
            let mut v = a.col_part(i + 1, i, n - i);
            v[0] = T::c(1.0);
            reflect_left(&v, tau[i], &mut z, i + 1, 1, n);
        }
    }
    let mut w: Vec<T> = d[1..].to_vec();
    if let Some(sigma) = sigma {
        w.iter_mut().for_each(|x| *x *= T::c(1.0) / sigma);
    }
    Some((w, z))
}

/// `dsytd2('U')`: as `tridiagonalize_lower` from the upper triangle, the reflectors H(n-1), ..., H(1) annihilating
/// columns from the right; their vectors are left above the superdiagonal.
fn tridiagonalize_upper<T: Real>(a: &mut ColMajor<T>) -> (Vec<T>, Vec<T>, Vec<T>) {
    let n = a.rows;
    let mut d = vec![T::c(0.0); n + 1];
    let mut e = vec![T::c(0.0); n];
    let mut tau = vec![T::c(0.0); n];
    for i in (1..n).rev() {
        let mut alpha = a.at(i, i + 1);
        let mut x = a.col_part(1, i + 1, i - 1);
        let taui = make_reflector(&mut alpha, &mut x);
        a.set_col_part(1, i + 1, &x);
        e[i] = alpha;
        if taui != T::c(0.0) {
            let mut v = x.clone();
            v.push(T::c(1.0));
            // y := taui * A(1:i, 1:i) v (dsymv on the upper triangle)
            let mut y = vec![T::c(0.0); i];
            for j in 0..i {
                let temp1 = taui * v[j];
                let mut temp2 = T::c(0.0);
                for r in 0..j {
                    let arj = a.at(r + 1, j + 1);
                    y[r] += temp1 * arj;
                    temp2 += arj * v[r];
                }
                y[j] += temp1 * a.at(j + 1, j + 1) + taui * temp2;
            }
            let mut dot = T::c(0.0);
            for (&p, &q) in y.iter().zip(&v) {
                dot += p * q;
            }
            let alpha2 = T::c(-0.5) * taui * dot;
            for r in 0..i {
                y[r] += alpha2 * v[r];
            }
            // A := A - v yᵀ - y vᵀ (dsyr2 on the upper triangle)
            for j in 0..i {
                if v[j] != T::c(0.0) || y[j] != T::c(0.0) {
                    let (t1, t2) = (-y[j], -v[j]);
                    for r in 0..=j {
                        *a.at_mut(r + 1, j + 1) += v[r] * t1 + y[r] * t2;
                    }
                }
            }
        }
        a.set(i, i + 1, e[i]);
        d[i + 1] = a.at(i + 1, i + 1);
        tau[i] = taui;
    }
    d[1] = a.at(1, 1);
    (d, e, tau)
}

/// `dsytd2('L')`: reduce the symmetric matrix (lower triangle) to tridiagonal form `Qᵀ A Q = T`. Returns T's
/// diagonal `d` and off-diagonal `e` and the reflectors' `tau`, all 1-based (index 0 unused); the reflectors' vectors
/// are left below the subdiagonal of `a`.
fn tridiagonalize_lower<T: Real>(a: &mut ColMajor<T>) -> (Vec<T>, Vec<T>, Vec<T>) {
    let n = a.rows;
    let mut d = vec![T::c(0.0); n + 1];
    let mut e = vec![T::c(0.0); n];
    let mut tau = vec![T::c(0.0); n];
    for i in 1..n {
        let mut alpha = a.at(i + 1, i);
        let below = (i + 2).min(n);
        let mut x = a.col_part(below, i, n - i - 1);
        let taui = make_reflector(&mut alpha, &mut x);
        a.set(i + 1, i, alpha);
        a.set_col_part(below, i, &x);
        e[i] = alpha;
        if taui != T::c(0.0) {
            a.set(i + 1, i, T::c(1.0));
            let k = n - i;
            let v = a.col_part(i + 1, i, k);
            // y := taui * A(i+1:n, i+1:n) v (dsymv on the lower triangle)
            let mut y = vec![T::c(0.0); k];
            for j in 0..k {
                let temp1 = taui * v[j];
                let mut temp2 = T::c(0.0);
                y[j] += temp1 * a.at(i + 1 + j, i + 1 + j);
                for r in j + 1..k {
                    let arj = a.at(i + 1 + r, i + 1 + j);
                    y[r] += temp1 * arj;
                    temp2 += arj * v[r];
                }
                y[j] += taui * temp2;
            }
            let mut dot = T::c(0.0);
            for (&p, &q) in y.iter().zip(&v) {
                dot += p * q;
            }
            let alpha2 = -T::c(0.5) * taui * dot;
            for r in 0..k {
                y[r] += alpha2 * v[r];
            }
            // A := A - v yᵀ - y vᵀ (dsyr2 on the lower triangle)
            for j in 0..k {
                if v[j] != T::c(0.0) || y[j] != T::c(0.0) {
                    let (t1, t2) = (-y[j], -v[j]);
                    for r in j..k {
                        *a.at_mut(i + 1 + r, i + 1 + j) += v[r] * t1 + y[r] * t2;
                    }
                }
            }
            a.set(i + 1, i, e[i]);
        }
        d[i] = a.at(i, i);
        tau[i] = taui;
    }
    d[n] = a.at(n, n);
    (d, e, tau)
}

/// `dlanst('M')` over `d[l..=lend]` and `e[l..lend]`.
fn max_abs<T: Real>(d: &[T], e: &[T], l: usize, lend: usize) -> T {
    let mut m = T::c(0.0);
    for v in d[l..=lend].iter().chain(e[l..lend].iter()) {
        if v.abs() > m || v.is_nan() {
            m = v.abs();
        }
    }
    m
}

/// `dsteqr('I')`: eigenvalues (into `d`, ascending) and eigenvectors (applied to `z`'s columns) of the symmetric
/// tridiagonal matrix with diagonal `d[1..=n]` and off-diagonal `e[1..n]`, by implicit QL or QR iteration with
/// Wilkinson shifts. `None` when 30 n iterations do not converge.
pub(crate) fn tridiagonal_ql<T: Real>(
    d: &mut [T],
    e: &mut [T],
    z: &mut ColMajor<T>,
    convention: Rotations,
) -> Option<()> {
    const MAXIT: usize = 30;
    let n = d.len() - 1;
    let eps2 = T::EPS * T::EPS;
    let safmax = T::c(1.0) / T::SAFMIN;
    let ssfmax = safmax.sqrt() / T::c(3.0);
    let ssfmin = T::SAFMIN.sqrt() / eps2;
    let nmaxit = n * MAXIT;
    let mut jtot = 0;
    // Rotation cosines and sines of one sweep (1-based).
    let mut wc = vec![T::c(0.0); n + 1];
    let mut ws = vec![T::c(0.0); n + 1];
    let mut l1 = 1;
    'split: loop {
        if l1 > n {
            break;
        }
        if l1 > 1 {
            e[l1 - 1] = T::c(0.0);
        }
        // Find a small off-diagonal element that splits the matrix.
        let mut m = n;
        for mm in l1..n {
            let tst = e[mm].abs();
            if tst == T::c(0.0) {
                m = mm;
                break;
            }
            if tst <= (d[mm].abs().sqrt() * d[mm + 1].abs().sqrt()) * T::EPS {
                e[mm] = T::c(0.0);
                m = mm;
                break;
            }
        }
        let mut l = l1;
        let lsv = l;
        let mut lend = m;
        let lendsv = lend;
        l1 = m + 1;
        if lend == l {
            continue;
        }
        // Scale the submatrix in rows and columns l to lend.
        let anorm = max_abs(d, e, l, lend);
        if anorm == T::c(0.0) {
            continue;
        }
        let scaled = if anorm > ssfmax {
            Some(ssfmax)
        } else if anorm < ssfmin {
            Some(ssfmin)
        } else {
            None
        };
        if let Some(to) = scaled {
            scale_by_ratio(&mut d[l..=lend], anorm, to);
            scale_by_ratio(&mut e[l..lend], anorm, to);
        }
        // Choose between QL and QR iteration.
        if d[lend].abs() < d[l].abs() {
            lend = lsv;
            l = lendsv;
        }
        if lend > l {
            // QL iteration: look for a small subdiagonal element.
            loop {
                let mut m = lend;
                for mm in l..lend {
                    let tst = e[mm].abs() * e[mm].abs();
                    if tst <= (eps2 * d[mm].abs()) * d[mm + 1].abs() + T::SAFMIN {
                        m = mm;
                        break;
                    }
                }
                if m < lend {
                    e[m] = T::c(0.0);
                }
                let mut p = d[l];
                if m == l {
                    // Eigenvalue found.
                    d[l] = p;
                    l += 1;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if m == l + 1 {
                    // A 2x2 block: its eigensystem directly.
                    let (rt1, rt2, c, s) = sym2x2(d[l], e[l], d[l + 1]);
                    wc[l] = c;
                    ws[l] = s;
                    apply_rotations(Side::Right, false, n, 2, &wc[l..], &ws[l..], z, 1, l);
                    d[l] = rt1;
                    d[l + 1] = rt2;
                    e[l] = T::c(0.0);
                    l += 2;
                    if l <= lend {
                        continue;
                    }
                    break;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                // Form the shift.
                let mut g = (d[l + 1] - p) / (T::c(2.0) * e[l]);
                let mut r = hypot2(g, T::c(1.0));
                g = d[m] - p + (e[l] / (g + sign(r, g)));
                let mut s = T::c(1.0);
                let mut c = T::c(1.0);
                p = T::c(0.0);
                for i in (l..m).rev() {
                    let f = s * e[i];
                    let b = c * e[i];
                    (c, s, r) = givens(g, f, convention);
                    if i != m - 1 {
                        e[i + 1] = r;
                    }
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + T::c(2.0) * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                    wc[i] = c;
                    ws[i] = -s;
                }
                let mm = m - l + 1;
                apply_rotations(Side::Right, false, n, mm, &wc[l..], &ws[l..], z, 1, l);
                d[l] -= p;
                e[l] = g;
            }
        } else {
            // QR iteration: look for a small superdiagonal element.
            loop {
                let mut m = lend;
                if l != lend {
                    for mm in (lend + 1..=l).rev() {
                        let tst = e[mm - 1].abs() * e[mm - 1].abs();
                        if tst <= (eps2 * d[mm].abs()) * d[mm - 1].abs() + T::SAFMIN {
                            m = mm;
                            break;
                        }
                    }
                }
                if m > lend {
                    e[m - 1] = T::c(0.0);
                }
                let mut p = d[l];
                if m == l {
                    d[l] = p;
                    if l == lend {
                        break;
                    }
                    l -= 1;
                    if l >= lend {
                        continue;
                    }
                    break;
                }
                if m + 1 == l {
                    let (rt1, rt2, c, s) = sym2x2(d[l - 1], e[l - 1], d[l]);
                    wc[m] = c;
                    ws[m] = s;
                    apply_rotations(Side::Right, true, n, 2, &wc[m..], &ws[m..], z, 1, l - 1);
                    d[l - 1] = rt1;
                    d[l] = rt2;
                    e[l - 1] = T::c(0.0);
                    if l < lend + 2 {
                        break;
                    }
                    l -= 2;
                    continue;
                }
                if jtot == nmaxit {
                    break;
                }
                jtot += 1;
                let mut g = (d[l - 1] - p) / (T::c(2.0) * e[l - 1]);
                let mut r = hypot2(g, T::c(1.0));
                g = d[m] - p + (e[l - 1] / (g + sign(r, g)));
                let mut s = T::c(1.0);
                let mut c = T::c(1.0);
                p = T::c(0.0);
                for i in m..l {
                    let f = s * e[i];
                    let b = c * e[i];
                    (c, s, r) = givens(g, f, convention);
                    if i != m {
                        e[i - 1] = r;
                    }
                    g = d[i] - p;
                    r = (d[i + 1] - g) * s + T::c(2.0) * c * b;
                    p = s * r;
                    d[i] = g + p;
                    g = c * r - b;
                    wc[i] = c;
                    ws[i] = s;
                }
                let mm = l - m + 1;
                apply_rotations(Side::Right, true, n, mm, &wc[m..], &ws[m..], z, 1, m);
                d[l] -= p;
                e[l - 1] = g;
            }
        }
        // Undo the scaling.
        if let Some(to) = scaled {
            scale_by_ratio(&mut d[lsv..=lendsv], to, anorm);
            scale_by_ratio(&mut e[lsv..lendsv], to, anorm);
        }
        if jtot < nmaxit {
            continue 'split;
        }
        if e[1..n].iter().any(|&v| v != T::c(0.0)) {
            return None;
        }
        break;
    }
    // The eigenvalues in increasing order, with their vectors.
    selection_sort(d, false, |i, k| z.swap_cols(i, k));
    Some(())
}
