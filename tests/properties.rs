//! Property tests for the tensor kernels: random shapes, strides (transposes, negative steps, selects,
//! broadcasts, unsqueezes), dtypes, values and broadcasting patterns run through the fast CPU paths
//! (`ops`, `reduce`, `index`, `Tensor::astype`) and through the reference backend
//! (`nabla::tensor::reference`), and the two must agree: same dtype, same shape, bitwise-identical elements
//! (any NaN equals any NaN; `-0.0` and `0.0` differ), and an error on one side only when the other errs too.
//!
//! Every case draws from its own deterministic generator (splitmix64), seeded from the family, the case number
//! and `NABLA_PROP_SEED` (a fixed default, so a failure reproduces; set it to explore other cases). A failure
//! report names the seed, family and case, and prints the operands' dtype, shape, strides, offset and values.
//! `NABLA_PROP_SCALE` multiplies the number of cases (default 1). A few cases per family are large (above the
//! kernels' parallel threshold of 2^18 elements) so the rayon splits are compared too.

use nabla::tensor::dtype::{promote, DType};
use nabla::tensor::element::Buffer;
use nabla::tensor::element::{C32, C64};
use nabla::tensor::index;
use nabla::tensor::layout::Order;
use nabla::tensor::ops::{self, BinaryOp, CompareOp, UnaryOp};
use nabla::tensor::reduce::{self, ReduceOp};
use nabla::tensor::reference::{self, Scalar};
use nabla::tensor::{TResult, Tensor};
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

// ------------------------------------------------------------------------------------------------ random

#[path = "support/rng.rs"]
mod rng;
use rng::{base_seed, case_rng, scale, Rng};

// ------------------------------------------------------------------------------------------------ values

/// Floats that sit on rounding, overflow and sign boundaries of every float dtype.
const SPECIAL_F64: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -0.5,
    1.5,
    2.5,
    -2.5,
    3.0,
    -7.0,
    0.49999999999999994,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::MIN_POSITIVE,
    5e-324,
    -5e-324,
    f64::MAX,
    f64::MIN,
    1e300,
    -1e-300,
    1e-45,
    1.1754943508222875e-38,
    3.4028234663852886e38,
    3.5e38,
    65504.0,
    65520.0,
    -65536.0,
    6e-8,
    6.103515625e-5,
    9007199254740993.0,
    9.3e18,
    -9.3e18,
    1.8e19,
    2.0e19,
    1e20,
    300.7,
    -129.5,
    std::f64::consts::PI,
    710.0,
    -745.5,
    // Just above a float16 / bfloat16 rounding tie, by a bit beyond the 20 mantissa bits `half`'s f64 path
    // reads: the correct rounding goes up, a truncated one would see a tie and go to even.
    1.0 + 1.0 / 2048.0 + 1.0 / 8388608.0,
    1.0 + 1.0 / 256.0 + 1.0 / 8388608.0,
    -(1.0 + 1.0 / 2048.0 + 1.0 / 1099511627776.0),
];

fn random_f64(rng: &mut Rng) -> f64 {
    match rng.below(10) {
        0 | 1 => rng.pick(SPECIAL_F64),
        // Small integers and halves: exact floor division, remainders, ties for rint, equal comparisons.
        2 | 3 => (rng.below(17) as f64 - 8.0) / if rng.chance(0.3) { 2.0 } else { 1.0 },
        // Any magnitude, tiny (subnormal) to huge.
        4 => {
            let m = 1.0 + rng.unit();
            let e = rng.below(2098) as i32 - 1074;
            let v = m
                * 2f64.powi(e.clamp(-1022, 1023))
                * if e < -1022 { 2f64.powi(e + 1022) } else { 1.0 };
            if rng.chance(0.5) {
                -v
            } else {
                v
            }
        }
        _ => (rng.unit() * 2.0 - 1.0) * 10f64.powi(rng.below(7) as i32 - 3),
    }
}

/// Finite, moderate values: large reductions of them stay meaningful instead of turning into NaN.
fn moderate_f64(rng: &mut Rng) -> f64 {
    (rng.unit() * 2.0 - 1.0) * 10f64.powi(rng.below(5) as i32 - 2)
}

fn random_int(rng: &mut Rng, d: DType) -> i128 {
    let (lo, hi) = d
        .int_range()
        .unwrap_or((i64::MIN as i128, i64::MAX as i128));
    let bits = (d.itemsize() * 8) as i128;
    // Integers whose rounding to bfloat16 / float32 hinges on a low bit (a double rounding would invent a tie).
    let witnesses = [(1i128 << 24) + (1 << 16) + 1, (1i128 << 63) + (1 << 39) + 1];
    if rng.chance(0.03) {
        if let Some(&w) = witnesses.iter().find(|&&w| w <= hi && rng.chance(0.7)) {
            return w;
        }
    }
    match rng.below(8) {
        // Wrapping edges, -1 (MIN // -1) and shift widths.
        0 | 1 => rng.pick(&[
            lo,
            hi,
            0,
            1,
            -1,
            lo + 1,
            hi - 1,
            bits - 1,
            bits,
            bits + 1,
            2,
            63,
            64,
        ]),
        2..=4 => rng.below(13) as i128 - 6,
        5 => rng.below(bits as usize + 3) as i128,
        _ => {
            let span = (hi - lo) as u128 + 1;
            lo + ((rng.next() as u128 | ((rng.next() as u128) << 64)) % span) as i128
        }
    }
}

fn int_scalar(d: DType, v: i128) -> Scalar {
    match d {
        DType::I8 => Scalar::I8(v as i8),
        DType::I16 => Scalar::I16(v as i16),
        DType::I32 => Scalar::I32(v as i32),
        DType::I64 => Scalar::I64(v as i64),
        DType::U8 => Scalar::U8(v as u8),
        DType::U16 => Scalar::U16(v as u16),
        DType::U32 => Scalar::U32(v as u32),
        _ => Scalar::U64(v as u64),
    }
}

/// Where a case draws its element values from.
#[derive(Clone, Debug)]
enum Values {
    /// Anything: specials, small integers and halves, any magnitude.
    Wild,
    /// Finite and moderate, so that sums and products stay meaningful instead of turning into inf/NaN.
    Moderate,
    /// Only the sharpest edges (±0, NaN, ±inf, ±1; integer extremes), so ties of -0.0 with 0.0 and NaN
    /// against NaN are common.
    Edge,
    /// A few distinct values (each a seed for a `Wild` draw, so operands of different dtypes hold
    /// corresponding values): equal elements, ties in max/argmax, equal comparisons.
    Palette(Vec<u64>),
}

fn random_values(rng: &mut Rng) -> Values {
    match rng.below(10) {
        0..=2 => Values::Wild,
        3 | 4 => Values::Moderate,
        5 | 6 => Values::Edge,
        _ => Values::Palette((0..2 + rng.below(3)).map(|_| rng.next()).collect()),
    }
}

const EDGE_F64: &[f64] = &[
    0.0,
    -0.0,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    1.0,
    -1.0,
    0.5,
];

fn random_scalar(rng: &mut Rng, d: DType, values: &Values) -> Scalar {
    let f = |rng: &mut Rng| match values {
        Values::Moderate => moderate_f64(rng),
        Values::Edge => rng.pick(EDGE_F64),
        _ => random_f64(rng),
    };
    match (values, d) {
        (Values::Palette(seeds), _) => {
            let seed = rng.pick(seeds);
            random_scalar(&mut Rng::new(seed), d, &Values::Wild)
        }
        (_, DType::Bool) => Scalar::Bool(rng.chance(0.5)),
        (_, DType::F16 | DType::BF16 | DType::F32 | DType::F64) => {
            reference::cast(Scalar::F64(f(rng)), d)
        }
        (_, DType::C64 | DType::C128) => {
            let re = f(rng);
            let im = if rng.chance(0.2) { 0.0 } else { f(rng) };
            reference::cast(Scalar::C128(C64::new(re, im)), d)
        }
        (Values::Moderate, _) => int_scalar(d, rng.below(201) as i128 - 100),
        (Values::Edge, _) => {
            let (lo, hi) = d.int_range().unwrap_or((0, 0));
            int_scalar(d, rng.pick(&[0, 1, -1, lo, hi]))
        }
        _ => int_scalar(d, random_int(rng, d)),
    }
}

fn random_tensor(rng: &mut Rng, d: DType, shape: Vec<usize>, values: &Values) -> Tensor {
    let n: usize = shape.iter().product();
    let vals: Vec<Scalar> = (0..n).map(|_| random_scalar(rng, d, values)).collect();
    reference::build(d, &vals, shape).expect("build a random tensor")
}

// ------------------------------------------------------------------------------------------------- views

/// How a target axis is produced.
#[derive(Clone, Copy)]
enum Mode {
    /// A sliced axis of the storage with this step (negative: walked backwards).
    Sliced(isize),
    /// A length-1 storage axis broadcast (stride 0).
    Broadcast,
    /// Inserted by `unsqueeze`.
    Unsqueezed,
}

/// A random view of exactly `shape` over fresh random storage: the storage axes are laid out in a random memory
/// order (a permute), sliced with random starts and steps (negative ones included), extra storage axes are
/// removed with `select`, length-1 axes are broadcast or inserted. The result's strides may be negative, zero,
/// or in any order, and its offset nonzero.
fn random_view(rng: &mut Rng, d: DType, shape: &[usize], values: &Values) -> Tensor {
    // A float view may be the real or imaginary part of a complex view (strides doubled, offset shifted).
    if matches!(d, DType::F32 | DType::F64) && rng.chance(0.1) {
        let c = if d == DType::F32 {
            DType::C64
        } else {
            DType::C128
        };
        let z = strided_view(rng, c, shape, values);
        let part = z.component(rng.chance(0.5));
        assert_eq!(part.dtype(), d, "component of the wrong dtype");
        return part;
    }
    let v = strided_view(rng, d, shape, values);
    if rng.chance(0.2) {
        foreign_storage(rng, v)
    } else {
        v
    }
}

/// The same view (dtype, shape, strides, offset, values) over storage of another element type holding the same
/// bytes, so kernels reach it through the reinterpreting accessors (possibly misaligned ones).
fn foreign_storage(rng: &mut Rng, v: Tensor) -> Tensor {
    let bytes = v.buf.borrow().bytes().to_vec();
    let hosts: Vec<DType> = DType::ALL
        .iter()
        .copied()
        .filter(|e| {
            bytes.len() % e.itemsize() == 0 && (*e != DType::Bool || v.dtype() == DType::Bool)
        })
        .collect();
    let host = rng.pick(&hosts);
    let Some(buf) = Buffer::from_bytes(host, &bytes) else {
        return v;
    };
    Tensor {
        buf: Rc::new(RefCell::new(buf)),
        ..v
    }
}

fn strided_view(rng: &mut Rng, d: DType, shape: &[usize], values: &Values) -> Tensor {
    let modes: Vec<Mode> = shape
        .iter()
        .map(|&n| {
            if n == 1 && rng.chance(0.2) {
                Mode::Unsqueezed
            } else if n != 0 && rng.chance(0.12) {
                Mode::Broadcast
            } else {
                Mode::Sliced(rng.pick(&[1, 1, 1, 1, 2, 3, -1, -1, -2, -3]))
            }
        })
        .collect();
    // Storage axes in logical order: (target axis or None for an extra axis, storage length, slice start).
    let mut axes: Vec<(Option<usize>, usize, usize)> = Vec::new();
    for (i, (&n, &m)) in shape.iter().zip(&modes).enumerate() {
        match m {
            Mode::Unsqueezed => {}
            Mode::Broadcast => axes.push((Some(i), 1, 0)),
            Mode::Sliced(step) => {
                let pad = rng.below(3);
                let (len, start) = if n == 0 {
                    let len = rng.below(3);
                    (len, if len == 0 { 0 } else { rng.below(len) })
                } else {
                    let len = (n - 1) * step.unsigned_abs() + 1 + pad;
                    let lead = rng.below(pad + 1);
                    (len, if step > 0 { lead } else { len - 1 - lead })
                };
                axes.push((Some(i), len, start));
            }
        }
    }
    for _ in 0..rng.pick(&[0, 0, 1, 1, 2]) {
        let at = rng.below(axes.len() + 1);
        let len = 1 + rng.below(3);
        axes.insert(at, (None, len, rng.below(len)));
    }
    // Storage in a random memory order, permuted back to the logical order.
    let k = axes.len();
    let mut phys: Vec<usize> = (0..k).collect();
    for i in (1..k).rev() {
        phys.swap(i, rng.below(i + 1));
    }
    let phys_shape: Vec<usize> = phys.iter().map(|&j| axes[j].1).collect();
    let storage = random_tensor(rng, d, phys_shape, values);
    let mut pos = vec![0usize; k];
    for (p, &j) in phys.iter().enumerate() {
        pos[j] = p;
    }
    let mut view = storage.permute(&pos);
    for (j, &(target, _, start)) in axes.iter().enumerate() {
        if let Some(i) = target {
            if let Mode::Sliced(step) = modes[i] {
                view = view.slice_axis(j, start, step, shape[i]);
            }
        }
    }
    for j in (0..k).rev() {
        if axes[j].0.is_none() {
            view = view.select(j, axes[j].2);
        }
    }
    let kept: Vec<usize> = shape
        .iter()
        .zip(&modes)
        .filter(|(_, m)| !matches!(m, Mode::Unsqueezed))
        .map(|(&n, _)| n)
        .collect();
    let mut view = view.broadcast_to(&kept).expect("broadcast a length-1 axis");
    for (i, m) in modes.iter().enumerate() {
        if matches!(m, Mode::Unsqueezed) {
            view = view.unsqueeze(i);
        }
    }
    assert_eq!(view.shape, shape, "random_view built the wrong shape");
    view
}

/// A dimension length: mostly small, with 0 and 1 well represented.
fn random_dim(rng: &mut Rng) -> usize {
    rng.pick(&[0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
}

fn random_shape(rng: &mut Rng, max_ndim: usize) -> Vec<usize> {
    // Every rank from 0 up, the middle ones most often.
    let nd = rng.pick(&[0, 1, 2, 2, 3, 3, 4, 4]).min(max_ndim);
    let mut s: Vec<usize> = (0..nd).map(|_| random_dim(rng)).collect();
    // Empty arrays are interesting but should not dominate.
    if s.contains(&0) && rng.chance(0.6) {
        s.iter_mut().for_each(|d| *d = (*d).max(1));
    }
    s
}

/// Two operand shapes that broadcast together (ranks may differ, any axis may be 1 on either side); rarely a
/// pair that does not, to check that both sides refuse it.
fn broadcast_pair(rng: &mut Rng) -> (Vec<usize>, Vec<usize>) {
    let out = random_shape(rng, 4);
    let operand = |rng: &mut Rng| -> Vec<usize> {
        let rank = if rng.chance(0.5) {
            out.len()
        } else {
            rng.below(out.len() + 1)
        };
        out[out.len() - rank..]
            .iter()
            .map(|&d| if rng.chance(0.25) { 1 } else { d })
            .collect()
    };
    let (a, mut b) = (operand(rng), operand(rng));
    if rng.chance(0.03) {
        if let Some(d) = b.iter_mut().find(|d| **d >= 2) {
            *d += 1;
        }
    }
    (a, b)
}

fn random_dtype(rng: &mut Rng) -> DType {
    rng.pick(&DType::ALL)
}

// --------------------------------------------------------------------------------------------- checking

fn describe(t: &Tensor) -> String {
    let vals = match reference::elements(t) {
        Ok(v) => {
            let shown: Vec<String> = v.iter().take(16).map(|s| format!("{s:?}")).collect();
            let more = if v.len() > 16 { ", ..." } else { "" };
            format!("[{}{more}]", shown.join(", "))
        }
        Err(e) => format!("<unreadable: {e}>"),
    };
    format!(
        "{} shape={:?} strides={:?} offset={} storage={} values={vals}",
        t.dtype(),
        t.shape,
        t.strides,
        t.offset,
        t.buf.borrow().len()
    )
}

fn panic_message(p: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic>".into()
    }
}

/// Run one side of a comparison, turning a panic into an error message.
fn run(f: impl FnOnce() -> TResult<Tensor>) -> Result<TResult<Tensor>, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(panic_message)
}

/// Compare the fast path's result with the oracle's; `Err` describes the first difference.
fn agree(
    fast: Result<TResult<Tensor>, String>,
    oracle: Result<TResult<Tensor>, String>,
) -> Result<(), String> {
    let fast = fast.map_err(|m| format!("fast path panicked: {m}"))?;
    let oracle = oracle.map_err(|m| format!("oracle panicked: {m}"))?;
    match (fast, oracle) {
        (Err(_), Err(_)) => Ok(()),
        (Err(e), Ok(o)) => Err(format!(
            "fast path failed ({e}) but the oracle gave {}",
            describe(&o)
        )),
        (Ok(f), Err(e)) => Err(format!(
            "oracle failed ({e}) but the fast path gave {}",
            describe(&f)
        )),
        (Ok(f), Ok(o)) => {
            if f.dtype() != o.dtype() || f.shape != o.shape {
                return Err(format!(
                    "fast {} {:?} vs oracle {} {:?}",
                    f.dtype(),
                    f.shape,
                    o.dtype(),
                    o.shape
                ));
            }
            let fv = reference::elements(&f).map_err(|e| format!("fast result unreadable: {e}"))?;
            let ov =
                reference::elements(&o).map_err(|e| format!("oracle result unreadable: {e}"))?;
            for (i, (x, y)) in fv.iter().zip(&ov).enumerate() {
                if !x.same_bits(*y) {
                    return Err(format!(
                        "element {i} (of {}): fast {x:?} vs oracle {y:?}",
                        fv.len()
                    ));
                }
            }
            Ok(())
        }
    }
}

/// Collects a family's failures; panics at the end with the first few.
struct Report {
    family: &'static str,
    cases: usize,
    skipped: usize,
    failures: Vec<String>,
}

impl Report {
    fn new(family: &'static str) -> Report {
        Report {
            family,
            cases: 0,
            skipped: 0,
            failures: Vec::new(),
        }
    }

    fn check(
        &mut self,
        case: usize,
        what: impl FnOnce() -> String,
        fast: Result<TResult<Tensor>, String>,
        oracle: Result<TResult<Tensor>, String>,
    ) {
        self.cases += 1;
        if let Err(diff) = agree(fast, oracle) {
            self.failures.push(format!(
                "[NABLA_PROP_SEED={} {} case {case}] {}\n    {diff}",
                base_seed(),
                self.family,
                what()
            ));
        }
    }

    /// Count a property that must hold; `what` describes the case when it does not.
    fn require(&mut self, case: usize, ok: bool, what: impl FnOnce() -> String) {
        self.cases += 1;
        if !ok {
            self.failures.push(format!(
                "[NABLA_PROP_SEED={} {} case {case}] {}",
                base_seed(),
                self.family,
                what()
            ));
        }
    }

    fn finish(self) {
        println!(
            "{}: {} comparisons, {} skipped, {} failed",
            self.family,
            self.cases,
            self.skipped,
            self.failures.len()
        );
        if !self.failures.is_empty() {
            let shown: Vec<&String> = self.failures.iter().take(12).collect();
            panic!(
                "{} of {} {} comparisons differ from the reference backend:\n{}",
                self.failures.len(),
                self.cases,
                self.family,
                shown
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

// --------------------------------------------------------------------------------------------- families

#[test]
fn binary_ops_match_reference() {
    let mut rep = Report::new("binary");
    for case in 0..7000 * scale() {
        let mut rng = case_rng("binary", case);
        let op = rng.pick(BinaryOp::ALL);
        let da = random_dtype(&mut rng);
        let db = if rng.chance(0.6) {
            da
        } else {
            random_dtype(&mut rng)
        };
        let (sa, sb) = broadcast_pair(&mut rng);
        let values = random_values(&mut rng);
        let a = random_view(&mut rng, da, &sa, &values);
        let b = random_view(&mut rng, db, &sb, &values);
        // The library's path: promote, then let NumPy's type resolver pick the loop (it refuses some pairs).
        let Ok(loop_dtype) = ops::binary_loop_dtype(op, promote(da, db), promote(da, db)) else {
            rep.skipped += 1;
            continue;
        };
        let fast = run(|| ops::binary(op, &a, &b, loop_dtype));
        let oracle = run(|| reference::binary(op, &a, &b, loop_dtype));
        rep.check(
            case,
            || {
                format!(
                    "{}({}, {}) loop {loop_dtype}",
                    op.name(),
                    describe(&a),
                    describe(&b)
                )
            },
            fast,
            oracle,
        );
    }
    rep.finish();
}

#[test]
fn comparisons_match_reference() {
    let mut rep = Report::new("compare");
    for case in 0..3000 * scale() {
        let mut rng = case_rng("compare", case);
        let op = rng.pick(CompareOp::ALL);
        let da = random_dtype(&mut rng);
        let db = if rng.chance(0.6) {
            da
        } else {
            random_dtype(&mut rng)
        };
        let (sa, sb) = broadcast_pair(&mut rng);
        let values = random_values(&mut rng);
        let a = random_view(&mut rng, da, &sa, &values);
        // Equal values are where comparisons get interesting: sometimes compare against a copy of `a`'s values.
        let b = if da == db && sa == sb && rng.chance(0.3) {
            let c = a.copy();
            if rng.chance(0.5) {
                c.transpose().copy().transpose()
            } else {
                c
            }
        } else {
            random_view(&mut rng, db, &sb, &values)
        };
        let d = promote(da, db);
        let fast = run(|| ops::compare(op, &a, &b, d));
        let oracle = run(|| reference::compare(op, &a, &b, d));
        rep.check(
            case,
            || format!("{}({}, {}) in {d}", op.name(), describe(&a), describe(&b)),
            fast,
            oracle,
        );
    }
    rep.finish();
}

#[test]
fn unary_ops_match_reference() {
    let mut rep = Report::new("unary");
    for case in 0..5000 * scale() {
        let mut rng = case_rng("unary", case);
        let op = rng.pick(UnaryOp::ALL);
        let d = random_dtype(&mut rng);
        let shape = random_shape(&mut rng, 4);
        let values = random_values(&mut rng);
        let a = random_view(&mut rng, d, &shape, &values);
        let Ok(loop_dtype) = ops::unary_loop_dtype(op, d) else {
            rep.skipped += 1;
            continue;
        };
        let fast = run(|| ops::unary(op, &a, loop_dtype));
        let oracle = run(|| reference::unary(op, &a, loop_dtype));
        rep.check(
            case,
            || format!("{}({}) loop {loop_dtype}", op.name(), describe(&a)),
            fast,
            oracle,
        );
    }
    rep.finish();
}

#[test]
fn casts_match_reference() {
    let mut rep = Report::new("cast");
    for case in 0..2000 * scale() {
        let mut rng = case_rng("cast", case);
        let from = random_dtype(&mut rng);
        let to = random_dtype(&mut rng);
        let shape = random_shape(&mut rng, 4);
        let values = random_values(&mut rng);
        let a = random_view(&mut rng, from, &shape, &values);
        let describe_a = || format!("astype({}, {to})", describe(&a));
        let fast = run(|| Ok(a.astype(to)));
        let oracle = run(|| reference::astype(&a, to));
        rep.check(case, describe_a, fast, oracle);
        // `cast` (a view when the dtype already matches), `copy` and `contiguous` read through the same walks.
        let fast = run(|| Ok(a.cast(to)));
        let oracle = run(|| reference::astype(&a, to));
        rep.check(
            case,
            || format!("cast({}, {to})", describe(&a)),
            fast,
            oracle,
        );
        let fast = run(|| Ok(a.contiguous()));
        let oracle = run(|| reference::astype(&a, from));
        rep.check(
            case,
            || format!("contiguous({})", describe(&a)),
            fast,
            oracle,
        );
    }
    rep.finish();
}

const REDUCE_OPS: [ReduceOp; 8] = [
    ReduceOp::Sum,
    ReduceOp::Prod,
    ReduceOp::Max,
    ReduceOp::Min,
    ReduceOp::ArgMax,
    ReduceOp::ArgMin,
    ReduceOp::All,
    ReduceOp::Any,
];

/// A sorted random subset of the axes (often all of them, sometimes none).
fn random_axes(rng: &mut Rng, ndim: usize) -> Vec<usize> {
    if rng.chance(0.3) {
        return (0..ndim).collect();
    }
    (0..ndim).filter(|_| rng.chance(0.5)).collect()
}

#[test]
fn reductions_match_reference() {
    let mut rep = Report::new("reduce");
    for case in 0..5000 * scale() {
        let mut rng = case_rng("reduce", case);
        let op = rng.pick(&REDUCE_OPS);
        let d = random_dtype(&mut rng);
        let shape = random_shape(&mut rng, 4);
        // Sums of wild values are mostly inf/NaN: keep them moderate more often so rounding shows.
        let values = if rng.chance(0.3) {
            Values::Moderate
        } else {
            random_values(&mut rng)
        };
        let a = random_view(&mut rng, d, &shape, &values);
        let axes = random_axes(&mut rng, shape.len());
        let keepdims = rng.chance(0.3);
        let fast = run(|| reduce::reduce(op, &a, &axes, keepdims));
        let oracle = run(|| reference::reduce(op, &a, &axes, keepdims));
        rep.check(
            case,
            || {
                format!(
                    "{op:?}({}, axes={axes:?}, keepdims={keepdims})",
                    describe(&a)
                )
            },
            fast,
            oracle,
        );
    }
    rep.finish();
}

#[test]
fn longer_sums_match_reference() {
    // Reduced runs of 8..~600 elements reach the pairwise sum's 8-accumulator blocks and its recursive split
    // (above 128), which the small shapes above never do.
    let mut rep = Report::new("long-sum");
    for case in 0..500 * scale() {
        let mut rng = case_rng("long-sum", case);
        let op = rng.pick(&[ReduceOp::Sum, ReduceOp::Sum, ReduceOp::Sum, ReduceOp::Prod]);
        let d = rng.pick(&[
            DType::F64,
            DType::F32,
            DType::F16,
            DType::BF16,
            DType::C64,
            DType::C128,
            DType::I64,
        ]);
        let nd = 1 + rng.below(3);
        let mut shape: Vec<usize> = (0..nd).map(|_| 1 + rng.below(5)).collect();
        let long = rng.below(nd);
        shape[long] = 8 + rng.below(600);
        let a = random_view(&mut rng, d, &shape, &Values::Moderate);
        let axes = random_axes(&mut rng, nd);
        let fast = run(|| reduce::reduce(op, &a, &axes, false));
        let oracle = run(|| reference::reduce(op, &a, &axes, false));
        rep.check(
            case,
            || format!("{op:?}({}, axes={axes:?})", describe(&a)),
            fast,
            oracle,
        );
    }
    rep.finish();
}

#[test]
fn indexing_matches_reference() {
    let mut rep = Report::new("index");
    for case in 0..1500 * scale() {
        let mut rng = case_rng("index", case);
        let d = random_dtype(&mut rng);
        let shape = random_shape(&mut rng, 4);
        let values = random_values(&mut rng);
        let a = random_view(&mut rng, d, &shape, &values);
        // The mask is a view too: strided, reversed or broadcast.
        let mask = random_view(&mut rng, DType::Bool, &shape, &Values::Wild);
        let fast = run(|| Ok(index::mask_select(&a, &mask)));
        let oracle = run(|| reference::mask_select(&a, &mask));
        rep.check(
            case,
            || format!("mask_select({}, {})", describe(&a), describe(&mask)),
            fast,
            oracle,
        );
        // A gather of random storage offsets (repeats allowed) into a random shape.
        let storage = a.storage_len();
        if storage > 0 {
            let out_shape = random_shape(&mut rng, 3);
            let n: usize = out_shape.iter().product();
            let offsets: Vec<usize> = (0..n).map(|_| rng.below(storage)).collect();
            let fast = run(|| Ok(index::gather(&a, &offsets, out_shape.clone())));
            let oracle = run(|| reference::gather(&a, &offsets, out_shape.clone()));
            rep.check(
                case,
                || format!("gather({}, {offsets:?}, {out_shape:?})", describe(&a)),
                fast,
                oracle,
            );
        }
    }
    rep.finish();
}

/// Dtype views (`ndarray.view(dtype)`, `.real`, `.imag`): reading them through the fast accessors agrees with
/// the oracle's byte decoding; a view of C-contiguous data as another dtype holds exactly its bytes read in
/// order; viewing back gives the original elements; writes through a view land where the oracle reads them.
#[test]
fn dtype_views_match_reference() {
    let mut rep = Report::new("dtype_view");
    for case in 0..1500 * scale() {
        let mut rng = case_rng("dtype_view", case);
        let from = random_dtype(&mut rng);
        let to = random_dtype(&mut rng);
        let shape = random_shape(&mut rng, 3);
        let values = random_values(&mut rng);
        let mut a = random_view(&mut rng, from, &shape, &values);
        if rng.chance(0.5) {
            a = a.copy();
        }
        // Viewing bool storage as another dtype turns it into uint8 storage, so `a` is described first.
        let what = format!("view_as({}, {to})", describe(&a));
        let Ok(v) = a.view_as(to) else {
            rep.skipped += 1;
            continue;
        };
        let fast = run(|| Ok(v.copy()));
        let oracle = run(|| reference::astype(&v, to));
        rep.check(case, || format!("copy of {what}"), fast, oracle);
        if a.is_contiguous() && a.numel() > 0 {
            // The bytes of the viewed elements, decoded in order, independently of the view's geometry.
            let bytes = a.copy().buf.borrow().bytes().to_vec();
            let fast = run(|| Ok(v.copy()));
            let oracle = run(|| match Buffer::from_bytes(to, &bytes) {
                Some(b) => Ok(Tensor::from_buffer(b, v.shape.clone())),
                None => {
                    let normalized: Vec<u8> = bytes.iter().map(|&x| (x != 0) as u8).collect();
                    Buffer::from_bytes(to, &normalized)
                        .map(|b| Tensor::from_buffer(b, v.shape.clone()))
                        .ok_or_else(|| {
                            nabla::tensor::error::TensorError::Value("bytes as bool".into())
                        })
                }
            });
            rep.check(case, || format!("bytes of {what}"), fast, oracle);
        }
        if to != DType::Bool || from == DType::Bool {
            let back = v.view_as(from);
            let fast = run(|| back.clone().map(|b| b.copy()));
            let oracle = run(|| reference::astype(&a, from));
            rep.check(case, || format!("view back of {what}"), fast, oracle);
        }
        // Write random values through the view (skipping broadcast views, whose elements alias).
        let broadcast = v
            .shape
            .iter()
            .zip(&v.strides)
            .any(|(&n, &st)| n > 1 && st == 0);
        if !broadcast {
            let src = random_tensor(&mut rng, to, v.shape.clone(), &values);
            let wrote = v.assign(&src);
            let fast = run(|| wrote.clone().map(|_| src.clone()));
            let oracle = run(|| reference::astype(&v, to));
            rep.check(case, || format!("write through {what}"), fast, oracle);
        }
    }
    rep.finish();
}

/// A random reshape target for `n` elements: a random factorization with length-1 axes mixed in, sometimes
/// with one axis left to infer (`-1`); an empty array gets its own shape reversed or flattened.
fn reshape_spec(rng: &mut Rng, shape: &[usize]) -> Vec<isize> {
    let n: usize = shape.iter().product();
    if n == 0 {
        return if rng.chance(0.5) {
            shape.iter().rev().map(|&d| d as isize).collect()
        } else {
            vec![0]
        };
    }
    let mut left = n;
    let mut spec: Vec<isize> = Vec::new();
    while left > 1 {
        let divisors: Vec<usize> = (2..=left).filter(|d| left % d == 0).collect();
        let d = rng.pick(&divisors);
        spec.push(d as isize);
        left /= d;
        if rng.chance(0.2) {
            spec.push(1);
        }
    }
    if spec.is_empty() || rng.chance(0.2) {
        spec.insert(rng.below(spec.len() + 1), 1);
    }
    if rng.chance(0.3) {
        let i = rng.below(spec.len());
        spec[i] = -1;
    }
    spec
}

/// The same elements as `t` in `shape`, built by the oracle from `t`'s elements read in C order.
fn oracle_reshape(t: &Tensor, shape: Vec<usize>) -> TResult<Tensor> {
    reference::build(t.dtype(), &reference::elements(t)?, shape)
}

/// Memory order: reshape and ravel in C and Fortran order read the elements in that order whether they return
/// a view or a copy, and return a view when the memory is contiguous in that order; `flatten`, `copy` and new
/// arrays in orders 'C', 'F', 'A' and 'K' hold the same elements in the layout the order names; an elementwise
/// result on Fortran operands is Fortran-contiguous.
#[test]
fn memory_orders_match_reference() {
    let mut rep = Report::new("layout");
    for case in 0..2500 * scale() {
        let mut rng = case_rng("layout", case);
        let d = rng.pick(&DType::ALL);
        let shape = random_shape(&mut rng, 4);
        let values = random_values(&mut rng);
        let mut t = random_view(&mut rng, d, &shape, &values);
        if rng.chance(0.3) {
            // A dense layout in a random memory order, which reshape and ravel can often view.
            let mut perm: Vec<usize> = (0..t.ndim()).collect();
            for i in (1..perm.len()).rev() {
                perm.swap(i, rng.below(i + 1));
            }
            let inv = nabla::tensor::layout::inverse_perm(&perm);
            t = t.permute(&perm).copy().permute(&inv);
        }
        let what = describe(&t);
        // reshape in C and Fortran order (Fortran order of x is C order of x reversed).
        let spec = reshape_spec(&mut rng, &t.shape);
        for order in [Order::C, Order::F] {
            let Ok(r) = t.reshape_order(&spec, order) else {
                rep.require(case, false, || {
                    format!("reshape {spec:?} {order:?} of {what} failed")
                });
                continue;
            };
            let fortran = order == Order::F;
            let (fast, oracle) = if fortran {
                let rev: Vec<usize> = r.shape.iter().rev().copied().collect();
                (r.transpose(), oracle_reshape(&t.transpose(), rev))
            } else {
                (r.clone(), oracle_reshape(&t, r.shape.clone()))
            };
            rep.check(
                case,
                || format!("reshape {spec:?} {order:?} of {what}"),
                Ok(Ok(fast)),
                Ok(oracle),
            );
            let contiguous = if fortran {
                t.is_f_contiguous()
            } else {
                t.is_contiguous()
            };
            rep.require(case, !contiguous || r.shares_storage(&t), || {
                format!("reshape {spec:?} {order:?} of contiguous {what} copied")
            });
        }
        for order in [Order::C, Order::F, Order::A, Order::K] {
            let flat = t.flatten(order);
            // The order each one reads: 'A' is Fortran for Fortran (not C) arrays; 'K' reads memory order.
            let reads_fortran = order == Order::F || (order == Order::A && t.is_fortran());
            if order != Order::K {
                let oracle = if reads_fortran {
                    oracle_reshape(&t.transpose(), vec![t.numel()])
                } else {
                    oracle_reshape(&t, vec![t.numel()])
                };
                rep.check(
                    case,
                    || format!("flatten {order:?} of {what}"),
                    Ok(Ok(flat.clone())),
                    Ok(oracle),
                );
            }
            let raveled = t.ravel(order);
            rep.check(
                case,
                || format!("ravel {order:?} of {what}"),
                run(|| raveled),
                Ok(Ok(flat)),
            );
            let c = t.copy_order(order);
            rep.check(
                case,
                || format!("copy {order:?} of {what}"),
                Ok(Ok(c.clone())),
                run(|| reference::astype(&t, d)),
            );
            let laid_out = match order {
                Order::C => c.is_contiguous(),
                Order::F => c.is_f_contiguous(),
                Order::A => {
                    if t.is_fortran() {
                        c.is_f_contiguous()
                    } else {
                        c.is_contiguous()
                    }
                }
                // A dense positive-stride layout is kept exactly (a length-1 axis may have any stride).
                Order::K => {
                    // (An empty array counts as C-contiguous, and gets C order.)
                    let dense = t.numel() > 0
                        && t.strides.iter().all(|&s| s > 0)
                        && t.ravel(Order::K).is_ok_and(|r| r.shares_storage(&t));
                    let same = t
                        .shape
                        .iter()
                        .zip(c.strides.iter().zip(&t.strides))
                        .all(|(&n, (x, y))| n == 1 || x == y);
                    !dense || same
                }
            };
            rep.require(case, laid_out, || {
                format!("copy {order:?} of {what} has strides {:?}", c.strides)
            });
        }
        // An elementwise result on Fortran-ordered operands is Fortran-ordered (NumPy's order 'K').
        if t.ndim() >= 2 && !d.is_string() {
            let f = t.copy_order(Order::F);
            if let Ok(loop_dtype) = ops::binary_loop_dtype(BinaryOp::Add, d, d) {
                let sum = ops::binary(BinaryOp::Add, &f, &f, loop_dtype);
                let oracle = run(|| reference::binary(BinaryOp::Add, &t, &t, loop_dtype));
                let fortran = sum.as_ref().is_ok_and(|r| r.is_f_contiguous());
                rep.check(
                    case,
                    || format!("sum of Fortran copies of {what}"),
                    Ok(sum),
                    oracle,
                );
                rep.require(case, fortran, || {
                    format!("sum of Fortran copies of {what} is not Fortran")
                });
            }
        }
    }
    rep.finish();
}

/// Cases above the kernels' parallel threshold (2^18 elements), so rayon's chunked walks, parallel pairwise
/// halves, parallel reduction passes and the chunked mask selection are compared too.
#[test]
fn large_cases_match_reference() {
    let mut rep = Report::new("large");
    let mut rng = case_rng("large", 0);
    let rows = 600;
    let cols = 520; // 312,000 elements
    let mk =
        |rng: &mut Rng, d: DType, shape: &[usize]| random_view(rng, d, shape, &Values::Moderate);
    let big = |rng: &mut Rng, d: DType| random_tensor(rng, d, vec![rows, cols], &Values::Moderate);
    let mut case = 0;
    let mut cmp = |rep: &mut Report,
                   what: String,
                   fast: &dyn Fn() -> TResult<Tensor>,
                   oracle: &dyn Fn() -> TResult<Tensor>| {
        rep.check(case, || what, run(fast), run(oracle));
        case += 1;
    };

    // Binary: contiguous pair, transposed + broadcast row, contiguous + scalar, reversed views.
    for &(op, d) in &[
        (BinaryOp::Add, DType::F64),
        (BinaryOp::Mul, DType::F32),
        (BinaryOp::FloorDiv, DType::I32),
        (BinaryOp::Maximum, DType::F16),
    ] {
        let a = big(&mut rng, d);
        let b = big(&mut rng, d);
        cmp(
            &mut rep,
            format!("{}({d} {rows}x{cols} contiguous, same)", op.name()),
            &|| ops::binary(op, &a, &b, d),
            &|| reference::binary(op, &a, &b, d),
        );
        let at = big(&mut rng, d).transpose();
        let row = mk(&mut rng, d, &[rows]);
        cmp(
            &mut rep,
            format!("{}({d} transposed {cols}x{rows}, row {rows})", op.name()),
            &|| ops::binary(op, &at, &row, d),
            &|| reference::binary(op, &at, &row, d),
        );
        let s = random_tensor(&mut rng, d, vec![], &Values::Moderate);
        cmp(
            &mut rep,
            format!("{}({d} contiguous, scalar)", op.name()),
            &|| ops::binary(op, &a, &s, d),
            &|| reference::binary(op, &a, &s, d),
        );
        cmp(
            &mut rep,
            format!("{}({d} scalar, contiguous)", op.name()),
            &|| ops::binary(op, &s, &b, d),
            &|| reference::binary(op, &s, &b, d),
        );
        let rv = mk(&mut rng, d, &[rows, cols]);
        let col = mk(&mut rng, d, &[rows, 1]);
        cmp(
            &mut rep,
            format!("{}({d} random view, column)", op.name()),
            &|| ops::binary(op, &rv, &col, d),
            &|| reference::binary(op, &rv, &col, d),
        );
    }

    // Comparisons, unary ops and casts on strided views.
    let a = mk(&mut rng, DType::F32, &[rows, cols]);
    let b = mk(&mut rng, DType::F64, &[rows, cols]);
    cmp(
        &mut rep,
        "less(f32 view, f64 view)".into(),
        &|| ops::compare(CompareOp::Lt, &a, &b, DType::F64),
        &|| reference::compare(CompareOp::Lt, &a, &b, DType::F64),
    );
    for &(op, d) in &[
        (UnaryOp::Exp, DType::F64),
        (UnaryOp::Sqrt, DType::F32),
        (UnaryOp::Neg, DType::I16),
        (UnaryOp::IsNan, DType::F16),
    ] {
        let v = mk(&mut rng, d, &[rows, cols]);
        let c = big(&mut rng, d);
        for (label, t) in [("view", &v), ("contiguous", &c)] {
            cmp(
                &mut rep,
                format!("{}({d} {label})", op.name()),
                &|| ops::unary(op, t, d),
                &|| reference::unary(op, t, d),
            );
        }
    }
    let v = mk(&mut rng, DType::F64, &[rows, cols]);
    cmp(
        &mut rep,
        "astype(f64 view, f16)".into(),
        &|| Ok(v.astype(DType::F16)),
        &|| reference::astype(&v, DType::F16),
    );

    // Reductions: a long contiguous run (parallel pairwise halves), axis 0 (parallel element-by-element
    // pass), axis 1 (parallel per-output blocks), everything, and arg-reductions over one long run.
    let flat = random_tensor(&mut rng, DType::F64, vec![rows * cols], &Values::Moderate);
    let flat32 = random_tensor(&mut rng, DType::F32, vec![rows * cols], &Values::Moderate);
    for (label, t) in [("f64 flat", &flat), ("f32 flat", &flat32)] {
        cmp(
            &mut rep,
            format!("sum({label})"),
            &|| reduce::reduce(ReduceOp::Sum, t, &[0], false),
            &|| reference::reduce(ReduceOp::Sum, t, &[0], false),
        );
    }
    for d in [DType::F64, DType::F32, DType::C128, DType::I32] {
        let m = big(&mut rng, d);
        let v = mk(&mut rng, d, &[rows, cols]);
        for (label, t) in [("contiguous", &m), ("view", &v)] {
            for axes in [vec![0], vec![1], vec![0, 1]] {
                for op in [ReduceOp::Sum, ReduceOp::Prod] {
                    cmp(
                        &mut rep,
                        format!("{op:?}({d} {label}, axes={axes:?})"),
                        &|| reduce::reduce(op, t, &axes, false),
                        &|| reference::reduce(op, t, &axes, false),
                    );
                }
            }
        }
    }
    let mut peaks = random_tensor(&mut rng, DType::F64, vec![rows * cols], &Values::Moderate);
    {
        // Ties across the parallel chunks (the first must win), then a NaN late in the run.
        let mut vals = reference::elements(&peaks).expect("read");
        vals[70_000] = Scalar::F64(1e9);
        vals[200_000] = Scalar::F64(1e9);
        vals[150_000] = Scalar::F64(-1e9);
        vals[290_000] = Scalar::F64(-1e9);
        peaks = reference::build(DType::F64, &vals, vec![rows * cols]).expect("build");
    }
    for op in [
        ReduceOp::ArgMax,
        ReduceOp::ArgMin,
        ReduceOp::Max,
        ReduceOp::Min,
    ] {
        cmp(
            &mut rep,
            format!("{op:?}(f64 flat with ties)"),
            &|| reduce::reduce(op, &peaks, &[0], false),
            &|| reference::reduce(op, &peaks, &[0], false),
        );
    }
    let mut vals = reference::elements(&peaks).expect("read");
    vals[280_000] = Scalar::F64(f64::NAN);
    let nan_peaks = reference::build(DType::F64, &vals, vec![rows * cols]).expect("build");
    for op in [ReduceOp::ArgMax, ReduceOp::ArgMin] {
        cmp(
            &mut rep,
            format!("{op:?}(f64 flat with a late NaN)"),
            &|| reduce::reduce(op, &nan_peaks, &[0], false),
            &|| reference::reduce(op, &nan_peaks, &[0], false),
        );
    }
    let bools = mk(&mut rng, DType::Bool, &[rows, cols]);
    for op in [ReduceOp::All, ReduceOp::Any, ReduceOp::Sum] {
        cmp(
            &mut rep,
            format!("{op:?}(bool view, axes=[1])"),
            &|| reduce::reduce(op, &bools, &[1], false),
            &|| reference::reduce(op, &bools, &[1], false),
        );
    }

    // Mask selection (contiguous: parallel chunked; strided: offsets then gather) and a large gather.
    let data = big(&mut rng, DType::I64);
    let mask = big(&mut rng, DType::Bool);
    cmp(
        &mut rep,
        "mask_select(i64 contiguous, contiguous mask)".into(),
        &|| Ok(index::mask_select(&data, &mask)),
        &|| reference::mask_select(&data, &mask),
    );
    let data_t = big(&mut rng, DType::C64).transpose();
    let mask_v = mk(&mut rng, DType::Bool, &[cols, rows]);
    cmp(
        &mut rep,
        "mask_select(c64 transposed, strided mask)".into(),
        &|| Ok(index::mask_select(&data_t, &mask_v)),
        &|| reference::mask_select(&data_t, &mask_v),
    );
    let n = data.storage_len();
    let offsets: Vec<usize> = (0..rows * cols).map(|_| rng.below(n)).collect();
    cmp(
        &mut rep,
        "gather(i64, 312000 random offsets)".into(),
        &|| Ok(index::gather(&data, &offsets, vec![rows, cols])),
        &|| reference::gather(&data, &offsets, vec![rows, cols]),
    );
    rep.finish();
}

/// The oracle itself against values worked out by hand (NumPy's answers), so that a wrong oracle cannot make
/// the comparisons above vacuous.
#[test]
fn reference_agrees_with_hand_checked_values() {
    let f64s = |v: Vec<f64>, s: Vec<usize>| Tensor::from_vec(v, s);
    let read = |t: TResult<Tensor>| -> Vec<f64> {
        let t = t.expect("reference result");
        reference::elements(&t)
            .expect("read")
            .into_iter()
            .map(|s| match s {
                Scalar::F64(v) => v,
                Scalar::I64(v) => v as f64,
                Scalar::I8(v) => v as f64,
                Scalar::Bool(b) => b as u8 as f64,
                other => panic!("unexpected {other:?}"),
            })
            .collect()
    };
    // Broadcasting a column against a reversed row: [[1],[2]] - [3,2,1][::-1].
    let col = f64s(vec![1.0, 2.0], vec![2, 1]);
    let row = f64s(vec![1.0, 2.0, 3.0], vec![3]).slice_axis(0, 2, -1, 3);
    assert_eq!(
        read(reference::binary(BinaryOp::Sub, &col, &row, DType::F64)),
        vec![-2.0, -1.0, 0.0, -1.0, 0.0, 1.0]
    );
    // Python's floor division and remainder signs; int8 wraps (-128 // -1 == -128 in NumPy).
    let a = Tensor::from_vec(vec![-7i8, 7, -128], vec![3]);
    let b = Tensor::from_vec(vec![2i8, -2, -1], vec![3]);
    assert_eq!(
        read(reference::binary(BinaryOp::FloorDiv, &a, &b, DType::I8)),
        vec![-4.0, -4.0, -128.0]
    );
    assert_eq!(
        read(reference::binary(BinaryOp::Mod, &a, &b, DType::I8)),
        vec![1.0, -1.0, 0.0]
    );
    // Sum over axis 0 of a transposed 2x3: [[0,3],[1,4],[2,5]].sum(0) == [3, 12].
    let m = f64s((0..6).map(|i| i as f64).collect(), vec![2, 3]).transpose();
    assert_eq!(
        read(reference::reduce(ReduceOp::Sum, &m, &[0], false)),
        vec![3.0, 12.0]
    );
    // argmax counts positions in logical order (the first of equal maxima), even on a reversed view.
    let r = f64s(vec![5.0, 1.0, 5.0, 0.0], vec![4]).slice_axis(0, 3, -1, 4);
    assert_eq!(
        read(reference::reduce(ReduceOp::ArgMax, &r, &[0], false)),
        vec![1.0]
    );
    // The first NaN wins max.
    let n = f64s(vec![1.0, f64::NAN, 3.0], vec![3]);
    assert!(read(reference::reduce(ReduceOp::Max, &n, &[0], false))[0].is_nan());
    // Mask selection in C order of a transposed view.
    let t = f64s((0..6).map(|i| i as f64).collect(), vec![2, 3]).transpose();
    let mask = Tensor::from_vec(vec![true, false, false, true, true, true], vec![3, 2]);
    assert_eq!(
        read(reference::mask_select(&t, &mask)),
        vec![0.0, 4.0, 2.0, 5.0]
    );
    // Casts: float to int truncates toward zero and wraps (300.7 -> uint8 44, as NumPy); NaN is truthy.
    assert!(matches!(
        reference::cast(Scalar::F64(300.7), DType::U8),
        Scalar::U8(44)
    ));
    assert!(matches!(
        reference::cast(Scalar::F64(-1.9), DType::I16),
        Scalar::I16(-1)
    ));
    assert!(matches!(
        reference::cast(Scalar::F64(f64::NAN), DType::Bool),
        Scalar::Bool(true)
    ));
    assert!(matches!(
        reference::cast(Scalar::C64(C32::new(2.5, 1.0)), DType::I32),
        Scalar::I32(2)
    ));
    // Rounding into half precision is a single correct rounding (NumPy: np.float32(1 + 2**-11 + 2**-23)
    // .astype(np.float16) == 1 + 2**-10; an exact tie goes to even).
    let f16_bits = |s: Scalar| match s {
        Scalar::F16(h) => h.to_bits(),
        other => panic!("{other:?}"),
    };
    let above_tie = 1.0f32 + 1.0 / 2048.0 + 1.0 / 8388608.0;
    assert_eq!(
        f16_bits(reference::cast(Scalar::F32(above_tie), DType::F16)),
        0x3c01
    );
    assert_eq!(
        f16_bits(reference::cast(Scalar::F64(above_tie as f64), DType::F16)),
        0x3c01
    );
    assert_eq!(
        f16_bits(reference::cast(Scalar::F64(1.0 + 1.0 / 2048.0), DType::F16)),
        0x3c00
    );
    assert_eq!(
        f16_bits(reference::cast(Scalar::F64(65520.0), DType::F16)),
        0x7c00
    );
    // bfloat16 is PyTorch's: doubles and integers reach it through float32 (c10::BFloat16 is built from a
    // float), so 2**24 + 2**16 + 1 rounds to the float tie 2**24 + 2**16 and then to even, 2**24.
    assert!(matches!(
        reference::cast(Scalar::I64((1 << 24) + (1 << 16) + 1), DType::BF16),
        Scalar::BF16(b) if b.to_f64() == (1u64 << 24) as f64
    ));
    let bf16_above_tie = 1.0f32 + 1.0 / 256.0 + 1.0 / 8388608.0;
    assert!(matches!(
        reference::cast(Scalar::F64(bf16_above_tie as f64), DType::BF16),
        Scalar::BF16(b) if b.to_f64() == 1.0 + 1.0 / 128.0
    ));
    // uint64 -> float32 rounds once (NumPy: 2**63 + 2**40, where rounding through float64 gives 2**63).
    assert!(matches!(
        reference::cast(Scalar::U64((1 << 63) + (1 << 39) + 1), DType::F32),
        Scalar::F32(f) if f as f64 == ((1u64 << 63) + (1 << 40)) as f64
    ));
}
