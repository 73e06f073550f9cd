//! The backward walk: from the outputs' gradients through the recorded nodes in PyTorch's order (most recently
//! created ready node first), un-broadcasting and casting each gradient to its input once, here, for every op.

use super::ops;
use super::rules;
use super::{with_grad_mode, Edge, GResult, GradError, Input, Meta, Node, Var};
use crate::tensor::Tensor;
use std::collections::{BinaryHeap, HashMap};
use std::rc::Rc;

const SECOND_BACKWARD: &str = "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.";

/// What one pass does with the gradients that reach its targets.
pub struct Pass<'a> {
    pub retain_graph: bool,
    /// Record the backward computation itself, so the gradients can be differentiated (`create_graph=True`).
    pub create_graph: bool,
    /// `torch.autograd.grad`'s inputs: their gradients are returned and no leaf's `.grad` changes. None for
    /// `backward()`, which accumulates into the leaves.
    pub capture: Option<&'a [Var]>,
}

/// A node in the ready queue, ordered by creation (PyTorch runs the most recent ready node first).
struct Ready(u64, Rc<Node>);

impl PartialEq for Ready {
    fn eq(&self, o: &Ready) -> bool {
        self.0 == o.0
    }
}
impl Eq for Ready {}
impl PartialOrd for Ready {
    fn partial_cmp(&self, o: &Ready) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Ready {
    fn cmp(&self, o: &Ready) -> std::cmp::Ordering {
        self.0.cmp(&o.0)
    }
}

fn key(n: &Rc<Node>) -> *const Node {
    Rc::as_ptr(n)
}

/// Run backward from `roots` (each output with its gradient). Returns the captured gradients (one per capture
/// input, None where it is not reached) when capturing.
pub fn run(roots: &[(Var, Var)], pass: &Pass) -> GResult<Vec<Option<Var>>> {
    super::PASSES.with(|p| p.set(p.get() + 1));
    with_grad_mode(pass.create_graph, || run_inner(roots, pass))
}

fn run_inner(roots: &[(Var, Var)], pass: &Pass) -> GResult<Vec<Option<Var>>> {
    let captures = pass.capture.unwrap_or(&[]);
    let mut captured: Vec<Option<Var>> = vec![None; captures.len()];
    // Which capture input a leaf or node stands for.
    let leaf_target = |m: &Rc<Meta>| {
        captures
            .iter()
            .position(|v| v.is_leaf() && v.meta.as_ref().is_some_and(|vm| Rc::ptr_eq(vm, m)))
    };
    let node_target = |n: &Rc<Node>, nr: usize| {
        captures.iter().position(|v| {
            v.grad_fn().is_some_and(|f| Rc::ptr_eq(&f, n))
                && v.meta.as_ref().is_some_and(|m| m.output_nr.get() == nr)
        })
    };
    // Dependencies: how many edges of reachable nodes point at each node.
    let mut deps: HashMap<*const Node, usize> = HashMap::new();
    let mut stack: Vec<Rc<Node>> = Vec::new();
    let mut seen: HashMap<*const Node, ()> = HashMap::new();
    for (out, _) in roots {
        if let Some(n) = out.grad_fn() {
            if seen.insert(key(&n), ()).is_none() {
                stack.push(n);
            }
        }
    }
    while let Some(n) = stack.pop() {
        for e in n.next_edges().flatten() {
            if let Edge::Node(m, _) = e {
                *deps.entry(key(m)).or_insert(0) += 1;
                if seen.insert(key(m), ()).is_none() {
                    stack.push(m.clone());
                }
            }
        }
    }
    // The gradients gathered for each output of each node.
    let mut buffers: HashMap<*const Node, Vec<Option<Var>>> = HashMap::new();
    let mut ready: BinaryHeap<Ready> = BinaryHeap::new();
    for (out, g) in roots {
        match out.grad_fn() {
            Some(n) => {
                let nr = out.meta.as_ref().map_or(0, |m| m.output_nr.get());
                accumulate_buffer(&mut buffers, &n, nr, g.clone())?;
                if deps.get(&key(&n)).copied().unwrap_or(0) == 0
                    && !ready.iter().any(|r| Rc::ptr_eq(&r.1, &n))
                {
                    ready.push(Ready(n.seq, n));
                }
            }
            None => {
                // A leaf as an output: its gradient is the one given.
                if let Some(meta) = &out.meta {
                    deliver_leaf(meta, g.clone(), pass, &leaf_target, &mut captured)?;
                }
            }
        }
    }
    while let Some(Ready(_, node)) = ready.pop() {
        let Some(grads) = buffers.remove(&key(&node)) else {
            continue;
        };
        for (nr, g) in grads.iter().enumerate() {
            let Some(g) = g else { continue };
            let retained = node.retained.borrow()[nr].upgrade();
            if let Some(meta) = retained {
                accumulate_grad(&meta, g.clone(), pass.create_graph)?;
            }
            if let Some(i) = node_target(&node, nr) {
                captured[i] = Some(match captured[i].take() {
                    Some(old) => ops::add(&old, g)?,
                    None => g.clone(),
                });
            }
        }
        if node.released.get() && node.rule.saves_tensors() {
            return Err(GradError::Runtime(SECOND_BACKWARD.into()));
        }
        node.check_saved()?;
        let grads = rules::backward_outputs(&node.rule, &grads, &node.inputs)?;
        if !pass.retain_graph {
            node.released.set(true);
        }
        for (input, grad) in node.inputs.iter().zip(grads) {
            let (Some(edge), Some(grad)) = (&input.edge, grad) else {
                continue;
            };
            let grad = fit(grad, input)?;
            match edge {
                Edge::Node(next, nr) => {
                    accumulate_buffer(&mut buffers, next, *nr, grad)?;
                    let d = deps.entry(key(next)).or_insert(1);
                    *d -= 1;
                    if *d == 0 {
                        ready.push(Ready(next.seq, next.clone()));
                    }
                }
                Edge::Leaf(meta) => deliver_leaf(meta, grad, pass, &leaf_target, &mut captured)?,
            }
        }
    }
    Ok(captured)
}

fn accumulate_buffer(
    buffers: &mut HashMap<*const Node, Vec<Option<Var>>>,
    n: &Rc<Node>,
    nr: usize,
    g: Var,
) -> GResult<()> {
    let slots = buffers
        .entry(key(n))
        .or_insert_with(|| vec![None; n.outputs]);
    slots[nr] = Some(match slots[nr].take() {
        Some(old) => ops::add(&old, &g)?,
        None => g,
    });
    Ok(())
}

fn deliver_leaf(
    meta: &Rc<Meta>,
    g: Var,
    pass: &Pass,
    leaf_target: &impl Fn(&Rc<Meta>) -> Option<usize>,
    captured: &mut [Option<Var>],
) -> GResult<()> {
    if pass.capture.is_some() {
        if let Some(i) = leaf_target(meta) {
            captured[i] = Some(match captured[i].take() {
                Some(old) => ops::add(&old, &g)?,
                None => g,
            });
        }
        return Ok(());
    }
    // A leaf that stopped requiring grad after the graph was built gets nothing (PyTorch's AccumulateGrad).
    if !meta.requires_grad.get() {
        return Ok(());
    }
    accumulate_grad(meta, g, pass.create_graph)
}

/// Add `g` into a tensor's `.grad`: the first gradient is kept as it is (copied when something else shares
/// its storage); later ones are added in place, unless the graph of the gradient is being built.
fn accumulate_grad(meta: &Meta, g: Var, create_graph: bool) -> GResult<()> {
    let mut slot = meta.grad.borrow_mut();
    let new = match slot.take() {
        None if create_graph => g,
        None => Var::constant(owned(g.t)),
        Some(old) if create_graph || old.requires_grad() => ops::add(&old, &g)?,
        Some(old) if crate::tensor::kernel::add_in_place(&old.t, &g.t) => old,
        Some(old) => {
            let sum = crate::tensor::ops::binary(
                crate::tensor::ops::BinaryOp::Add,
                &old.t,
                &g.t.cast(old.dtype()),
                old.dtype(),
            )?;
            old.t.assign(&sum)?;
            old
        }
    };
    *slot = Some(new);
    Ok(())
}

/// `t` itself when nothing else holds its storage and it is contiguous, else a contiguous copy.
fn owned(t: Tensor) -> Tensor {
    if Rc::strong_count(&t.buf) == 1
        && t.is_contiguous()
        && t.offset == 0
        && t.storage_len() == t.numel()
    {
        t
    } else {
        t.copy()
    }
}

/// A gradient made to fit its input: broadcast axes summed away, then cast to the input's dtype (a real input
/// takes the real part of a complex gradient, as PyTorch's engine does).
fn fit(g: Var, input: &Input) -> GResult<Var> {
    let g = if g.dtype().is_complex() && !input.dtype.is_complex() {
        super::complex::real_part(&g)?
    } else {
        g
    };
    let g = if g.t.shape == input.shape {
        g
    } else {
        sum_to(&g, &input.shape)?
    };
    ops::cast(&g, input.dtype)
}

/// Sum `g` down to `shape`, which broadcasts to `g`'s shape: leading axes away, length-1 axes kept.
fn sum_to(g: &Var, shape: &[usize]) -> GResult<Var> {
    let lead = g.t.ndim() - shape.len();
    let mut dims: Vec<usize> = (0..lead).collect();
    for (i, &s) in shape.iter().enumerate() {
        if s == 1 && g.t.shape[lead + i] != 1 {
            dims.push(lead + i);
        }
    }
    let s = if dims.is_empty() {
        g.clone()
    } else {
        ops::sum(g, Some(&dims), false, g.dtype())?
    };
    if s.t.shape == shape {
        return Ok(s);
    }
    ops::reshape(&s, shape)
}
