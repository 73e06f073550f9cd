//! The names a program sees: builtins, the builtin types' methods, and importable modules. Each namespace is a
//! table of definitions (name, Python signature, doc, implementation) that drives dispatch, `help()` and completion.

pub mod args;
pub mod builtins;
pub mod containers;
pub mod files;
pub mod math;
pub mod numpy;
pub mod random;
pub mod strings;
pub mod sys;
pub mod time;

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

/// Install every builtin and register every module.
pub fn install(interp: &mut Interp) {
    builtins::install(interp);
    strings::install(interp);
    containers::install(interp);
    files::install(interp);
    numpy::install(interp);
    interp.register_module("math", math::init);
    interp.register_module("sys", sys::init);
    interp.register_module("time", time::init);
    interp.register_module("random", random::init);
}
