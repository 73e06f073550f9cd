//! Gradient checks: every differentiable op's backward rule against central finite differences in float64, on
//! random inputs (broadcast shapes, non-contiguous views, reductions over each axis), for first derivatives and,
//! through `create_graph`, for second derivatives (Hessian-vector products).

#[path = "support/rng.rs"]
mod rng;

use nabla::autograd::engine::{self, Pass};
use nabla::autograd::nn::{self, Reduction};
use nabla::autograd::ops::{self, *};
use nabla::autograd::rules::SqueezeName;
use nabla::autograd::{GResult, Var};
use nabla::tensor::dtype::DType;
use nabla::tensor::ops::{BinaryOp, UnaryOp};
use nabla::tensor::Tensor;
use rng::Rng;

type F = Box<dyn Fn(&[Var]) -> GResult<Var>>;

/// Inputs with values in `[lo, hi)`, shaped `shape`; `transposed` makes a non-contiguous view of the same values.
#[derive(Clone)]
struct Spec {
    shape: Vec<usize>,
    lo: f64,
    hi: f64,
    transposed: bool,
}

fn spec(shape: &[usize], lo: f64, hi: f64) -> Spec {
    Spec {
        shape: shape.to_vec(),
        lo,
        hi,
        transposed: false,
    }
}

fn make(rng: &mut Rng, s: &Spec) -> Tensor {
    let n: usize = s.shape.iter().product();
    let v: Vec<f64> = (0..n).map(|_| s.lo + (s.hi - s.lo) * rng.unit()).collect();
    if s.transposed && s.shape.len() == 2 {
        // Store transposed, then view it back: same logical values, Fortran strides.
        let (r, c) = (s.shape[0], s.shape[1]);
        let mut t = vec![0.0; n];
        for i in 0..r {
            for j in 0..c {
                t[j * r + i] = v[i * c + j];
            }
        }
        return Tensor::from_vec(t, vec![c, r]).transpose();
    }
    Tensor::from_vec(v, s.shape.clone())
}

/// `sum(f(x) * w)` for fixed random weights `w`: a scalar whose gradient exercises every output element.
fn objective(f: &F, xs: &[Var], w: &Tensor) -> GResult<Var> {
    let y = f(xs)?;
    let wv = Var::constant(w.clone());
    let prod = ops::mul(&y, &wv)?;
    ops::sum(&prod, None, false, DType::F64)
}

fn value(f: &F, ts: &[Tensor], w: &Tensor) -> f64 {
    let xs: Vec<Var> = ts.iter().map(|t| Var::constant(t.clone())).collect();
    objective(f, &xs, w).expect("forward").t.to_vec::<f64>()[0]
}

fn grads(f: &F, ts: &[Tensor], w: &Tensor, create_graph: bool) -> (Vec<Var>, Vec<Var>) {
    let xs: Vec<Var> = ts.iter().map(|t| Var::leaf(t.clone(), true)).collect();
    let s = objective(f, &xs, w).expect("forward");
    let one = Var::constant(Tensor::scalar(1.0f64));
    let pass = Pass {
        retain_graph: create_graph,
        create_graph,
        capture: Some(&xs),
    };
    let g = engine::run(&[(s, one)], &pass).expect("backward");
    let g = g
        .into_iter()
        .zip(ts)
        .map(|(g, t)| {
            g.unwrap_or_else(|| Var::constant(Tensor::zeros(DType::F64, t.shape.clone())))
        })
        .collect();
    (xs, g)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

/// Perturb element `j` (C order) of input `i` by `h`.
fn bumped(ts: &[Tensor], i: usize, j: usize, h: f64) -> Vec<Tensor> {
    let mut out: Vec<Tensor> = ts.iter().map(|t| t.contiguous().copy()).collect();
    let mut v = out[i].to_vec::<f64>();
    v[j] += h;
    out[i] = Tensor::from_vec(v, ts[i].shape.clone());
    out
}

fn check(name: &str, f: F, specs: &[Spec], second: bool, rng: &mut Rng) {
    let ts: Vec<Tensor> = specs.iter().map(|s| make(rng, s)).collect();
    let xs: Vec<Var> = ts.iter().map(|t| Var::constant(t.clone())).collect();
    let out = f(&xs).unwrap_or_else(|e| panic!("{name}: forward failed: {e}"));
    let w = make(rng, &spec(&out.t.shape, -1.0, 1.0));
    let (_, g) = grads(&f, &ts, &w, false);
    let h = 1e-6;
    for (i, t) in ts.iter().enumerate() {
        let analytic = g[i].t.contiguous().to_vec::<f64>();
        assert_eq!(
            analytic.len(),
            t.numel(),
            "{name}: gradient {i} has the wrong size"
        );
        for (j, &a) in analytic.iter().enumerate() {
            let numeric = (value(&f, &bumped(&ts, i, j, h), &w)
                - value(&f, &bumped(&ts, i, j, -h), &w))
                / (2.0 * h);
            assert!(
                close(a, numeric),
                "{name}: d/dx{i}[{j}] analytic {a} vs numeric {numeric}"
            );
        }
    }
    if !second {
        return;
    }
    // Second derivatives: the gradient of sum(g_i * v_i) (a Hessian-vector product) through create_graph,
    // against finite differences of the (already checked) first derivative.
    let vs: Vec<Tensor> = ts
        .iter()
        .map(|t| make(rng, &spec(&t.shape, -1.0, 1.0)))
        .collect();
    let hvp_of = |ts: &[Tensor]| -> f64 {
        let (_, g) = grads(&f, ts, &w, false);
        g.iter()
            .zip(&vs)
            .map(|(g, v)| {
                g.t.contiguous()
                    .to_vec::<f64>()
                    .iter()
                    .zip(v.to_vec::<f64>())
                    .map(|(a, b)| a * b)
                    .sum::<f64>()
            })
            .sum()
    };
    let (xs, g) = grads(&f, &ts, &w, true);
    let mut total: Option<Var> = None;
    for (gi, v) in g.iter().zip(&vs) {
        let term = ops::sum(
            &ops::mul(gi, &Var::constant(v.clone())).expect("mul"),
            None,
            false,
            DType::F64,
        )
        .expect("sum");
        total = Some(match total {
            None => term,
            Some(t) => ops::add(&t, &term).expect("add"),
        });
    }
    let Some(total) = total else { return };
    if !total.requires_grad() {
        // The gradient does not depend on the inputs (a linear op): the second derivative is zero.
        for i in 0..ts.len() {
            for j in 0..ts[i].numel() {
                let numeric =
                    (hvp_of(&bumped(&ts, i, j, h)) - hvp_of(&bumped(&ts, i, j, -h))) / (2.0 * h);
                assert!(
                    close(0.0, numeric),
                    "{name}: second derivative {i}[{j}] should be 0, numeric {numeric}"
                );
            }
        }
        return;
    }
    let one = Var::constant(Tensor::scalar(1.0f64));
    let pass = Pass {
        retain_graph: false,
        create_graph: false,
        capture: Some(&xs),
    };
    let hv = engine::run(&[(total, one)], &pass).expect("second backward");
    for (i, t) in ts.iter().enumerate() {
        let analytic = hv[i]
            .as_ref()
            .map(|v| v.t.contiguous().to_vec::<f64>())
            .unwrap_or_else(|| vec![0.0; t.numel()]);
        for (j, &a) in analytic.iter().enumerate() {
            let numeric =
                (hvp_of(&bumped(&ts, i, j, h)) - hvp_of(&bumped(&ts, i, j, -h))) / (2.0 * h);
            assert!(
                close(a, numeric),
                "{name}: second derivative {i}[{j}] analytic {a} vs numeric {numeric}"
            );
        }
    }
}

fn bin(op: BinaryOp) -> F {
    Box::new(move |x: &[Var]| ops::binary(op, &x[0], &x[1], DType::F64, [false, false]))
}

fn un(op: UnaryOp) -> F {
    Box::new(move |x: &[Var]| ops::unary(op, &x[0], DType::F64))
}

#[test]
fn elementwise_binary_with_broadcasting() {
    let mut rng = Rng::new(rng::base_seed());
    let shapes: &[(&[usize], &[usize])] = &[
        (&[3, 4], &[3, 4]),
        (&[3, 1], &[4]),
        (&[2, 3, 4], &[3, 1]),
        (&[], &[5]),
    ];
    for (a, b) in shapes {
        for op in [
            BinaryOp::Add,
            BinaryOp::Sub,
            BinaryOp::Mul,
            BinaryOp::Div,
            BinaryOp::Maximum,
            BinaryOp::Minimum,
        ] {
            let specs = [spec(a, 0.5, 2.0), spec(b, 0.5, 2.0)];
            check(
                &format!("{op:?} {a:?} {b:?}"),
                bin(op),
                &specs,
                true,
                &mut rng,
            );
        }
        check(
            &format!("Pow {a:?} {b:?}"),
            bin(BinaryOp::Pow),
            &[spec(a, 0.5, 2.0), spec(b, -1.5, 1.5)],
            true,
            &mut rng,
        );
    }
    // Non-contiguous operands.
    let mut t = spec(&[3, 4], 0.5, 2.0);
    t.transposed = true;
    check(
        "Mul transposed",
        bin(BinaryOp::Mul),
        &[t.clone(), spec(&[3, 4], 0.5, 2.0)],
        true,
        &mut rng,
    );
    // Python-number operands (PowBackward0, RsubBackward1, 2 / x).
    let s = |c: f64| Var::constant(Tensor::scalar(c));
    let cases: Vec<(&str, F)> = vec![
        (
            "x ** 3",
            Box::new(move |x: &[Var]| {
                ops::binary(BinaryOp::Pow, &x[0], &s(3.0), DType::F64, [false, true])
            }),
        ),
        (
            "2 ** x",
            Box::new(move |x: &[Var]| {
                ops::binary(BinaryOp::Pow, &s(2.0), &x[0], DType::F64, [true, false])
            }),
        ),
        (
            "2 - x",
            Box::new(move |x: &[Var]| {
                ops::binary(BinaryOp::Sub, &s(2.0), &x[0], DType::F64, [true, false])
            }),
        ),
        (
            "2 / x",
            Box::new(move |x: &[Var]| {
                ops::binary(BinaryOp::Div, &s(2.0), &x[0], DType::F64, [true, false])
            }),
        ),
    ];
    for (name, f) in cases {
        check(name, f, &[spec(&[2, 3], 0.5, 2.0)], true, &mut rng);
    }
}

#[test]
fn elementwise_unary() {
    let mut rng = Rng::new(rng::base_seed() + 1);
    use UnaryOp::*;
    let ops: &[(UnaryOp, f64, f64)] = &[
        (Neg, -2.0, 2.0),
        (Abs, 0.1, 2.0),
        (Sqrt, 0.5, 3.0),
        (Square, -2.0, 2.0),
        (Exp, -2.0, 2.0),
        (Exp2, -2.0, 2.0),
        (Expm1, -2.0, 2.0),
        (Log, 0.5, 3.0),
        (Log2, 0.5, 3.0),
        (Log10, 0.5, 3.0),
        (Log1p, -0.5, 3.0),
        (Sin, -3.0, 3.0),
        (Cos, -3.0, 3.0),
        (Tan, -1.0, 1.0),
        (Arcsin, -0.8, 0.8),
        (Arccos, -0.8, 0.8),
        (Arctan, -3.0, 3.0),
        (Sinh, -2.0, 2.0),
        (Cosh, -2.0, 2.0),
        (Tanh, -2.0, 2.0),
        (Arcsinh, -2.0, 2.0),
        (Arccosh, 1.5, 3.0),
        (Arctanh, -0.8, 0.8),
        (Reciprocal, 0.5, 2.0),
        (Deg2Rad, -90.0, 90.0),
        (Rad2Deg, -2.0, 2.0),
        (Erf, -2.0, 2.0),
        (Erfc, -2.0, 2.0),
    ];
    for &(op, lo, hi) in ops {
        check(
            &format!("{op:?}"),
            un(op),
            &[spec(&[2, 3], lo, hi)],
            true,
            &mut rng,
        );
    }
    let mut t = spec(&[3, 2], 0.5, 2.0);
    t.transposed = true;
    check("Log transposed", un(Log), &[t], true, &mut rng);
    check(
        "sigmoid",
        Box::new(|x: &[Var]| ops::sigmoid(&x[0])),
        &[spec(&[4], -3.0, 3.0)],
        true,
        &mut rng,
    );
    check(
        "relu",
        Box::new(|x: &[Var]| ops::relu(&x[0])),
        &[spec(&[6], 0.1, 1.0)],
        false,
        &mut rng,
    );
    check(
        "relu (negative)",
        Box::new(|x: &[Var]| ops::relu(&x[0])),
        &[spec(&[6], -1.0, -0.1)],
        false,
        &mut rng,
    );
    check(
        "leaky_relu",
        Box::new(|x: &[Var]| nn::leaky_relu(&x[0], 0.1)),
        &[spec(&[6], -1.0, -0.1)],
        false,
        &mut rng,
    );
    check(
        "clamp",
        Box::new(|x: &[Var]| ops::clamp(&x[0], Some(-0.5), Some(0.5))),
        &[spec(&[8], -0.4, 0.4)],
        false,
        &mut rng,
    );
}

#[test]
fn reductions_over_each_axis() {
    let mut rng = Rng::new(rng::base_seed() + 2);
    let shape = [2, 3, 4];
    for d in 0..3 {
        for keep in [false, true] {
            let f: F = Box::new(move |x: &[Var]| ops::sum(&x[0], Some(&[d]), keep, DType::F64));
            check(
                &format!("sum dim {d} keep {keep}"),
                f,
                &[spec(&shape, -1.0, 1.0)],
                true,
                &mut rng,
            );
            let f: F = Box::new(move |x: &[Var]| ops::mean(&x[0], Some(&[d]), keep));
            check(
                &format!("mean dim {d} keep {keep}"),
                f,
                &[spec(&shape, -1.0, 1.0)],
                true,
                &mut rng,
            );
            let f: F =
                Box::new(move |x: &[Var]| ops::extreme_dim(&x[0], d, keep, true).map(|(v, _)| v));
            check(
                &format!("max dim {d} keep {keep}"),
                f,
                &[spec(&shape, -1.0, 1.0)],
                false,
                &mut rng,
            );
        }
        let f: F = Box::new(move |x: &[Var]| ops::softmax(&x[0], d));
        check(
            &format!("softmax dim {d}"),
            f,
            &[spec(&shape, -1.0, 1.0)],
            true,
            &mut rng,
        );
        let f: F = Box::new(move |x: &[Var]| ops::log_softmax(&x[0], d));
        check(
            &format!("log_softmax dim {d}"),
            f,
            &[spec(&shape, -1.0, 1.0)],
            true,
            &mut rng,
        );
    }
    check(
        "sum all",
        Box::new(|x: &[Var]| ops::sum(&x[0], None, false, DType::F64)),
        &[spec(&shape, -1.0, 1.0)],
        true,
        &mut rng,
    );
    check(
        "mean all",
        Box::new(|x: &[Var]| ops::mean(&x[0], None, false)),
        &[spec(&shape, -1.0, 1.0)],
        true,
        &mut rng,
    );
    check(
        "max all",
        Box::new(|x: &[Var]| ops::extreme_all(&x[0], true)),
        &[spec(&shape, -1.0, 1.0)],
        false,
        &mut rng,
    );
    check(
        "min all",
        Box::new(|x: &[Var]| ops::extreme_all(&x[0], false)),
        &[spec(&shape, -1.0, 1.0)],
        false,
        &mut rng,
    );
}

#[test]
fn shapes_views_and_joins() {
    let mut rng = Rng::new(rng::base_seed() + 3);
    // Each view composed with a product by the input, so second derivatives are not trivially zero.
    let sq = |v: GResult<Var>| v.and_then(|v| ops::mul(&v, &v));
    let cases: Vec<(&str, F, Vec<usize>)> = vec![
        (
            "reshape",
            Box::new(move |x: &[Var]| sq(ops::reshape(&x[0], &[3, 4]))),
            vec![2, 6],
        ),
        (
            "permute",
            Box::new(move |x: &[Var]| sq(ops::permute(&x[0], &[2, 0, 1]))),
            vec![2, 3, 4],
        ),
        (
            "transpose",
            Box::new(move |x: &[Var]| sq(ops::transpose(&x[0], 0, 1, false))),
            vec![2, 3],
        ),
        (
            "expand",
            Box::new(move |x: &[Var]| sq(ops::expand(&x[0], &[4, 3]))),
            vec![1, 3],
        ),
        (
            "unsqueeze",
            Box::new(move |x: &[Var]| sq(ops::unsqueeze(&x[0], 1))),
            vec![2, 3],
        ),
        (
            "squeeze",
            Box::new(move |x: &[Var]| sq(ops::squeeze(&x[0], &[1], SqueezeName::Dim))),
            vec![2, 1, 3],
        ),
        (
            "select",
            Box::new(move |x: &[Var]| sq(ops::select(&x[0], 1, 2))),
            vec![2, 4],
        ),
        (
            "slice",
            Box::new(move |x: &[Var]| sq(ops::slice(&x[0], 1, 1, 2, 2))),
            vec![2, 5],
        ),
        (
            "clone",
            Box::new(move |x: &[Var]| sq(ops::clone(&x[0]))),
            vec![3],
        ),
    ];
    for (name, f, shape) in cases {
        check(name, f, &[spec(&shape, -1.0, 1.0)], true, &mut rng);
    }
    let cat: F = Box::new(|x: &[Var]| {
        ops::cat(&[x[0].clone(), x[1].clone()], 1, DType::F64).and_then(|v| ops::mul(&v, &v))
    });
    check(
        "cat",
        cat,
        &[spec(&[2, 3], -1.0, 1.0), spec(&[2, 2], -1.0, 1.0)],
        true,
        &mut rng,
    );
    let stack: F = Box::new(|x: &[Var]| {
        ops::stack(&[x[0].clone(), x[1].clone()], 0, DType::F64).and_then(|v| ops::mul(&v, &v))
    });
    check(
        "stack",
        stack,
        &[spec(&[2, 3], -1.0, 1.0), spec(&[2, 3], -1.0, 1.0)],
        true,
        &mut rng,
    );
    // Advanced indexing as positions, with a repeat (gradients accumulate there).
    let pos = Tensor::from_vec(vec![4i64, 0, 4, 2], vec![2, 2]);
    let take: F = Box::new(move |x: &[Var]| ops::take(&x[0], &pos).and_then(|v| ops::mul(&v, &v)));
    check("take", take, &[spec(&[2, 3], -1.0, 1.0)], true, &mut rng);
    let cond = Tensor::from_vec(vec![true, false, true, true, false, false], vec![2, 3]);
    let wh: F = Box::new(move |x: &[Var]| {
        ops::where_(&cond, &x[0], &x[1], DType::F64).and_then(|v| ops::mul(&v, &v))
    });
    check(
        "where",
        wh,
        &[spec(&[2, 3], -1.0, 1.0), spec(&[3], -1.0, 1.0)],
        true,
        &mut rng,
    );
}

#[test]
fn index_writes_and_windows() {
    use nabla::autograd::index_ops::{self as iops, Combine};
    let mut rng = Rng::new(rng::base_seed() + 7);
    // Adds get a repeated position (both values accumulate there). A write with a repeat keeps only one value
    // while its gradient (like PyTorch's) gives every source element the output's gradient, so writes are
    // checked at distinct positions.
    let distinct = Tensor::from_vec(vec![4i64, 0, 5, 2], vec![2, 2]);
    let repeated = Tensor::from_vec(vec![4i64, 0, 4, 2], vec![2, 2]);
    for (name, how, p) in [
        ("put (scatter)", Combine::Write, distinct),
        (
            "put (scatter_add)",
            Combine::Reduce(BinaryOp::Add, true),
            repeated.clone(),
        ),
        (
            "put (scatter_reduce sum, without self)",
            Combine::Reduce(BinaryOp::Add, false),
            repeated,
        ),
    ] {
        let f: F = Box::new(move |x: &[Var]| {
            iops::put(&x[0], &p, &x[1], how, "ScatterBackward0").and_then(|v| ops::mul(&v, &v))
        });
        check(
            name,
            f,
            &[spec(&[2, 3], -1.0, 1.0), spec(&[2, 1], -1.0, 1.0)],
            true,
            &mut rng,
        );
    }
    let unfold: F =
        Box::new(|x: &[Var]| iops::unfold(&x[0], 1, 3, 2).and_then(|v| ops::mul(&v, &v)));
    check(
        "unfold",
        unfold,
        &[spec(&[2, 7], -1.0, 1.0)],
        true,
        &mut rng,
    );
    let copy: F =
        Box::new(|x: &[Var]| iops::copy_from(&x[0], &x[1]).and_then(|v| ops::mul(&v, &v)));
    check(
        "copy_",
        copy,
        &[spec(&[2, 3], -1.0, 1.0), spec(&[3], -1.0, 1.0)],
        true,
        &mut rng,
    );
}

#[test]
fn matrix_products() {
    let mut rng = Rng::new(rng::base_seed() + 4);
    let mm = |x: &[Var]| {
        ops::matmul(&x[0], &x[1], DType::F64).map_err(|e| match e {
            MatmulFailure::Grad(e) => e,
            MatmulFailure::Shapes(e) => nabla::autograd::GradError::Runtime(format!("{e:?}")),
        })
    };
    let shapes: &[(&[usize], &[usize])] = &[
        (&[3], &[3]),
        (&[2, 3], &[3, 4]),
        (&[2, 3], &[3]),
        (&[3], &[3, 2]),
        (&[2, 2, 3], &[3, 4]),
        (&[2, 1, 2, 3], &[3, 3, 2]),
        (&[3], &[2, 3, 2]),
    ];
    for (a, b) in shapes {
        check(
            &format!("matmul {a:?} @ {b:?}"),
            Box::new(mm),
            &[spec(a, -1.0, 1.0), spec(b, -1.0, 1.0)],
            true,
            &mut rng,
        );
    }
    let mut t = spec(&[3, 2], -1.0, 1.0);
    t.transposed = true;
    check(
        "matmul transposed",
        Box::new(mm),
        &[t, spec(&[2, 2], -1.0, 1.0)],
        true,
        &mut rng,
    );
}

#[test]
fn losses() {
    let mut rng = Rng::new(rng::base_seed() + 5);
    for r in [Reduction::Mean, Reduction::Sum, Reduction::None] {
        let f: F = Box::new(move |x: &[Var]| nn::mse_loss(&x[0], &x[1], r));
        check(
            &format!("mse {r:?}"),
            f,
            &[spec(&[2, 3], -1.0, 1.0), spec(&[2, 3], -1.0, 1.0)],
            true,
            &mut rng,
        );
        let y = Var::constant(Tensor::from_vec(vec![1.0, 0.0, 1.0, 0.0], vec![4]));
        let w = Var::constant(Tensor::from_vec(vec![1.0, 2.0, 0.5, 1.5], vec![4]));
        let pw = Var::constant(Tensor::from_vec(vec![2.0, 0.5, 1.0, 3.0], vec![4]));
        for (weight, pos_weight) in [
            (None, None),
            (Some(w.clone()), None),
            (None, Some(pw.clone())),
            (Some(w), Some(pw)),
        ] {
            let tag = format!(
                "{r:?} weight {} pos_weight {}",
                weight.is_some(),
                pos_weight.is_some()
            );
            let y = y.clone();
            let bce = move |x: &Var, logits: bool| {
                let b = nn::Bce {
                    x: x.clone(),
                    y: y.clone(),
                    weight: weight.clone(),
                    pos_weight: if logits { pos_weight.clone() } else { None },
                    r,
                };
                if logits {
                    nn::bce_with_logits(b)
                } else {
                    nn::binary_cross_entropy(b)
                }
            };
            let plain = bce.clone();
            let f: F = Box::new(move |x: &[Var]| plain(&x[0], false));
            check(
                &format!("bce {tag}"),
                f,
                &[spec(&[4], 0.1, 0.9)],
                true,
                &mut rng,
            );
            let f: F = Box::new(move |x: &[Var]| bce(&x[0], true));
            check(
                &format!("bce_with_logits {tag}"),
                f,
                &[spec(&[4], -2.0, 2.0)],
                true,
                &mut rng,
            );
        }
        let target = Tensor::from_vec(vec![2i64, 0, -100], vec![3]);
        let t2 = target.clone();
        let f: F = Box::new(move |x: &[Var]| nn::nll_loss(&x[0], &target, None, r, -100));
        check(
            &format!("nll {r:?}"),
            f,
            &[spec(&[3, 4], -2.0, 0.0)],
            false,
            &mut rng,
        );
        let cw = Tensor::from_vec(vec![1.0, 2.0, 0.5, 3.0], vec![4]);
        let f: F = Box::new(move |x: &[Var]| nn::nll_loss(&x[0], &t2, Some(&cw), r, -100));
        check(
            &format!("nll weighted {r:?}"),
            f,
            &[spec(&[3, 4], -2.0, 0.0)],
            false,
            &mut rng,
        );
        for (smooth, delta) in [(true, 0.7), (false, 0.7), (true, 1.5), (false, 2.0)] {
            let f: F = Box::new(move |x: &[Var]| {
                nn::huber_loss(nn::Huber {
                    a: x[0].clone(),
                    b: x[1].clone(),
                    delta,
                    smooth,
                    r,
                })
            });
            check(
                &format!("huber smooth={smooth} delta={delta} {r:?}"),
                f,
                &[spec(&[2, 3], -2.0, 2.0), spec(&[2, 3], -2.0, 2.0)],
                false,
                &mut rng,
            );
        }
    }
}

#[test]
fn activations() {
    use nabla::autograd::activation::{activation, Act};
    let mut rng = Rng::new(rng::base_seed() + 11);
    let acts = [
        Act::Gelu { tanh: false },
        Act::Gelu { tanh: true },
        Act::Elu {
            alpha: 1.0,
            scale: 1.0,
            input_scale: 1.0,
        },
        Act::Elu {
            alpha: 1.6732632423543772,
            scale: 1.0507009873554805,
            input_scale: 1.0,
        },
        Act::Celu { alpha: 2.0 },
        Act::Silu,
        Act::Mish,
        Act::Softplus {
            beta: 1.0,
            threshold: 20.0,
        },
        Act::Softplus {
            beta: 2.0,
            threshold: 1.0,
        },
        Act::Hardtanh {
            min: -1.0,
            max: 1.0,
        },
        Act::Hardswish,
        Act::Hardsigmoid,
        Act::LogSigmoid,
        Act::Softshrink(0.5),
        Act::Hardshrink(0.5),
    ];
    for act in acts {
        // Points away from the kinks (|x| = 0.5, 1, 3), where finite differences are not derivatives.
        let f: F = Box::new(move |x: &[Var]| activation(act, &x[0]));
        check(
            &format!("{act:?}"),
            f,
            &[spec(&[2, 3], -4.0, 4.0)],
            true,
            &mut rng,
        );
    }
}

#[test]
fn padding_scaling_and_masking() {
    let mut rng = Rng::new(rng::base_seed() + 12);
    let f: F = Box::new(|x: &[Var]| ops::constant_pad(&x[0], &[(1, 2), (-1, 1)], 3.0));
    check(
        "constant_pad",
        f,
        &[spec(&[3, 4], -1.0, 1.0)],
        true,
        &mut rng,
    );
    let f: F = Box::new(|x: &[Var]| ops::scale(&x[0], 3.0, true));
    check("scale div", f, &[spec(&[2, 3], -1.0, 1.0)], true, &mut rng);
    let f: F = Box::new(|x: &[Var]| ops::scale(&x[0], -2.5, false));
    check("scale mul", f, &[spec(&[2, 3], -1.0, 1.0)], true, &mut rng);
    let m = Tensor::from_vec(vec![true, false, true], vec![3]);
    let f: F = Box::new(move |x: &[Var]| ops::masked_fill(&x[0], &m, 7.0));
    check(
        "masked_fill",
        f,
        &[spec(&[2, 3], -1.0, 1.0)],
        true,
        &mut rng,
    );
}

#[test]
fn gradients_accumulate_and_respect_retain_graph() {
    let x = Var::leaf(Tensor::from_vec(vec![1.0f64, 2.0], vec![2]), true);
    let y = ops::mul(&x, &x)
        .and_then(|y| ops::sum(&y, None, false, DType::F64))
        .expect("forward");
    let one = Var::constant(Tensor::scalar(1.0f64));
    let keep = Pass {
        retain_graph: true,
        create_graph: false,
        capture: None,
    };
    engine::run(&[(y.clone(), one.clone())], &keep).expect("first");
    engine::run(
        &[(y.clone(), one.clone())],
        &Pass {
            retain_graph: false,
            ..keep
        },
    )
    .expect("second");
    let g = x
        .meta
        .as_ref()
        .and_then(|m| m.grad.borrow().clone())
        .expect("grad");
    assert_eq!(g.t.to_vec::<f64>(), vec![4.0, 8.0]);
    // The graph is freed now: MulBackward0 saved tensors.
    let third = engine::run(
        &[(y, one)],
        &Pass {
            retain_graph: false,
            create_graph: false,
            capture: None,
        },
    );
    assert!(
        matches!(third, Err(nabla::autograd::GradError::Runtime(m)) if m.starts_with("Trying to backward through the graph a second time"))
    );
}

#[test]
fn writing_a_saved_tensor_in_place_fails_backward() {
    let x = Var::leaf(Tensor::from_vec(vec![1.0f64, 2.0], vec![2]), true);
    // exp keeps its output; writing it in place (a version bump) must make backward refuse.
    let y = ops::unary(UnaryOp::Exp, &x, DType::F64).expect("exp");
    let s = ops::sum(&y, None, false, DType::F64).expect("sum");
    nabla::autograd::bump_version(&y.t);
    let one = Var::constant(Tensor::scalar(1.0f64));
    let r = engine::run(
        &[(s, one)],
        &Pass {
            retain_graph: false,
            create_graph: false,
            capture: None,
        },
    );
    assert!(
        matches!(&r, Err(nabla::autograd::GradError::Runtime(m)) if m.contains("which is output 0 of Exp, is at version 1; expected version 0")),
        "{:?}",
        r.err()
    );
}

#[test]
fn torch_math_library_ops() {
    use nabla::autograd::elementwise as ew;
    use nabla::autograd::rules::ClampName;
    let mut rng = Rng::new(rng::base_seed() + 11);
    let pair = |a: Spec, b: Spec| [a, b];
    let cases: Vec<(&str, F, Vec<Spec>)> = vec![
        (
            "add alpha",
            Box::new(|x: &[Var]| ew::add_alpha(&x[0], &x[1], 2.5, false, DType::F64)),
            pair(spec(&[3, 4], -1.0, 1.0), spec(&[4], -1.0, 1.0)).to_vec(),
        ),
        (
            "sub alpha",
            Box::new(|x: &[Var]| ew::add_alpha(&x[0], &x[1], -0.5, true, DType::F64)),
            pair(spec(&[3, 1], -1.0, 1.0), spec(&[4], -1.0, 1.0)).to_vec(),
        ),
        (
            "remainder",
            bin(BinaryOp::Mod),
            pair(spec(&[3, 4], 5.2, 5.8), spec(&[4], 2.0, 2.2)).to_vec(),
        ),
        (
            "fmod",
            Box::new(|x: &[Var]| ew::fmod(&x[0], &x[1], DType::F64, false)),
            pair(spec(&[3, 4], -5.8, -5.2), spec(&[4], 2.0, 2.2)).to_vec(),
        ),
        (
            "atan2",
            bin(BinaryOp::Arctan2),
            pair(spec(&[3, 4], -2.0, 2.0), spec(&[3, 4], 0.5, 2.0)).to_vec(),
        ),
        (
            "hypot",
            bin(BinaryOp::Hypot),
            pair(spec(&[2, 3], 0.5, 2.0), spec(&[3], -2.0, -0.5)).to_vec(),
        ),
        (
            "rsqrt",
            Box::new(|x: &[Var]| ew::rsqrt(&x[0])),
            vec![spec(&[2, 3], 0.5, 2.0)],
        ),
        (
            "frac",
            Box::new(|x: &[Var]| ew::frac(&x[0])),
            vec![spec(&[2, 3], 1.1, 1.9)],
        ),
        (
            "logit",
            Box::new(|x: &[Var]| ew::logit(&x[0], None)),
            vec![spec(&[2, 3], 0.2, 0.8)],
        ),
        (
            "logit eps",
            Box::new(|x: &[Var]| ew::logit(&x[0], Some(0.1))),
            vec![spec(&[2, 3], 0.2, 0.8)],
        ),
        (
            "nan_to_num",
            Box::new(|x: &[Var]| ew::nan_to_num(&x[0], 0.0, None, None)),
            vec![spec(&[2, 3], -2.0, 2.0)],
        ),
        (
            "clamp_min",
            Box::new(|x: &[Var]| ew::clamp_named(&x[0], Some(0.05), None, ClampName::Min)),
            vec![spec(&[2, 3], -1.0, 1.0)],
        ),
        (
            "clamp tensor bounds",
            Box::new(|x: &[Var]| {
                ew::clamp_tensor(
                    &x[0],
                    Some(&x[1]),
                    Some(&x[2]),
                    DType::F64,
                    ClampName::Clamp,
                )
            }),
            vec![
                spec(&[3, 4], -2.0, 2.0),
                spec(&[4], -1.0, 0.0),
                spec(&[3, 1], 0.05, 1.0),
            ],
        ),
    ];
    for (name, f, specs) in cases {
        check(name, f, &specs, true, &mut rng);
    }
}

#[test]
fn rearranging_ops() {
    use nabla::autograd::arrange;
    let mut rng = Rng::new(rng::base_seed() + 11);
    // Each op is squared after, so second derivatives are not trivially zero; the matrices are also checked
    // as non-contiguous (transposed) views.
    let square = |v: Var| ops::mul(&v, &v);
    let mat = spec(&[3, 4], -1.0, 1.0);
    let mat_t = Spec {
        transposed: true,
        ..mat.clone()
    };
    let cases: Vec<(&str, F, Vec<Spec>)> = vec![
        (
            "tril",
            Box::new(move |x: &[Var]| arrange::triangle(&x[0], 0, true).and_then(square)),
            vec![mat_t.clone()],
        ),
        (
            "triu(1) batched",
            Box::new(move |x: &[Var]| arrange::triangle(&x[0], 1, false).and_then(square)),
            vec![spec(&[2, 3, 3], -1.0, 1.0)],
        ),
        (
            "diag of a vector (k=-1)",
            Box::new(move |x: &[Var]| arrange::diag_embed(&x[0], -1).and_then(square)),
            vec![spec(&[3], -1.0, 1.0)],
        ),
        (
            "diag of a matrix (k=1)",
            Box::new(move |x: &[Var]| arrange::diagonal_copy(&x[0], 1).and_then(square)),
            vec![mat_t.clone()],
        ),
        (
            "trace",
            Box::new(move |x: &[Var]| arrange::trace(&x[0]).and_then(square)),
            vec![mat_t.clone()],
        ),
        (
            "roll along dims",
            Box::new(move |x: &[Var]| arrange::roll(&x[0], &[1, -2], &[0, 1]).and_then(square)),
            vec![mat_t.clone()],
        ),
        (
            "roll flattened",
            Box::new(move |x: &[Var]| arrange::roll(&x[0], &[5], &[]).and_then(square)),
            vec![mat.clone()],
        ),
        (
            "repeat with a new dim",
            Box::new(move |x: &[Var]| arrange::repeat(&x[0], &[2, 1, 2]).and_then(square)),
            vec![mat_t.clone()],
        ),
    ];
    for (name, f, specs) in cases {
        check(name, f, &specs, true, &mut rng);
    }
}

#[test]
fn dropout_is_a_product_with_its_mask() {
    // PyTorch's CPU dropout is `input * mask` (MulBackward0), the mask `bernoulli_(1 - p) / (1 - p)`.
    use nabla::tensor::random::torch_cpu::TorchGenerator;
    let mut rng = Rng::new(rng::base_seed() + 41);
    let mut g = TorchGenerator::new(0);
    let p = 0.4;
    let keep: Vec<f64> = (0..12)
        .map(|_| g.bernoulli(1.0 - p, true) as u8 as f64 / (1.0 - p))
        .collect();
    let mask = Tensor::from_vec(keep, vec![3, 4]);
    let f: F = Box::new(move |x: &[Var]| {
        ops::mul(&x[0], &Var::constant(mask.clone())).and_then(|y| ops::mul(&y, &y))
    });
    check("dropout", f, &[spec(&[3, 4], -2.0, 2.0)], true, &mut rng);
}

/// A square matrix made well conditioned: `x + c I` (c = the order), so inverses and solves stay tame.
fn shifted(x: &Var) -> GResult<Var> {
    let n = x.t.shape[x.t.ndim() - 1];
    let eye: Vec<f64> = (0..n * n)
        .map(|k| if k / n == k % n { n as f64 } else { 0.0 })
        .collect();
    ops::add(x, &Var::constant(Tensor::from_vec(eye, vec![n, n])))
}

/// A symmetric positive-definite matrix from any square `x`: `x x^T + n I`, with distinct eigenvalues almost
/// surely.
fn spd(x: &Var) -> GResult<Var> {
    let xt = ops::mt(x)?;
    let p = ops::matmul(x, &xt, DType::F64).map_err(|e| match e {
        MatmulFailure::Grad(e) => e,
        MatmulFailure::Shapes(e) => nabla::autograd::GradError::Runtime(format!("{e:?}")),
    })?;
    shifted(&p)
}

/// Singular and eigen vectors are determined up to sign; their squares are not, so finite differences can check
/// them.
fn squared(v: &Var) -> GResult<Var> {
    ops::mul(v, v)
}

#[test]
fn linear_algebra() {
    use nabla::autograd::linalg::{self as la, Triangular};
    let mut rng = Rng::new(rng::base_seed() + 11);
    let sq = |n: usize| spec(&[n, n], -1.0, 1.0);
    let batch = spec(&[2, 3, 3], -1.0, 1.0);
    check(
        "inv",
        Box::new(|x: &[Var]| la::inv(&shifted(&x[0])?, "inv")),
        &[sq(3)],
        true,
        &mut rng,
    );
    check(
        "inv batched",
        Box::new(|x: &[Var]| la::inv(&shifted(&x[0])?, "inv")),
        &[batch.clone()],
        false,
        &mut rng,
    );
    check(
        "det",
        Box::new(|x: &[Var]| la::det(&shifted(&x[0])?)),
        &[sq(3)],
        true,
        &mut rng,
    );
    check(
        "det batched",
        Box::new(|x: &[Var]| la::det(&shifted(&x[0])?)),
        &[batch.clone()],
        false,
        &mut rng,
    );
    check(
        "slogdet",
        Box::new(|x: &[Var]| Ok(la::slogdet(&shifted(&x[0])?)?.1)),
        &[sq(3)],
        true,
        &mut rng,
    );
    check(
        "solve matrix",
        Box::new(|x: &[Var]| la::solve(&shifted(&x[0])?, &x[1], false, "solve")),
        &[sq(3), spec(&[3, 2], -1.0, 1.0)],
        true,
        &mut rng,
    );
    check(
        "solve vector",
        Box::new(|x: &[Var]| la::solve(&shifted(&x[0])?, &x[1], true, "solve")),
        &[sq(3), spec(&[3], -1.0, 1.0)],
        false,
        &mut rng,
    );
    for (upper, left, unit) in [
        (true, true, false),
        (false, true, false),
        (true, false, false),
        (false, true, true),
    ] {
        let tri = Triangular { upper, left, unit };
        let b = if left {
            spec(&[3, 2], -1.0, 1.0)
        } else {
            spec(&[2, 3], -1.0, 1.0)
        };
        check(
            &format!("solve_triangular upper={upper} left={left} unit={unit}"),
            Box::new(move |x: &[Var]| la::solve_triangular(&shifted(&x[0])?, &x[1], tri)),
            &[sq(3), b],
            false,
            &mut rng,
        );
    }
    check(
        "cholesky",
        Box::new(|x: &[Var]| la::cholesky(&spd(&x[0])?, false, "cholesky")),
        &[sq(3)],
        true,
        &mut rng,
    );
    check(
        "cholesky upper",
        Box::new(|x: &[Var]| la::cholesky(&spd(&x[0])?, true, "cholesky")),
        &[sq(3)],
        false,
        &mut rng,
    );
    check(
        "eigh values",
        Box::new(|x: &[Var]| Ok(la::eigh(&spd(&x[0])?, false, "eigh")?.0)),
        &[sq(3)],
        true,
        &mut rng,
    );
    check(
        "eigh vectors",
        Box::new(|x: &[Var]| squared(&la::eigh(&spd(&x[0])?, false, "eigh")?.1)),
        &[sq(3)],
        false,
        &mut rng,
    );
    for shape in [[3usize, 3], [4, 2], [2, 4]] {
        let s = spec(&shape, -1.0, 1.0);
        check(
            &format!("svd S {shape:?}"),
            Box::new(|x: &[Var]| Ok(la::svd(&x[0], false, "svd")?.1)),
            &[s.clone()],
            true,
            &mut rng,
        );
        check(
            &format!("svd U {shape:?}"),
            Box::new(|x: &[Var]| squared(&la::svd(&x[0], false, "svd")?.0)),
            &[s.clone()],
            false,
            &mut rng,
        );
        check(
            &format!("svd Vh {shape:?}"),
            Box::new(|x: &[Var]| squared(&la::svd(&x[0], false, "svd")?.2)),
            &[s.clone()],
            false,
            &mut rng,
        );
        check(
            &format!("qr Q {shape:?}"),
            Box::new(|x: &[Var]| Ok(la::qr(&x[0], false, true)?.0)),
            &[s.clone()],
            false,
            &mut rng,
        );
        check(
            &format!("qr R {shape:?}"),
            Box::new(|x: &[Var]| Ok(la::qr(&x[0], false, true)?.1)),
            &[s.clone()],
            false,
            &mut rng,
        );
        check(
            &format!("pinv {shape:?}"),
            Box::new(|x: &[Var]| la::pinv(&x[0], 0.0, 1e-15, "pinv")),
            &[s],
            false,
            &mut rng,
        );
    }
}

/// Complex numbers from real (re, im) pairs along the last axis: complex inputs for the checks below, which see
/// only real tensors (the finite differences move each real and imaginary part).
fn complex_in(x: &Var) -> GResult<Var> {
    nabla::autograd::complex::view_as_complex(x)
}

/// A real, nonlinear read-out of a complex result: its parts squared (so second derivatives are not all zero).
fn parts_squared(y: Var) -> GResult<Var> {
    let p = if y.dtype().is_complex() {
        nabla::autograd::complex::view_as_real(&y)?
    } else {
        y
    };
    ops::mul(&p, &p)
}

#[test]
fn fft_transforms_of_each_kind() {
    use nabla::autograd::fft;
    let mut rng = Rng::new(rng::base_seed() + 43);
    let third = 1.0 / 3.0;
    let cases: Vec<(&str, F, Vec<Spec>)> = vec![
        (
            "fft of complex input (c2c forward)",
            Box::new(|x: &[Var]| parts_squared(fft::c2c(&complex_in(&x[0])?, &[0], true, &[1.0])?)),
            vec![spec(&[5, 2], -1.0, 1.0)],
        ),
        (
            "ifft2 of complex input, ortho scales",
            Box::new(move |x: &[Var]| {
                let s = [1.0 / 3f64.sqrt(), 0.5];
                parts_squared(fft::c2c(&complex_in(&x[0])?, &[0, 1], false, &s)?)
            }),
            vec![spec(&[3, 4, 2], -1.0, 1.0)],
        ),
        (
            "rfft of an odd length (one-sided r2c)",
            Box::new(|x: &[Var]| parts_squared(fft::r2c(&x[0], &[0], &[1.0], true)?)),
            vec![spec(&[7], -1.0, 1.0)],
        ),
        (
            "rfft along dim 0 of a matrix, even length, forward norm",
            Box::new(|x: &[Var]| parts_squared(fft::r2c(&x[0], &[0], &[0.25], true)?)),
            vec![spec(&[4, 3], -1.0, 1.0)],
        ),
        (
            "rfftn over two dims",
            Box::new(move |x: &[Var]| {
                parts_squared(fft::r2c(&x[0], &[0, 1], &[third, 1.0], true)?)
            }),
            vec![spec(&[3, 4], -1.0, 1.0)],
        ),
        (
            "fft of real input (full r2c) and its conjugate (ifft)",
            Box::new(|x: &[Var]| {
                let y = fft::r2c(&x[0], &[0], &[1.0 / 6.0], false)?;
                parts_squared(nabla::autograd::complex::conj(&y)?)
            }),
            vec![spec(&[6], -1.0, 1.0)],
        ),
        (
            "irfft to an even length (c2r)",
            Box::new(|x: &[Var]| {
                parts_squared(fft::c2r(&complex_in(&x[0])?, &[0], &[1.0 / 6.0], 6)?)
            }),
            vec![spec(&[4, 2], -1.0, 1.0)],
        ),
        (
            "irfft to an odd length (c2r)",
            Box::new(|x: &[Var]| parts_squared(fft::c2r(&complex_in(&x[0])?, &[0], &[1.0], 7)?)),
            vec![spec(&[4, 2], -1.0, 1.0)],
        ),
        (
            "irfftn over two dims",
            Box::new(move |x: &[Var]| {
                parts_squared(fft::c2r(&complex_in(&x[0])?, &[0, 1], &[third, 0.25], 4)?)
            }),
            vec![spec(&[3, 3, 2], -1.0, 1.0)],
        ),
        (
            "fft with the input cropped and padded (n, s)",
            Box::new(|x: &[Var]| {
                let z = fft::resize(&complex_in(&x[0])?, &[0, 1], &[Some(2), Some(5)])?;
                parts_squared(fft::c2c(&z, &[0, 1], true, &[1.0, 1.0])?)
            }),
            vec![spec(&[3, 4, 2], -1.0, 1.0)],
        ),
    ];
    for (name, f, specs) in cases {
        check(name, f, &specs, true, &mut rng);
    }
}

#[test]
fn complex_elementwise_rules() {
    use nabla::autograd::complex;
    let mut rng = Rng::new(rng::base_seed() + 47);
    let z = || spec(&[4, 2], 0.2, 1.5);
    let cases: Vec<(&str, F, Vec<Spec>)> = vec![
        (
            "abs of complex",
            Box::new(|x: &[Var]| {
                ops::unary(UnaryOp::Abs, &complex_in(&x[0])?, DType::C128).and_then(parts_squared)
            }),
            vec![z()],
        ),
        (
            "angle of complex",
            Box::new(|x: &[Var]| complex::angle(&complex_in(&x[0])?).and_then(parts_squared)),
            vec![z()],
        ),
        (
            "real and imaginary parts",
            Box::new(|x: &[Var]| {
                let c = complex_in(&x[0])?;
                ops::mul(&complex::part(&c, false)?, &complex::part(&c, true)?)
            }),
            vec![z()],
        ),
        (
            "complex product and quotient",
            Box::new(|x: &[Var]| {
                let (a, b) = (complex_in(&x[0])?, complex_in(&x[1])?);
                parts_squared(ops::div(
                    &ops::mul(&a, &complex::conj(&b)?)?,
                    &ops::add(&a, &b)?,
                )?)
            }),
            vec![z(), z()],
        ),
        (
            "complex times real, squared and exp",
            Box::new(|x: &[Var]| {
                let a = complex_in(&x[0])?;
                let p = ops::binary(BinaryOp::Mul, &a, &x[1], DType::C128, [false, false])?;
                parts_squared(ops::unary(
                    UnaryOp::Exp,
                    &ops::pow_scalar(&p, 2.0)?,
                    DType::C128,
                )?)
            }),
            vec![z(), spec(&[4], -1.0, 1.0)],
        ),
        (
            "complex from real and imaginary parts",
            Box::new(|x: &[Var]| {
                let c = complex::complex(&x[0], &x[1])?;
                parts_squared(ops::mul(&c, &c)?)
            }),
            vec![spec(&[3], -1.0, 1.0), spec(&[3], -1.0, 1.0)],
        ),
        (
            "complex matrix product",
            Box::new(|x: &[Var]| {
                let (a, b) = (complex_in(&x[0])?, complex_in(&x[1])?);
                let p = ops::matmul(&a, &b, DType::C128)
                    .map_err(|_| nabla::autograd::GradError::Runtime("matmul".into()))?;
                parts_squared(p)
            }),
            vec![spec(&[2, 3, 2], -1.0, 1.0), spec(&[3, 2, 2], -1.0, 1.0)],
        ),
    ];
    for (name, f, specs) in cases {
        check(name, f, &specs, true, &mut rng);
    }
}
