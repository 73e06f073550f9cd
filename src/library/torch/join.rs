//! Joining tensors beyond `cat`/`stack`: the `concat`/`concatenate` aliases, `hstack`, `vstack` (`row_stack`),
//! `dstack`, `column_stack` and `atleast_{1,2,3}d`, composed from differentiable reshapes and `cat`.

use super::creation::{cat, tensor_list};
use super::*;
use crate::autograd::ops as aops;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// `x` viewed with at least `n` (1 to 3) dims, as `torch.atleast_{n}d` lays them out: a vector becomes a row
/// (`[1, k]`) for 2 and `[1, k, 1]` for 3; a matrix gains a trailing axis for 3.
fn at_least(x: &Var, n: usize) -> Res<Var> {
    let s = &x.t.shape;
    let shape: Vec<usize> = match (s.len(), n) {
        (k, n) if k >= n => return Ok(x.clone()),
        (0, n) => vec![1; n],
        (1, 2) => vec![1, s[0]],
        (1, _) => vec![1, s[0], 1],
        (_, _) => vec![s[0], s[1], 1],
    };
    aops::reshape(x, &shape).map_err(grad_error)
}

/// The tensors of `v`, each given at least `n` dims, and their common dtype; `name` words the empty-list error.
fn prepared(me: &mut Interp, v: &Value, n: usize, name: &str) -> Res<(Vec<Var>, DType)> {
    if me.collect(v)?.is_empty() {
        return Err(Exc::new(
            ExcType::RuntimeError,
            format!("{name} expects a non-empty TensorList"),
        ));
    }
    let (vars, d) = tensor_list(me, v)?;
    let vars = vars
        .iter()
        .map(|x| at_least(x, n))
        .collect::<Res<Vec<_>>>()?;
    Ok((vars, d))
}

fn joined(me: &mut Interp, vars: &[Var], dim: usize, d: DType) -> Res<Value> {
    wrap(me, aops::cat(vars, dim, d).map_err(grad_error)?)
}

fn atleast(me: &mut Interp, a: &[Value], n: usize) -> Res<Value> {
    // One tensor gives a tensor; several (or a sequence) give a tuple.
    let items = match a {
        [one] if as_var(one).is_some() => return wrap(me, at_least(&this(one)?, n)?),
        [one] => me.collect(one)?,
        many => many.to_vec(),
    };
    let out = items
        .iter()
        .map(|v| wrap(me, at_least(&this(v)?, n)?))
        .collect::<Res<Vec<_>>>()?;
    Ok(Value::tuple(out))
}

fn varargs(a: &[Value]) -> Res<Vec<Value>> {
    match &a[0] {
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => Err(type_error("expected the tensors as arguments")),
    }
}

pub const JOIN_FUNCTIONS: &[Def] = defs! {
    "concat", "tensors, dim=0, *, out=None", "Join tensors along an existing dimension (alias of cat).\n\n>>> torch.concat([torch.ones(1), torch.zeros(1)])\ntensor([1., 0.])" => cat;
    "concatenate", "tensors, dim=0, *, out=None", "Join tensors along an existing dimension (alias of cat).\n\n>>> torch.concatenate([torch.ones(1), torch.zeros(1)])\ntensor([1., 0.])" => cat;
    "hstack", "tensors, *, out=None", "Join along the first dim of vectors, else the second.\n\n>>> torch.hstack([torch.tensor([1]), torch.tensor([2])])\ntensor([1, 2])" => |me, a| {
        let (vars, d) = prepared(me, &a[0], 1, "hstack")?;
        let dim = if vars[0].t.ndim() == 1 { 0 } else { 1 };
        joined(me, &vars, dim, d)
    };
    "vstack", "tensors, *, out=None", "Join as rows (vectors become rows).\n\n>>> torch.vstack([torch.tensor([1]), torch.tensor([2])])\ntensor([[1],\n        [2]])" => |me, a| {
        let (vars, d) = prepared(me, &a[0], 2, "vstack")?;
        joined(me, &vars, 0, d)
    };
    "row_stack", "tensors, *, out=None", "Join as rows (alias of vstack).\n\n>>> torch.row_stack([torch.tensor([1]), torch.tensor([2])]).shape\ntorch.Size([2, 1])" => |me, a| {
        let (vars, d) = prepared(me, &a[0], 2, "vstack")?;
        joined(me, &vars, 0, d)
    };
    "dstack", "tensors, *, out=None", "Join along the third dim.\n\n>>> torch.dstack([torch.tensor([1]), torch.tensor([2])]).shape\ntorch.Size([1, 1, 2])" => |me, a| {
        let (vars, d) = prepared(me, &a[0], 3, "dstack")?;
        joined(me, &vars, 2, d)
    };
    "column_stack", "tensors, *, out=None", "Join as columns (vectors become columns).\n\n>>> torch.column_stack([torch.tensor([1]), torch.tensor([2])])\ntensor([[1, 2]])" => |me, a| {
        let (vars, d) = prepared(me, &a[0], 0, "column_stack")?;
        let cols = vars
            .iter()
            .map(|x| match x.t.ndim() {
                0 | 1 => aops::reshape(x, &[x.t.numel(), 1]).map_err(grad_error),
                _ => Ok(x.clone()),
            })
            .collect::<Res<Vec<_>>>()?;
        joined(me, &cols, 1, d)
    };
    "atleast_1d", "*tensors", "The tensors with at least one dim.\n\n>>> torch.atleast_1d(torch.tensor(1))\ntensor([1])" => |me, a| atleast(me, &varargs(&a)?, 1);
    "atleast_2d", "*tensors", "The tensors with at least two dims.\n\n>>> torch.atleast_2d(torch.tensor([1]))\ntensor([[1]])" => |me, a| atleast(me, &varargs(&a)?, 2);
    "atleast_3d", "*tensors", "The tensors with at least three dims.\n\n>>> torch.atleast_3d(torch.tensor(1)).shape\ntorch.Size([1, 1, 1])" => |me, a| atleast(me, &varargs(&a)?, 3);
};
