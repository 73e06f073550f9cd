//! Runtime values: the `Value` enum and the object kinds it points to (functions, classes, instances, ...).

use super::exceptions::Exc;
use super::Interp;
use crate::syntax::ast::FuncDef;
use crate::syntax::span::SourceFile;
use indexmap::{IndexMap, IndexSet};
use num_bigint::BigInt;
use std::any::Any;
use std::cell::{OnceCell, RefCell};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

pub type Res<T> = Result<T, Box<Exc>>;
/// Fast non-cryptographic hashing: dict keys and attribute names are hashed on every lookup.
pub type FxBuild = std::hash::BuildHasherDefault<rustc_hash::FxHasher>;
pub type Dict = IndexMap<HKey, Value, FxBuild>;
pub type Attrs = IndexMap<Rc<str>, Value, FxBuild>;
pub type PySet = IndexSet<HKey, FxBuild>;

/// A Python value. Cloning is cheap: heap objects are shared handles.
#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<[Value]>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<PySet>>),
    FrozenSet(Rc<PySet>),
    Range(i64, i64, i64),
    Slice(Rc<[Value; 3]>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iterator(Rc<RefCell<Iter>>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    /// A library-defined object (file handle, array, tensor, ...): its class supplies the behaviour.
    Native(Rc<Native>),
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "Int({i})"),
            Value::Float(x) => write!(f, "Float({x})"),
            Value::Str(s) => write!(f, "Str({s:?})"),
            Value::Bool(b) => write!(f, "Bool({b})"),
            Value::None => write!(f, "None"),
            _ => write!(f, "<{}>", self.type_name()),
        }
    }
}

pub struct Native {
    pub class: Rc<Class>,
    pub data: RefCell<Box<dyn Any>>,
    /// The Python value this object hashes and compares as when it is a dict key or set member (NumPy scalars:
    /// their number, so `np.int64(2)` finds the key `2`); identity when None.
    pub hash_as: Option<Value>,
}

/// A user-defined function or lambda closed over its defaults, cells and module globals.
pub struct Function {
    pub def: Rc<FuncDef>,
    pub source: Rc<SourceFile>,
    pub globals: Rc<Globals>,
    pub sig: Rc<Signature>,
    pub cells: Vec<Rc<RefCell<Option<Value>>>>,
    pub qualname: Rc<str>,
    pub attrs: RefCell<Attrs>,
}

/// The global variables of one module, by resolver slot.
pub struct Globals {
    pub names: RefCell<crate::syntax::resolve::GlobalNames>,
    pub values: RefCell<Vec<Option<Value>>>,
    pub name: Rc<str>,
}

impl Globals {
    pub fn new(name: &str) -> Globals {
        Globals {
            names: RefCell::new(Default::default()),
            values: RefCell::new(Vec::new()),
            name: Rc::from(name),
        }
    }
    pub fn get(&self, name: &str) -> Option<Value> {
        let i = self.names.borrow().get(name)?;
        self.values.borrow().get(i as usize).cloned().flatten()
    }
    pub fn set(&self, name: &str, v: Value) {
        let i = self.names.borrow_mut().slot(&Rc::from(name));
        let mut vals = self.values.borrow_mut();
        if vals.len() <= i as usize {
            vals.resize(i as usize + 1, None);
        }
        vals[i as usize] = Some(v);
    }
    /// Defined names in definition order, for `dir()`, `%whos` and `from m import *`.
    pub fn items(&self) -> Vec<(Rc<str>, Value)> {
        let names = self.names.borrow();
        let vals = self.values.borrow();
        names
            .names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| vals.get(i).cloned().flatten().map(|v| (n.clone(), v)))
            .collect()
    }
}

/// One parameter of a signature, shared by `def`s and native builtins (one binder serves both).
#[derive(Clone)]
pub struct SigParam {
    pub name: Rc<str>,
    pub default: Option<Value>,
}

#[derive(Clone, Default)]
pub struct Signature {
    pub positional: Vec<SigParam>,
    pub posonly: usize,
    pub varargs: Option<Rc<str>>,
    pub kwonly: Vec<SigParam>,
    pub varkw: Option<Rc<str>>,
}

impl Signature {
    /// Number of bound slots: positional, *args, keyword-only, **kwargs.
    pub fn n_slots(&self) -> usize {
        self.positional.len()
            + self.varargs.is_some() as usize
            + self.kwonly.len()
            + self.varkw.is_some() as usize
    }
}

pub type NativeFn = fn(&mut Interp, Vec<Value>) -> Res<Value>;
/// A native function shared by a whole table of ops; `tag` says which row was called.
pub type TaggedFn = fn(&mut Interp, u32, Vec<Value>) -> Res<Value>;

/// A function implemented in Rust; `sig` is Python parameter syntax parsed on first call.
pub struct Builtin {
    pub name: &'static str,
    pub sig: &'static str,
    pub doc: &'static str,
    pub func: NativeFn,
    pub parsed: OnceCell<Rc<Signature>>,
    /// Bound-method receivers are passed as the first argument (`self` in `sig`).
    pub qualname: Option<&'static str>,
    /// When set, called instead of `func` with the row's tag (op tables: ufuncs, tensor methods).
    pub tagged: Option<(TaggedFn, u32)>,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub doc: Value,
}

/// A class: builtin types, exception classes and user classes alike.
pub struct Class {
    pub name: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: RefCell<Attrs>,
    pub is_exception: bool,
    /// A native type's binary-operator slot (CPython's nb_add and friends): `left op right` where one side is
    /// an instance of exactly this class, for the library's types whose dunders are all one function. The
    /// interpreter calls it directly, skipping the dunder lookup and argument binding; not inherited.
    pub binary_slot: std::cell::Cell<Option<BinarySlot>>,
}

/// See `Class::binary_slot`. Returns `NotImplemented` to let the full operator protocol run.
pub type BinarySlot =
    fn(&mut super::Interp, crate::syntax::ast::BinOp, &Value, &Value) -> Res<Value>;

impl Class {
    /// The type's name as CPython's `tp_name` spells it in messages: NumPy's C types carry their module
    /// (`numpy.float64`, `numpy.ndarray`), classes written in Python and builtins do not.
    pub fn tp_name(&self) -> String {
        if &*self.module == "numpy" {
            format!("numpy.{}", self.name)
        } else {
            self.name.to_string()
        }
    }

    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in self.mro.borrow().iter().skip(1) {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }
    pub fn is_subclass_of(&self, other: &Rc<Class>) -> bool {
        self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<Attrs>,
}

pub struct Module {
    pub name: Rc<str>,
    pub globals: Rc<Globals>,
    pub doc: &'static str,
}

/// Iterator states for builtin iterables.
pub enum Iter {
    Seq {
        seq: Value,
        index: usize,
    },
    Chars {
        s: Rc<str>,
        byte: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Values {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// An object whose class defines `__next__`.
    Object(Value),
    Done,
}

/// A hashable key: Python's hash/eq rules for dict keys and set members (1 == 1.0 == True).
#[derive(Clone)]
pub struct HKey(pub Value);

/// Set members in CPython's iteration order (see `hash::set_order`).
pub fn set_values(s: &PySet) -> Vec<Value> {
    let keys: Vec<HKey> = s.iter().cloned().collect();
    super::hash::set_order(&keys)
        .into_iter()
        .map(|i| keys[i].0.clone())
        .collect()
}

impl HKey {
    /// Wrap a value, rejecting unhashable ones with Python's TypeError message.
    pub fn new(v: Value) -> Result<HKey, String> {
        check_hashable(&v)?;
        Ok(HKey(v))
    }
}

fn check_hashable(v: &Value) -> Result<(), String> {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
            Err(format!("unhashable type: '{}'", v.type_name()))
        }
        Value::Tuple(items) => items.iter().try_for_each(check_hashable),
        Value::Instance(i)
            if i.class
                .lookup("__hash__")
                .map(|h| matches!(h, Value::None))
                .unwrap_or(false) =>
        {
            Err(format!("unhashable type: '{}'", i.class.name))
        }
        _ => Ok(()),
    }
}

/// The integer value of a number that equals an integer, for cross-type hashing.
fn as_exact_int(v: &Value) -> Option<i64> {
    match v {
        Value::Bool(b) => Some(*b as i64),
        Value::Int(i) => Some(*i),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Some(*f as i64),
        _ => None,
    }
}

impl Hash for HKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(&self.0, state)
    }
}

fn hash_value<H: Hasher>(v: &Value, state: &mut H) {
    if let Value::Native(n) = v {
        if let Some(k) = &n.hash_as {
            return hash_value(k, state);
        }
    }
    if let Some(i) = as_exact_int(v) {
        0u8.hash(state);
        i.hash(state);
        return;
    }
    match v {
        Value::Float(f) => f.to_bits().hash(state),
        Value::BigInt(b) => b.hash(state),
        Value::Complex(a, b) => {
            a.to_bits().hash(state);
            b.to_bits().hash(state)
        }
        Value::Str(s) => s.hash(state),
        Value::Bytes(b) => b.hash(state),
        Value::Tuple(items) => {
            items.len().hash(state);
            for i in items.iter() {
                hash_value(i, state);
            }
        }
        Value::FrozenSet(s) => s.len().hash(state),
        Value::Range(a, b, c) => (a, b, c).hash(state),
        other => other.identity().hash(state),
    }
}

impl PartialEq for HKey {
    fn eq(&self, other: &HKey) -> bool {
        key_eq(&self.0, &other.0)
    }
}
impl Eq for HKey {}

/// Equality used for hashing: numeric across int/float/bool, structural for str/tuple, identity otherwise.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    let key = |v: &'_ Value| -> Value {
        match v {
            Value::Native(n) => n.hash_as.clone().unwrap_or_else(|| v.clone()),
            _ => v.clone(),
        }
    };
    if matches!(a, Value::Native(_)) || matches!(b, Value::Native(_)) {
        let (ka, kb) = (key(a), key(b));
        // Recurse only on a value that stands for a native (else the same pair would recur forever).
        let substituted = |v: &Value| matches!(v, Value::Native(n) if n.hash_as.is_some());
        if substituted(a) || substituted(b) {
            return key_eq(&ka, &kb);
        }
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::None, Value::None) => true,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        (Value::FrozenSet(x), Value::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        (Value::Range(a1, a2, a3), Value::Range(b1, b2, b3)) => (a1, a2, a3) == (b1, b2, b3),
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.identity() == b.identity() && a.identity() != 0,
        },
    }
}

fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Bool(b) => Some(*b as u8 as f64),
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    /// The text of a `str`, or of a library object that subclasses `str` (NumPy's `np.str_`): such an object
    /// hashes as its text, which is how it carries it.
    pub fn as_str(&self) -> Option<&Rc<str>> {
        match self {
            Value::Str(s) => Some(s),
            Value::Native(n) => match &n.hash_as {
                Some(Value::Str(s)) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }
    /// The bytes of a `bytes`, or of a library object that subclasses `bytes` (`np.bytes_`), as [`Value::as_str`].
    pub fn as_bytes(&self) -> Option<&Rc<[u8]>> {
        match self {
            Value::Bytes(b) => Some(b),
            Value::Native(n) => match &n.hash_as {
                Some(Value::Bytes(b)) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// A pointer identity for `is` and for hashing objects; 0 for immediate values.
    pub fn identity(&self) -> usize {
        match self {
            Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
            Value::List(l) => Rc::as_ptr(l) as usize,
            Value::Tuple(t) => Rc::as_ptr(t) as *const Value as usize,
            Value::Dict(d) => Rc::as_ptr(d) as usize,
            Value::Set(s) => Rc::as_ptr(s) as usize,
            Value::FrozenSet(s) => Rc::as_ptr(s) as usize,
            Value::Function(f) => Rc::as_ptr(f) as usize,
            Value::Builtin(f) => Rc::as_ptr(f) as usize,
            Value::BoundMethod(m) => Rc::as_ptr(m) as usize,
            Value::Class(c) => Rc::as_ptr(c) as usize,
            Value::Instance(i) => Rc::as_ptr(i) as usize,
            Value::Module(m) => Rc::as_ptr(m) as usize,
            Value::Iterator(i) => Rc::as_ptr(i) as usize,
            Value::Property(p) => Rc::as_ptr(p) as usize,
            Value::StaticMethod(p) | Value::ClassMethod(p) => Rc::as_ptr(p) as usize,
            Value::Native(n) => Rc::as_ptr(n) as usize,
            Value::BigInt(b) => Rc::as_ptr(b) as usize,
            Value::Bytes(b) => Rc::as_ptr(b) as *const u8 as usize,
            Value::Slice(s) => Rc::as_ptr(s) as usize,
            _ => 0,
        }
    }

    /// Python's `type(x).__name__` for builtin kinds.
    /// The type's name as CPython's messages spell it (see `Class::tp_name`).
    pub fn tp_name(&self) -> String {
        match self {
            Value::Native(n) => n.class.tp_name(),
            other => other.type_name().to_string(),
        }
    }

    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::NotImplemented => "NotImplementedType",
            Value::Ellipsis => "ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(..) => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(..) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(b) => {
                if b.qualname.is_some() {
                    "method_descriptor"
                } else {
                    "builtin_function_or_method"
                }
            }
            Value::BoundMethod(m) => match m.func {
                Value::Builtin(_) => "builtin_function_or_method",
                _ => "method",
            },
            Value::Class(_) => "type",
            Value::Instance(i) => &i.class.name,
            Value::Module(_) => "module",
            Value::Iterator(_) => "iterator",
            Value::Property(_) => "property",
            Value::StaticMethod(_) => "staticmethod",
            Value::ClassMethod(_) => "classmethod",
            Value::Native(n) => &n.class.name,
        }
    }
}
