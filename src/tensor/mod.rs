//! The array runtime: dtypes, shared storage with strided views, broadcasting kernels and reductions.
//! It knows nothing about the language: the library turns values into tensors and back.

pub mod cancel;
pub mod dtype;
pub mod element;
pub mod error;
pub mod fft;
pub mod fpe;
pub mod index;
pub mod kernel;
pub mod layout;
pub mod linalg;
pub mod matmul;
pub mod ops;
pub mod random;
pub mod reduce;
pub mod reference;
pub mod sort;
pub mod strings;
pub mod torch_math;
pub mod truncated;

use dtype::DType;
use element::{Buffer, Element, IntoBuffer};
use error::TensorError;
use std::cell::RefCell;
use std::rc::Rc;

pub type TResult<T> = Result<T, TensorError>;

/// Shared element storage plus a strided view of it. Cloning a tensor makes another view of the same data.
///
/// The view has its own dtype, which may differ from the storage's element type: a dtype view
/// (`ndarray.view(dtype)`, `.real`, `.imag`) sees the storage's bytes as elements of `dtype`, element `i` being
/// the `i`-th `dtype.itemsize()`-byte run of the storage (see `element::read` / `element::store`). `strides` and
/// `offset` count elements of the view's own dtype.
#[derive(Clone, Debug)]
pub struct Tensor {
    pub buf: Rc<RefCell<Buffer>>,
    pub dtype: DType,
    pub shape: Vec<usize>,
    /// Strides in elements (negative for reversed views, zero for broadcast axes).
    pub strides: Vec<isize>,
    pub offset: usize,
}

/// C-order (row-major) strides of a shape.
pub fn contiguous_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut acc = 1isize;
    for i in (0..shape.len()).rev() {
        strides[i] = acc;
        acc *= shape[i].max(1) as isize;
    }
    strides
}

/// Call `f` with every multi-index of `shape`, in C order.
pub fn for_each_index(shape: &[usize], mut f: impl FnMut(&[usize])) {
    if shape.contains(&0) {
        return;
    }
    let mut idx = vec![0usize; shape.len()];
    loop {
        f(&idx);
        let mut ax = shape.len();
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            idx[ax] += 1;
            if idx[ax] < shape[ax] {
                break;
            }
            idx[ax] = 0;
        }
    }
}

/// Call `f` with the storage offset of every element of a strided view, in C order.
pub fn for_each_offset(
    shape: &[usize],
    strides: &[isize],
    offset: usize,
    mut f: impl FnMut(usize),
) {
    let n: usize = shape.iter().product();
    if n == 0 {
        return;
    }
    let nd = shape.len();
    if nd == 0 {
        f(offset);
        return;
    }
    let inner = shape[nd - 1];
    let inner_stride = strides[nd - 1];
    let mut idx = vec![0usize; nd];
    let mut base = offset as isize;
    loop {
        let mut p = base;
        for _ in 0..inner {
            f(p as usize);
            p += inner_stride;
        }
        // Advance the outer index (all axes but the last).
        let mut ax = nd - 1;
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            idx[ax] += 1;
            base += strides[ax];
            if idx[ax] < shape[ax] {
                break;
            }
            base -= strides[ax] * shape[ax] as isize;
            idx[ax] = 0;
        }
    }
}

/// Visit the elements `start..start + len` (in C order over `shape`) of two strided operands of that shape,
/// calling `f` with both storage offsets. Lets kernels split one strided walk into parallel chunks.
pub fn walk2(
    shape: &[usize],
    a: (&[isize], usize),
    b: (&[isize], usize),
    start: usize,
    len: usize,
    mut f: impl FnMut(usize, usize),
) {
    walk2_runs(shape, a, b, start, len, |run| {
        let (mut pa, mut pb) = (run.a as isize, run.b as isize);
        for _ in 0..run.len {
            f(pa as usize, pb as usize);
            pa += run.stride_a;
            pb += run.stride_b;
        }
    });
}

/// A stretch of a two-operand walk along the last axis: `len` elements starting at storage offsets `a` and
/// `b`, stepping `stride_a` and `stride_b`.
#[derive(Clone, Copy)]
pub struct Run {
    pub a: usize,
    pub b: usize,
    pub len: usize,
    pub stride_a: isize,
    pub stride_b: isize,
}

/// `walk2` a run at a time, so a kernel can loop over the last axis itself (a contiguous or broadcast last
/// axis becomes a slice loop the compiler vectorizes).
pub fn walk2_runs(
    shape: &[usize],
    a: (&[isize], usize),
    b: (&[isize], usize),
    start: usize,
    len: usize,
    mut f: impl FnMut(Run),
) {
    if len == 0 {
        return;
    }
    let nd = shape.len();
    if nd == 0 {
        f(Run {
            a: a.1,
            b: b.1,
            len: 1,
            stride_a: 0,
            stride_b: 0,
        });
        return;
    }
    let mut idx = vec![0usize; nd];
    let mut rem = start;
    for ax in (0..nd).rev() {
        idx[ax] = rem % shape[ax];
        rem /= shape[ax];
    }
    let mut pa = a.1 as isize;
    let mut pb = b.1 as isize;
    for ax in 0..nd {
        pa += idx[ax] as isize * a.0[ax];
        pb += idx[ax] as isize * b.0[ax];
    }
    let last = nd - 1;
    let (sa, sb, n_last) = (a.0[last], b.0[last], shape[last]);
    let mut left = len;
    loop {
        let run = (n_last - idx[last]).min(left);
        f(Run {
            a: pa as usize,
            b: pb as usize,
            len: run,
            stride_a: sa,
            stride_b: sb,
        });
        left -= run;
        if left == 0 {
            return;
        }
        // The last axis is exhausted: rewind to its start and carry into the outer axes.
        pa -= sa * idx[last] as isize;
        pb -= sb * idx[last] as isize;
        idx[last] = 0;
        let mut ax = last;
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            idx[ax] += 1;
            pa += a.0[ax];
            pb += b.0[ax];
            if idx[ax] < shape[ax] {
                break;
            }
            pa -= a.0[ax] * shape[ax] as isize;
            pb -= b.0[ax] * shape[ax] as isize;
            idx[ax] = 0;
        }
    }
}

/// Broadcast two shapes by NumPy's rules.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> TResult<Vec<usize>> {
    let n = a.len().max(b.len());
    let mut out = vec![0; n];
    for i in 0..n {
        let da = if i + a.len() >= n {
            a[i + a.len() - n]
        } else {
            1
        };
        let db = if i + b.len() >= n {
            b[i + b.len() - n]
        } else {
            1
        };
        out[i] = if da == db || db == 1 {
            da
        } else if da == 1 {
            db
        } else {
            return Err(TensorError::Broadcast(vec![a.to_vec(), b.to_vec()]));
        };
    }
    Ok(out)
}

impl Tensor {
    pub fn from_buffer(buf: Buffer, shape: Vec<usize>) -> Tensor {
        let strides = contiguous_strides(&shape);
        Tensor {
            dtype: buf.dtype(),
            buf: Rc::new(RefCell::new(buf)),
            shape,
            strides,
            offset: 0,
        }
    }

    pub fn from_vec<T: IntoBuffer>(v: Vec<T>, shape: Vec<usize>) -> Tensor {
        Tensor::from_buffer(T::into_buffer(v), shape)
    }

    pub fn scalar<T: IntoBuffer>(v: T) -> Tensor {
        Tensor::from_vec(vec![v], vec![])
    }

    pub fn zeros(dtype: DType, shape: Vec<usize>) -> Tensor {
        // A flexible string dtype (`'U'`, width 0) holds one character, as NumPy's `np.zeros(3, 'U')`.
        let dtype = match dtype {
            DType::Str(0) => DType::Str(1),
            DType::Bytes(0) => DType::Bytes(1),
            d => d,
        };
        let n = shape.iter().product();
        let mut t = Tensor::from_buffer(Buffer::zeros(dtype, n), shape);
        // String dtypes store code units: the storage's own dtype is the unit type, the tensor's is `dtype`.
        t.dtype = dtype;
        t
    }

    pub fn dtype(&self) -> DType {
        self.dtype
    }
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }
    pub fn numel(&self) -> usize {
        self.shape.iter().product()
    }

    /// NumPy's C_CONTIGUOUS flag: the elements lie in C order without gaps from `offset` (length-1 axes may
    /// have any stride; an empty tensor counts as contiguous).
    pub fn is_contiguous(&self) -> bool {
        layout::c_contiguous(&self.shape, &self.strides)
    }

    /// How many elements of this tensor's dtype its storage holds.
    pub fn storage_len(&self) -> usize {
        // `max(1)`: a width-0 string dtype never reaches storage, but a division must not trust that.
        self.buf.borrow().bytes().len() / self.dtype.itemsize().max(1)
    }

    /// Whether two tensors view the same storage.
    pub fn shares_storage(&self, other: &Tensor) -> bool {
        Rc::ptr_eq(&self.buf, &other.buf)
    }

    /// The elements in C order as a new vector of `T` (casting when the dtype differs).
    pub fn to_vec<T: IntoBuffer>(&self) -> Vec<T> {
        if self.dtype.is_string() {
            // Numbers from text, as NumPy's string-to-number casts parse them (unparsable text reads as 0 here;
            // the library checks and raises NumPy's ValueError before casting).
            return self
                .strings()
                .iter()
                .map(|s| {
                    // Truth of a string is non-emptiness (NumPy's string-to-bool cast).
                    if T::DTYPE == DType::Bool {
                        return T::from_bool(!s.is_empty());
                    }
                    let text: String = s.iter().filter_map(|&c| char::from_u32(c)).collect();
                    let text = text.trim();
                    match text {
                        "True" => T::from_bool(true),
                        "False" => T::from_bool(false),
                        _ => match text.parse::<i64>() {
                            Ok(i) => T::from_i64(i),
                            Err(_) => T::from_f64(text.parse::<f64>().unwrap_or(0.0)),
                        },
                    }
                })
                .collect();
        }
        let buf = self.buf.borrow();
        if T::DTYPE == self.dtype {
            let s = element::read::<T>(&buf);
            if self.is_contiguous() {
                let n = self.numel();
                return s[self.offset..self.offset + n].to_vec();
            }
            let mut out = Vec::with_capacity(self.numel());
            for_each_offset(&self.shape, &self.strides, self.offset, |o| out.push(s[o]));
            return out;
        }
        crate::with_data!(self, &buf, v => {
            if self.is_contiguous() {
                let n = self.numel();
                return v[self.offset..self.offset + n].iter().map(|x| T::cast_from(*x)).collect();
            }
            let mut out = Vec::with_capacity(self.numel());
            for_each_offset(&self.shape, &self.strides, self.offset, |o| out.push(T::cast_from(v[o])));
            out
        })
    }

    /// A contiguous copy with dtype `dtype` (NumPy's `astype`, always a copy).
    pub fn astype(&self, dtype: DType) -> Tensor {
        if dtype.is_string() {
            if self.dtype == dtype {
                return self.copy_string();
            }
            if self.dtype.is_string() {
                return Tensor::from_strings(&self.strings(), dtype, self.shape.clone());
            }
            // Numbers as text (the library formats floats itself, with Python's repr, before reaching here).
            let n = self.numel();
            let items: Vec<strings::Units> = (0..n)
                .map(|i| {
                    let (re, im) = self.get_c(i);
                    let text = match self.dtype.kind() {
                        dtype::Kind::Bool => (if re != 0.0 { "True" } else { "False" }).to_string(),
                        dtype::Kind::Int if self.dtype == DType::U64 => self
                            .to_vec::<u64>()
                            .get(i)
                            .copied()
                            .unwrap_or(0)
                            .to_string(),
                        dtype::Kind::Int => self
                            .to_vec::<i64>()
                            .get(i)
                            .copied()
                            .unwrap_or(0)
                            .to_string(),
                        dtype::Kind::Complex => format!("({re:?}+{im:?}j)"),
                        _ => format!("{re:?}"),
                    };
                    text.chars().map(|c| c as u32).collect()
                })
                .collect();
            let dtype = match dtype {
                DType::Str(0) => DType::Str(dtype::text_width(self.dtype)),
                DType::Bytes(0) => DType::Bytes(dtype::text_width(self.dtype)),
                d => d,
            };
            return Tensor::from_strings(&items, dtype, self.shape.clone());
        }
        crate::with_dtype!(dtype, T => Tensor::from_vec(self.to_vec::<T>(), self.shape.clone()))
    }

    /// This tensor in `dtype`: itself (a view) when it already has it, else a converted copy.
    pub fn cast(&self, dtype: DType) -> Tensor {
        if self.dtype() == dtype {
            self.clone()
        } else {
            self.astype(dtype)
        }
    }

    /// A contiguous copy (same dtype).
    pub fn copy(&self) -> Tensor {
        self.astype(self.dtype())
    }

    /// Contiguous data: itself when already C-contiguous from offset 0 with no extra storage, else a copy.
    pub fn contiguous(&self) -> Tensor {
        if self.is_contiguous() {
            self.clone()
        } else {
            self.copy()
        }
    }

    /// One element (flat C-order index into this view) widened to f64 / complex parts.
    pub fn get_c(&self, flat: usize) -> (f64, f64) {
        if self.dtype.is_string() {
            return (0.0, 0.0);
        }
        let off = self.flat_to_offset(flat);
        let buf = self.buf.borrow();
        crate::with_data!(self, &buf, v => v.get(off).map(|x| x.to_c()).unwrap_or((0.0, 0.0)))
    }

    fn flat_to_offset(&self, mut flat: usize) -> usize {
        let mut off = self.offset as isize;
        for i in (0..self.shape.len()).rev() {
            let d = self.shape[i].max(1);
            off += (flat % d) as isize * self.strides[i];
            flat /= d;
        }
        off as usize
    }

    // ---------------------------------------------------------------- views

    pub fn broadcast_to(&self, shape: &[usize]) -> TResult<Tensor> {
        let nd = shape.len();
        if self.ndim() > nd {
            return Err(TensorError::Broadcast(vec![
                self.shape.clone(),
                shape.to_vec(),
            ]));
        }
        let mut strides = vec![0isize; nd];
        for i in 0..nd {
            let j = i as isize - (nd - self.ndim()) as isize;
            if j < 0 {
                continue;
            }
            let j = j as usize;
            if self.shape[j] == shape[i] {
                strides[i] = self.strides[j];
            } else if self.shape[j] == 1 {
                strides[i] = 0;
            } else {
                return Err(TensorError::Broadcast(vec![
                    self.shape.clone(),
                    shape.to_vec(),
                ]));
            }
        }
        Ok(Tensor {
            buf: self.buf.clone(),
            dtype: self.dtype,
            shape: shape.to_vec(),
            strides,
            offset: self.offset,
        })
    }

    pub fn permute(&self, axes: &[usize]) -> Tensor {
        Tensor {
            buf: self.buf.clone(),
            dtype: self.dtype,
            shape: axes.iter().map(|&a| self.shape[a]).collect(),
            strides: axes.iter().map(|&a| self.strides[a]).collect(),
            offset: self.offset,
        }
    }

    /// Reverse axis order (`.T`).
    pub fn transpose(&self) -> Tensor {
        let axes: Vec<usize> = (0..self.ndim()).rev().collect();
        self.permute(&axes)
    }

    /// A view of `start, start+step, ...` (`n` elements) along `axis`.
    pub fn slice_axis(&self, axis: usize, start: usize, step: isize, n: usize) -> Tensor {
        let mut t = self.clone();
        t.offset = (self.offset as isize + start as isize * self.strides[axis]) as usize;
        t.strides[axis] = self.strides[axis] * step;
        t.shape[axis] = n;
        t.empty_at_zero()
    }

    /// An empty view's offset may point past its storage (`zeros((3, 0))[2]`); kernels slice
    /// `offset..offset + n`, so empty views start at 0.
    fn empty_at_zero(mut self) -> Tensor {
        if self.numel() == 0 {
            self.offset = 0;
        }
        self
    }

    /// Drop `axis` by taking element `i` along it (a view).
    pub fn select(&self, axis: usize, i: usize) -> Tensor {
        let mut t = self.clone();
        t.offset = (self.offset as isize + i as isize * self.strides[axis]) as usize;
        t.shape.remove(axis);
        t.strides.remove(axis);
        t.empty_at_zero()
    }

    /// The real (`imag == false`) or imaginary part of a complex view, as a view of the same storage with the
    /// matching float dtype (a complex element is its real part followed by its imaginary part). A non-complex
    /// tensor is returned as itself.
    pub fn component(&self, imag: bool) -> Tensor {
        if !self.dtype.is_complex() {
            return self.clone();
        }
        Tensor {
            buf: self.buf.clone(),
            dtype: self.dtype.real(),
            shape: self.shape.clone(),
            strides: self.strides.iter().map(|s| s * 2).collect(),
            offset: self.offset * 2 + imag as usize,
        }
        .empty_at_zero()
    }

    /// A complex tensor seen as (real, imaginary) pairs along a new last axis of length 2 (PyTorch's
    /// `view_as_real`): a view of the same storage with the matching float dtype. `self` must be complex.
    pub fn real_pairs(&self) -> Tensor {
        let mut shape = self.shape.clone();
        shape.push(2);
        let mut strides: Vec<isize> = self.strides.iter().map(|s| s * 2).collect();
        strides.push(1);
        Tensor {
            buf: self.buf.clone(),
            dtype: self.dtype.real(),
            shape,
            strides,
            offset: self.offset * 2,
        }
        .empty_at_zero()
    }

    /// The inverse of `real_pairs` (PyTorch's `view_as_complex`): a float32/float64 tensor whose last axis holds
    /// (real, imaginary) pairs, seen as complex numbers. Returns None when the layout does not allow a view (the
    /// last axis not of length 2 with stride 1, or another stride or the offset odd).
    pub fn complex_of_pairs(&self) -> Option<Tensor> {
        let (&2, lead) = self.shape.split_last()? else {
            return None;
        };
        let (&1, lead_strides) = self.strides.split_last()? else {
            return None;
        };
        if self.offset % 2 != 0 || lead_strides.iter().any(|s| s % 2 != 0) {
            return None;
        }
        Some(
            Tensor {
                buf: self.buf.clone(),
                dtype: self.dtype.to_complex(),
                shape: lead.to_vec(),
                strides: lead_strides.iter().map(|s| s / 2).collect(),
                offset: self.offset / 2,
            }
            .empty_at_zero(),
        )
    }

    /// The same bytes seen as elements of `dtype` (NumPy's `ndarray.view(dtype)`): with another itemsize the
    /// last axis, which must be contiguous, is split or merged, with NumPy's errors.
    pub fn view_as(&self, dtype: DType) -> TResult<Tensor> {
        let (old, new) = (self.dtype.itemsize(), dtype.itemsize());
        let mut shape = self.shape.clone();
        let mut byte_strides: Vec<isize> = self.strides.iter().map(|s| s * old as isize).collect();
        if old != new {
            let Some(last) = shape.len().checked_sub(1) else {
                return Err(TensorError::Value(
                    "Changing the dtype of a 0d array is only supported if the itemsize is unchanged"
                        .into(),
                ));
            };
            if shape[last] != 1 && self.numel() != 0 && self.strides[last] != 1 {
                return Err(TensorError::Value(
                    "To change to a dtype of a different size, the last axis must be contiguous"
                        .into(),
                ));
            }
            let bytes = shape[last] * old;
            if bytes % new != 0 {
                return Err(TensorError::Value(
                    "When changing to a larger dtype, its size must be a divisor of the total size in bytes \
                     of the last axis of the array."
                        .into(),
                ));
            }
            shape[last] = bytes / new;
            byte_strides[last] = new as isize;
        }
        let empty = shape.contains(&0);
        let byte_offset = if empty { 0 } else { self.offset * old };
        // Strides and offset count elements of the new dtype; axes of length 1 may have any stride.
        let mut strides = Vec::with_capacity(shape.len());
        for (&n, &b) in shape.iter().zip(&byte_strides) {
            if b % new as isize == 0 {
                strides.push(b / new as isize);
            } else if n <= 1 || empty {
                strides.push(0);
            } else {
                return Err(TensorError::Unsupported(format!(
                    "a view as {} of memory whose strides are not multiples of {} bytes",
                    dtype.name(),
                    new
                )));
            }
        }
        if byte_offset % new != 0 {
            return Err(TensorError::Unsupported(format!(
                "a view as {} of memory that starts between two of its {}-byte elements",
                dtype.name(),
                new
            )));
        }
        if dtype != DType::Bool {
            // Writes through the new view may store any byte.
            self.buf.borrow_mut().make_plain();
        }
        Ok(Tensor {
            buf: self.buf.clone(),
            dtype,
            shape,
            strides,
            offset: byte_offset / new,
        })
    }

    /// The elements at C-order positions `flat` (a printer's shown elements), as a new 1-D tensor: only those
    /// are read, so a summarized 10M-element tensor costs a few dozen reads.
    pub fn gather_flat(&self, flat: &[usize]) -> Tensor {
        let offsets: Vec<usize> = flat
            .iter()
            .map(|&f| {
                let (mut rest, mut off) = (f, self.offset as isize);
                for (&n, &st) in self.shape.iter().zip(&self.strides).rev() {
                    off += (rest % n.max(1)) as isize * st;
                    rest /= n.max(1);
                }
                off as usize
            })
            .collect();
        index::gather(self, &offsets, vec![flat.len()])
    }

    /// Insert a length-1 axis at `axis` (a view).
    pub fn unsqueeze(&self, axis: usize) -> Tensor {
        let mut t = self.clone();
        t.shape.insert(axis, 1);
        t.strides.insert(axis, 0);
        t
    }

    /// Reshape in C order: a view when the memory allows it, else a copy. `-1` is inferred.
    pub fn reshape(&self, spec: &[isize]) -> TResult<Tensor> {
        self.reshape_order(spec, layout::Order::C)
    }

    /// Write `src` (broadcast to this view's shape, cast to its dtype) into this view's elements.
    pub fn assign(&self, src: &Tensor) -> TResult<()> {
        if self.dtype.is_string() {
            return self.assign_string(src);
        }
        let src = src.broadcast_to(&self.shape)?;
        let dtype = self.dtype();
        // Materialize first: `src` may alias the destination (`a[1:] = a[:-1]`).
        crate::with_dtype!(dtype, T => {
            let vals = src.to_vec::<T>();
            // A contiguous destination (an accumulated gradient, `a[:] = b`) takes one slice copy.
            if self.is_contiguous() {
                let mut buf = self.buf.borrow_mut();
                if let Some(dst) = <T as element::IntoBuffer>::slice_mut(&mut buf) {
                    if let Some(dst) = dst.get_mut(self.offset..self.offset + vals.len()) {
                        dst.copy_from_slice(&vals);
                        return Ok(());
                    }
                }
            }
            let mut offs = Vec::with_capacity(vals.len());
            for_each_offset(&self.shape, &self.strides, self.offset, |o| offs.push(o));
            element::store(&mut self.buf.borrow_mut(), offs.into_iter().zip(vals));
        });
        Ok(())
    }
}

/// Resolve a reshape spec with at most one `-1`.
pub fn infer_shape(spec: &[isize], size: usize) -> TResult<Vec<usize>> {
    let unknown: Vec<usize> = spec
        .iter()
        .enumerate()
        .filter(|(_, d)| **d < 0)
        .map(|(i, _)| i)
        .collect();
    let err = || TensorError::Reshape {
        size,
        shape: spec.to_vec(),
    };
    if unknown.len() > 1 {
        return Err(TensorError::Value(
            "can only specify one unknown dimension".into(),
        ));
    }
    if spec.iter().any(|d| *d < -1) {
        return Err(TensorError::Value("negative dimensions not allowed".into()));
    }
    let known: usize = spec
        .iter()
        .filter(|d| **d >= 0)
        .map(|d| *d as usize)
        .product();
    let mut shape: Vec<usize> = spec.iter().map(|d| (*d).max(0) as usize).collect();
    if let Some(&u) = unknown.first() {
        if known == 0 || size % known != 0 {
            return Err(err());
        }
        shape[u] = size / known;
    } else if known != size {
        return Err(err());
    }
    Ok(shape)
}
