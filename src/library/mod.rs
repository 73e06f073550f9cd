//! The names a program sees: builtins, the builtin types' methods, and importable modules. Each namespace is a
//! table of definitions (name, Python signature, doc, implementation) that drives dispatch, `help()` and completion.

pub mod args;
pub mod builtins;
pub mod containers;
pub mod files;
pub mod help;
pub mod math;
pub mod numpy;
pub mod random;
pub mod strings;
pub mod sys;
pub mod time;
pub mod torch;

use crate::interp::value::{Builtin, NativeFn};
use crate::interp::Interp;
use std::cell::OnceCell;

/// One row of a definitions table.
pub struct Def {
    pub name: &'static str,
    pub sig: &'static str,
    pub doc: &'static str,
    pub func: NativeFn,
}

impl Def {
    pub fn builtin(&self, qualname: Option<&'static str>) -> Builtin {
        Builtin {
            name: self.name,
            sig: self.sig,
            doc: self.doc,
            func: self.func,
            parsed: OnceCell::new(),
            qualname,
            tagged: None,
        }
    }
}

fn untagged(
    _me: &mut Interp,
    _a: Vec<crate::interp::value::Value>,
) -> crate::interp::value::Res<crate::interp::value::Value> {
    Err(crate::interp::exceptions::type_error(
        "internal: table function called without its tag",
    ))
}

/// A builtin that calls `f` with `tag` (the row of an op table it stands for: `np.exp`, `torch.sigmoid`, ...).
pub fn tagged(
    name: &'static str,
    sig: &'static str,
    doc: &'static str,
    f: crate::interp::value::TaggedFn,
    tag: u32,
) -> crate::interp::value::Value {
    crate::interp::value::Value::Builtin(std::rc::Rc::new(Builtin {
        name,
        sig,
        doc,
        func: untagged,
        parsed: Default::default(),
        qualname: None,
        tagged: Some((f, tag)),
    }))
}

/// The elementwise op of a Python binary operator (None for `@`), for the operator slots of both flavours.
pub fn elementwise_op(op: crate::syntax::ast::BinOp) -> Option<crate::tensor::ops::BinaryOp> {
    use crate::syntax::ast::BinOp as B;
    use crate::tensor::ops::BinaryOp;
    Some(match op {
        B::Add => BinaryOp::Add,
        B::Sub => BinaryOp::Sub,
        B::Mul => BinaryOp::Mul,
        B::Div => BinaryOp::Div,
        B::FloorDiv => BinaryOp::FloorDiv,
        B::Mod => BinaryOp::Mod,
        B::Pow => BinaryOp::Pow,
        B::LShift => BinaryOp::LShift,
        B::RShift => BinaryOp::RShift,
        B::BitAnd => BinaryOp::BitAnd,
        B::BitOr => BinaryOp::BitOr,
        B::BitXor => BinaryOp::BitXor,
        B::MatMul => return None,
    })
}

/// Install every builtin and register every module.
pub fn install(interp: &mut Interp) {
    builtins::install(interp);
    strings::install(interp);
    containers::install(interp);
    files::install(interp);
    numpy::install(interp);
    torch::install(interp);
    interp.register_module("math", math::init);
    interp.register_module("sys", sys::init);
    interp.register_module("io", files::init_io);
    interp.register_module("time", time::init);
    interp.register_module("random", random::init);
}

/// Every definitions table, by namespace, for `help()`, completion and the documentation tests.
pub fn all_defs() -> Vec<(&'static str, &'static Def)> {
    let mut out: Vec<(&'static str, &'static Def)> = Vec::new();
    let mut add =
        |ns: &'static str, table: &'static [Def]| out.extend(table.iter().map(|d| (ns, d)));
    add("builtins", builtins::FUNCTIONS);
    add("str", strings::METHODS);
    add("list", containers::LIST_METHODS);
    add("tuple", containers::TUPLE_METHODS);
    add("dict", containers::DICT_METHODS);
    add("set", containers::SET_METHODS);
    add("int", containers::INT_METHODS);
    add("float", containers::FLOAT_METHODS);
    add("complex", containers::COMPLEX_METHODS);
    add("range", containers::RANGE_METHODS);
    add("math", math::FUNCTIONS);
    add("time", time::FUNCTIONS);
    add("random", random::FUNCTIONS);
    add("numpy", numpy::FUNCTIONS);
    add("numpy", numpy::extra::MORE_FUNCTIONS);
    add("numpy.linalg", numpy::linalg::FUNCTIONS);
    add("torch.fft", torch::fft::FFT_FUNCTIONS);
    add("numpy.random", numpy::random::FUNCTIONS);
    add("numpy", numpy::printing::PRINT_FUNCTIONS);
    add("numpy", numpy::errstate::FUNCTIONS);
    add("numpy.ndarray", numpy::methods::ARRAY_METHODS);
    add("numpy.ndarray", numpy::extra::MORE_METHODS);
    add("numpy", numpy::layout::LAYOUT_FUNCTIONS);
    add("numpy", numpy::join::JOIN_FUNCTIONS);
    add("numpy.ndarray", numpy::layout::LAYOUT_METHODS);
    add("torch", torch::FUNCTIONS);
    add("torch.Tensor", torch::TENSOR_METHODS);
    add("torch.Tensor", torch::more::MORE_METHODS);
    add("torch.Tensor", torch::more::SHAPE_METHODS);
    add("torch.Tensor", torch::more::TILE_METHODS);
    add("torch", torch::elementwise::ELEMENTWISE_FUNCTIONS);
    add("torch.Tensor", torch::elementwise::ELEMENTWISE_METHODS);
    add("torch.Tensor", torch::grad::TENSOR_GRAD_METHODS);
    add("torch", torch::more::MORE_FUNCTIONS);
    add("torch", torch::grad::GRAD_FUNCTIONS);
    add("torch.autograd", torch::grad::AUTOGRAD_FUNCTIONS);
    add("builtins", torch::transforms::GLOBALS);
    add("torch.func", torch::transforms::FUNC_FUNCTIONS);
    add("torch.nn.functional", torch::functional::FUNCTIONAL);
    add("torch.nn.functional", torch::functional::LOSSES);
    add("torch.nn.functional", torch::activations::ACTIVATIONS);
    add("torch.Tensor", torch::arrange::ARRANGE_METHODS);
    add("torch", torch::arrange::ARRANGE_FUNCTIONS);
    add("torch.Tensor", torch::convert::CONVERT_METHODS);
    add("torch", torch::convert::CONVERT_FUNCTIONS);
    add("torch", torch::random::RANDOM_FUNCTIONS);
    add("torch.Tensor", torch::random::RANDOM_METHODS);
    add("torch.linalg", torch::linalg::LINALG_FUNCTIONS);
    add("torch.Tensor", torch::linalg::LINALG_METHODS);
    add("torch.nn.functional", torch::random::RANDOM_FUNCTIONAL);
    for (_, d) in builtins::CONSTRUCTORS {
        out.push(("builtins", d));
    }
    out
}

/// Every named-doc table: the docs of names whose values cannot carry one (constants, dtypes, native classes),
/// by qualified name, for `help()` and the documentation tests.
pub fn all_named_docs() -> Vec<(&'static str, &'static str)> {
    builtins::NAMED_DOCS
        .iter()
        .chain(numpy::named::NAMED_DOCS)
        .chain(torch::named::NAMED_DOCS)
        .copied()
        .collect()
}
