//! Reductions along axes, keeping NumPy's summation order (pairwise along the innermost reduced run in memory,
//! one block after another along the other reduced axes) so that printed digits match, with typed kernels and
//! rayon on large inputs (split only where the serial order splits, so the bits never change).

use super::dtype::{DType, Kind};
use super::element::{IntoBuffer, C64};
use super::error::TensorError;
use super::kernel::PARALLEL_THRESHOLD;
use super::{TResult, Tensor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReduceOp {
    Sum,
    Prod,
    Max,
    Min,
    ArgMax,
    ArgMin,
    All,
    Any,
}

/// NumPy's pairwise summation (`pairwise_sum` in loops_utils.h), in the elements' own precision: blocks of 8
/// accumulators below 128 elements, otherwise split in half at a multiple of 8. Large halves run in parallel,
/// which changes nothing in the result: the split points are the serial algorithm's own.
pub fn pairwise_sum<F: num_traits::Float + Send + Sync>(x: &[F]) -> F {
    let n = x.len();
    if n == 0 {
        // The reduction's identity; non-empty short rows start from -0.0 as NumPy's loop does.
        return F::zero();
    }
    if n < 8 {
        let mut res = -F::zero();
        for v in x {
            res = res + *v;
        }
        return res;
    }
    if n <= 128 {
        let mut r = [F::zero(); 8];
        r.copy_from_slice(&x[..8]);
        let mut i = 8;
        while i + 8 <= n {
            for k in 0..8 {
                r[k] = r[k] + x[i + k];
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res = res + x[i];
            i += 1;
        }
        return res;
    }
    let mut n2 = n / 2;
    n2 -= n2 % 8;
    let (lo, hi) = x.split_at(n2);
    if n >= PARALLEL_THRESHOLD {
        super::cancel::checkpoint();
    }
    if n >= PARALLEL_THRESHOLD && rayon::current_num_threads() > 1 {
        let (a, b) = rayon::join(|| pairwise_sum(lo), || pairwise_sum(hi));
        a + b
    } else {
        pairwise_sum(lo) + pairwise_sum(hi)
    }
}

/// The accumulator dtype NumPy uses: bool and signed ints sum in int64, unsigned ones in uint64.
pub fn reduce_dtype(op: ReduceOp, d: DType) -> DType {
    match op {
        ReduceOp::Sum | ReduceOp::Prod => match d.kind() {
            Kind::Int if d.is_unsigned() => DType::U64,
            Kind::Bool | Kind::Int => DType::I64,
            _ => d,
        },
        ReduceOp::ArgMax | ReduceOp::ArgMin => DType::I64,
        ReduceOp::All | ReduceOp::Any => DType::Bool,
        ReduceOp::Max | ReduceOp::Min => d,
    }
}

/// One axis of a strided walk: its length and its stride in elements.
type Dim = (usize, isize);

/// Call `f` with the offset (relative to `base`) of every index of `dims`, in C order.
fn walk(dims: &[Dim], base: isize, f: &mut impl FnMut(isize)) {
    match dims.split_first() {
        None => f(base),
        Some((&(n, s), rest)) => {
            for i in 0..n as isize {
                walk(rest, base + i * s, f);
            }
        }
    }
}

/// How NumPy's iterator visits a reduction: output elements over the kept axes, and per output a sequence of
/// blocks (the outer reduced axes, in memory order) each summed pairwise over the innermost reduced run.
struct Plan {
    /// Kept axes in their logical order (the output is C-contiguous over them).
    kept: Vec<Dim>,
    /// Reduced axes outside the inner block, outermost first.
    outer_red: Vec<Dim>,
    /// The innermost reduced run coalesced to one axis: (length, stride); length 1 when the innermost axis in
    /// memory is a kept one (then every element is its own block).
    block: Dim,
    offset: isize,
}

impl Plan {
    /// `memory_order`: sort the reduced axes by stride and walk them forwards in memory (sums and products,
    /// whose rounding depends on the order); otherwise keep the logical order (arg-reductions).
    fn new(t: &Tensor, axes: &[usize], memory_order: bool) -> Plan {
        let offset = t.offset as isize;
        let mut kept = Vec::new();
        let mut red: Vec<Dim> = Vec::new();
        for (ax, (&n, &s)) in t.shape.iter().zip(&t.strides).enumerate() {
            if axes.contains(&ax) {
                if n == 1 && memory_order {
                    continue;
                }
                // A reversed axis is still summed in logical order (NumPy does not flip it for reductions).
                red.push((n, s));
            } else {
                kept.push((n, s));
            }
        }
        if !memory_order {
            return Plan {
                kept,
                outer_red: red,
                block: (1, 0),
                offset,
            };
        }
        red.sort_by_key(|&(_, s)| std::cmp::Reverse(s.unsigned_abs()));
        // The innermost axis of NumPy's iteration is the smallest stride among all (non-trivial) axes.
        let min_kept = kept
            .iter()
            .filter(|(n, _)| *n > 1)
            .map(|(_, s)| s.unsigned_abs())
            .min();
        let mut block = (1usize, 0isize);
        if let Some(&(n, s)) = red.last() {
            if min_kept.is_none_or(|k| s.unsigned_abs() < k) {
                red.pop();
                block = (n, s);
                // Coalesce reduced axes that continue the run contiguously.
                while let Some(&(n2, s2)) = red.last() {
                    if s2 == block.1 * block.0 as isize {
                        red.pop();
                        block.0 *= n2;
                    } else {
                        break;
                    }
                }
            }
        }
        Plan {
            kept,
            outer_red: red,
            block,
            offset,
        }
    }

    fn out_shape(&self) -> Vec<usize> {
        self.kept.iter().map(|d| d.0).collect()
    }

    fn n_out(&self) -> usize {
        self.kept.iter().map(|d| d.0).product()
    }

    /// Base offsets of every output element, in C order.
    fn out_offsets(&self) -> Vec<isize> {
        let mut v = Vec::with_capacity(self.n_out());
        walk(&self.kept, self.offset, &mut |o| v.push(o));
        v
    }

    /// Relative offsets of the blocks each output element visits, in order.
    fn block_offsets(&self) -> Vec<isize> {
        let mut v = Vec::new();
        walk(&self.outer_red, 0, &mut |o| v.push(o));
        v
    }
}

/// Sum or product per output element: `init`, then each block folded in with `combine(acc, row_fold(block))`.
fn fold_blocks<T: Copy + Send + Sync>(
    x: &[T],
    plan: &Plan,
    init: T,
    combine: impl Fn(T, T) -> T + Sync,
    row_fold: impl Fn(&[T]) -> T + Sync,
) -> Vec<T> {
    use rayon::prelude::*;
    let outs = plan.out_offsets();
    let blocks = plan.block_offsets();
    let (blen, bstride) = plan.block;
    let parallel = x.len() >= PARALLEL_THRESHOLD && rayon::current_num_threads() > 1;
    if blen == 0 {
        return vec![init; outs.len()];
    }
    if blen > 1 {
        let one = |base: isize| {
            super::cancel::checkpoint();
            let mut acc = init;
            let mut tmp = Vec::new();
            for &b in &blocks {
                let start = base + b;
                let r = if bstride == 1 {
                    row_fold(&x[start as usize..start as usize + blen])
                } else {
                    tmp.clear();
                    tmp.extend((0..blen as isize).map(|k| x[(start + k * bstride) as usize]));
                    row_fold(&tmp)
                };
                acc = combine(acc, r);
            }
            acc
        };
        return if parallel && outs.len() > 1 {
            outs.par_iter().map(|&b| one(b)).collect()
        } else {
            outs.iter().map(|&b| one(b)).collect()
        };
    }
    // Element by element in memory order: each output accumulates the blocks one after another, so a pass over
    // all outputs per block reads the input row by row (a column walk would thrash the cache).
    let mut acc = vec![init; outs.len()];
    let chunk = (outs.len() / (2 * rayon::current_num_threads())).max(1024);
    let pass = |acc: &mut [T], outs: &[isize]| {
        // Outputs that are consecutive in memory (a contiguous kept axis) add whole rows.
        let run = !outs.is_empty() && outs.windows(2).all(|w| w[1] == w[0] + 1);
        for &b in &blocks {
            super::cancel::checkpoint();
            if run {
                let start = (outs[0] + b) as usize;
                for (a, v) in acc.iter_mut().zip(&x[start..start + outs.len()]) {
                    *a = combine(*a, *v);
                }
            } else {
                for (a, &o) in acc.iter_mut().zip(outs) {
                    *a = combine(*a, x[(o + b) as usize]);
                }
            }
        }
    };
    if parallel && outs.len() > chunk {
        acc.par_chunks_mut(chunk)
            .zip(outs.par_chunks(chunk))
            .for_each(|(a, o)| pass(a, o));
    } else {
        pass(&mut acc, &outs);
    }
    acc
}

/// The contiguous data of a tensor's storage as `T` (casting only when the storage holds another type).
fn typed<T: IntoBuffer>(t: &Tensor, f: impl FnOnce(&[T], &Tensor) -> Tensor) -> Tensor {
    if t.dtype == T::DTYPE {
        let buf = t.buf.borrow();
        return f(&super::element::read::<T>(&buf), t);
    }
    let c = t.astype(T::DTYPE);
    let buf = c.buf.borrow();
    f(&super::element::read::<T>(&buf), &c)
}

/// Float sums (pairwise) and products in the elements' own precision.
fn float_sum_or_prod<F: num_traits::Float + IntoBuffer>(
    t: &Tensor,
    axes: &[usize],
    is_sum: bool,
) -> Tensor {
    typed::<F>(t, |x, t| {
        let p = Plan::new(t, axes, true);
        let v = if is_sum {
            fold_blocks(x, &p, F::zero(), |a, b| a + b, pairwise_sum)
        } else {
            fold_blocks(
                x,
                &p,
                F::one(),
                |a, b| a * b,
                |r| r.iter().fold(F::one(), |a, b| a * *b),
            )
        };
        Tensor::from_vec(v, p.out_shape())
    })
}

fn sum_or_prod(op: ReduceOp, t: &Tensor, axes: &[usize]) -> Tensor {
    let plan_of = |t: &Tensor| Plan::new(t, axes, true);
    let is_sum = op == ReduceOp::Sum;
    match t.dtype() {
        DType::F64 => float_sum_or_prod::<f64>(t, axes, is_sum),
        DType::F32 => float_sum_or_prod::<f32>(t, axes, is_sum),
        // Half precision accumulates in float32, rounding back at the end.
        DType::F16 | DType::BF16 => sum_or_prod(op, &t.astype(DType::F32), axes).astype(t.dtype()),
        DType::C64 | DType::C128 => typed::<C64>(t, |x, t| {
            let p = plan_of(t);
            let v = if is_sum {
                fold_blocks(
                    x,
                    &p,
                    C64::new(0.0, 0.0),
                    |a, b| a + b,
                    |r| {
                        let re: Vec<f64> = r.iter().map(|z| z.re).collect();
                        let im: Vec<f64> = r.iter().map(|z| z.im).collect();
                        C64::new(pairwise_sum(&re), pairwise_sum(&im))
                    },
                )
            } else {
                fold_blocks(
                    x,
                    &p,
                    C64::new(1.0, 0.0),
                    |a, b| a * b,
                    |r| r.iter().fold(C64::new(1.0, 0.0), |a, b| a * b),
                )
            };
            Tensor::from_vec(v, p.out_shape())
        })
        .astype(t.dtype()),
        // Integers wrap, so the order is free: accumulate in 64 bits (the same bits for int64 and uint64).
        d => {
            let wide = if d == DType::U64 {
                t.clone()
            } else {
                t.cast(DType::I64)
            };
            let r = typed::<i64>(&wide, |x, t| {
                let p = plan_of(t);
                let v = if is_sum {
                    fold_blocks(
                        x,
                        &p,
                        0i64,
                        |a, b| a.wrapping_add(b),
                        |r| r.iter().fold(0i64, |a, b| a.wrapping_add(*b)),
                    )
                } else {
                    fold_blocks(
                        x,
                        &p,
                        1i64,
                        |a, b| a.wrapping_mul(b),
                        |r| r.iter().fold(1i64, |a, b| a.wrapping_mul(*b)),
                    )
                };
                Tensor::from_vec(v, p.out_shape())
            });
            r.astype(reduce_dtype(op, d))
        }
    }
}

/// The order max/min/argmax/argmin use: the numbers' own for reals, lexicographic (real part, then imaginary)
/// for complex numbers as NumPy orders them; NaN (in any part) propagates.
pub trait Ordered: Copy + PartialEq {
    /// Strictly greater.
    fn after(self, other: Self) -> bool;
    fn is_nan(self) -> bool {
        #[allow(clippy::eq_op)]
        let nan = self != self;
        nan
    }
}

macro_rules! ordered_by_partial_ord {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            fn after(self, other: Self) -> bool {
                self > other
            }
        }
    )*};
}
ordered_by_partial_ord!(
    bool,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    half::f16,
    half::bf16,
    f32,
    f64
);

macro_rules! ordered_lexicographic {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            fn after(self, other: Self) -> bool {
                self.re > other.re || (self.re == other.re && self.im > other.im)
            }
        }
    )*};
}
ordered_lexicographic!(crate::tensor::element::C32, crate::tensor::element::C64);

/// Index of the max/min of a sequence; the first NaN wins, and ties keep the earliest, as NumPy's argmax does.
fn arg_extreme<T: Ordered>(mut items: impl Iterator<Item = T>, want_max: bool) -> (usize, T) {
    let Some(first) = items.next() else {
        unreachable!("empty reductions are rejected before")
    };
    if first.is_nan() {
        return (0, first);
    }
    let (mut best_i, mut best) = (0, first);
    for (i, x) in items.enumerate() {
        if x.is_nan() {
            return (i + 1, x);
        }
        if (want_max && x.after(best)) || (!want_max && best.after(x)) {
            best = x;
            best_i = i + 1;
        } else if x == best {
            // NumPy's max/min fold `maximum(acc, x)`, which keeps the later of two equal values (max of
            // [-0.0, 0.0] is 0.0), while argmax keeps the first index.
            best = x;
        }
    }
    (best_i, best)
}

/// argmax/argmin of a non-empty contiguous run, the same answer as `arg_extreme`, a block at a time: a block's
/// extreme is a branch-free fold into independent lanes (which the compiler turns into SIMD max/min for the
/// primitive types), with a NaN check beside it; only the winning block is searched again for the first index
/// holding the extreme. A block with a NaN is searched by `arg_extreme`, since the first NaN is the answer.
fn arg_extreme_run<T: Ordered, const MAX: bool>(x: &[T]) -> (usize, T) {
    const BLOCK: usize = 2048;
    const LANES: usize = 8;
    let better = |a: T, b: T| if MAX { a.after(b) } else { b.after(a) };
    let mut best: Option<(usize, T)> = None;
    for (k, block) in x.chunks(BLOCK).enumerate() {
        let start = k * BLOCK;
        let mut lanes = [block[0]; LANES];
        let mut nan = false;
        let mut rows = block.chunks_exact(LANES);
        for row in &mut rows {
            for j in 0..LANES {
                let v = row[j];
                nan |= v.is_nan();
                lanes[j] = if better(v, lanes[j]) { v } else { lanes[j] };
            }
        }
        for &v in rows.remainder() {
            nan |= v.is_nan();
            lanes[0] = if better(v, lanes[0]) { v } else { lanes[0] };
        }
        if nan {
            let (i, v) = arg_extreme(block.iter().copied(), MAX);
            return (start + i, v);
        }
        let m = lanes[1..]
            .iter()
            .fold(lanes[0], |m, &l| if better(l, m) { l } else { m });
        // A later block wins only when strictly better: ties keep the earliest index.
        if best.is_none_or(|(_, b)| better(m, b)) {
            best = Some((start, m));
        }
    }
    let Some((start, m)) = best else {
        unreachable!("empty reductions are rejected before")
    };
    let i = x[start..].iter().position(|&v| v == m).unwrap_or(0);
    (start + i, m)
}

/// arg_extreme over a contiguous run, in parallel chunks for long runs (combined in order, so the same answer).
/// Only argmax/argmin (`want_index`) take the blocked path: max/min keep the later of equal values (see
/// `arg_extreme`), which its lanes do not track.
fn arg_extreme_slice<T: Ordered + Send + Sync>(
    x: &[T],
    want_max: bool,
    want_index: bool,
) -> (usize, T) {
    use rayon::prelude::*;
    const CHUNK: usize = 1 << 16;
    let run = |s: &[T]| match (want_index, want_max) {
        (true, true) => arg_extreme_run::<T, true>(s),
        (true, false) => arg_extreme_run::<T, false>(s),
        (false, _) => arg_extreme(s.iter().copied(), want_max),
    };
    if x.len() < PARALLEL_THRESHOLD || rayon::current_num_threads() < 2 {
        return run(x);
    }
    let parts: Vec<(usize, T)> = x
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(c, s)| {
            super::cancel::checkpoint();
            let (i, v) = run(s);
            (c * CHUNK + i, v)
        })
        .collect();
    let (k, v) = arg_extreme(parts.iter().map(|p| p.1), want_max);
    (parts[k].0, v)
}

fn extreme<T: IntoBuffer + Ordered>(op: ReduceOp, t: &Tensor, axes: &[usize]) -> Tensor {
    let want_max = matches!(op, ReduceOp::Max | ReduceOp::ArgMax);
    let want_index = matches!(op, ReduceOp::ArgMax | ReduceOp::ArgMin);
    typed::<T>(t, |x, t| {
        let p = Plan::new(t, axes, false);
        let outs = p.out_offsets();
        let red = p.outer_red.clone();
        let found: Vec<(usize, T)> = match red.as_slice() {
            [(n, 1)] => outs
                .iter()
                .map(|&b| arg_extreme_slice(&x[b as usize..b as usize + n], want_max, want_index))
                .collect(),
            _ => {
                let rel = p.block_offsets();
                outs.iter()
                    .map(|&b| arg_extreme(rel.iter().map(|&r| x[(b + r) as usize]), want_max))
                    .collect()
            }
        };
        if want_index {
            Tensor::from_vec(
                found.iter().map(|f| f.0 as i64).collect::<Vec<i64>>(),
                p.out_shape(),
            )
        } else {
            Tensor::from_vec(found.iter().map(|f| f.1).collect::<Vec<T>>(), p.out_shape())
        }
    })
}

fn all_any(op: ReduceOp, t: &Tensor, axes: &[usize]) -> Tensor {
    let b = t.cast(DType::Bool);
    typed::<bool>(&b, |x, t| {
        let p = Plan::new(t, axes, false);
        let rel = p.block_offsets();
        let v: Vec<bool> = p
            .out_offsets()
            .iter()
            .map(|&base| {
                let mut it = rel.iter().map(|&r| x[(base + r) as usize]);
                if op == ReduceOp::All {
                    it.all(|v| v)
                } else {
                    it.any(|v| v)
                }
            })
            .collect();
        Tensor::from_vec(v, p.out_shape())
    })
}

/// Reduce over `axes` (sorted, unique), keeping them as length-1 axes when `keepdims`.
pub fn reduce(op: ReduceOp, t: &Tensor, axes: &[usize], keepdims: bool) -> TResult<Tensor> {
    let nd = t.ndim();
    let inner: usize = axes.iter().map(|&a| t.shape[a]).product();
    if inner == 0
        && matches!(
            op,
            ReduceOp::Max | ReduceOp::Min | ReduceOp::ArgMax | ReduceOp::ArgMin
        )
    {
        return Err(TensorError::Value(match op {
            ReduceOp::ArgMax => "attempt to get argmax of an empty sequence".into(),
            ReduceOp::ArgMin => "attempt to get argmin of an empty sequence".into(),
            ReduceOp::Max => {
                "zero-size array to reduction operation maximum which has no identity".into()
            }
            _ => "zero-size array to reduction operation minimum which has no identity".into(),
        }));
    }
    let result = match op {
        _ if t.dtype.is_string() => super::strings::reduce(op, t, axes)?,
        ReduceOp::Sum | ReduceOp::Prod => sum_or_prod(op, t, axes),
        ReduceOp::All | ReduceOp::Any => all_any(op, t, axes),
        ReduceOp::Max | ReduceOp::Min | ReduceOp::ArgMax | ReduceOp::ArgMin => {
            use crate::tensor::element::{C32, C64};
            macro_rules! each {
                ($($d:ident => $t:ty),*) => {
                    match t.dtype() {
                        $(DType::$d => extreme::<$t>(op, t, axes),)*
                        // Handled above (`strings::reduce`).
                        DType::Str(_) | DType::Bytes(_) => super::strings::reduce(op, t, axes)?,
                    }
                };
            }
            each!(Bool => bool, I8 => i8, I16 => i16, I32 => i32, I64 => i64, U8 => u8, U16 => u16,
                  U32 => u32, U64 => u64, F16 => half::f16, BF16 => half::bf16, F32 => f32, F64 => f64,
                  C64 => C32, C128 => C64)
        }
    };
    if keepdims {
        let spec: Vec<isize> = (0..nd)
            .map(|a| {
                if axes.contains(&a) {
                    1
                } else {
                    t.shape[a] as isize
                }
            })
            .collect();
        return result.reshape(&spec);
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairwise_matches_serial_split() {
        let v: Vec<f64> = (0..1_000_003)
            .map(|i| (i as f64).sin() * 1e-3 + 0.1)
            .collect();
        let s = pairwise_sum(&v);
        // Same algorithm with no parallel split: the bits must agree.
        fn serial(x: &[f64]) -> f64 {
            let n = x.len();
            if n <= 128 {
                return super::pairwise_sum(x);
            }
            let mut n2 = n / 2;
            n2 -= n2 % 8;
            serial(&x[..n2]) + serial(&x[n2..])
        }
        assert_eq!(s.to_bits(), serial(&v).to_bits());
    }

    #[test]
    fn argmax_first_nan_and_first_tie() {
        assert_eq!(arg_extreme([1.0, 3.0, 3.0, 2.0].into_iter(), true).0, 1);
        assert_eq!(
            arg_extreme([1.0, f64::NAN, 5.0, f64::NAN].into_iter(), true).0,
            1
        );
        let mut big = vec![0.0f64; PARALLEL_THRESHOLD * 3];
        big[200_000] = 7.0;
        big[600_000] = 7.0;
        assert_eq!(arg_extreme_slice(&big, true, true).0, 200_000);
        big[700_000] = f64::NAN;
        assert_eq!(arg_extreme_slice(&big, true, true).0, 700_000);
    }

    #[test]
    fn blocked_arg_extreme_agrees_with_the_plain_scan() {
        // Few distinct values (many ties, signed zeros), lengths around the block and lane sizes, NaN anywhere.
        let mut state = 12345u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        for len in [1, 7, 8, 9, 2047, 2048, 2049, 5000, 9000] {
            for trial in 0..6 {
                let mut v: Vec<f64> = (0..len)
                    .map(|_| [-1.0, -0.0, 0.0, 2.0][next() % 4])
                    .collect();
                if trial >= 3 {
                    let at = next() % len;
                    v[at] = f64::NAN;
                }
                let ints: Vec<i32> = (0..len).map(|_| (next() % 5) as i32 - 2).collect();
                assert_eq!(
                    arg_extreme_run::<f64, true>(&v).0,
                    arg_extreme(v.iter().copied(), true).0
                );
                assert_eq!(
                    arg_extreme_run::<f64, false>(&v).0,
                    arg_extreme(v.iter().copied(), false).0
                );
                assert_eq!(
                    arg_extreme_run::<i32, true>(&ints).0,
                    arg_extreme(ints.iter().copied(), true).0
                );
                assert_eq!(
                    arg_extreme_run::<i32, false>(&ints).0,
                    arg_extreme(ints.iter().copied(), false).0
                );
            }
        }
    }
}
