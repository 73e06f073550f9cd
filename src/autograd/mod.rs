//! Reverse-mode automatic differentiation: tensors with graph metadata (`Var`), the differentiable ops that
//! record the graph as they compute, and the backward walk. It sits between the library and the tensor runtime:
//! the library decides dtypes by its flavour's rules and calls these ops; they compute with `tensor` and record.

pub mod activation;
pub mod arrange;
pub mod complex;
pub mod elementwise;
pub mod engine;
pub mod fft;
pub mod index_ops;
pub mod linalg;
pub mod nn;
pub mod ops;
pub mod reductions;
pub mod rules;

use crate::tensor::dtype::DType;
use crate::tensor::error::TensorError;
use crate::tensor::Tensor;
use rules::Rule;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::{Rc, Weak};

/// What can go wrong in a differentiable op or a backward pass, worded as PyTorch words it.
#[derive(Debug, Clone, PartialEq)]
pub enum GradError {
    Tensor(TensorError),
    /// PyTorch's RuntimeError (its message).
    Runtime(String),
    /// PyTorch's IndexError (its message).
    Index(String),
    /// A derivative nabla does not have yet (the op's name).
    NotImplemented(String),
    /// A matrix a decomposition cannot handle (PyTorch's `torch.linalg.LinAlgError`, its message).
    LinAlg(String),
    /// A derivative PyTorch does not define either (its ATen op's name, as its NotImplementedError names it).
    Undefined(&'static str),
}

impl From<TensorError> for GradError {
    fn from(e: TensorError) -> GradError {
        GradError::Tensor(e)
    }
}

impl fmt::Display for GradError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GradError::Tensor(e) => write!(f, "{e}"),
            GradError::Runtime(m) | GradError::Index(m) | GradError::LinAlg(m) => write!(f, "{m}"),
            GradError::NotImplemented(op) => {
                write!(f, "the derivative for '{op}' is not implemented.")
            }
            GradError::Undefined(op) => write!(f, "the derivative for '{op}' is not implemented."),
        }
    }
}

pub type GResult<T> = Result<T, GradError>;

thread_local! {
    /// Whether ops record the graph (`torch.no_grad()` turns it off; backward turns it off unless asked to
    /// build a graph of the gradients themselves).
    static GRAD_MODE: Cell<bool> = const { Cell::new(true) };
    /// How many backward passes (`backward()`, `torch.autograd.grad`) have run: lets `%why x.grad` tell "no
    /// backward yet" from "not on the path to the output".
    static PASSES: Cell<u64> = const { Cell::new(0) };
    /// Creation numbers of nodes: the backward walk runs the most recent ready node first, as PyTorch's does.
    static NEXT_SEQ: Cell<u64> = const { Cell::new(0) };
    /// How many times each storage was written in place (PyTorch's version counter), by storage address; a
    /// storage never written in place is at version 0.
    static VERSIONS: RefCell<std::collections::HashMap<usize, u64>> = RefCell::new(std::collections::HashMap::new());
}

fn storage_key(t: &Tensor) -> usize {
    Rc::as_ptr(&t.buf) as usize
}

/// The in-place write count of `t`'s storage.
pub fn version(t: &Tensor) -> u64 {
    VERSIONS.with(|v| v.borrow().get(&storage_key(t)).copied().unwrap_or(0))
}

/// Record an in-place write to `t`'s storage (every view of it sees the new version).
pub fn bump_version(t: &Tensor) {
    VERSIONS.with(|v| *v.borrow_mut().entry(storage_key(t)).or_insert(0) += 1);
}

/// A tensor a node needs in backward, with the version it had when saved: a later in-place write makes
/// backward fail with PyTorch's error instead of computing with changed values.
pub struct Saved {
    storage: usize,
    version: u64,
    shape: Vec<usize>,
    dtype: DType,
    /// Where the message takes the producing op's name from: the saving node itself (a saved output), or the
    /// saved input's current history.
    producer: Option<Rc<Meta>>,
}

impl Saved {
    fn of(t: &Tensor, producer: Option<Rc<Meta>>) -> Saved {
        Saved {
            storage: storage_key(t),
            version: version(t),
            shape: t.shape.clone(),
            dtype: t.dtype(),
            producer,
        }
    }
}

/// The number of backward passes run so far in this thread.
pub fn passes() -> u64 {
    PASSES.with(|p| p.get())
}

pub fn grad_enabled() -> bool {
    GRAD_MODE.with(|m| m.get())
}

/// Turn recording on or off; returns the previous mode.
pub fn set_grad_enabled(on: bool) -> bool {
    GRAD_MODE.with(|m| m.replace(on))
}

/// Run `f` with recording set to `on`, restoring the previous mode afterwards (also on unwinding).
pub fn with_grad_mode<R>(on: bool, f: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_grad_enabled(self.0);
        }
    }
    let _restore = Restore(set_grad_enabled(on));
    f()
}

/// The graph metadata of a tensor that requires grad: shared by every handle to the same tensor object, and
/// pointed at by the graph edges that accumulate into a leaf.
pub struct Meta {
    /// A leaf's flag (set by `requires_grad=True` / `requires_grad_()`); always true for results of the graph.
    pub requires_grad: Cell<bool>,
    /// The accumulated gradient (`x.grad`): a leaf's, or a non-leaf's that called `retain_grad()`.
    pub grad: RefCell<Option<Var>>,
    /// The node that made this tensor; None for leaves.
    pub grad_fn: RefCell<Option<Rc<Node>>>,
    /// Which of the node's outputs this tensor is (0 but for decompositions: `U, S, Vh` are 0, 1, 2).
    pub output_nr: Cell<usize>,
    pub retains_grad: Cell<bool>,
    /// The library's object for a leaf (`grad_fn.next_functions[..][0].variable is x`), held weakly and opaque
    /// to autograd.
    pub owner: RefCell<Option<std::rc::Weak<dyn std::any::Any>>>,
    /// `passes()` when this tensor was made: backward passes after it could have reached it.
    pub born_after_pass: u64,
}

impl Meta {
    fn new(requires_grad: bool, grad_fn: Option<Rc<Node>>) -> Rc<Meta> {
        Rc::new(Meta {
            requires_grad: Cell::new(requires_grad),
            grad: RefCell::new(None),
            grad_fn: RefCell::new(grad_fn),
            output_nr: Cell::new(0),
            retains_grad: Cell::new(false),
            owner: RefCell::new(None),
            born_after_pass: passes(),
        })
    }
}

/// A tensor as autograd sees it: its data, and its graph metadata when it requires grad.
#[derive(Clone)]
pub struct Var {
    pub t: Tensor,
    pub meta: Option<Rc<Meta>>,
}

impl Var {
    /// A tensor outside the graph.
    pub fn constant(t: Tensor) -> Var {
        Var { t, meta: None }
    }

    /// A user-created tensor: a leaf of the graph when `requires_grad`.
    pub fn leaf(t: Tensor, requires_grad: bool) -> Var {
        Var {
            t,
            meta: requires_grad.then(|| Meta::new(true, None)),
        }
    }

    pub fn requires_grad(&self) -> bool {
        self.meta.as_ref().is_some_and(|m| m.requires_grad.get())
    }

    pub fn grad_fn(&self) -> Option<Rc<Node>> {
        self.meta.as_ref().and_then(|m| m.grad_fn.borrow().clone())
    }

    /// Leaves: every tensor that was not computed by a recorded op.
    pub fn is_leaf(&self) -> bool {
        self.grad_fn().is_none()
    }

    /// The same data, outside the graph (shares storage, as `detach()` does).
    pub fn detach(&self) -> Var {
        Var::constant(self.t.clone())
    }

    pub fn dtype(&self) -> DType {
        self.t.dtype()
    }

    pub fn shape(&self) -> &[usize] {
        &self.t.shape
    }

    /// The edge a node records for this input: its producer, or the leaf it accumulates into.
    fn edge(&self) -> Option<Edge> {
        let meta = self.meta.as_ref().filter(|m| m.requires_grad.get())?;
        Some(match &*meta.grad_fn.borrow() {
            Some(node) => Edge::Node(node.clone(), meta.output_nr.get()),
            None => Edge::Leaf(meta.clone()),
        })
    }

    /// Make this tensor a leaf that requires grad (or not): `requires_grad_()`. Only leaves may change.
    pub fn set_requires_grad(&mut self, on: bool) -> GResult<()> {
        if !self.is_leaf() {
            if on {
                return Ok(());
            }
            return Err(GradError::Runtime(
                "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().".into(),
            ));
        }
        if on && !(self.t.dtype().is_float() || self.t.dtype().is_complex()) {
            return Err(GradError::Runtime(
                "Only Tensors of floating point and complex dtype can require gradients".into(),
            ));
        }
        match &self.meta {
            Some(m) => m.requires_grad.set(on),
            None if on => self.meta = Some(Meta::new(true, None)),
            None => {}
        }
        Ok(())
    }

    /// Keep this non-leaf's gradient in `.grad` during backward (`retain_grad()`).
    pub fn retain_grad(&self) -> GResult<()> {
        let Some(meta) = self.meta.as_ref().filter(|m| m.requires_grad.get()) else {
            return Err(GradError::Runtime(
                "can't retain_grad on Tensor that has requires_grad=False".into(),
            ));
        };
        if let Some(node) = &*meta.grad_fn.borrow() {
            meta.retains_grad.set(true);
            node.retained.borrow_mut()[meta.output_nr.get()] = Rc::downgrade(meta);
        }
        Ok(())
    }
}

/// Where a node sends the gradient of one of its inputs.
#[derive(Clone)]
pub enum Edge {
    /// Into the node that computed the input, as its output number `.1`.
    Node(Rc<Node>, usize),
    /// Into a leaf's `.grad` (PyTorch's AccumulateGrad).
    Leaf(Rc<Meta>),
}

/// One input of a recorded op: where its gradient goes, and the shape and dtype the gradient must have (the
/// engine sums broadcast axes away and casts, in one place for every op).
pub struct Input {
    pub edge: Option<Edge>,
    pub shape: Vec<usize>,
    pub dtype: DType,
}

/// A recorded op: its backward rule with the values it saved, and its inputs.
pub struct Node {
    pub rule: Rule,
    seq: u64,
    /// The tensors the rule keeps, as PyTorch's node for the op keeps them, with their versions.
    saved: Vec<Saved>,
    /// The node's own output, when PyTorch's node keeps it (exp, tanh, sigmoid, ...).
    saved_output: Option<Saved>,
    pub inputs: Vec<Input>,
    /// How many tensors the op made (one but for decompositions).
    pub outputs: usize,
    /// Set when a backward pass without `retain_graph` went through: the saved values count as freed.
    released: Cell<bool>,
    /// Each tensor made by this node, when it asked to retain its gradient.
    retained: RefCell<Vec<Weak<Meta>>>,
}

impl Node {
    /// PyTorch's name for the node (`MulBackward0`).
    pub fn name(&self) -> &'static str {
        self.rule.name()
    }

    pub fn next_edges(&self) -> impl Iterator<Item = Option<&Edge>> {
        self.inputs.iter().map(|i| i.edge.as_ref())
    }

    /// PyTorch's error when a saved tensor was written in place after this node saved it.
    fn check_saved(&self) -> GResult<()> {
        let op_name = |name: &str| {
            let stem = name.trim_end_matches(|c: char| c.is_ascii_digit());
            stem.strip_suffix("Backward").unwrap_or(stem).to_string()
        };
        let fail = |shape: &[usize],
                    dtype: DType,
                    producer: Option<String>,
                    now: u64,
                    then: u64| {
            let dims = shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let of = producer.map_or(String::new(), |p| format!(", which is output 0 of {p},"));
            GradError::Runtime(format!(
                "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.{}Tensor [{dims}]]{of} is at version {now}; expected version {then} instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).",
                tensor_type_word(dtype)
            ))
        };
        if let Some(s) = &self.saved_output {
            let now = VERSIONS.with(|v| v.borrow().get(&s.storage).copied().unwrap_or(0));
            if now != s.version {
                return Err(fail(
                    &s.shape,
                    s.dtype,
                    Some(op_name(self.name())),
                    now,
                    s.version,
                ));
            }
        }
        for s in &self.saved {
            let now = VERSIONS.with(|v| v.borrow().get(&s.storage).copied().unwrap_or(0));
            if now != s.version {
                let producer = s
                    .producer
                    .as_ref()
                    .and_then(|m| m.grad_fn.borrow().as_ref().map(|n| op_name(n.name())));
                return Err(fail(&s.shape, s.dtype, producer, now, s.version));
            }
        }
        Ok(())
    }
}

/// PyTorch's legacy tensor-type word (`Float` in `torch.FloatTensor`, `expected m1 ... Float`).
pub fn tensor_type_word(d: DType) -> &'static str {
    match d {
        DType::F32 => "Float",
        DType::F64 => "Double",
        DType::F16 => "Half",
        DType::BF16 => "BFloat16",
        DType::I64 => "Long",
        DType::I32 => "Int",
        DType::I16 => "Short",
        DType::I8 => "Char",
        DType::U8 => "Byte",
        DType::Bool => "Bool",
        DType::C64 => "ComplexFloat",
        DType::C128 => "ComplexDouble",
        _ => "",
    }
}

/// Rebase `target`'s history onto the node that computed `result` (an in-place op: `target`'s storage now holds
/// `result`'s values). Returns the metadata the target object should hold.
pub fn rebase(target: &Var, result: &Var) -> Option<Rc<Meta>> {
    bump_version(&target.t);
    adopt(target, result)
}

/// The metadata `target`'s object holds once its history is `result`'s: its own metadata (so `.grad` and
/// `retain_grad` stay with the object) pointed at `result`'s node, or `result`'s when it had none.
fn adopt(target: &Var, result: &Var) -> Option<Rc<Meta>> {
    match (&target.meta, &result.meta) {
        (Some(m), Some(r)) => {
            *m.grad_fn.borrow_mut() = r.grad_fn.borrow().clone();
            m.output_nr.set(r.output_nr.get());
            m.requires_grad.set(true);
            Some(m.clone())
        }
        (None, r) => r.clone(),
        (m, None) => m.clone(),
    }
}

/// An in-place write of `values` into `view`, a view of `base` whose elements sit at flat `positions` of it:
/// PyTorch's CopySlices rebases the base's history, and the view reads back from it. Returns the metadata the
/// base's and the view's objects should hold.
pub fn rebase_view(
    base: &Var,
    view: &Var,
    values: &Var,
    positions: &Tensor,
) -> (Option<Rc<Meta>>, Option<Rc<Meta>>) {
    bump_version(&base.t);
    let (new_base, new_view) = index_ops::copy_slices(base, values, positions, &view.t);
    (adopt(base, &new_base), adopt(view, &new_view))
}

/// The result `out` of an op over `inputs`: recorded with `rule` when grad mode is on and an input requires grad.
pub fn record(out: Tensor, inputs: &[&Var], rule: impl FnOnce() -> Rule) -> Var {
    let saves_output = |rule: &Rule| rule.saves_output().then(|| Saved::of(&out, None));
    match node(inputs, 1, rule, saves_output) {
        Some(node) => Var {
            t: out,
            meta: Some(Meta::new(true, Some(node))),
        },
        None => Var::constant(out),
    }
}

/// The results `outs` of one op over `inputs` that made several tensors (a decomposition): one node records
/// them all, each output knowing its number, as PyTorch's multi-output nodes do.
pub fn record_outputs(outs: Vec<Tensor>, inputs: &[&Var], rule: impl FnOnce() -> Rule) -> Vec<Var> {
    match node(inputs, outs.len(), rule, |_| None) {
        Some(node) => outs
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let meta = Meta::new(true, Some(node.clone()));
                meta.output_nr.set(i);
                Var {
                    t,
                    meta: Some(meta),
                }
            })
            .collect(),
        None => outs.into_iter().map(Var::constant).collect(),
    }
}

/// The node recording an op with `outputs` results, when grad mode is on and an input requires grad.
fn node(
    inputs: &[&Var],
    outputs: usize,
    rule: impl FnOnce() -> Rule,
    saved_output: impl FnOnce(&Rule) -> Option<Saved>,
) -> Option<Rc<Node>> {
    if !grad_enabled() || !inputs.iter().any(|v| v.requires_grad()) {
        return None;
    }
    let rule = rule();
    let saved = rule
        .saved_inputs()
        .into_iter()
        .map(|v| Saved::of(&v.t, v.meta.clone()))
        .collect();
    let saved_output = saved_output(&rule);
    Some(Rc::new(Node {
        rule,
        seq: NEXT_SEQ.with(|n| n.replace(n.get() + 1)),
        saved,
        saved_output,
        inputs: inputs
            .iter()
            .map(|v| Input {
                edge: v.edge(),
                shape: v.t.shape.clone(),
                dtype: v.t.dtype(),
            })
            .collect(),
        outputs,
        released: Cell::new(false),
        retained: RefCell::new(vec![Weak::new(); outputs]),
    }))
}
