//! Property tests for the linear algebra kernels (`nabla::tensor::linalg`): on random well-conditioned stacks of
//! float64 and complex128 matrices, the decompositions reconstruct their input (Q R = A with Q orthonormal,
//! U S V^H = A, L L^H = A, V diag(w) V^H = A, A x = b, A inv(A) = I, pinv from lstsq) to a tolerance scaled by the
//! matrix size. Seeds work as in tests/properties.rs (`NABLA_PROP_SEED`, `NABLA_PROP_SCALE`).

#[path = "support/rng.rs"]
mod rng;

use nabla::tensor::element::C64;
use nabla::tensor::linalg::{self, Field, Flavor, Stack};
use rng::{base_seed, case_rng, scale, Rng};

/// A random stack `(batch, rows, cols)`: entries in [-1, 1), plus `shift` on the diagonal (diagonal dominance keeps
/// square matrices well conditioned).
fn random_stack<T: Field>(
    rng: &mut Rng,
    batch: usize,
    rows: usize,
    cols: usize,
    shift: f64,
) -> Stack<T> {
    let mut data = Vec::with_capacity(batch * rows * cols);
    for _ in 0..batch {
        for r in 0..rows {
            for c in 0..cols {
                let re = 2.0 * rng.unit() - 1.0 + if r == c { shift } else { 0.0 };
                let im = 2.0 * rng.unit() - 1.0;
                data.push(T::from_cplx(C64::new(re, im)));
            }
        }
    }
    Stack {
        batch: vec![batch],
        rows,
        cols,
        data,
    }
}

/// `a (m x k) @ b (k x n)`, row-major.
fn matmul<T: Field>(a: &[T], b: &[T], m: usize, k: usize, n: usize) -> Vec<T> {
    let mut out = vec![T::default(); m * n];
    for i in 0..m {
        for p in 0..k {
            for j in 0..n {
                out[i * n + j] = out[i * n + j] + a[i * k + p] * b[p * n + j];
            }
        }
    }
    out
}

fn adjoint<T: Field>(a: &[T], m: usize, n: usize) -> Vec<T> {
    (0..n * m).map(|k| a[(k % m) * n + k / m].cj()).collect()
}

fn assert_close<T: Field>(what: &str, case: usize, got: &[T], want: &[T], tol: f64) {
    assert_eq!(
        got.len(),
        want.len(),
        "{what} (case {case}): lengths differ"
    );
    let scale = want.iter().map(|v| v.modulus()).fold(1.0, f64::max);
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let err = (*g - *w).modulus();
        assert!(
            err <= tol * scale,
            "{what} (case {case}, seed {}): element {i} differs by {err:e} (tolerance {:e})",
            base_seed(),
            tol * scale
        );
    }
}

fn identity<T: Field>(n: usize) -> Vec<T> {
    (0..n * n)
        .map(|k| T::re(if k % (n + 1) == 0 { 1.0 } else { 0.0 }))
        .collect()
}

/// NumPy's and PyTorch's LAPACK (the latter in double and single precision).
fn flavors() -> [Flavor; 3] {
    [Flavor::NUMPY, Flavor::torch(false), Flavor::torch(true)]
}

/// Single precision results are good to float32's precision.
fn flavor_tol(flavor: Flavor, tol: f64) -> f64 {
    if flavor.single {
        tol * 1e7
    } else {
        tol
    }
}

fn check_family<T: Field>(family: &str) {
    for case in 0..40 * scale() {
        let mut rng = case_rng(family, case);
        let batch = 1 + rng.below(3);
        let n = 1 + rng.below(7);
        let m = n + rng.below(4);
        let tol = 1e-12 * (m * n) as f64;
        let sq = random_stack::<T>(&mut rng, batch, n, n, n as f64);
        let tall = random_stack::<T>(&mut rng, batch, m, n, 0.0);
        let rhs = random_stack::<T>(&mut rng, batch, n, 2, 0.0);
        let x = linalg::solve(&sq, &rhs).expect("solve");
        let inv = linalg::inv(&sq).expect("inv");
        for b in 0..batch {
            let a = sq.matrix(b);
            let xb = &x[b * n * 2..(b + 1) * n * 2];
            assert_close("A x = b", case, &matmul(a, xb, n, n, 2), rhs.matrix(b), tol);
            let ib = &inv[b * n * n..(b + 1) * n * n];
            assert_close(
                "A inv(A) = I",
                case,
                &matmul(a, ib, n, n, n),
                &identity(n),
                tol,
            );
        }
        // QR of a tall stack: reduced and complete.
        for qc in [n, m] {
            let f = linalg::qr(&tall, qc);
            for b in 0..batch {
                let q = &f.q[b * m * qc..(b + 1) * m * qc];
                let r = &f.r[b * qc * n..(b + 1) * qc * n];
                assert_close(
                    "Q R = A",
                    case,
                    &matmul(q, r, m, qc, n),
                    tall.matrix(b),
                    tol,
                );
                assert_close(
                    "Q^H Q = I",
                    case,
                    &matmul(&adjoint(q, m, qc), q, qc, m, qc),
                    &identity(qc),
                    tol,
                );
            }
        }
        // SVD, thin and full, as each library's LAPACK computes it (PyTorch's float32 in single precision).
        for (flavor, full) in flavors().into_iter().flat_map(|f| [(f, false), (f, true)]) {
            let tol = flavor_tol(flavor, tol);
            let (u, s, vh) = linalg::svd(&tall, full, true, flavor).expect("svd");
            let (uc, vr) = if full { (m, n) } else { (n, n) };
            for b in 0..batch {
                let ub = &u[b * m * uc..(b + 1) * m * uc];
                let sb = &s[b * n..(b + 1) * n];
                let vb = &vh[b * vr * n..(b + 1) * vr * n];
                assert!(
                    sb.windows(2).all(|w| w[0] >= w[1]),
                    "singular values descend (case {case})"
                );
                let us: Vec<T> = (0..m * n)
                    .map(|k| ub[(k / n) * uc + k % n].scale(sb[k % n]))
                    .collect();
                assert_close(
                    "U S V^H = A",
                    case,
                    &matmul(&us, &vb[..n * n], m, n, n),
                    tall.matrix(b),
                    tol,
                );
            }
        }
        // Cholesky and eigh of the Hermitian positive definite A^H A + I.
        let mut spd = Stack {
            batch: vec![batch],
            rows: n,
            cols: n,
            data: Vec::new(),
        };
        for b in 0..batch {
            let a = tall.matrix(b);
            let mut h = matmul(&adjoint(a, m, n), a, n, m, n);
            for i in 0..n {
                h[i * n + i] = h[i * n + i] + T::re(1.0);
            }
            spd.data.extend(h);
        }
        for (flavor, upper) in flavors().into_iter().flat_map(|f| [(f, false), (f, true)]) {
            let l = linalg::cholesky(&spd, upper).expect("cholesky");
            let (w, v) = linalg::eigh(&spd, upper, true, flavor).expect("eigh");
            let tol = flavor_tol(flavor, tol);
            for b in 0..batch {
                let lb = &l[b * n * n..(b + 1) * n * n];
                let prod = if upper {
                    matmul(&adjoint(lb, n, n), lb, n, n, n)
                } else {
                    matmul(lb, &adjoint(lb, n, n), n, n, n)
                };
                assert_close("L L^H = A", case, &prod, spd.matrix(b), tol);
                let wb = &w[b * n..(b + 1) * n];
                let vb = &v[b * n * n..(b + 1) * n * n];
                assert!(
                    wb.windows(2).all(|p| p[0] <= p[1]),
                    "eigh ascends (case {case})"
                );
                let vw: Vec<T> = (0..n * n).map(|k| vb[k].scale(wb[k % n])).collect();
                assert_close(
                    "V w V^H = A",
                    case,
                    &matmul(&vw, &adjoint(vb, n, n), n, n, n),
                    spd.matrix(b),
                    tol,
                );
            }
        }
        // General eigenvectors: A v = w v, each of unit length (both libraries' ports, and faer's for complex).
        for flavor in [Flavor::NUMPY, Flavor::torch(false)] {
            let (w, v) = linalg::eig(&sq, true, flavor).expect("eig");
            for b in 0..batch {
                let a: Vec<C64> = sq.matrix(b).iter().map(|z| z.cplx()).collect();
                let wb = &w[b * n..(b + 1) * n];
                let vb = &v[b * n * n..(b + 1) * n * n];
                let av = matmul(&a, vb, n, n, n);
                let vw: Vec<C64> = (0..n * n).map(|k| vb[k] * wb[k % n]).collect();
                assert_close("A v = w v", case, &av, &vw, tol * n as f64);
            }
        }
        // Least squares of the tall system against the normal equations' solution.
        let b1 = random_stack::<T>(&mut rng, 1, m, 1, 0.0);
        let one = Stack {
            batch: vec![1],
            rows: m,
            cols: n,
            data: tall.matrix(0).to_vec(),
        };
        let f = linalg::lstsq(&one, &b1, -1.0).expect("lstsq");
        assert_eq!(f.rank, n, "full rank (case {case})");
        let ah = adjoint(one.matrix(0), m, n);
        let normal = Stack {
            batch: vec![1],
            rows: n,
            cols: n,
            data: matmul(&ah, one.matrix(0), n, m, n),
        };
        let rhs = Stack {
            batch: vec![1],
            rows: n,
            cols: 1,
            data: matmul(&ah, b1.matrix(0), n, m, 1),
        };
        let want = linalg::solve(&normal, &rhs).expect("normal equations");
        assert_close("lstsq", case, &f.x, &want, 1e-8);
    }
}

#[test]
fn real_decompositions_reconstruct() {
    check_family::<f64>("linalg f64");
}

#[test]
fn complex_decompositions_reconstruct() {
    check_family::<C64>("linalg c128");
}

#[test]
fn determinants_match_products_of_triangular_diagonals() {
    // det of L U with unit-lower L and upper U is the product of U's diagonal.
    for case in 0..40 * scale() {
        let mut rng = case_rng("linalg det", case);
        let n = 1 + rng.below(6);
        let mut l = identity::<f64>(n);
        let mut u = vec![0.0; n * n];
        let mut want = 1.0;
        for i in 0..n {
            for j in 0..n {
                if j < i {
                    l[i * n + j] = rng.unit() - 0.5;
                } else {
                    u[i * n + j] = rng.unit() + if i == j { 1.0 } else { 0.0 };
                }
            }
            want *= u[i * n + i];
        }
        let a = Stack {
            batch: vec![],
            rows: n,
            cols: n,
            data: matmul(&l, &u, n, n, n),
        };
        let got = linalg::det(&a)[0];
        assert!(
            (got - want).abs() <= 1e-12 * want.abs() * n as f64,
            "det (case {case}): {got} vs {want}"
        );
    }
}
