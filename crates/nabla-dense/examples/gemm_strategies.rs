//! Times the ways nabla-dense could run one large float32 product (the MLP bar's 256x784x256 layer): faer
//! sequential, faer's own parallel kernel, and the split-in-halves that `product` uses.
//! Run: `cargo run --release -p nabla-dense --example gemm_strategies` on a quiet machine.

use std::time::Instant;

fn best(f: &mut dyn FnMut()) -> f64 {
    let mut b = f64::MAX;
    for _ in 0..30 {
        let t = Instant::now();
        f();
        b = b.min(t.elapsed().as_secs_f64());
    }
    b
}

fn main() {
    let (n, k, m) = (256usize, 784usize, 256usize);
    let x: Vec<f32> = (0..n * k).map(|i| (i as f32 * 0.01).sin()).collect();
    let y: Vec<f32> = (0..k * m).map(|i| (i as f32 * 0.003).cos()).collect();
    let mut out = vec![0f32; n * m];
    for (name, par) in [
        ("faer sequential", faer::Par::Seq),
        ("faer parallel", faer::Par::rayon(0)),
    ] {
        let t = best(&mut || {
            let lhs = faer::MatRef::from_row_major_slice(&x, n, k);
            let rhs = faer::MatRef::from_row_major_slice(&y, k, m);
            let dst = faer::MatMut::from_row_major_slice_mut(&mut out, n, m);
            faer::linalg::matmul::matmul(dst, faer::Accum::Replace, lhs, rhs, 1.0f32, par);
        });
        println!("{name:<22} {t:.6} s");
    }
    let t = best(&mut || {
        let _ = nabla_dense::matmul_f32(&x, &y, n, k, m);
    });
    println!("{:<22} {t:.6} s", "nabla-dense (split)");
}
