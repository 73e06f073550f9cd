//! The evaluator: values, frames, calls, the Python operator protocol and exceptions. It knows nothing about
//! NumPy or PyTorch: `library` registers builtins, types and modules into it.

pub mod attr;
pub mod call;
pub mod eval;
pub mod exceptions;
pub mod hash;
pub mod iter;
pub mod operators;
pub mod repr;
pub mod value;
pub mod warnings;

use exceptions::{Exc, ExcType};
use std::cell::RefCell;
/// The interpreter's own tables are keyed by short names: FxHash, not SipHash (no untrusted keys here).
type HashMap<K, V> = std::collections::HashMap<K, V, value::FxBuild>;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use value::*;

/// The most elements (or string bytes) one container may hold. Rust aborts the process when an allocation
/// fails, so sizes that cannot fit in this machine's memory raise MemoryError before allocating.
pub const MAX_ELEMENTS: usize = 1 << 28;

/// The most bytes one array may take (NumPy reports "Unable to allocate ..." beyond what the system has).
pub const MAX_ARRAY_BYTES: usize = 1 << 34;

/// Python's default recursion limit; frames are checked against it before the Rust stack is at risk.
pub const RECURSION_LIMIT: usize = 1000;

/// The classes of the builtin types, which `type()`, `isinstance()` and attribute lookup on builtin values use.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub iterator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub exceptions: HashMap<ExcType, Rc<Class>>,
}

/// A module the program can import, created on first import.
pub type ModuleInit = fn(&mut Interp) -> Res<Value>;

/// Where printed text goes: the process's stdout, or a buffer (tests, `%timeit`).
pub enum Output {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Buffer(Vec<u8>),
}

/// Explains why `owner.attr` holds what it does (above all, why it is None): `owner_text` is the owner as the
/// user wrote it. Libraries register these; `%why` and the hint on a failing use of a None attribute ask them.
pub type AttrExplainer =
    fn(&mut Interp, owner: &Value, attr: &str, owner_text: &str) -> Option<String>;

/// How the REPL's echo of a value differs from its plain repr on a terminal (set by the shell, which knows the
/// terminal; the interpreter only applies it).
#[derive(Clone, Copy)]
pub struct EchoDisplay {
    /// The terminal's width: array printers use it in place of their default line width while the echo's repr
    /// is computed (see `Interp::display_width`).
    pub width: Option<usize>,
    /// Text printed above the repr (a header line, already styled), given the value and its repr.
    pub header: fn(&mut Interp, &Value, &str) -> Option<String>,
}

pub struct Interp {
    pub types: Types,
    pub builtins: HashMap<Rc<str>, Value>,
    pub main: Rc<Globals>,
    pub modules: HashMap<Rc<str>, Value>,
    pub module_inits: HashMap<&'static str, ModuleInit>,
    pub out: Output,
    pub depth: usize,
    pub interrupt: Arc<AtomicBool>,
    pub argv: Vec<String>,
    /// Library state (random generators, print options, ...), keyed by the owning module's name.
    pub state: HashMap<&'static str, Rc<RefCell<Box<dyn std::any::Any>>>>,
    /// True while running the REPL: echo expression values.
    pub interactive: bool,
    /// Containers whose repr is being computed (to print `[...]` on recursion).
    pub repr_active: Vec<usize>,
    /// Warnings issued by library code, waiting to be shown, and those already shown.
    pub warnings: warnings::Warnings,
    pub explainers: Vec<AttrExplainer>,
    /// The REPL's rich echo, when it has one (None: the echo is exactly the repr).
    pub echo_display: Option<EchoDisplay>,
    /// Set only while the echo computes a repr on a terminal: the width array printers use when the user kept
    /// their default line width. `print()`, `repr()` and `str()` never see it.
    pub display_width: Option<usize>,
}

impl Interp {
    pub fn new() -> Interp {
        let types = Types::new();
        Interp {
            types,
            builtins: HashMap::default(),
            main: Rc::new(Globals::new("__main__")),
            modules: HashMap::default(),
            module_inits: HashMap::default(),
            out: Output::Stdout(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            depth: 0,
            interrupt: Arc::new(AtomicBool::new(false)),
            argv: Vec::new(),
            state: HashMap::default(),
            interactive: false,
            repr_active: Vec::new(),
            warnings: warnings::Warnings::default(),
            explainers: Vec::new(),
            echo_display: None,
            display_width: None,
        }
    }

    /// The first registered explanation of `owner.attr`, if a library has one.
    pub fn explain_attr(&mut self, owner: &Value, attr: &str, owner_text: &str) -> Option<String> {
        let explainers = self.explainers.clone();
        explainers
            .iter()
            .find_map(|explain| explain(self, owner, attr, owner_text))
    }

    pub fn write_out(&mut self, s: &str) -> Res<()> {
        match &mut self.out {
            Output::Stdout(w) => {
                let r = w.write_all(s.as_bytes());
                if r.is_err() {
                    return Err(Exc::new(ExcType::OSError, "[Errno 32] Broken pipe"));
                }
            }
            Output::Buffer(b) => b.extend_from_slice(s.as_bytes()),
        }
        Ok(())
    }

    pub fn flush_out(&mut self) {
        if let Output::Stdout(w) = &mut self.out {
            let _ = w.flush();
        }
    }

    /// Check for Ctrl-C; loops and calls check between iterations (kernels check `tensor::cancel` between
    /// chunks).
    pub fn check_interrupt(&self) -> Res<()> {
        if self.interrupt.swap(false, Ordering::Relaxed) {
            crate::tensor::cancel::clear();
            return Err(Exc::with_args(ExcType::KeyboardInterrupt, vec![]));
        }
        Ok(())
    }

    /// Forget a pending Ctrl-C, in the interpreter and in the kernels (it was taken, or the input ended).
    pub fn clear_interrupt(&self) {
        self.interrupt.store(false, Ordering::Relaxed);
        crate::tensor::cancel::clear();
    }

    pub fn exc_class(&self, t: ExcType) -> Rc<Class> {
        self.types
            .exceptions
            .get(&t)
            .cloned()
            .unwrap_or_else(|| self.types.object.clone())
    }

    /// The class of any value (`type(x)`).
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(..) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(..) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(_) => t.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Iterator(_) => t.iterator.clone(),
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Native(n) => n.class.clone(),
        }
    }

    /// Register a builtin function under `name` in the builtins namespace.
    pub fn add_builtin(&mut self, b: Builtin) {
        let name: Rc<str> = Rc::from(b.name);
        self.builtins.insert(name, Value::Builtin(Rc::new(b)));
    }

    /// Give a builtin type a native method.
    pub fn add_method(class: &Rc<Class>, b: Builtin) {
        class
            .dict
            .borrow_mut()
            .insert(Rc::from(b.name), Value::Builtin(Rc::new(b)));
    }

    pub fn register_module(&mut self, name: &'static str, init: ModuleInit) {
        self.module_inits.insert(name, init);
    }

    /// `import name`: a cached module, or one created by its registered initializer.
    pub fn import(&mut self, name: &str) -> Res<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let Some(init) = self.module_inits.get(name).copied() else {
            let mut e = Exc::new(
                ExcType::ModuleNotFoundError,
                format!("No module named '{name}'"),
            );
            if let Payload::Builtin(_, args) = &mut e.payload {
                let _ = args;
            }
            return Err(e);
        };
        let m = init(self)?;
        self.modules.insert(Rc::from(name), m.clone());
        Ok(m)
    }

    /// Run nabla source (an embedded stdlib module) with `globals` as its module namespace.
    pub fn run_in_module(&mut self, globals: Rc<Globals>, name: &str, text: &str) -> Res<()> {
        let mut module = crate::syntax::parser::parse_module(text).map_err(|errs| {
            Exc::new(
                ExcType::SyntaxError,
                format!(
                    "{name}: {}",
                    errs.first().map(|e| e.message.as_str()).unwrap_or("")
                ),
            )
        })?;
        {
            let mut names = globals.names.borrow_mut();
            crate::syntax::resolve::resolve_module(&mut module, &mut names).map_err(|errs| {
                Exc::new(ExcType::SyntaxError, format!("{name}: {}", errs[0].message))
            })?;
        }
        let mut source = crate::syntax::span::SourceFile::new(name, text);
        source.library = true;
        let mut frame = eval::Frame::new(
            globals,
            Rc::new(source),
            &module.layout,
            Rc::from("<module>"),
        );
        self.exec_module_body(&mut frame, &module.body, false)
    }

    /// Build a module value from a list of (name, value) pairs.
    pub fn make_module(&self, name: &str, doc: &'static str, items: Vec<(&str, Value)>) -> Value {
        let g = Rc::new(Globals::new(name));
        g.set("__name__", Value::str(name));
        for (n, v) in items {
            g.set(n, v);
        }
        Value::Module(Rc::new(Module {
            name: Rc::from(name),
            globals: g,
            doc,
        }))
    }
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

use exceptions::Payload;

/// Make a new class object with the given bases; its MRO is computed by C3 linearization.
pub fn new_class(name: &str, module: &str, bases: Vec<Rc<Class>>) -> Result<Rc<Class>, String> {
    let is_exception = bases.iter().any(|b| b.is_exception);
    let c = Rc::new(Class {
        name: Rc::from(name),
        module: Rc::from(module),
        bases: bases.clone(),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Attrs::default()),
        is_exception,
        binary_slot: Default::default(),
    });
    let mro = c3_mro(&c, &bases)?;
    *c.mro.borrow_mut() = mro;
    Ok(c)
}

fn c3_mro(c: &Rc<Class>, bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, String> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![c.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|cand| {
            !seqs
                .iter()
                .any(|s| s.iter().skip(1).any(|x| Rc::ptr_eq(x, cand)))
        });
        let Some(next) = candidate else {
            let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

impl Types {
    fn new() -> Types {
        let object =
            new_class("object", "builtins", vec![]).unwrap_or_else(|_| unreachable_class());
        let mk = |name: &str| {
            new_class(name, "builtins", vec![object.clone()])
                .unwrap_or_else(|_| unreachable_class())
        };
        let int = mk("int");
        let bool_ = new_class("bool", "builtins", vec![int.clone()])
            .unwrap_or_else(|_| unreachable_class());
        let mut exceptions: HashMap<ExcType, Rc<Class>> = HashMap::default();
        for &t in ExcType::ALL {
            let parent = t
                .parent()
                .and_then(|p| exceptions.get(&p).cloned())
                .unwrap_or_else(|| object.clone());
            let c = Rc::new(Class {
                name: Rc::from(t.name()),
                module: Rc::from("builtins"),
                bases: vec![parent.clone()],
                mro: RefCell::new(Vec::new()),
                dict: RefCell::new(Attrs::default()),
                is_exception: true,
                binary_slot: Default::default(),
            });
            let mut mro = vec![c.clone()];
            mro.extend(parent.mro.borrow().iter().cloned());
            *c.mro.borrow_mut() = mro;
            exceptions.insert(t, c);
        }
        Types {
            type_: mk("type"),
            none: mk("NoneType"),
            bool_,
            int,
            float: mk("float"),
            complex: mk("complex"),
            str_: mk("str"),
            bytes: mk("bytes"),
            list: mk("list"),
            tuple: mk("tuple"),
            dict: mk("dict"),
            set: mk("set"),
            frozenset: mk("frozenset"),
            range: mk("range"),
            slice: mk("slice"),
            function: mk("function"),
            builtin_function: mk("builtin_function_or_method"),
            method: mk("method"),
            module: mk("module"),
            iterator: mk("iterator"),
            property: mk("property"),
            staticmethod: mk("staticmethod"),
            classmethod: mk("classmethod"),
            ellipsis: mk("ellipsis"),
            not_implemented: mk("NotImplementedType"),
            exceptions,
            object,
        }
    }
}

fn unreachable_class() -> Rc<Class> {
    // Class creation without bases cannot fail; this keeps the constructor total without unwrap().
    Rc::new(Class {
        name: Rc::from("object"),
        module: Rc::from("builtins"),
        bases: vec![],
        mro: RefCell::new(vec![]),
        dict: RefCell::new(Attrs::default()),
        is_exception: false,
        binary_slot: Default::default(),
    })
}
