//! The LAPACK ports decompose: on random matrices of every shape they cover (both libraries' paths, float64 and
//! float32), U S Vᵀ = A and Z diag(w) Zᵀ = A with orthonormal factors, values ordered. The signs themselves are
//! checked against NumPy and PyTorch by the conformance scripts (`*vector_signs*`).

use nabla_dense::lapack::{svd, symmetric, ColMajor, Library, Real};

/// A small deterministic generator (SplitMix64), uniform in [-1, 1).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }
}

fn product(a: &[f64], b: &[f64], m: usize, k: usize, n: usize) -> Vec<f64> {
    let mut out = vec![0.0; m * n];
    for i in 0..m {
        for l in 0..k {
            for j in 0..n {
                out[i * n + j] += a[i * k + l] * b[l * n + j];
            }
        }
    }
    out
}

fn transpose(a: &[f64], m: usize, n: usize) -> Vec<f64> {
    (0..n * m).map(|k| a[(k % m) * n + k / m]).collect()
}

fn assert_near(what: &str, got: &[f64], want: &[f64], tol: f64) {
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol,
            "{what}: element {i}: {g} vs {w} (tolerance {tol:e})"
        );
    }
}

fn identity(n: usize) -> Vec<f64> {
    (0..n * n)
        .map(|k| if k % (n + 1) == 0 { 1.0 } else { 0.0 })
        .collect()
}

fn check_svd<T: Real>(a: &[f64], m: usize, n: usize, full: bool, library: Library, tol: f64) {
    let f = svd::gesdd(ColMajor::<T>::from_row_major(a, m, n), full, library).expect("converges");
    let k = m.min(n);
    let s: Vec<f64> = f.s.iter().map(|v| v.to_f64()).collect();
    assert!(
        s.windows(2).all(|p| p[0] >= p[1]) && s.iter().all(|&v| v >= 0.0),
        "{m}x{n}: {s:?}"
    );
    let (ur, uc) = (f.u.rows, f.u.cols);
    let (vr, vc) = (f.vt.rows, f.vt.cols);
    assert_eq!(
        (ur, uc, vr, vc),
        if full { (m, m, n, n) } else { (m, k, k, n) }
    );
    let u = f.u.to_row_major(ur, uc);
    let vt = f.vt.to_row_major(vr, vc);
    let what = format!("{library:?} {m}x{n} full={full}");
    assert_near(
        &format!("UᵀU {what}"),
        &product(&transpose(&u, ur, uc), &u, uc, ur, uc),
        &identity(uc),
        tol,
    );
    assert_near(
        &format!("VᵀV {what}"),
        &product(&vt, &transpose(&vt, vr, vc), vr, vc, vr),
        &identity(vr),
        tol,
    );
    let us: Vec<f64> = (0..m * k)
        .map(|p| u[(p / k) * uc + p % k] * s[p % k])
        .collect();
    assert_near(
        &format!("USVᵀ {what}"),
        &product(&us, &vt[..k * n], m, k, n),
        a,
        tol * 10.0,
    );
}

fn check_eigh<T: Real>(a: &[f64], n: usize, upper: bool, library: Library, tol: f64) {
    let (w, z) =
        symmetric::eigh(ColMajor::<T>::from_row_major(a, n, n), upper, library).expect("converges");
    let w: Vec<f64> = w.iter().map(|v| v.to_f64()).collect();
    assert!(w.windows(2).all(|p| p[0] <= p[1]), "{n}: {w:?}");
    let z = z.to_row_major(n, n);
    let what = format!("{library:?} n={n}");
    assert_near(
        &format!("ZᵀZ {what}"),
        &product(&transpose(&z, n, n), &z, n, n, n),
        &identity(n),
        tol,
    );
    let zw: Vec<f64> = (0..n * n).map(|p| z[p] * w[p % n]).collect();
    assert_near(
        &format!("ZwZᵀ {what}"),
        &product(&zw, &transpose(&z, n, n), n, n, n),
        a,
        tol * 10.0,
    );
}

#[test]
fn svd_reconstructs_every_shape() {
    let mut rng = Rng(1);
    for m in 1..=25 {
        for n in [1, 2, 3, 5, 8, 13, 20, 25, 40, 60] {
            let a: Vec<f64> = (0..m * n).map(|_| rng.next()).collect();
            for library in [Library::OpenBlas, Library::Mkl] {
                for full in [false, true] {
                    check_svd::<f64>(&a, m, n, full, library, 1e-12);
                    check_svd::<f64>(&transpose(&a, m, n), n, m, full, library, 1e-12);
                    check_svd::<f32>(&a, m, n, full, library, 2e-5);
                }
            }
        }
    }
}

#[test]
fn svd_of_rank_deficient_and_zero_matrices() {
    let ones = vec![1.0; 12];
    let zeros = vec![0.0; 12];
    let ramp: Vec<f64> = (0..12).map(|v| v as f64).collect();
    for a in [&ones, &zeros, &ramp] {
        for library in [Library::OpenBlas, Library::Mkl] {
            check_svd::<f64>(a, 3, 4, true, library, 1e-12);
            check_svd::<f64>(a, 4, 3, false, library, 1e-12);
        }
    }
}

#[test]
fn eigh_reconstructs_every_order() {
    let mut rng = Rng(2);
    for n in 1..=symmetric::MAX_ORDER {
        for kind in 0..3 {
            let mut a = vec![0.0; n * n];
            for i in 0..n {
                for j in 0..=i {
                    // Random, integer-valued (repeated eigenvalues are likely) and tiny-scaled symmetric matrices.
                    let v = match kind {
                        0 => rng.next(),
                        1 => (rng.next() * 3.0).round(),
                        _ => rng.next() * 1e-160,
                    };
                    a[i * n + j] = v;
                    a[j * n + i] = v;
                }
            }
            let scale = a
                .iter()
                .fold(0.0f64, |m, v| m.max(v.abs()))
                .max(f64::MIN_POSITIVE);
            let unit: Vec<f64> = a.iter().map(|v| v / scale).collect();
            for library in [Library::OpenBlas, Library::Mkl] {
                for upper in [false, true] {
                    check_eigh::<f64>(&unit, n, upper, library, 1e-12);
                    check_eigh::<f32>(&unit, n, upper, library, 2e-5);
                }
            }
            // Scaled inputs go through dsyevd's and dsteqr's rescaling.
            let (w, _) = symmetric::eigh(
                ColMajor::<f64>::from_row_major(&a, n, n),
                false,
                Library::OpenBlas,
            )
            .expect("converges");
            let (wu, _) = symmetric::eigh(
                ColMajor::<f64>::from_row_major(&unit, n, n),
                false,
                Library::OpenBlas,
            )
            .expect("converges");
            for (x, y) in w.iter().zip(&wu) {
                assert!(
                    (x / scale - y).abs() <= 1e-12,
                    "scaled eigenvalue {x} vs {y}"
                );
            }
        }
    }
}

#[test]
fn two_by_two_signs_are_lapacks() {
    // NumPy 2.4 (OpenBLAS) and PyTorch 2.15 (MKL) both print these vectors for eigh([[4, 1], [1, 3]]).
    let (_, z) = symmetric::eigh(
        ColMajor::<f64>::from_row_major(&[4.0, 1.0, 1.0, 3.0], 2, 2),
        false,
        Library::OpenBlas,
    )
    .expect("converges");
    let z = z.to_row_major(2, 2);
    let want = [
        0.5257311121191335,
        -0.8506508083520399,
        -0.8506508083520399,
        -0.5257311121191335,
    ];
    assert_near("eigh 2x2", &z, &want, 1e-15);
}

/// A V = V diag(w) for the complex vectors unpacked from geev's packed real form, each of unit length.
fn check_eig<T: Real>(a: &[f64], n: usize, library: Library, tol: f64) {
    let e = library
        .geev(ColMajor::<T>::from_row_major(a, n, n))
        .expect("converges");
    let wr: Vec<f64> = e.wr.iter().map(|v| v.to_f64()).collect();
    let wi: Vec<f64> = e.wi.iter().map(|v| v.to_f64()).collect();
    let vr = e.vr.to_row_major(n, n);
    let mut j = 0;
    while j < n {
        let pair = wi[j] != 0.0;
        assert!(
            !pair || (j + 1 < n && wi[j] > 0.0 && wi[j + 1] == -wi[j]),
            "pair at {j}: {wi:?}"
        );
        let re: Vec<f64> = (0..n).map(|r| vr[r * n + j]).collect();
        let im: Vec<f64> = (0..n)
            .map(|r| if pair { vr[r * n + j + 1] } else { 0.0 })
            .collect();
        let len: f64 = re.iter().chain(&im).map(|v| v * v).sum::<f64>().sqrt();
        assert!(
            (len - 1.0).abs() <= tol,
            "{library:?} n={n}: vector {j} has length {len}"
        );
        for r in 0..n {
            // (A v)_r = (wr + i wi) v_r
            let (mut sr, mut si) = (0.0, 0.0);
            for k in 0..n {
                sr += a[r * n + k] * re[k];
                si += a[r * n + k] * im[k];
            }
            let (wr, wi) = (wr[j], wi[j]);
            let (tr, ti) = (wr * re[r] - wi * im[r], wr * im[r] + wi * re[r]);
            assert!(
                (sr - tr).abs() <= tol * 10.0 && (si - ti).abs() <= tol * 10.0,
                "{library:?} n={n}: A v != w v for vector {j}"
            );
        }
        j += if pair { 2 } else { 1 };
    }
}

#[test]
fn eig_vectors_are_eigenvectors() {
    let mut rng = Rng(3);
    for n in 1..=30 {
        for kind in 0..4 {
            let a: Vec<f64> = (0..n * n)
                .map(|k| {
                    let v = rng.next();
                    match kind {
                        0 => v,
                        1 => (v * 3.0).round(),
                        // Upper triangular: balancing isolates every eigenvalue.
                        2 if k % n < k / n => 0.0,
                        // Sparse: balancing permutes and scales.
                        3 if v.abs() < 0.6 => 0.0,
                        _ => v * 4.0,
                    }
                })
                .collect();
            for library in [Library::OpenBlas, Library::Mkl] {
                check_eig::<f64>(&a, n, library, 1e-9);
                check_eig::<f32>(&a, n, library, 1e-3);
            }
        }
    }
}

#[test]
fn eig_order_and_signs_are_lapacks() {
    // NumPy 2.4: np.linalg.eig([[1, 2], [3, 4]]) -> [-0.37228132, 5.37228132] with these vectors.
    let e = Library::OpenBlas
        .geev(ColMajor::<f64>::from_row_major(&[1.0, 2.0, 3.0, 4.0], 2, 2))
        .expect("converges");
    assert_near(
        "eig 2x2 values",
        &e.wr,
        &[-0.3722813232690143, 5.372281323269014],
        1e-14,
    );
    let v = e.vr.to_row_major(2, 2);
    assert_near(
        "eig 2x2 vectors",
        &v,
        &[
            -0.8245648401323938,
            -0.4159735579192842,
            0.5657674649689923,
            -0.9093767091321241,
        ],
        1e-14,
    );
}
