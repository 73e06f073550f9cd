//! Memory order ('C', 'F', 'A', 'K'): contiguity flags, the layouts NumPy gives new arrays, and its view rules
//! for reshape and ravel.
//!
//! A Fortran-ordered array is an ordinary strided tensor whose first axis varies fastest. New arrays in a given
//! order are made by running a C-ordered constructor on the axes permuted into memory order (slowest first) and
//! permuting the result back, so no kernel needs to know about orders.

use super::dtype::DType;
use super::error::TensorError;
use super::{contiguous_strides, infer_shape, TResult, Tensor};

/// NumPy's `order=` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Row-major: the last axis varies fastest.
    C,
    /// Column-major: the first axis varies fastest.
    F,
    /// 'F' when the array is Fortran-contiguous (and not C-contiguous), else 'C'.
    A,
    /// Follow the array's own memory layout as closely as possible.
    K,
}

impl Order {
    /// NumPy's order converter: one letter, either case.
    pub fn parse(s: &str) -> Option<Order> {
        match s {
            "C" | "c" => Some(Order::C),
            "F" | "f" => Some(Order::F),
            "A" | "a" => Some(Order::A),
            "K" | "k" => Some(Order::K),
            _ => None,
        }
    }
}

/// Fortran-order (column-major) strides of a shape.
pub fn fortran_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut acc = 1isize;
    for (s, &d) in strides.iter_mut().zip(shape) {
        *s = acc;
        acc *= d.max(1) as isize;
    }
    strides
}

/// Whether the axes `fastest_first` (fastest-varying first) lay the data out without gaps, as NumPy's
/// contiguity flags define it: length-1 axes may have any stride, and an empty array is contiguous.
fn contiguous_along(
    shape: &[usize],
    strides: &[isize],
    fastest_first: impl Iterator<Item = usize>,
) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut expect = 1isize;
    for i in fastest_first {
        if shape[i] != 1 {
            if strides[i] != expect {
                return false;
            }
            expect *= shape[i] as isize;
        }
    }
    true
}

/// NumPy's C_CONTIGUOUS flag of a shape and strides.
pub fn c_contiguous(shape: &[usize], strides: &[isize]) -> bool {
    contiguous_along(shape, strides, (0..shape.len()).rev())
}

/// NumPy's F_CONTIGUOUS flag of a shape and strides.
pub fn f_contiguous(shape: &[usize], strides: &[isize]) -> bool {
    contiguous_along(shape, strides, 0..shape.len())
}

/// The permutation that undoes `perm`.
pub fn inverse_perm(perm: &[usize]) -> Vec<usize> {
    let mut inv = vec![0; perm.len()];
    for (i, &p) in perm.iter().enumerate() {
        inv[p] = i;
    }
    inv
}

fn is_identity(perm: &[usize]) -> bool {
    perm.iter().enumerate().all(|(i, &p)| i == p)
}

/// NumPy's stable insertion sort of axes (nditer's `npyiter_find_best_axis_ordering` and
/// `PyArray_CreateMultiSortedStridePerm`): axis `j0` moves in front of an earlier `j1` only when every operand
/// that can compare the two (`comparable`) has `ahead(|stride j0|, |stride j1|)`; operands that cannot compare
/// leave the pair ambiguous, and a conflict between operands keeps the current order (C order wins).
fn sort_axes(
    mut perm: Vec<usize>,
    operands: &[(&[usize], &[isize])],
    comparable: impl Fn(&[usize], &[isize], usize, usize) -> bool,
    ahead: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    for i0 in 1..perm.len() {
        let j0 = perm[i0];
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            let (mut ambiguous, mut swap) = (true, false);
            for &(shape, strides) in operands {
                if !comparable(shape, strides, j0, j1) {
                    continue;
                }
                let (s0, s1) = (strides[j0].unsigned_abs(), strides[j1].unsigned_abs());
                if !ahead(s0, s1) {
                    swap = false;
                } else if ambiguous {
                    swap = true;
                }
                ambiguous = false;
            }
            if !ambiguous {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            perm.remove(i0);
            perm.insert(ipos, j0);
        }
    }
    perm
}

/// The memory order (axes slowest first) NumPy's iterator picks for order 'K' over operands of one shape: the
/// order of an elementwise result and of `flatten('K')`. A stride of a length-1 or broadcast axis says nothing.
fn iteration_perm(operands: &[(&[usize], &[isize])]) -> Vec<usize> {
    let nd = operands.first().map_or(0, |(s, _)| s.len());
    // The iterator sorts from the fastest axis, starting from reversed C order.
    let mut perm = sort_axes(
        (0..nd).rev().collect(),
        operands,
        |shape, strides, j0, j1| {
            shape[j0] != 1 && shape[j1] != 1 && strides[j0] != 0 && strides[j1] != 0
        },
        |s0, s1| s0 < s1,
    );
    perm.reverse();
    perm
}

/// The memory order (slowest first) of a join of `operands` (NumPy's `PyArray_CreateMultiSortedStridePerm`):
/// the layout of `concatenate`'s result.
pub fn multi_sorted_perm(operands: &[(&[usize], &[isize])]) -> Vec<usize> {
    let nd = operands.first().map_or(0, |(s, _)| s.len());
    sort_axes(
        (0..nd).collect(),
        operands,
        |shape, _, j0, j1| shape[j0] != 1 && shape[j1] != 1,
        |s0, s1| s0 > s1,
    )
}

/// The axis permutation (slowest first) that NumPy's order 'K' gives the result of an elementwise operation on
/// `operands` (broadcast together, missing leading axes counting as length 1), or `None` when it is C order, the
/// usual case. Run the kernel on `perm_operand(t, perm)` of each operand and `permute` its C-ordered result by
/// `inverse_perm(perm)`.
pub fn elementwise_perm(operands: &[&Tensor]) -> Option<Vec<usize>> {
    let nd = operands.iter().map(|t| t.ndim()).max().unwrap_or(0);
    if nd < 2 {
        return None;
    }
    let padded: Vec<(Vec<usize>, Vec<isize>)> = operands
        .iter()
        .map(|t| {
            let lead = nd - t.ndim();
            let mut shape = vec![1; lead];
            shape.extend_from_slice(&t.shape);
            let mut strides = vec![0; lead];
            strides.extend_from_slice(&t.strides);
            (shape, strides)
        })
        .collect();
    let views: Vec<(&[usize], &[isize])> = padded
        .iter()
        .map(|(s, st)| (s.as_slice(), st.as_slice()))
        .collect();
    let perm = iteration_perm(&views);
    (!is_identity(&perm)).then_some(perm)
}

/// An elementwise operand with its axes in the order `perm` (from `elementwise_perm`): missing leading axes are
/// added as length 1 first, so it still broadcasts against the others.
pub fn perm_operand(t: &Tensor, perm: &[usize]) -> Tensor {
    let mut t = t.clone();
    while t.ndim() < perm.len() {
        t.shape.insert(0, 1);
        t.strides.insert(0, 0);
    }
    t.permute(perm)
}

impl Tensor {
    /// NumPy's F_CONTIGUOUS flag.
    pub fn is_f_contiguous(&self) -> bool {
        f_contiguous(&self.shape, &self.strides)
    }

    /// NumPy's `PyArray_ISFORTRAN`: Fortran-contiguous and not C-contiguous (what order 'A' calls Fortran).
    pub fn is_fortran(&self) -> bool {
        self.is_f_contiguous() && !self.is_contiguous()
    }

    /// The axes from the largest to the smallest absolute stride, ties in axis order (NumPy's
    /// `PyArray_CreateSortedStridePerm`).
    fn sorted_stride_perm(&self) -> Vec<usize> {
        let mut perm: Vec<usize> = (0..self.ndim()).collect();
        // A stable sort keeps equal strides in axis order.
        perm.sort_by_key(|&i| std::cmp::Reverse(self.strides[i].unsigned_abs()));
        perm
    }

    /// The memory order (axes slowest first) of a new array made like this one in `order` (NumPy's
    /// `PyArray_NewLikeArray`), or `None` for C order.
    pub fn like_perm(&self, order: Order) -> Option<Vec<usize>> {
        let nd = self.ndim();
        let perm = match order {
            Order::C => return None,
            Order::A if !self.is_fortran() => return None,
            Order::F | Order::A => (0..nd).rev().collect(),
            Order::K if nd <= 1 || self.is_contiguous() => return None,
            Order::K if self.is_f_contiguous() => (0..nd).rev().collect(),
            Order::K => self.sorted_stride_perm(),
        };
        (!is_identity(&perm)).then_some(perm)
    }

    /// A new array made from this one by `make`, laid out in memory as NumPy's `order` asks for an array like
    /// this one. `make` must return a fresh C-ordered array of its argument's shape (a copy, a cast, zeros):
    /// it is given this tensor with its axes permuted into the target memory order, and its result is
    /// permuted back.
    pub fn new_like<E>(
        &self,
        order: Order,
        make: impl FnOnce(&Tensor) -> Result<Tensor, E>,
    ) -> Result<Tensor, E> {
        match self.like_perm(order) {
            None => make(self),
            Some(perm) => Ok(make(&self.permute(&perm))?.permute(&inverse_perm(&perm))),
        }
    }

    /// A copy in memory order `order` (NumPy's `copy(order=)`).
    pub fn copy_order(&self, order: Order) -> Tensor {
        match self.new_like(order, |t| Ok::<_, std::convert::Infallible>(t.copy())) {
            Ok(t) => t,
            Err(never) => match never {},
        }
    }

    /// Zeros of `shape` in memory order `order` ('C' or 'F'; 'A' and 'K' mean 'C' for a shape alone).
    pub fn zeros_order(dtype: DType, shape: Vec<usize>, order: Order) -> Tensor {
        if order != Order::F || shape.len() < 2 {
            return Tensor::zeros(dtype, shape);
        }
        let perm: Vec<usize> = (0..shape.len()).rev().collect();
        Tensor::zeros_in(dtype, &shape, &perm)
    }

    /// Zeros of `shape` laid out with the axes `perm` in memory order, slowest first.
    pub fn zeros_in(dtype: DType, shape: &[usize], perm: &[usize]) -> Tensor {
        let permuted: Vec<usize> = perm.iter().map(|&p| shape[p]).collect();
        Tensor::zeros(dtype, permuted).permute(&inverse_perm(perm))
    }

    /// Reshape in `order` (NumPy's `_reshape_with_copy_arg` without a copy mode): a view when the memory allows
    /// it (`_attempt_nocopy_reshape`), else a copy in that order. `-1` is inferred.
    pub fn reshape_order(&self, spec: &[isize], order: Order) -> TResult<Tensor> {
        let fortran = match order {
            Order::K => {
                return Err(TensorError::Value(
                    "order 'K' is not permitted for reshaping".into(),
                ))
            }
            Order::A => self.is_fortran(),
            Order::F => true,
            Order::C => false,
        };
        // The same shape is a plain view whatever the order.
        if spec.len() == self.ndim()
            && spec
                .iter()
                .zip(&self.shape)
                .all(|(&s, &d)| s >= 0 && s as usize == d)
        {
            return Ok(self.clone());
        }
        let shape = infer_shape(spec, self.numel())?;
        let in_order = |shape: &[usize]| {
            if fortran {
                fortran_strides(shape)
            } else {
                contiguous_strides(shape)
            }
        };
        let contiguous = if fortran {
            self.is_f_contiguous()
        } else {
            self.is_contiguous()
        };
        let (src, strides) = if contiguous {
            (self.clone(), in_order(&shape))
        } else if let Some(strides) = self.nocopy_strides(&shape, fortran) {
            (self.clone(), strides)
        } else {
            let copy = self.copy_order(if fortran { Order::F } else { Order::C });
            (copy, in_order(&shape))
        };
        Ok(Tensor {
            buf: src.buf,
            dtype: src.dtype,
            shape,
            strides,
            offset: src.offset,
        }
        .empty_at_zero())
    }

    /// The strides that view this (non-empty) tensor's elements, taken in C or Fortran order, as `new` (of the
    /// same size), or `None` when its memory does not allow it (NumPy's `_attempt_nocopy_reshape`).
    fn nocopy_strides(&self, new: &[usize], fortran: bool) -> Option<Vec<isize>> {
        // Length-1 axes have no effect on the layout; dropping them avoids special cases.
        let (old, old_strides): (Vec<usize>, Vec<isize>) = self
            .shape
            .iter()
            .zip(&self.strides)
            .filter(|(&d, _)| d != 1)
            .map(|(&d, &s)| (d, s))
            .unzip();
        let mut strides = vec![0isize; new.len()];
        // Old axes oi..oj and new axes ni..nj cover the same elements.
        let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
        while ni < new.len() && oi < old.len() {
            let (mut np, mut op) = (new[ni], old[oi]);
            while np != op {
                if np < op {
                    np *= *new.get(nj)?;
                    nj += 1;
                } else {
                    op *= *old.get(oj)?;
                    oj += 1;
                }
            }
            // The old axes must be mergeable in the reading order.
            for ok in oi..oj - 1 {
                let merges = if fortran {
                    old_strides[ok + 1] == old[ok] as isize * old_strides[ok]
                } else {
                    old_strides[ok] == old[ok + 1] as isize * old_strides[ok + 1]
                };
                if !merges {
                    return None;
                }
            }
            if fortran {
                strides[ni] = old_strides[oi];
                for nk in ni + 1..nj {
                    strides[nk] = strides[nk - 1] * new[nk - 1] as isize;
                }
            } else {
                strides[nj - 1] = old_strides[oj - 1];
                for nk in (ni + 1..nj).rev() {
                    strides[nk - 1] = strides[nk] * new[nk] as isize;
                }
            }
            ni = nj;
            nj += 1;
            oi = oj;
            oj += 1;
        }
        // Trailing length-1 axes of the new shape take the stride after the last axis placed.
        let mut last = if ni >= 1 { strides[ni - 1] } else { 1 };
        if fortran && ni >= 1 {
            last *= new[ni - 1] as isize;
        }
        for s in &mut strides[ni..] {
            *s = last;
        }
        Some(strides)
    }

    /// NumPy's `ravel(order)`: a 1-D view when the elements lie evenly in memory in that order, else a copy
    /// (`flatten`). Order 'K' reads memory order, so a transposed contiguous array ravels to a view.
    pub fn ravel(&self, order: Order) -> TResult<Tensor> {
        let order = match order {
            Order::K if self.is_contiguous() => Order::C,
            Order::K if self.is_f_contiguous() => Order::F,
            Order::A if self.is_fortran() => Order::F,
            Order::A => Order::C,
            o => o,
        };
        match order {
            Order::C if self.is_contiguous() => return self.reshape_order(&[-1], Order::C),
            Order::F if self.is_f_contiguous() => return self.reshape_order(&[-1], Order::F),
            Order::K => {
                // A view when the strides, smallest first, are those of a contiguous block.
                let mut expect = 1isize;
                let even = self.sorted_stride_perm().iter().rev().all(|&ax| {
                    if self.shape[ax] == 1 {
                        return true;
                    }
                    let ok = self.strides[ax] == expect;
                    expect *= self.shape[ax] as isize;
                    ok
                });
                if even {
                    let mut t = self.clone();
                    t.shape = vec![self.numel()];
                    t.strides = vec![1];
                    return Ok(t.empty_at_zero());
                }
            }
            _ => {}
        }
        Ok(self.flatten(order))
    }

    /// NumPy's `flatten(order)`: a new 1-D array of the elements read in `order` ('K': memory order, negative
    /// strides read as they lie).
    pub fn flatten(&self, order: Order) -> Tensor {
        let perm: Vec<usize> = match order {
            Order::C => (0..self.ndim()).collect(),
            Order::A if !self.is_fortran() => (0..self.ndim()).collect(),
            Order::F | Order::A => (0..self.ndim()).rev().collect(),
            Order::K => iteration_perm(&[(&self.shape, &self.strides)]),
        };
        let mut t = self.permute(&perm).copy();
        t.strides = vec![1];
        t.shape = vec![self.numel()];
        t
    }
}

/// Run an elementwise kernel so that its result has NumPy's order-'K' layout (a sum of two Fortran arrays is
/// Fortran): the kernel sees the operands with their axes in the iteration order NumPy picks, and its C-ordered
/// result is permuted back. Values never depend on this; only the result's strides do.
pub fn in_keep_order<const N: usize>(
    operands: [&Tensor; N],
    kernel: impl FnOnce([&Tensor; N]) -> TResult<Tensor>,
) -> TResult<Tensor> {
    match elementwise_perm(&operands) {
        None => kernel(operands),
        Some(perm) => {
            let permuted = operands.map(|t| perm_operand(t, &perm));
            Ok(kernel(permuted.each_ref())?.permute(&inverse_perm(&perm)))
        }
    }
}
