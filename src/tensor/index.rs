//! Copying index kernels: gather and scatter through storage offsets, and boolean-mask selection and assignment.
//! Basic indexing needs no kernel (it is a view); these serve fancy and masked indexing for every flavour.

use super::dtype::DType;
use super::element::read;
use super::kernel::{par_fill, PARALLEL_THRESHOLD};
use super::{for_each_offset, TResult, Tensor};

/// Read the elements at storage `offsets` of `base` into a new contiguous tensor of `shape`.
pub fn gather(base: &Tensor, offsets: &[usize], shape: Vec<usize>) -> Tensor {
    if base.dtype.is_string() {
        // Whole strings: the units of each selected element, through the unit view.
        let n = base.dtype.units();
        let units = base.units();
        let mut ushape = shape;
        ushape.push(n);
        let g = gather(&units, &super::strings::unit_offsets(offsets, n), ushape);
        return Tensor::from_units(&g, base.dtype);
    }
    let buf = base.buf.borrow();
    crate::with_data!(base, &buf, v => {
        let out = par_fill(offsets.len(), |s, o| {
            for (o, &p) in o.iter_mut().zip(&offsets[s..]) {
                o.write(v[p]);
            }
        });
        Tensor::from_vec(out, shape)
    })
}

/// Write `src` (already broadcast to the gathered shape, any dtype) to the storage `offsets` of `base`, in
/// order, so a repeated offset keeps the last value as NumPy's assignment does.
pub fn scatter(base: &Tensor, offsets: &[usize], src: &Tensor) {
    let dtype = base.dtype();
    if dtype.is_string() {
        let n = dtype.units();
        // `src` has the gathered shape; its units, flattened, line up with the unit offsets.
        let units = src.astype(dtype).units();
        if let Ok(flat) = units.reshape(&[-1]) {
            scatter(
                &base.units(),
                &super::strings::unit_offsets(offsets, n),
                &flat,
            );
        }
        return;
    }
    crate::with_dtype!(dtype, T => {
        let vals = src.to_vec::<T>();
        super::element::store(&mut base.buf.borrow_mut(), offsets.iter().copied().zip(vals));
    });
}

/// The storage offsets of a view's elements where `mask` (same shape, bool) is true, in C order.
pub fn mask_offsets(t: &Tensor, mask: &Tensor) -> Vec<usize> {
    let m = mask.to_vec::<bool>();
    let mut out = Vec::with_capacity(m.iter().filter(|x| **x).count());
    if t.is_contiguous() {
        out.extend(
            m.iter()
                .enumerate()
                .filter(|(_, b)| **b)
                .map(|(i, _)| t.offset + i),
        );
    } else {
        let mut k = 0;
        for_each_offset(&t.shape, &t.strides, t.offset, |o| {
            if m[k] {
                out.push(o);
            }
            k += 1;
        });
    }
    out
}

/// `t[mask]` for a boolean mask of `t`'s own shape: the selected elements, flattened in C order.
pub fn mask_select(t: &Tensor, mask: &Tensor) -> Tensor {
    let dtype = t.dtype();
    if t.is_contiguous() && mask.is_contiguous() && !dtype.is_string() {
        let n = t.numel();
        let mb = mask.buf.borrow();
        let buf = t.buf.borrow();
        if mask.dtype == DType::Bool {
            let m = read::<bool>(&mb);
            let m = &m[mask.offset..mask.offset + n];
            return crate::with_dtype!(dtype, T => {
                let x = &read::<T>(&buf)[t.offset..t.offset + n];
                let out = select_contiguous(x, m);
                let len = out.len();
                Tensor::from_vec(out, vec![len])
            });
        }
    }
    let offs = mask_offsets(t, mask);
    let n = offs.len();
    gather(t, &offs, vec![n])
}

/// The elements of `x` where `m` is true. Long inputs are cut into chunks: each chunk's count gives it a
/// disjoint range of the output, which the chunks then fill in parallel (no per-chunk vectors to join).
fn select_contiguous<T: Copy + Send + Sync>(x: &[T], m: &[bool]) -> Vec<T> {
    use rayon::prelude::*;
    const CHUNK: usize = 1 << 16;
    let count = |m: &[bool]| m.iter().map(|b| *b as usize).sum::<usize>();
    let fill = |x: &[T], m: &[bool], out: &mut [std::mem::MaybeUninit<T>]| {
        let mut k = 0;
        for (v, keep) in x.iter().zip(m) {
            if *keep {
                out[k].write(*v);
                k += 1;
            }
        }
    };
    let parallel = x.len() >= PARALLEL_THRESHOLD && rayon::current_num_threads() > 1;
    let counts: Vec<usize> = if parallel {
        m.par_chunks(CHUNK).map(count).collect()
    } else {
        m.chunks(CHUNK).map(count).collect()
    };
    let total: usize = counts.iter().sum();
    let mut out: Vec<T> = super::element::alloc_vec(total);
    let mut slots: Vec<&mut [std::mem::MaybeUninit<T>]> = Vec::with_capacity(counts.len());
    let mut rest = &mut out.spare_capacity_mut()[..total];
    for &c in &counts {
        let (head, tail) = rest.split_at_mut(c);
        slots.push(head);
        rest = tail;
    }
    if parallel {
        slots
            .into_par_iter()
            .zip(x.par_chunks(CHUNK).zip(m.par_chunks(CHUNK)))
            .for_each(|(o, (x, m))| fill(x, m, o));
    } else {
        for (o, (x, m)) in slots.into_iter().zip(x.chunks(CHUNK).zip(m.chunks(CHUNK))) {
            fill(x, m, o);
        }
    }
    // SAFETY: chunk i holds exactly counts[i] true entries, so `fill` wrote every slot of its range, and the
    // ranges partition 0..total.
    unsafe { out.set_len(total) };
    out
}

/// `t[mask] = src`: `src` broadcasts to the number of selected elements.
pub fn mask_assign(t: &Tensor, mask: &Tensor, src: &Tensor) -> TResult<()> {
    let offs = mask_offsets(t, mask);
    let src = src.broadcast_to(&[offs.len()])?;
    scatter(t, &offs, &src);
    Ok(())
}

/// Fold `src` (one value per offset, C order) into `base` at storage `offsets` with `op`, in order: a repeated
/// offset combines its values one after another, as a sequential loop would (scatter_add, index_add,
/// scatter_reduce). With `include_self` false, the first value at each offset replaces what was there.
///
/// The work goes in rounds: round k holds the k-th occurrence of every offset, so each round touches distinct
/// elements and is one vectorized gather, `op` and scatter in `base`'s dtype (exact for every dtype).
pub fn scatter_combine(
    base: &Tensor,
    offsets: &[usize],
    src: &Tensor,
    op: super::ops::BinaryOp,
    include_self: bool,
) -> TResult<()> {
    let dtype = base.dtype();
    let src = src.cast(dtype).contiguous();
    let mut occurrences: std::collections::HashMap<usize, usize> = Default::default();
    let mut rounds: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for (i, &o) in offsets.iter().enumerate() {
        let k = occurrences.entry(o).or_insert(0);
        if rounds.len() <= *k {
            rounds.push(Default::default());
        }
        rounds[*k].0.push(o);
        rounds[*k].1.push(src.offset + i);
        *k += 1;
    }
    for (r, (offs, at)) in rounds.iter().enumerate() {
        let vals = gather(&src, at, vec![at.len()]);
        let vals = if r == 0 && !include_self {
            vals
        } else {
            let cur = gather(base, offs, vec![offs.len()]);
            super::ops::binary(op, &cur, &vals, dtype)?.cast(dtype)
        };
        scatter(base, offs, &vals);
    }
    Ok(())
}
