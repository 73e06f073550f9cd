//! Fixed-width string dtypes (`<U{n}`, `|S{n}`) on the ordinary runtime.
//!
//! A string tensor of shape `S` and width `n` stores `n` code units per element (`u32` code points for unicode,
//! `u8` for bytes), NUL-padded, in one ordinary buffer. Its layout (shape, strides, offset) counts whole strings,
//! so every view (slices, transpose, broadcast, reshape) works unchanged. The one bridge to code units is
//! `Tensor::units`: the same storage seen as a tensor of shape `S + [n]` of the unit dtype, with every stride
//! times `n`. Copies, gathers and assignments of strings are these ordinary unit tensors' copies.

use super::dtype::DType;
use super::element::{self, Buffer};
use super::error::TensorError;
use super::ops::CompareOp;
use super::{contiguous_strides, for_each_offset, TResult, Tensor};
use std::cmp::Ordering;

/// One string element: its code units without the trailing NUL padding (NumPy strips it when reading).
pub type Units = Vec<u32>;

impl Tensor {
    /// The code-unit view of a string tensor: shape `S + [n]`, unit dtype, strides scaled by `n`. Any other
    /// tensor is returned as it is.
    pub fn units(&self) -> Tensor {
        let n = self.dtype.units();
        if !self.dtype.is_string() {
            return self.clone();
        }
        let mut shape = self.shape.clone();
        shape.push(n);
        let mut strides: Vec<isize> = self.strides.iter().map(|s| s * n as isize).collect();
        strides.push(1);
        Tensor {
            buf: self.buf.clone(),
            dtype: self.dtype.unit_dtype(),
            shape,
            strides,
            offset: self.offset * n,
        }
    }

    /// A contiguous unit tensor (shape `S + [n]`) seen as strings of `dtype` (width `n`) with shape `S`.
    pub fn from_units(units: &Tensor, dtype: DType) -> Tensor {
        let units = units.contiguous();
        let n = dtype.units().max(1);
        let shape = units.shape[..units.shape.len().saturating_sub(1)].to_vec();
        Tensor {
            buf: units.buf.clone(),
            dtype,
            strides: contiguous_strides(&shape),
            shape,
            offset: units.offset / n,
        }
    }

    /// Each string element in C order, NUL padding stripped.
    pub fn strings(&self) -> Vec<Units> {
        let n = self.dtype.units();
        let buf = self.buf.borrow();
        let mut out = Vec::with_capacity(self.numel());
        let mut push = |row: &mut dyn Iterator<Item = u32>| {
            let mut v: Units = row.collect();
            while v.last() == Some(&0) {
                v.pop();
            }
            out.push(v);
        };
        match self.dtype {
            DType::Str(_) => {
                let data = element::read::<u32>(&buf);
                for_each_offset(&self.shape, &self.strides, self.offset, |o| {
                    push(&mut data[o * n..(o + 1) * n].iter().copied())
                });
            }
            DType::Bytes(_) => {
                let data = element::read::<u8>(&buf);
                for_each_offset(&self.shape, &self.strides, self.offset, |o| {
                    push(&mut data[o * n..(o + 1) * n].iter().map(|&b| b as u32))
                });
            }
            _ => {}
        }
        out
    }

    /// A contiguous string tensor of `dtype` (unicode or bytes, its width; width 0 means "as wide as the
    /// longest element, at least 1"). Longer elements are cut to the width, as NumPy's casts do.
    pub fn from_strings(items: &[Units], dtype: DType, shape: Vec<usize>) -> Tensor {
        let width = match dtype {
            DType::Str(0) | DType::Bytes(0) => {
                items.iter().map(|s| s.len()).max().unwrap_or(0).max(1) as u32
            }
            DType::Str(n) | DType::Bytes(n) => n,
            _ => 1,
        };
        let n = width as usize;
        let fill = |put: &mut dyn FnMut(usize, u32)| {
            for (i, s) in items.iter().enumerate() {
                for (k, &c) in s.iter().take(n).enumerate() {
                    put(i * n + k, c);
                }
            }
        };
        let (buf, dtype) = match dtype {
            DType::Bytes(_) => {
                let mut v = vec![0u8; items.len() * n];
                // Bytes elements hold values below 256 by construction (`cast_string` encodes first).
                fill(&mut |i, c| v[i] = c as u8);
                (Buffer::U8(v), DType::Bytes(width))
            }
            _ => {
                let mut v = vec![0u32; items.len() * n];
                fill(&mut |i, c| v[i] = c);
                (Buffer::U32(v), DType::Str(width))
            }
        };
        let mut t = Tensor::from_buffer(buf, shape);
        t.dtype = dtype;
        t
    }

    /// Copy of a string tensor as another string dtype (width change, unicode <-> bytes). Unicode to bytes
    /// fails, as in NumPy, when an element is not ASCII.
    pub fn cast_string(&self, dtype: DType) -> TResult<Tensor> {
        let items = self.strings();
        if matches!(dtype, DType::Bytes(_)) && matches!(self.dtype, DType::Str(_)) {
            if let Some(c) = items.iter().flatten().find(|&&c| c > 127) {
                return Err(TensorError::Value(format!(
                    "'ascii' codec can't encode character '\\x{c:x}' in position 0: ordinal not in range(128)"
                )));
            }
        }
        Ok(Tensor::from_strings(&items, dtype, self.shape.clone()))
    }

    /// A contiguous copy of a string tensor (same dtype), through its unit view.
    pub fn copy_string(&self) -> Tensor {
        let units = self.units();
        let copy = crate::with_dtype!(units.dtype, T => Tensor::from_vec(units.to_vec::<T>(), units.shape.clone()));
        Tensor::from_units(&copy, self.dtype)
    }

    /// `self[...] = src` for string tensors: `src` (a string tensor broadcast to this shape) is recast to this
    /// width (cutting longer strings, as NumPy does) and written through the unit views.
    pub fn assign_string(&self, src: &Tensor) -> TResult<()> {
        // Numbers become their text (`Tensor::astype`), then everything is cut to this width.
        let src = src.broadcast_to(&self.shape)?;
        let src = if src.dtype.is_string() {
            src.cast_string(self.dtype)?
        } else {
            src.astype(self.dtype)
        };
        let dst = self.units();
        let src_units = src.units();
        let mut offs = Vec::with_capacity(dst.numel());
        for_each_offset(&dst.shape, &dst.strides, dst.offset, |o| offs.push(o));
        let mut buf = self.buf.borrow_mut();
        match self.dtype {
            DType::Bytes(_) => {
                element::store(&mut buf, offs.into_iter().zip(src_units.to_vec::<u8>()))
            }
            _ => element::store(&mut buf, offs.into_iter().zip(src_units.to_vec::<u32>())),
        }
        Ok(())
    }
}

/// The storage offsets (in code units) of the strings at string `offsets` of a width-`n` tensor.
pub fn unit_offsets(offsets: &[usize], n: usize) -> Vec<usize> {
    offsets.iter().flat_map(|&o| o * n..(o + 1) * n).collect()
}

/// Elementwise comparison of two string tensors (already broadcast-compatible), giving bool. Strings compare
/// by code point, as NumPy does; `and`/`or`/`xor` have no string loop.
pub fn compare(op: CompareOp, a: &Tensor, b: &Tensor) -> TResult<Tensor> {
    let shape = super::broadcast_shapes(&a.shape, &b.shape)?;
    let x = a.broadcast_to(&shape)?.strings();
    let y = b.broadcast_to(&shape)?.strings();
    let test = |o: Ordering| -> TResult<bool> {
        Ok(match op {
            CompareOp::Eq => o == Ordering::Equal,
            CompareOp::Ne => o != Ordering::Equal,
            CompareOp::Lt => o == Ordering::Less,
            CompareOp::Le => o != Ordering::Greater,
            CompareOp::Gt => o == Ordering::Greater,
            CompareOp::Ge => o != Ordering::Less,
            CompareOp::And | CompareOp::Or | CompareOp::Xor => {
                return Err(TensorError::Type(format!(
                    "ufunc '{}' did not contain a loop with signature matching types (dtype('{}'), dtype('{}')) -> None",
                    op.name(),
                    a.dtype.numpy_repr_str(),
                    b.dtype.numpy_repr_str()
                )))
            }
        })
    };
    let out = x
        .iter()
        .zip(&y)
        .map(|(p, q)| test(p.cmp(q)))
        .collect::<TResult<Vec<bool>>>()?;
    Ok(Tensor::from_vec(out, shape))
}

impl DType {
    /// The spelling inside `dtype('...')`: `<U3`, but `S3` for bytes (NumPy drops the `|` there).
    pub fn numpy_repr_str(self) -> String {
        match self {
            // Flexible (unsized) string dtypes: `dtype('<U')`, `dtype('S')`.
            DType::Str(0) => "<U".into(),
            DType::Bytes(0) => "S".into(),
            DType::Bytes(n) => format!("S{n}"),
            d => d.numpy_str(),
        }
    }
}

/// Reductions of string tensors: argmax/argmin compare by code point; all/any test non-emptiness; NumPy has no
/// string loop for sum/prod/max/min.
pub fn reduce(op: super::reduce::ReduceOp, t: &Tensor, axes: &[usize]) -> TResult<Tensor> {
    use super::reduce::ReduceOp;
    let kept: Vec<usize> = (0..t.ndim()).filter(|a| !axes.contains(a)).collect();
    let out_shape: Vec<usize> = kept.iter().map(|&a| t.shape[a]).collect();
    let inner: usize = axes.iter().map(|&a| t.shape[a]).product();
    // Reduced axes last, so that each output element's inputs are one run of `inner` strings.
    let order: Vec<usize> = kept.iter().chain(axes).copied().collect();
    let items = t.permute(&order).strings();
    let rows = items.chunks(inner.max(1));
    match op {
        // NumPy resolves `add` on strings to concatenation (output twice as wide), which cannot reduce.
        ReduceOp::Sum => Err(TensorError::Type(format!(
            "the resolved dtypes are not compatible with add.reduce. Resolved (dtype('{d}'), dtype('{d}'), dtype('{w}'))",
            d = t.dtype.numpy_repr_str(),
            w = match t.dtype {
                DType::Str(n) => DType::Str(2 * n),
                DType::Bytes(n) => DType::Bytes(2 * n),
                d => d,
            }
            .numpy_repr_str()
        ))),
        ReduceOp::Prod => Err(super::ops::no_string_loop("multiply", &[t.dtype, t.dtype])),
        ReduceOp::All | ReduceOp::Any => {
            let all = op == ReduceOp::All;
            let v: Vec<bool> = if inner == 0 {
                vec![all; out_shape.iter().product()]
            } else {
                rows.map(|r| {
                    if all {
                        r.iter().all(|s| !s.is_empty())
                    } else {
                        r.iter().any(|s| !s.is_empty())
                    }
                })
                .collect()
            };
            Ok(Tensor::from_vec(v, out_shape))
        }
        // NumPy 2 has no maximum/minimum loop for strings (argmax/argmin compare them directly).
        ReduceOp::Max | ReduceOp::Min => Err(super::ops::no_string_loop(
            if op == ReduceOp::Max {
                "maximum"
            } else {
                "minimum"
            },
            &[t.dtype, t.dtype],
        )),
        ReduceOp::ArgMax | ReduceOp::ArgMin => {
            let max = op == ReduceOp::ArgMax;
            // The first extreme wins, as in NumPy.
            let best: Vec<i64> = rows
                .map(|r| {
                    let mut b = 0;
                    for (i, s) in r.iter().enumerate() {
                        if (max && *s > r[b]) || (!max && *s < r[b]) {
                            b = i;
                        }
                    }
                    b as i64
                })
                .collect();
            Ok(Tensor::from_vec(best, out_shape))
        }
    }
}

/// Order-preserving codes for string tensors: each element becomes the `int64` rank of its value among the
/// distinct values of all the tensors together (`table`, sorted). Sorting, searching and set operations on
/// strings then run on the codes with the numeric kernels, and `decode` turns codes back into strings.
pub fn encode(ts: &[&Tensor]) -> (Vec<Tensor>, Vec<Units>) {
    let items: Vec<Vec<Units>> = ts.iter().map(|t| t.strings()).collect();
    let mut table: Vec<Units> = items.iter().flatten().cloned().collect();
    table.sort();
    table.dedup();
    let codes = ts
        .iter()
        .zip(&items)
        .map(|(t, v)| {
            let c: Vec<i64> = v
                .iter()
                .map(|s| table.binary_search(s).unwrap_or(0) as i64)
                .collect();
            Tensor::from_vec(c, t.shape.clone())
        })
        .collect();
    (codes, table)
}

/// Strings of `dtype` from codes made by `encode` (codes outside the table read as empty strings).
pub fn decode(codes: &Tensor, table: &[Units], dtype: DType) -> Tensor {
    let items: Vec<Units> = codes
        .to_vec::<i64>()
        .into_iter()
        .map(|c| {
            usize::try_from(c)
                .ok()
                .and_then(|c| table.get(c))
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    Tensor::from_strings(&items, dtype, codes.shape.clone())
}
