//! Development probe: reads lines `eigh LIB PREC N a...` or `svd LIB PREC M N FULL a...` (LIB `numpy`/`torch`, PREC `64`/`32`, row-major
//! entries) from stdin and prints the LAPACK ports' results, for comparison with NumPy and PyTorch by a script.
use nabla_dense::lapack::{self, ColMajor, Library, Real};
use std::io::BufRead;

fn eigh<T: Real>(a: &[f64], n: usize, conv: Library) -> String {
    match lapack::symmetric::eigh(
        ColMajor::<T>::from_row_major(a, n, n),
        std::env::var("UPPER").is_ok(),
        conv,
    ) {
        Some((w, z)) => {
            let zs: Vec<String> = z
                .to_row_major(n, n)
                .iter()
                .map(|v| format!("{v:e}"))
                .collect();
            let ws: Vec<String> = w.iter().map(|v| format!("{:e}", v.to_f64())).collect();
            format!("{} | {}", ws.join(" "), zs.join(" "))
        }
        None => "fail".into(),
    }
}

fn svd<T: Real>(a: &[f64], m: usize, n: usize, full: bool, conv: Library) -> String {
    match lapack::svd::gesdd(ColMajor::<T>::from_row_major(a, m, n), full, conv) {
        Some(f) => {
            let fmt = |v: Vec<f64>| {
                v.iter()
                    .map(|x| format!("{x:e}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let s: Vec<f64> = f.s.iter().map(|v| v.to_f64()).collect();
            format!(
                "{} | {} | {}",
                fmt(s),
                fmt(f.u.to_row_major(f.u.rows, f.u.cols)),
                fmt(f.vt.to_row_major(f.vt.rows, f.vt.cols))
            )
        }
        None => "fail".into(),
    }
}

fn eig<T: Real>(a: &[f64], n: usize, conv: Library) -> String {
    match conv.geev(ColMajor::<T>::from_row_major(a, n, n)) {
        Some(e) => {
            let fmt = |v: Vec<f64>| {
                v.iter()
                    .map(|x| format!("{x:e}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            format!(
                "{} | {} | {}",
                fmt(e.wr.iter().map(|v| v.to_f64()).collect()),
                fmt(e.wi.iter().map(|v| v.to_f64()).collect()),
                fmt(e.vr.to_row_major(n, n))
            )
        }
        None => "fail".into(),
    }
}

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let t: Vec<&str> = line.split_whitespace().collect();
        let conv = if t[1] == "torch" {
            Library::Mkl
        } else {
            Library::OpenBlas
        };
        let nums: Vec<usize> = t[3..]
            .iter()
            .take(2)
            .map(|v| v.parse().unwrap_or(0))
            .collect();
        match (t[0], t[2]) {
            ("eigh", p) => {
                let n = nums[0];
                let a: Vec<f64> = t[4..].iter().map(|v| v.parse().expect("number")).collect();
                println!(
                    "{}",
                    if p == "32" {
                        eigh::<f32>(&a, n, conv)
                    } else {
                        eigh::<f64>(&a, n, conv)
                    }
                );
            }
            ("eig", p) => {
                let n = nums[0];
                let a: Vec<f64> = t[4..].iter().map(|v| v.parse().expect("number")).collect();
                println!(
                    "{}",
                    if p == "32" {
                        eig::<f32>(&a, n, conv)
                    } else {
                        eig::<f64>(&a, n, conv)
                    }
                );
            }
            ("svd", p) => {
                let (m, n, full) = (nums[0], nums[1], t[5] == "1");
                let a: Vec<f64> = t[6..].iter().map(|v| v.parse().expect("number")).collect();
                println!(
                    "{}",
                    if p == "32" {
                        svd::<f32>(&a, m, n, full, conv)
                    } else {
                        svd::<f64>(&a, m, n, full, conv)
                    }
                );
            }
            _ => println!("?"),
        }
    }
}
