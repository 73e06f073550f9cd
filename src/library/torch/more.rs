//! More of `torch.Tensor` and `torch`: softmax and log_softmax, clamp, max/min (with `torch.return_types`),
//! the `torch.f(x, ...)` forms of methods, and `torch.nn.functional`'s activations and losses.

use super::shape::{dims_arg, wrap_dim};
use super::*;
use crate::autograd::ops as aops;
use crate::library::args;

fn softmax_dim(me: &mut Interp, x: &Var, dim: &Value, dtype: &Value) -> Res<(Var, usize)> {
    let x = match dtype_arg(me, dtype)? {
        Some(d) => aops::cast(x, d).map_err(grad_error)?,
        None if !x.dtype().is_float() => aops::cast(x, default_dtype(me)).map_err(grad_error)?,
        None => x.clone(),
    };
    let d = match dim {
        Value::None => {
            // PyTorch's legacy choice for an implicit dim: 0 for 0-, 1- and 3-d input, else 1.
            if matches!(x.t.ndim(), 0 | 1 | 3) {
                0
            } else {
                1
            }
        }
        v => wrap_dim(args::int(v, "dim")?, x.t.ndim())?,
    };
    Ok((x, d))
}

pub(super) fn softmax(me: &mut Interp, a: &[Value], log: bool) -> Res<Value> {
    let x = this(&a[0])?;
    let (x, d) = softmax_dim(me, &x, &a[1], &a[2])?;
    let out = if log {
        aops::log_softmax(&x, d)
    } else {
        aops::softmax(&x, d)
    };
    wrap(me, out.map_err(grad_error)?)
}

/// A `torch.return_types.<name>` object: a named pair that indexes, unpacks and prints like PyTorch's.
pub struct ReturnType {
    name: &'static str,
    fields: Vec<(&'static str, Value)>,
}

pub(super) fn return_type(
    me: &Interp,
    name: &'static str,
    fields: Vec<(&'static str, Value)>,
) -> Res<Value> {
    // One class per name, so `type(r).__name__` is `max`.
    let class = class_named(
        me,
        name,
        "torch.return_types",
        |s| s.return_type.clone(),
        |_| {},
    )?;
    Ok(native(class, ReturnType { name, fields }))
}

fn fields_of(v: &Value) -> Res<(&'static str, Vec<(&'static str, Value)>)> {
    let Value::Native(n) = v else {
        return Err(type_error("not a return type"));
    };
    let d = n.data.borrow();
    d.downcast_ref::<ReturnType>()
        .map(|r| (r.name, r.fields.clone()))
        .ok_or_else(|| type_error("not a return type"))
}

pub const RETURN_TYPE_METHODS: &[Def] = &[
    Def {
        name: "__repr__",
        sig: "self, /",
        doc: "torch.return_types.max(values=..., indices=...)",
        func: |me, a| {
            let (name, fields) = fields_of(&a[0])?;
            let mut parts = Vec::new();
            for (k, v) in &fields {
                parts.push((*k, me.repr(v)?));
            }
            let refs: Vec<(&str, &str)> = parts.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Ok(Value::str(&crate::format::torch::return_types_repr(
                name, &refs,
            )))
        },
    },
    Def {
        name: "__getitem__",
        sig: "self, i, /",
        doc: "self[i]",
        func: |me, a| {
            let (_, fields) = fields_of(&a[0])?;
            let t = Value::tuple(fields.into_iter().map(|(_, v)| v).collect());
            me.getitem(&t, a[1].clone())
        },
    },
    Def {
        name: "__iter__",
        sig: "self, /",
        doc: "iter(self)",
        func: |me, a| {
            let (_, fields) = fields_of(&a[0])?;
            me.iter(&Value::tuple(fields.into_iter().map(|(_, v)| v).collect()))
        },
    },
    Def {
        name: "__len__",
        sig: "self, /",
        doc: "len(self)",
        func: |_, a| Ok(Value::Int(fields_of(&a[0])?.1.len() as i64)),
    },
    Def {
        name: "__getattr__",
        sig: "self, name, /",
        doc: "The field of that name.",
        func: |_, a| {
            let (name, fields) = fields_of(&a[0])?;
            let want = args::string(&a[1], "attribute")?;
            fields
                .into_iter()
                .find(|(k, _)| **k == *want)
                .map(|(_, v)| v)
                .ok_or_else(|| {
                    Exc::new(
                        ExcType::AttributeError,
                        format!("'torch.return_types.{name}' object has no attribute '{want}'"),
                    )
                })
        },
    },
];

/// `max()`/`min()`: of everything (a 0-d tensor), along a dim (values and indices), or elementwise against
/// another tensor.
fn extreme(me: &mut Interp, a: &[Value], max: bool) -> Res<Value> {
    let x = this(&a[0])?;
    let name = if max { "max" } else { "min" };
    match &a[1] {
        Value::None => {
            if x.t.numel() == 0 {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    format!("{name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."),
                ));
            }
            wrap(me, aops::extreme_all(&x, max).map_err(grad_error)?)
        }
        other if as_var(other).is_some() => {
            let op = if max {
                crate::tensor::ops::BinaryOp::Maximum
            } else {
                crate::tensor::ops::BinaryOp::Minimum
            };
            tensor::binary(me, op, &a[0], other)
        }
        d => {
            let dim = wrap_dim(args::int(d, "dim")?, x.t.ndim())?;
            let keep = me.truthy(&a[2])?;
            let (v, idx) = aops::extreme_dim(&x, dim, keep, max).map_err(grad_error)?;
            let (v, idx) = (wrap(me, v)?, wrap(me, Var::constant(idx))?);
            return_type(me, name, vec![("values", v), ("indices", idx)])
        }
    }
}

pub const MORE_METHODS: &[Def] = &[
    Def {
        name: "softmax",
        sig: "self, dim=None, dtype=None",
        doc: "exp(x) / sum(exp(x)) along dim.\n\n>>> torch.tensor([0.0, 0.0]).softmax(0)\ntensor([0.5000, 0.5000])",
        func: |me, a| softmax(me, &a, false),
    },
    Def {
        name: "log_softmax",
        sig: "self, dim=None, dtype=None",
        doc: "log(softmax(x)) along dim, computed stably.\n\n>>> torch.tensor([0.0, 0.0]).log_softmax(0)\ntensor([-0.6931, -0.6931])",
        func: |me, a| softmax(me, &a, true),
    },
    Def {
        name: "max",
        sig: "self, dim=None, keepdim=False",
        doc: "The largest element, or the largest along dim with their indices.\n\n>>> torch.tensor([1, 3, 2]).max()\ntensor(3)",
        func: |me, a| extreme(me, &a, true),
    },
    Def {
        name: "min",
        sig: "self, dim=None, keepdim=False",
        doc: "The smallest element, or the smallest along dim with their indices.\n\n>>> torch.tensor([1, 3, 2]).min()\ntensor(1)",
        func: |me, a| extreme(me, &a, false),
    },
    Def {
        name: "stride",
        sig: "self, dim=None, /",
        doc: "Elements to step in memory per index along each dimension.\n\n>>> torch.ones(2, 3).stride()\n(3, 1)",
        func: |_, a| {
            let x = this(&a[0])?;
            let strides: Vec<Value> = x.t.strides.iter().map(|&s| Value::Int(s as i64)).collect();
            match &a[1] {
                Value::None => Ok(Value::tuple(strides)),
                d => Ok(strides[wrap_dim(args::int(d, "dim")?, x.t.ndim())?].clone()),
            }
        },
    },
];

/// Names of `torch` that call the Tensor method of the same name on their first argument.
const METHOD_FUNCTIONS: &[&str] = &[
    "logsumexp",
    "chunk",
    "split",
    "masked_fill",
    "var",
    "std",
    "amax",
    "amin",
    "bmm",
    "swapaxes",
    "sum",
    "mean",
    "matmul",
    "mm",
    "dot",
    "mv",
    "bmm",
    "t",
    "unsqueeze",
    "squeeze",
    "transpose",
    "permute",
    "reshape",
    "flatten",
    "argmax",
    "argmin",
    "max",
    "min",
    "prod",
    "softmax",
    "log_softmax",
    "numel",
    "detach",
    "clone",
];

/// All names of `torch` that forward to a Tensor method, in tag order.
fn forwarded() -> impl Iterator<Item = &'static str> {
    METHOD_FUNCTIONS
        .iter()
        .chain(super::reductions::METHOD_FUNCTIONS)
        .chain(super::sort::METHOD_FUNCTIONS)
        .chain(super::index_ops::INDEX_FUNCTIONS)
        .chain(super::views::VIEW_FUNCTIONS)
        .chain(super::arrange::METHOD_FUNCTIONS)
        .chain(super::linalg::METHOD_FUNCTIONS)
        .copied()
}

fn method_call(me: &mut Interp, tag: u32, a: Vec<Value>) -> Res<Value> {
    let Some(name) = forwarded().nth(tag as usize) else {
        return Err(type_error("internal: unknown forwarded torch function"));
    };
    if as_var(&a[0]).is_none() {
        return Err(type_error(format!(
            "{name}(): argument 'input' (position 1) must be Tensor, not {}",
            a[0].type_name()
        )));
    }
    args::call_method(me, &a[0], name, &a[1], &a[2])
}

/// `torch.sum(input, ...)` and the other functions that call the Tensor method of their name; each shows the
/// method's doc in help().
pub fn method_functions(tensor: &Rc<Class>) -> Vec<(&'static str, Value)> {
    forwarded()
        .enumerate()
        .map(|(i, name)| {
            let doc = match tensor.dict.borrow().get(name) {
                Some(Value::Builtin(b)) => b.doc,
                _ => "The Tensor method of this name, called on input.",
            };
            (
                name,
                crate::library::tagged(name, "input, *args, **kwargs", doc, method_call, i as u32),
            )
        })
        .collect()
}

pub const MORE_FUNCTIONS: &[Def] = &[
    Def {
        name: "result_type",
        sig: "tensor1, tensor2",
        doc: "The dtype PyTorch's promotion gives the two operands.\n\n>>> torch.result_type(torch.tensor([1]), 1.0)\ntorch.float32",
        func: |me, a| {
            let (Some(x), Some(y)) = (tensor::operand(&a[0]), tensor::operand(&a[1])) else {
                return Err(type_error("result_type(): expected Tensors or numbers"));
            };
            let d = tensor::result_type(me, &[&x, &y]);
            dtype_value(me, d)
        },
    },
];

fn dim_or(me: &mut Interp, v: &Value, ndim: usize, default: i64) -> Res<usize> {
    let _ = me;
    let d = match v {
        Value::None => default,
        v => args::int(v, "dim")?,
    };
    wrap_dim(d, ndim)
}

/// Pieces of the tensor object `src` along `dim` with these sizes, one after another (see `ranges`).
fn pieces(
    me: &mut Interp,
    src: &Value,
    dim: usize,
    sizes: &[usize],
    name: &'static str,
) -> Res<Value> {
    let mut at = 0;
    let ranges: Vec<(usize, usize)> = sizes
        .iter()
        .map(|&n| {
            at += n;
            (at - n, n)
        })
        .collect();
    ranges_of(me, src, dim, &ranges, name)
}

/// The pieces `(start, length)` of the tensor object `src` along `dim`: views, recorded as slices named `name`
/// (SplitBackward0, SplitWithSizesBackward0, SliceBackward0 for tensor_split).
pub(super) fn ranges_of(
    me: &mut Interp,
    src: &Value,
    dim: usize,
    ranges: &[(usize, usize)],
    name: &'static str,
) -> Res<Value> {
    let x = this(src)?;
    let mut out = Vec::new();
    for &(start, n) in ranges {
        let piece = aops::slice_named(&x, dim, start, 1, n, name).map_err(grad_error)?;
        out.push(wrap_view(me, src, piece)?);
    }
    Ok(Value::tuple(out))
}

pub const SHAPE_METHODS: &[Def] = &[
    Def {
        name: "chunk",
        sig: "self, chunks, dim=0",
        doc: "Split into `chunks` pieces along dim (the last may be smaller).\n\n>>> len(torch.arange(5).chunk(2))\n2",
        func: |me, a| {
            let x = this(&a[0])?;
            let dim = dim_or(me, &a[2], x.t.ndim(), 0)?;
            let k = args::int(&a[1], "chunks")?;
            if k <= 0 {
                return Err(Exc::new(ExcType::RuntimeError, format!("chunk expects `chunks` to be greater than 0, got: {k}")));
            }
            let k = k as usize;
            let len = x.t.shape[dim];
            let each = len.div_ceil(k).max(1);
            let sizes: Vec<usize> = (0..len.div_ceil(each)).map(|i| each.min(len - i * each)).collect();
            pieces(me, &a[0], dim, &sizes, "SplitBackward0")
        },
    },
    Def {
        name: "split",
        sig: "self, split_size_or_sections, dim=0",
        doc: "Split into pieces of a size (or of the listed sizes) along dim.\n\n>>> [t.tolist() for t in torch.arange(5).split(2)]\n[[0, 1], [2, 3], [4]]",
        func: |me, a| {
            let x = this(&a[0])?;
            let dim = dim_or(me, &a[2], x.t.ndim(), 0)?;
            let len = x.t.shape[dim];
            let (sizes, name): (Vec<usize>, _) = match &a[1] {
                Value::Int(n) => {
                    let n = (*n).max(1) as usize;
                    ((0..len.div_ceil(n)).map(|i| n.min(len - i * n)).collect(), "SplitBackward0")
                }
                other => (me.collect(other)?.iter().map(|v| args::int(v, "size").map(|d| d.max(0) as usize)).collect::<Res<_>>()?, "SplitWithSizesBackward0"),
            };
            if sizes.iter().sum::<usize>() != len {
                return Err(Exc::new(
                    ExcType::RuntimeError,
                    format!("split_with_sizes expects split_sizes to sum exactly to {len} (input tensor's size at dimension {dim}), but got split_sizes={:?}", sizes),
                ));
            }
            pieces(me, &a[0], dim, &sizes, name)
        },
    },
    Def {
        name: "bmm",
        sig: "self, mat2, /",
        doc: "Batched matrix product of 3-d tensors.\n\n>>> torch.ones(2, 1, 3).bmm(torch.ones(2, 3, 1)).shape\ntorch.Size([2, 1, 1])",
        func: |me, a| {
            let (Some(x), Some(y)) = (as_var(&a[0]), as_var(&a[1])) else {
                return Err(type_error("bmm(): arguments must be Tensors"));
            };
            if x.t.ndim() != 3 || y.t.ndim() != 3 {
                return Err(Exc::new(ExcType::RuntimeError, format!("batch1 must be a 3D tensor")));
            }
            tensor::matmul(me, &a[0], &a[1])
        },
    },
    Def {
        name: "swapaxes",
        sig: "self, axis0, axis1, /",
        doc: "Swap two dimensions (alias of transpose).\n\n>>> torch.ones(2, 3).swapaxes(0, 1).shape\ntorch.Size([3, 2])",
        func: |me, a| args::call_method(me, &a[0], "transpose", &Value::tuple(vec![a[1].clone(), a[2].clone()]), &Value::None),
    },
    Def {
        name: "data_ptr",
        sig: "self, /",
        doc: "The address of the first element (equal for tensors that share it).\n\n>>> x = torch.ones(2); x.data_ptr() == x[:1].data_ptr()\nTrue",
        func: |_, a| {
            let x = this(&a[0])?;
            let base = Rc::as_ptr(&x.t.buf) as usize;
            Ok(Value::Int((base + x.t.offset * x.dtype().itemsize()) as i64))
        },
    },
    Def {
        name: "storage_offset",
        sig: "self, /",
        doc: "Elements between the storage's start and this tensor's first element.\n\n>>> torch.arange(4)[2:].storage_offset()\n2",
        func: |_, a| Ok(Value::Int(this(&a[0])?.t.offset as i64)),
    },
    Def {
        name: "element_size",
        sig: "self, /",
        doc: "Bytes per element.\n\n>>> torch.ones(1).element_size()\n4",
        func: |_, a| Ok(Value::Int(this(&a[0])?.dtype().itemsize() as i64)),
    },
];

/// `log(sum(exp(x)))` over dims, computed stably with the (constant) maximum taken out.
fn logsumexp(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let x = this(&a[0])?;
    let x = if x.dtype().is_float() {
        x
    } else {
        aops::cast(&x, default_dtype(me)).map_err(grad_error)?
    };
    let dims = dims_arg(me, &a[1], x.t.ndim())?.unwrap_or_else(|| (0..x.t.ndim()).collect());
    let keep = me.truthy(&a[2])?;
    let out = (|| {
        let m =
            crate::tensor::reduce::reduce(crate::tensor::reduce::ReduceOp::Max, &x.t, &dims, true)?;
        // An infinite maximum is replaced by 0 so that inf - inf does not make NaN (as PyTorch does).
        let finite: Vec<f64> = m
            .cast(DType::F64)
            .to_vec::<f64>()
            .iter()
            .map(|v| if v.is_finite() { *v } else { 0.0 })
            .collect();
        let m = Var::constant(Tensor::from_vec(finite, m.shape.clone()).cast(x.dtype()));
        let shifted = aops::binary(
            crate::tensor::ops::BinaryOp::Sub,
            &x,
            &m,
            x.dtype(),
            [false, false],
        )?;
        let s = aops::sum(
            &aops::apply(crate::tensor::ops::UnaryOp::Exp, &shifted)?,
            Some(&dims),
            true,
            x.dtype(),
        )?;
        let r = aops::add(&aops::apply(crate::tensor::ops::UnaryOp::Log, &s)?, &m)?;
        if keep {
            Ok(r)
        } else {
            let shape: Vec<usize> = (0..x.t.ndim())
                .filter(|d| !dims.contains(d))
                .map(|d| x.t.shape[d])
                .collect();
            aops::reshape(&r, &shape)
        }
    })()
    .map_err(grad_error)?;
    wrap(me, out)
}

pub const TILE_METHODS: &[Def] = &[
    Def {
        name: "logsumexp",
        sig: "self, dim, keepdim=False",
        doc: "log(sum(exp(x))) over dim, computed stably.\n\n>>> torch.tensor([0.0, 0.0]).logsumexp(0)\ntensor(0.6931)",
        func: |me, a| logsumexp(me, &a),
    },
];
