//! Lane kernels along one axis, shared by the NumPy and PyTorch flavours: cumulative sums and products, stable
//! sorting permutations (NaN ordered last, as both libraries do), and gathering along an axis by such indices.

use super::dtype::{DType, Kind};
use super::element::{IntoBuffer, C64};
use super::{TResult, Tensor};

/// Apply `f` to every 1-D lane along `axis` (moved last, made contiguous), producing lanes of `out_len`.
pub fn along_axis<T: IntoBuffer, U: IntoBuffer>(
    t: &Tensor,
    axis: usize,
    out_len: usize,
    mut f: impl FnMut(&[T]) -> Vec<U>,
) -> Tensor {
    let nd = t.ndim();
    let mut perm: Vec<usize> = (0..nd).filter(|&a| a != axis).collect();
    perm.push(axis);
    let moved = t.permute(&perm).contiguous();
    let n = t.shape[axis];
    let data = moved.to_vec::<T>();
    let lanes: usize = moved.shape[..nd - 1].iter().product();
    let mut out = Vec::with_capacity(lanes * out_len);
    for l in 0..lanes {
        out.extend(f(&data[l * n..(l + 1) * n]));
    }
    let mut shape: Vec<usize> = moved.shape[..nd - 1].to_vec();
    shape.push(out_len);
    let r = Tensor::from_vec(out, shape);
    // Move the axis back.
    r.permute(&super::layout::inverse_perm(&perm)).contiguous()
}

fn running<T: Copy>(lane: &[T], init: T, step: impl Fn(T, T) -> T) -> Vec<T> {
    let mut acc = init;
    lane.iter()
        .map(|&x| {
            acc = step(acc, x);
            acc
        })
        .collect()
}

/// The running sum (or product, when `product`) along `ax`, accumulated in `t`'s own dtype (integers wrap).
/// Callers cast first to choose the accumulator: NumPy accumulates float32 in float32, PyTorch in float64.
pub fn scan(t: &Tensor, ax: usize, product: bool) -> TResult<Tensor> {
    let d = t.dtype();
    let n = t.shape[ax];
    Ok(match d.kind() {
        Kind::Str => {
            return Err(super::ops::no_string_loop(
                if product { "multiply" } else { "add" },
                &[d, d],
            ))
        }
        Kind::Bool | Kind::Int => along_axis::<i64, i64>(t, ax, n, |lane| {
            if product {
                running(lane, 1, i64::wrapping_mul)
            } else {
                running(lane, 0, i64::wrapping_add)
            }
        }),
        Kind::Complex => along_axis::<C64, C64>(t, ax, n, |lane| {
            if product {
                running(lane, C64::new(1.0, 0.0), |a, b| a * b)
            } else {
                running(lane, C64::new(0.0, 0.0), |a, b| a + b)
            }
        })
        .astype(d),
        Kind::Float if d == DType::F32 => along_axis::<f32, f32>(t, ax, n, |lane| {
            if product {
                running(lane, 1.0, |a, b| a * b)
            } else {
                running(lane, 0.0, |a, b| a + b)
            }
        }),
        Kind::Float => along_axis::<f64, f64>(t, ax, n, |lane| {
            if product {
                running(lane, 1.0, |a, b| a * b)
            } else {
                running(lane, 0.0, |a, b| a + b)
            }
        })
        .astype(d),
    })
}

/// The sort order of floats as a strict "less than": NaNs sort after everything.
pub fn f64_lt(a: f64, b: f64) -> bool {
    a < b || (b.is_nan() && !a.is_nan())
}

/// NumPy's complex sort order (npysort's CLT): lexicographic on (real, imag), with the NaN ranks
/// [R + Rj, R + nanj, nan + Rj, nan + nanj].
pub fn c64_lt(a: C64, b: C64) -> bool {
    if a.re < b.re {
        !a.im.is_nan() || b.im.is_nan()
    } else if a.re > b.re {
        b.im.is_nan() && !a.im.is_nan()
    } else if a.re == b.re || (a.re.is_nan() && b.re.is_nan()) {
        a.im < b.im || (b.im.is_nan() && !a.im.is_nan())
    } else {
        b.re.is_nan()
    }
}

/// A stable sorting permutation of `lane` under the order `lt` (reversed when `descending`: equal elements keep
/// their order either way).
fn sort_perm<T: Copy>(lane: &[T], lt: impl Fn(T, T) -> bool, descending: bool) -> Vec<i64> {
    let mut idx: Vec<usize> = (0..lane.len()).collect();
    idx.sort_by(|&i, &j| {
        let (a, b) = if descending {
            (lane[j], lane[i])
        } else {
            (lane[i], lane[j])
        };
        if lt(a, b) {
            std::cmp::Ordering::Less
        } else if lt(b, a) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    idx.into_iter().map(|i| i as i64).collect()
}

/// The int64 indices that sort `t` stably along `ax` (NaN largest; strings by code point).
pub fn argsort(t: &Tensor, ax: usize, descending: bool) -> Tensor {
    let n = t.shape[ax];
    match t.dtype().kind() {
        Kind::Str => {
            let (codes, _) = super::strings::encode(&[t]);
            argsort(&codes[0], ax, descending)
        }
        Kind::Int | Kind::Bool => {
            along_axis::<i64, i64>(t, ax, n, |lane| sort_perm(lane, |a, b| a < b, descending))
        }
        Kind::Complex => {
            along_axis::<C64, i64>(t, ax, n, |lane| sort_perm(lane, c64_lt, descending))
        }
        Kind::Float => along_axis::<f64, i64>(t, ax, n, |lane| sort_perm(lane, f64_lt, descending)),
    }
}

/// `t` sorted stably along `ax`, with the permutation that sorts it.
pub fn sort(t: &Tensor, ax: usize, descending: bool) -> (Tensor, Tensor) {
    let perm = argsort(t, ax, descending);
    (take_along(t, &perm, ax), perm)
}

/// Gather `t` along `ax` with an int64 index tensor of the same rank (length 1 or `t`'s own along the other
/// axes) holding in-range indices.
pub fn take_along(t: &Tensor, idx: &Tensor, ax: usize) -> Tensor {
    let d = t.dtype();
    if d.is_string() {
        let (codes, table) = super::strings::encode(&[t]);
        return super::strings::decode(&take_along(&codes[0], idx, ax), &table, d);
    }
    let vals = idx.to_vec::<i64>();
    let offsets = along_offsets(t, &vals, &idx.shape, Some(ax));
    super::index::gather(t, &offsets, idx.shape.clone())
}

/// Storage offsets of the elements of `t` that NumPy's `arr[_make_along_axis_idx(...)]` picks: `idx` holds
/// in-range indices (negatives allowed) laid out in C order over `shape`; `ax` None means `t.flat`.
pub fn along_offsets(t: &Tensor, idx: &[i64], shape: &[usize], ax: Option<usize>) -> Vec<usize> {
    let nd = t.ndim();
    let mut out = Vec::with_capacity(idx.len());
    let mut coords = vec![0usize; shape.len()];
    let total = t.numel() as i64;
    for &i in idx {
        let mut off = t.offset as isize;
        match ax {
            None => {
                let mut rem = (if i < 0 { i + total } else { i }) as usize;
                for d in (0..nd).rev() {
                    let n = t.shape[d].max(1);
                    off += (rem % n) as isize * t.strides[d];
                    rem /= n;
                }
            }
            Some(ax) => {
                for d in 0..nd {
                    let c = if d == ax {
                        let n = t.shape[d] as i64;
                        (if i < 0 { i + n } else { i }) as usize
                    } else if t.shape[d] == 1 {
                        0
                    } else {
                        coords[d]
                    };
                    off += c as isize * t.strides[d];
                }
            }
        }
        out.push(off.max(0) as usize);
        for d in (0..shape.len()).rev() {
            coords[d] += 1;
            if coords[d] < shape[d] {
                break;
            }
            coords[d] = 0;
        }
    }
    out
}

/// The distinct values of a 1-d tensor in sorted order, found by one stable sort.
pub struct Unique {
    /// Where each distinct value first occurs.
    pub first: Vec<i64>,
    /// Which distinct value each element is.
    pub inverse: Vec<i64>,
    /// How many times each distinct value occurs.
    pub counts: Vec<i64>,
}

/// `t`'s distinct values (1-d, any dtype; strings by code point). `equal_nan`: NaNs count as one value
/// (np.unique's default); torch.unique keeps each NaN apart.
pub fn unique(t: &Tensor, equal_nan: bool) -> Unique {
    let perm = argsort(t, 0, false).to_vec::<i64>();
    let t = if t.dtype().is_string() {
        super::strings::encode(&[t]).0.swap_remove(0)
    } else {
        t.clone()
    };
    let vals = t.to_vec::<C64>();
    let same = |a: C64, b: C64| a == b || (equal_nan && a.re.is_nan() && b.re.is_nan());
    let mut first = Vec::new();
    let mut counts: Vec<i64> = Vec::new();
    let mut inverse = vec![0i64; perm.len()];
    let mut last: Option<C64> = None;
    for &p in &perm {
        let v = vals[p as usize];
        if !last.is_some_and(|w| same(w, v)) {
            first.push(p);
            counts.push(0);
            last = Some(v);
        }
        if let Some(c) = counts.last_mut() {
            *c += 1;
        }
        inverse[p as usize] = first.len() as i64 - 1;
    }
    Unique {
        first,
        inverse,
        counts,
    }
}
