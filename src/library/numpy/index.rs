//! NumPy indexing: basic indexing (ints, slices, None, Ellipsis) gives views; integer and boolean arrays
//! gather (copies) and scatter on assignment.

use super::array::{as_array, tensor_error, to_tensor};
use crate::interp::attr::slice_indices;
use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::tensor::dtype::{DType, Kind};
use crate::tensor::error::{shape_str_compact, TensorError};
use crate::tensor::index as tindex;
use crate::tensor::{broadcast_shapes, for_each_offset, Tensor};

enum Item {
    Int(i64),
    Slice(std::rc::Rc<[Value; 3]>),
    NewAxis,
    Ellipsis,
    /// Integer index arrays.
    Arrays(Vec<Tensor>),
    /// A boolean mask: selects directly when it covers the whole array, else becomes one index array per axis.
    Mask(Tensor),
}

/// The result of indexing: a view of the same storage, or storage offsets to gather from / scatter to.
pub enum Indexed {
    View(Tensor),
    Gather {
        base: Tensor,
        offsets: Vec<usize>,
        shape: Vec<usize>,
    },
    /// `base[mask]` with a mask of `base`'s own shape (the common `a[a > 0]`), selected without offsets.
    Mask {
        base: Tensor,
        mask: Tensor,
    },
}

fn classify(me: &mut Interp, idx: &Value) -> Res<Vec<Item>> {
    let parts: Vec<Value> = match idx {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut items = Vec::new();
    for p in parts {
        items.push(match &p {
            Value::Int(i) => Item::Int(*i),
            // A Python bool indexes like a 0-d boolean mask.
            Value::Bool(b) => Item::Mask(Tensor::from_vec(vec![*b], vec![])),
            Value::BigInt(_) => Item::Int(i64::MAX),
            Value::Slice(sl) => Item::Slice(sl.clone()),
            Value::None => Item::NewAxis,
            Value::Ellipsis => Item::Ellipsis,
            // An empty list indexes like an empty integer array.
            Value::List(l) if l.borrow().is_empty() => Item::Arrays(vec![Tensor::zeros(DType::I64, vec![0])]),
            Value::List(_) | Value::Tuple(_) => {
                let t = to_tensor(me, &p, None)?;
                if t.dtype().is_float() || t.dtype().is_complex() {
                    // A list of non-integers is not an index array at all, as NumPy words it.
                    return Err(Exc::new(
                        ExcType::IndexError,
                        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
                    ));
                }
                array_item(t)?
            }
            other => match as_array(other) {
                Some((t, _)) if t.ndim() == 0 && t.dtype().is_int() => Item::Int(t.to_vec::<i64>()[0]),
                Some((t, _)) => array_item(t)?,
                None => {
                    return Err(Exc::new(
                        ExcType::IndexError,
                        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
                    ))
                }
            },
        });
    }
    Ok(items)
}

fn array_item(t: Tensor) -> Res<Item> {
    match t.dtype().kind() {
        Kind::Int => Ok(Item::Arrays(vec![t])),
        Kind::Bool => Ok(Item::Mask(t)),
        _ => Err(Exc::new(
            ExcType::IndexError,
            "arrays used as indices must be of integer (or boolean) type",
        )),
    }
}

/// A mask covering axes `axis..` of `view` becomes one index array per axis (its true positions), after NumPy's
/// shape check.
fn mask_arrays(mask: &Tensor, view: &Tensor, axis: usize, src_axis: usize) -> Res<Vec<Tensor>> {
    for (k, &m) in mask.shape.iter().enumerate() {
        let size = view.shape[axis + k];
        if m != size {
            return Err(Exc::new(
                ExcType::IndexError,
                format!(
                    "boolean index did not match indexed array along axis {}; size of axis is {size} but size of corresponding boolean axis is {m}",
                    src_axis + k
                ),
            ));
        }
    }
    let bits = mask.to_vec::<bool>();
    let nd = mask.ndim().max(1);
    let shape = if mask.ndim() == 0 {
        vec![1]
    } else {
        mask.shape.clone()
    };
    let mut coords: Vec<Vec<i64>> = vec![Vec::new(); nd];
    for (flat, m) in bits.iter().enumerate() {
        if *m {
            let mut rem = flat;
            for ax in (0..nd).rev() {
                coords[ax].push((rem % shape[ax]) as i64);
                rem /= shape[ax];
            }
        }
    }
    let n = coords[0].len();
    Ok(coords
        .into_iter()
        .map(|c| Tensor::from_vec(c, vec![n]))
        .collect())
}

fn check_index(i: i64, axis: usize, size: usize) -> Res<usize> {
    let j = if i < 0 { i + size as i64 } else { i };
    if j < 0 || j >= size as i64 {
        return Err(tensor_error(TensorError::IndexOutOfBounds {
            index: i,
            axis,
            size,
        }));
    }
    Ok(j as usize)
}

pub fn index(me: &mut Interp, t: &Tensor, idx: &Value) -> Res<Indexed> {
    let items = classify(me, idx)?;
    let consumed: usize = items
        .iter()
        .map(|it| match it {
            Item::Int(_) | Item::Slice(_) => 1,
            Item::Arrays(a) => a.len(),
            Item::Mask(m) => m.ndim(),
            _ => 0,
        })
        .sum();
    if consumed > t.ndim() {
        return Err(tensor_error(TensorError::TooManyIndices {
            ndim: t.ndim(),
            given: consumed,
        }));
    }
    if items.iter().filter(|i| matches!(i, Item::Ellipsis)).count() > 1 {
        return Err(Exc::new(
            ExcType::IndexError,
            "an index can only have a single ellipsis ('...')",
        ));
    }
    if let [Item::Mask(m)] = items.as_slice() {
        if m.shape == t.shape && t.ndim() > 0 {
            return Ok(Indexed::Mask {
                base: t.clone(),
                mask: m.clone(),
            });
        }
    }
    // Walk the items, building a view; advanced index arrays keep their axes and are recorded.
    let mut view = t.clone();
    let mut axis = 0usize; // axis of `view` being processed
    let mut src_axis = 0usize; // axis of `t`, for error messages
    let mut adv: Vec<(usize, Tensor, usize)> = Vec::new(); // (view axis, index array, source axis)
                                                           // Next to index arrays, an integer is an advanced index too (a 0-d array): it takes part in the broadcast
                                                           // and in NumPy's rule of where the broadcast dimensions go.
    let any_arrays = items
        .iter()
        .any(|i| matches!(i, Item::Arrays(_) | Item::Mask(_)));
    for it in &items {
        match it {
            Item::Int(i) if any_arrays => {
                check_index(*i, src_axis, view.shape[axis])?;
                adv.push((axis, Tensor::from_vec(vec![*i], vec![]), src_axis));
                axis += 1;
                src_axis += 1;
            }
            Item::Mask(m) if m.ndim() == 0 => {
                // A 0-d mask adds an axis of length 1 (True) or 0 (False).
                view = view.unsqueeze(axis);
                let picked: Vec<i64> = if m.to_vec::<bool>()[0] {
                    vec![0]
                } else {
                    vec![]
                };
                let n = picked.len();
                adv.push((axis, Tensor::from_vec(picked, vec![n]), src_axis));
                axis += 1;
            }
            Item::Int(i) => {
                let j = check_index(*i, src_axis, view.shape[axis])?;
                view = view.select(axis, j);
                src_axis += 1;
            }
            Item::Slice(sl) => {
                let (start, _, step, n) = slice_indices(sl, view.shape[axis] as i64)?;
                view = view.slice_axis(axis, start.max(0) as usize, step as isize, n as usize);
                axis += 1;
                src_axis += 1;
            }
            Item::NewAxis => {
                view = view.unsqueeze(axis);
                axis += 1;
            }
            Item::Ellipsis => {
                let skip = t.ndim() - consumed;
                axis += skip;
                src_axis += skip;
            }
            Item::Mask(m) => {
                for a in mask_arrays(m, &view, axis, src_axis)? {
                    adv.push((axis, a, src_axis));
                    axis += 1;
                    src_axis += 1;
                }
            }
            Item::Arrays(arrs) => {
                for a in arrs {
                    adv.push((axis, a.clone(), src_axis));
                    axis += 1;
                    src_axis += 1;
                }
            }
        }
    }
    if adv.is_empty() {
        return Ok(Indexed::View(view));
    }
    // Advanced indexing: broadcast the index arrays, move their axes to the front, gather.
    let mut bshape: Vec<usize> = adv[0].1.shape.clone();
    for (_, a, _) in &adv[1..] {
        bshape = broadcast_shapes(&bshape, &a.shape).map_err(|_| {
            let shapes: Vec<String> = adv.iter().map(|(_, a, _)| crate::tensor::error::shape_str(&a.shape)).collect();
            Exc::new(
                ExcType::IndexError,
                format!("shape mismatch: indexing arrays could not be broadcast together with shapes {} ", shapes.join(" ")),
            )
        })?;
    }
    let adv_axes: Vec<usize> = adv.iter().map(|(ax, _, _)| *ax).collect();
    let rest_axes: Vec<usize> = (0..view.ndim()).filter(|a| !adv_axes.contains(a)).collect();
    let idx_vals: Vec<Vec<i64>> = adv
        .iter()
        .map(|(_, a, _)| a.broadcast_to(&bshape).map(|b| b.to_vec::<i64>()))
        .collect::<Result<_, _>>()
        .map_err(tensor_error)?;
    let rest_shape: Vec<usize> = rest_axes.iter().map(|&a| view.shape[a]).collect();
    let rest_strides: Vec<isize> = rest_axes.iter().map(|&a| view.strides[a]).collect();
    let n: usize = bshape.iter().product();
    if let ([(ax, _, src)], true) = (adv.as_slice(), rest_shape.is_empty()) {
        // One index array selecting single elements (`a[idx]` on a vector): a flat offset per index.
        let (size, stride, base) = (view.shape[*ax], view.strides[*ax], view.offset as isize);
        let vals = &idx_vals[0];
        if let Some(&bad) = vals
            .iter()
            .find(|&&i| i < -(size as i64) || i >= size as i64)
        {
            check_index(bad, *src, size)?;
        }
        let wrap =
            |i: i64| (base + (if i < 0 { i + size as i64 } else { i }) as isize * stride) as usize;
        let offsets = crate::tensor::kernel::par_fill(n, |s, o| {
            for (o, &i) in o.iter_mut().zip(&vals[s..]) {
                o.write(wrap(i));
            }
        });
        return Ok(Indexed::Gather {
            base: view,
            offsets,
            shape: bshape,
        });
    }
    let mut offsets = Vec::with_capacity(n * rest_shape.iter().product::<usize>());
    for k in 0..n {
        let mut base = view.offset as isize;
        for (j, (ax, _, src)) in adv.iter().enumerate() {
            let i = check_index(idx_vals[j][k], *src, view.shape[*ax])?;
            base += i as isize * view.strides[*ax];
        }
        if rest_shape.is_empty() {
            offsets.push(base as usize);
        } else {
            for_each_offset(&rest_shape, &rest_strides, base as usize, |o| {
                offsets.push(o)
            });
        }
    }
    // NumPy puts the broadcast index dimensions where the (adjacent) index arrays were, else first.
    let adjacent = adv_axes.windows(2).all(|w| w[1] == w[0] + 1);
    let first = adv_axes[0];
    let mut shape = bshape.clone();
    shape.extend(rest_shape.iter().copied());
    if adjacent && first > 0 {
        // Rotate the leading `rest` dims that came before the index arrays back in front.
        let before = rest_axes.iter().filter(|&&a| a < first).count();
        let mut perm_shape = Vec::new();
        perm_shape.extend_from_slice(&rest_shape[..before]);
        perm_shape.extend_from_slice(&bshape);
        perm_shape.extend_from_slice(&rest_shape[before..]);
        // Reorder offsets to match: gathered order is (b, rest); wanted (rest_before, b, rest_after).
        let nb = n;
        let n_before: usize = rest_shape[..before].iter().product();
        let n_after: usize = rest_shape[before..].iter().product();
        let mut re = Vec::with_capacity(offsets.len());
        for p in 0..n_before {
            for bi in 0..nb {
                for q in 0..n_after {
                    re.push(offsets[(bi * n_before + p) * n_after + q]);
                }
            }
        }
        return Ok(Indexed::Gather {
            base: view,
            offsets: re,
            shape: perm_shape,
        });
    }
    Ok(Indexed::Gather {
        base: view,
        offsets,
        shape,
    })
}

pub use crate::tensor::index::gather;

impl Indexed {
    /// The indexed elements as a tensor: the view itself, or a gathered / mask-selected copy.
    pub fn into_tensor(self) -> Tensor {
        match self {
            Indexed::View(v) => v,
            Indexed::Gather {
                base,
                offsets,
                shape,
            } => gather(&base, &offsets, shape),
            Indexed::Mask { base, mask } => tindex::mask_select(&base, &mask),
        }
    }
}

/// Write `src` (broadcast to `shape`) to the storage offsets.
pub fn scatter(base: &Tensor, offsets: &[usize], shape: &[usize], src: &Tensor) -> Res<()> {
    let src = drop_leading_ones(src, shape.len());
    let src = src.broadcast_to(shape).map_err(|_| {
        value_error(format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
            shape_str_compact(&src.shape),
            shape_str_compact(shape)
        ))
    })?;
    tindex::scatter(base, offsets, &src);
    Ok(())
}

/// NumPy's assignment drops leading length-1 axes of the value that the target does not have
/// (`m[:, 0] = [[7, 8, 9]]`).
fn drop_leading_ones(src: &Tensor, ndim: usize) -> Tensor {
    let mut src = src.clone();
    while src.ndim() > ndim && src.shape[0] == 1 {
        src = src.select(0, 0);
    }
    src
}

/// Copy `src` into `dst` (NumPy's copyto, as assignment and np.full use it): broadcast after dropping the value's
/// extra leading length-1 axes, with NumPy's message when it does not fit.
pub fn copy_into(dst: &Tensor, src: &Tensor) -> Res<()> {
    let fitted = drop_leading_ones(src, dst.ndim());
    dst.assign(&fitted).map_err(|e| match e {
        TensorError::Broadcast(_) => value_error(format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_str_compact(&src.shape),
            shape_str_compact(&dst.shape)
        )),
        other => tensor_error(other),
    })
}

/// A Python scalar stored into an array of `dtype`, with NumPy's checks: an int must fit an integer dtype,
/// NaN and infinities have no integer, and a complex fits only a complex dtype.
pub fn python_scalar_for(me: &mut Interp, value: &Value, dtype: DType) -> Res<Option<Tensor>> {
    let err = |kind: ExcType, m: String| Err(Exc::new(kind, m));
    match (value, dtype.kind()) {
        // Numbers into text go through the string conversion (astype).
        (_, Kind::Str) => return Ok(None),
        (Value::Int(_) | Value::BigInt(_), Kind::Int) => {
            let (lo, hi) = dtype.int_range().unwrap_or((i128::MIN, i128::MAX));
            let v = match value {
                Value::Int(i) => Some(i128::from(*i)),
                Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b),
                _ => None,
            };
            match v {
                Some(v) if v >= lo && v <= hi => {}
                _ => {
                    return err(
                        ExcType::OverflowError,
                        format!(
                            "Python integer {} out of bounds for {dtype}",
                            me.repr(value)?
                        ),
                    )
                }
            }
        }
        (Value::Float(f), Kind::Int) if f.is_nan() => {
            return err(
                ExcType::ValueError,
                "cannot convert float NaN to integer".into(),
            )
        }
        (Value::Float(f), Kind::Int) if f.is_infinite() => {
            return err(
                ExcType::OverflowError,
                "cannot convert float infinity to integer".into(),
            )
        }
        (Value::Complex(..), Kind::Int) => return Err(type_error(
            "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
        )),
        (Value::Complex(..), Kind::Float) => {
            return Err(type_error(
                "float() argument must be a string or a real number, not 'complex'",
            ))
        }
        (
            Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::Complex(..),
            _,
        ) => {}
        _ => return Ok(None),
    }
    // Python floats assigned into int arrays truncate, as NumPy's setitem casts.
    Ok(Some(to_tensor(me, value, None)?.cast(dtype)))
}

pub fn setitem(me: &mut Interp, t: &Tensor, idx: &Value, value: &Value) -> Res<()> {
    let src = match as_array(value) {
        Some((v, _)) => v,
        None => match value {
            Value::Int(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::Complex(..)
            | Value::BigInt(_) => match python_scalar_for(me, value, t.dtype())? {
                Some(v) => v,
                None => super::array::astype_value(&to_tensor(me, value, None)?, t.dtype())?,
            },
            // Text assigned into numbers is parsed; numbers into a string array become their text (cut to
            // its width).
            Value::List(_)
            | Value::Tuple(_)
            | Value::Range(..)
            | Value::Str(_)
            | Value::Bytes(_) => {
                let v = to_tensor(me, value, None)?;
                if v.dtype() == t.dtype() {
                    v
                } else {
                    super::array::astype_value(&v, t.dtype())?
                }
            }
            other => {
                return Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    other.type_name()
                )))
            }
        },
    };
    let from_sequence = matches!(value, Value::List(_) | Value::Tuple(_));
    match index(me, t, idx)? {
        // A single element takes no sequence (with an Ellipsis the 0-d view still takes arrays).
        Indexed::View(v) if v.ndim() == 0 && src.ndim() > 0 => {
            let has_ellipsis = match idx {
                Value::Ellipsis => true,
                Value::Tuple(t) => t.iter().any(|x| matches!(x, Value::Ellipsis)),
                _ => false,
            };
            if !has_ellipsis {
                Err(value_error("setting an array element with a sequence."))
            } else if from_sequence {
                Err(value_error(
                    "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 0.",
                ))
            } else if src.numel() == 1 {
                v.assign(&src.reshape(&[]).map_err(tensor_error)?)
                    .map_err(tensor_error)
            } else {
                v.assign(&src).map_err(tensor_error)
            }
        }
        // A nested list deeper than the target is refused outright (an array's extra length-1 axes are not).
        Indexed::View(v) if from_sequence && src.ndim() > v.ndim() => Err(value_error(format!(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
            v.ndim()
        ))),
        Indexed::View(v) => copy_into(&v, &src),
        Indexed::Gather {
            base,
            offsets,
            shape,
        } => scatter(&base, &offsets, &shape, &src),
        Indexed::Mask { base, mask } => {
            let n = tindex::mask_offsets(&base, &mask).len();
            if src.numel() != 1 && src.ndim() > 0 && src.shape != [n] {
                return Err(Exc::new(
                    ExcType::ValueError,
                    format!(
                        "NumPy boolean array indexing assignment cannot assign {} input values to the {n} output values where the mask is true",
                        src.numel()
                    ),
                ));
            }
            tindex::mask_assign(&base, &mask, &src).map_err(tensor_error)
        }
    }
}
