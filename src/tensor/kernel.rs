//! The generic elementwise kernels: one strided, broadcasting walk that applies a per-element function over
//! parallel chunks, and its checked form that finds the floating-point conditions the results raised.

use super::element::{read, IntoBuffer};
use super::error::TensorError;
use super::fpe::{self, Fault, FpElement, FpFlags};
use super::{broadcast_shapes, walk2, walk2_runs, TResult, Tensor};
use std::mem::MaybeUninit;

/// Below this many elements kernels stay on one thread: rayon's wake-up costs about 20 µs here, which only pays
/// off for large arrays (see the tech notes' measurements on 2 cores). Results are identical either way.
pub const PARALLEL_THRESHOLD: usize = 1 << 18;
const CHUNK: usize = 1 << 15;

/// A vector of `n` elements, each written once by `fill(start, chunk)` over consecutive chunks (in parallel
/// for large `n`). The memory is not zeroed first: the kernels are memory-bound, and a zeroing pass would cost
/// as much as the operation itself.
pub fn par_fill<U: Copy + Send + Sync>(
    n: usize,
    fill: impl Fn(usize, &mut [MaybeUninit<U>]) + Sync,
) -> Vec<U> {
    par_fill_checked(n, fill, None::<(fn(usize, &[U]) -> FpFlags, FpFlags)>).0
}

/// Results per block of a checked kernel: the block is scanned right after it is written, while it is in L1.
const BLOCK: usize = 1 << 11;

/// `par_fill`, then with a `check`, `check(start, block)` on each block of at most `BLOCK` fresh results; the
/// conditions the checks return are combined. Once they hold all of `check.1` (every watched condition the op
/// can raise), the remaining blocks are not checked: exp on large values overflows in the first block, and
/// classifying the other thousands would only find the same overflow again.
fn par_fill_checked<U: Copy + Send + Sync>(
    n: usize,
    fill: impl Fn(usize, &mut [MaybeUninit<U>]) + Sync,
    check: Option<(impl Fn(usize, &[U]) -> FpFlags + Sync, FpFlags)>,
) -> (Vec<U>, FpFlags) {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicU8, Ordering};
    let found = AtomicU8::new(0);
    let run = |start: usize, slots: &mut [MaybeUninit<U>]| {
        let Some((check, all)) = &check else {
            fill(start, slots);
            return;
        };
        for (i, block) in slots.chunks_mut(BLOCK).enumerate() {
            let s = start + i * BLOCK;
            fill(s, block);
            if FpFlags::from_bits(found.load(Ordering::Relaxed)).contains(*all) {
                continue;
            }
            // SAFETY: `fill` wrote every slot of `block` (see `par_fill`), and `MaybeUninit<U>` has `U`'s layout.
            let done = unsafe { &*(block as *const [MaybeUninit<U>] as *const [U]) };
            let flags = check(s, done);
            if !flags.is_empty() {
                found.fetch_or(flags.bits(), Ordering::Relaxed);
            }
        }
    };
    let mut out: Vec<U> = super::element::alloc_vec(n);
    let slots = &mut out.spare_capacity_mut()[..n];
    // Ctrl-C stops a kernel between chunks (see `cancel`).
    if n < PARALLEL_THRESHOLD {
        run(0, slots)
    } else if rayon::current_num_threads() < 2 {
        for (c, chunk) in slots.chunks_mut(CHUNK).enumerate() {
            super::cancel::checkpoint();
            run(c * CHUNK, chunk);
        }
    } else {
        slots
            .par_chunks_mut(CHUNK)
            .enumerate()
            .for_each(|(c, chunk)| {
                super::cancel::checkpoint();
                run(c * CHUNK, chunk)
            });
    }
    // SAFETY: `fill` wrote every slot of every chunk, and the chunks cover `0..n` (kernels write each slot of
    // the chunk they are given; a panic unwinds before this line, leaving the Vec empty, and `U: Copy` has no drop).
    unsafe { out.set_len(n) };
    (out, FpFlags::from_bits(found.into_inner()))
}

/// Map `f` over two broadcast inputs of element type `T`, producing a contiguous tensor of `U`.
pub fn map2<T: IntoBuffer, U: IntoBuffer>(
    a: &Tensor,
    b: &Tensor,
    f: impl Fn(T, T) -> U + Sync,
) -> TResult<Tensor> {
    map2_checked(
        a,
        b,
        f,
        None::<(fn(&[U]) -> bool, fn(T, T, U) -> FpFlags, FpFlags)>,
    )
}

/// `map2` for a float op that can raise floating-point conditions: with any watched (see `fpe::checked`), each
/// block of results is scanned and the suspicious ones classified by `fault`; the conditions found are raised.
pub fn map2_fp<T: IntoBuffer + FpElement>(
    a: &Tensor,
    b: &Tensor,
    fault: Option<Fault>,
    f: impl Fn(T, T) -> T + Sync,
) -> TResult<Tensor> {
    let check = block_scan::<T>(fault).map(|(scan, fault, all)| {
        let classify = move |x: T, y: T, r: T| T::classify(fault, x, y, r);
        (scan, classify, all)
    });
    map2_checked(a, b, f, check)
}

/// The block scan of a checked op and the watched conditions it can raise, when there are any.
fn block_scan<T: FpElement>(
    fault: Option<Fault>,
) -> Option<(impl Fn(&[T]) -> bool + Sync, Fault, FpFlags)> {
    let fault = fault?;
    let watch = fpe::watched() & T::can_raise(fault);
    if watch.is_empty() {
        return None;
    }
    let tiny = watch.contains(FpFlags::UNDERFLOW);
    Some((move |r: &[T]| T::suspicious(r, tiny), fault, watch))
}

fn map2_checked<T: IntoBuffer, U: IntoBuffer>(
    a: &Tensor,
    b: &Tensor,
    f: impl Fn(T, T) -> U + Sync,
    check: Option<(
        impl Fn(&[U]) -> bool + Sync,
        impl Fn(T, T, U) -> FpFlags + Sync,
        FpFlags,
    )>,
) -> TResult<Tensor> {
    let shape = broadcast_shapes(&a.shape, &b.shape)?;
    let n: usize = shape.iter().product();
    if a.dtype != T::DTYPE || b.dtype != T::DTYPE {
        return Err(TensorError::Type(
            "internal: operands were not cast to the loop type".into(),
        ));
    }
    let (ab, bb) = (a.buf.borrow(), b.buf.borrow());
    let (sa, sb) = (read::<T>(&ab), read::<T>(&bb));
    let (sa, sb): (&[T], &[T]) = (&sa, &sb);
    // Classify a suspicious block against its operands, visited by the broadcast walk (the slow path: the views
    // are made only here).
    let block_check = check.map(|(scan, classify, all)| {
        let shape = &shape;
        let (la, lb) = (
            (&a.shape[..], &a.strides[..]),
            (&b.shape[..], &b.strides[..]),
        );
        let (oa, ob) = (a.offset, b.offset);
        let check = move |s: usize, out: &[U]| -> FpFlags {
            if !scan(out) {
                return FpFlags::NONE;
            }
            let (stra, strb) = (broadcast_strides(la, shape), broadcast_strides(lb, shape));
            let (mut flags, mut k) = (FpFlags::NONE, 0);
            walk2(shape, (&stra, oa), (&strb, ob), s, out.len(), |pa, pb| {
                flags |= classify(sa[pa], sb[pb], out[k]);
                k += 1;
            });
            flags
        };
        (check, all)
    });
    let (out, flags): (Vec<U>, FpFlags) =
        if a.shape == shape && b.shape == shape && a.is_contiguous() && b.is_contiguous() {
            let (xa, xb) = (&sa[a.offset..a.offset + n], &sb[b.offset..b.offset + n]);
            par_fill_checked(
                n,
                |s, o| {
                    for ((o, x), y) in o.iter_mut().zip(&xa[s..]).zip(&xb[s..]) {
                        o.write(f(*x, *y));
                    }
                },
                block_check,
            )
        } else if b.numel() == 1 && a.shape == shape && a.is_contiguous() {
            let (xa, y) = (&sa[a.offset..a.offset + n], sb[b.offset]);
            par_fill_checked(
                n,
                |s, o| {
                    for (o, x) in o.iter_mut().zip(&xa[s..]) {
                        o.write(f(*x, y));
                    }
                },
                block_check,
            )
        } else if a.numel() == 1 && b.shape == shape && b.is_contiguous() {
            let (x, xb) = (sa[a.offset], &sb[b.offset..b.offset + n]);
            par_fill_checked(
                n,
                |s, o| {
                    for (o, y) in o.iter_mut().zip(&xb[s..]) {
                        o.write(f(x, *y));
                    }
                },
                block_check,
            )
        } else {
            let va = a.broadcast_to(&shape)?;
            let vb = b.broadcast_to(&shape)?;
            par_fill_checked(
                n,
                |s, o| {
                    let mut k = 0;
                    walk2_runs(
                        &shape,
                        (&va.strides, va.offset),
                        (&vb.strides, vb.offset),
                        s,
                        o.len(),
                        |run| {
                            let out = &mut o[k..k + run.len];
                            k += run.len;
                            // Contiguous and broadcast last axes as slice loops (a bias added to each row).
                            match (run.stride_a, run.stride_b) {
                                (1, 1) => {
                                    let (xa, xb) =
                                        (&sa[run.a..run.a + run.len], &sb[run.b..run.b + run.len]);
                                    for ((o, x), y) in out.iter_mut().zip(xa).zip(xb) {
                                        o.write(f(*x, *y));
                                    }
                                }
                                (1, 0) => {
                                    let (xa, y) = (&sa[run.a..run.a + run.len], sb[run.b]);
                                    for (o, x) in out.iter_mut().zip(xa) {
                                        o.write(f(*x, y));
                                    }
                                }
                                (0, 1) => {
                                    let (x, xb) = (sa[run.a], &sb[run.b..run.b + run.len]);
                                    for (o, y) in out.iter_mut().zip(xb) {
                                        o.write(f(x, *y));
                                    }
                                }
                                (stride_a, stride_b) => {
                                    let (mut pa, mut pb) = (run.a as isize, run.b as isize);
                                    for o in out.iter_mut() {
                                        o.write(f(sa[pa as usize], sb[pb as usize]));
                                        pa += stride_a;
                                        pb += stride_b;
                                    }
                                }
                            }
                        },
                    );
                },
                block_check,
            )
        };
    fpe::raise(flags);
    Ok(Tensor::from_vec(out, shape))
}

/// The strides of a view `(shape, strides)` broadcast to `to` (a shape it broadcasts to): 0 along the axes it
/// is repeated over.
fn broadcast_strides((shape, strides): (&[usize], &[isize]), to: &[usize]) -> Vec<isize> {
    let lead = to.len().saturating_sub(shape.len());
    (0..to.len())
        .map(|i| match i.checked_sub(lead) {
            Some(j) if shape.get(j) == Some(&to[i]) => strides[j],
            _ => 0,
        })
        .collect()
}

/// Map `f` over one input of element type `T`.
pub fn map1<T: IntoBuffer, U: IntoBuffer>(
    a: &Tensor,
    f: impl Fn(T) -> U + Sync,
) -> TResult<Tensor> {
    map1_checked(
        a,
        f,
        None::<(fn(&[U]) -> bool, fn(T, U) -> FpFlags, FpFlags)>,
    )
}

/// `map1` for a float op that can raise floating-point conditions (see `map2_fp`).
pub fn map1_fp<T: IntoBuffer + FpElement>(
    a: &Tensor,
    fault: Option<Fault>,
    f: impl Fn(T) -> T + Sync,
) -> TResult<Tensor> {
    let check = block_scan::<T>(fault).map(|(scan, fault, all)| {
        let classify = move |x: T, r: T| T::classify(fault, x, T::ZERO, r);
        (scan, classify, all)
    });
    map1_checked(a, f, check)
}

fn map1_checked<T: IntoBuffer, U: IntoBuffer>(
    a: &Tensor,
    f: impl Fn(T) -> U + Sync,
    check: Option<(
        impl Fn(&[U]) -> bool + Sync,
        impl Fn(T, U) -> FpFlags + Sync,
        FpFlags,
    )>,
) -> TResult<Tensor> {
    if a.dtype != T::DTYPE {
        return Err(TensorError::Type(
            "internal: operand was not cast to the loop type".into(),
        ));
    }
    let buf = a.buf.borrow();
    let s = read::<T>(&buf);
    let s: &[T] = &s;
    let n = a.numel();
    let (shape, strides, offset) = (&a.shape, &a.strides, a.offset);
    let contiguous = a.is_contiguous();
    let block_check = check.map(|(scan, classify, all)| {
        let check = move |st: usize, out: &[U]| -> FpFlags {
            if !scan(out) {
                return FpFlags::NONE;
            }
            // Contiguous input (the common case): a plain zip, which stops once everything possible is found.
            if contiguous {
                let x = &s[offset + st..offset + st + out.len()];
                let mut flags = FpFlags::NONE;
                for (&x, &r) in x.iter().zip(out) {
                    flags |= classify(x, r);
                    if flags.contains(all) {
                        break;
                    }
                }
                return flags;
            }
            let (mut flags, mut k) = (FpFlags::NONE, 0);
            walk2(
                shape,
                (strides, offset),
                (strides, offset),
                st,
                out.len(),
                |p, _| {
                    flags |= classify(s[p], out[k]);
                    k += 1;
                },
            );
            flags
        };
        (check, all)
    });
    let (out, flags): (Vec<U>, FpFlags) = if a.is_contiguous() {
        let x = &s[a.offset..a.offset + n];
        par_fill_checked(
            n,
            |st, o| {
                for (o, x) in o.iter_mut().zip(&x[st..]) {
                    o.write(f(*x));
                }
            },
            block_check,
        )
    } else {
        par_fill_checked(
            n,
            |st, o| {
                let mut k = 0;
                walk2(
                    shape,
                    (strides, offset),
                    (strides, offset),
                    st,
                    o.len(),
                    |p, _| {
                        o[k].write(f(s[p]));
                        k += 1;
                    },
                );
            },
            block_check,
        )
    };
    fpe::raise(flags);
    Ok(Tensor::from_vec(out, a.shape.clone()))
}

/// `dst += src` in place for float32/float64 tensors of one shape, both contiguous and in separate storage
/// (accumulating a gradient into `.grad` without a temporary). False, with nothing written, when that does
/// not apply and the caller must take the general path.
pub fn add_in_place(dst: &Tensor, src: &Tensor) -> bool {
    if dst.shape != src.shape
        || dst.dtype != src.dtype
        || !dst.is_contiguous()
        || !src.is_contiguous()
        || dst.shares_storage(src)
    {
        return false;
    }
    let n = dst.numel();
    let from = src.buf.borrow();
    let mut to = dst.buf.borrow_mut();
    macro_rules! add {
        ($t:ty) => {{
            let (Some(x), Some(y)) = (<$t>::slice(&from), <$t>::slice_mut(&mut to)) else {
                return false;
            };
            let (Some(x), Some(y)) = (
                x.get(src.offset..src.offset + n),
                y.get_mut(dst.offset..dst.offset + n),
            ) else {
                return false;
            };
            for (o, v) in y.iter_mut().zip(x) {
                *o += *v;
            }
            true
        }};
    }
    match dst.dtype {
        super::dtype::DType::F32 => add!(f32),
        super::dtype::DType::F64 => add!(f64),
        _ => false,
    }
}
