//! The builtin functions (`print`, `len`, `range`, ...) and the constructors of the builtin types.

use super::args;
use super::Def;
use crate::format::python as pyfmt;
use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::operators::{bigint_to_f64, range_len};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use num_bigint::BigInt;
use num_traits::{Num, Signed, Zero};
use std::cell::RefCell;
use std::rc::Rc;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

pub const FUNCTIONS: &[Def] = defs! {
    "print", "*args, sep=' ', end='\\n', file=None, flush=False", "Print the values to stdout, separated by sep and followed by end.\n\n>>> print(1, 'a', sep='-')\n1-a" => print;
    "len", "obj, /", "Return the number of items in a container.\n\n>>> len([1, 2, 3])\n3" => len;
    "repr", "obj, /", "Return the canonical string representation of the object.\n\n>>> repr('a')\n\"'a'\"" => repr;
    "ascii", "obj, /", "Like repr(), but escape non-ASCII characters.\n\n>>> ascii('é')\n\"'\\\\xe9'\"" => ascii;
    "format", "value, format_spec='', /", "Format a value with a format spec.\n\n>>> format(3.14159, '.2f')\n'3.14'" => format;
    "abs", "x, /", "Return the absolute value.\n\n>>> abs(-2)\n2" => abs;
    "round", "number, ndigits=None", "Round to ndigits decimals (half to even).\n\n>>> round(2.5)\n2" => round;
    "divmod", "x, y, /", "Return (x // y, x % y).\n\n>>> divmod(7, 2)\n(3, 1)" => divmod;
    "pow", "base, exp, mod=None", "base ** exp, or (base ** exp) % mod.\n\n>>> pow(2, 10)\n1024" => pow;
    "sum", "iterable, /, start=0", "Sum the items from left to right, plus start.\n\n>>> sum([1, 2, 3])\n6" => sum;
    "min", "*args, **kwargs", "The smallest item (key=, default= accepted).\n\n>>> min(3, 1, 2)\n1" => min;
    "max", "*args, **kwargs", "The largest item (key=, default= accepted).\n\n>>> max([3, 1, 2])\n3" => max;
    "any", "iterable, /", "True if any element is true.\n\n>>> any([0, 1])\nTrue" => any;
    "all", "iterable, /", "True if all elements are true.\n\n>>> all([1, 0])\nFalse" => all;
    "sorted", "iterable, /, *, key=None, reverse=False", "A new sorted list (stable).\n\n>>> sorted([3, 1, 2])\n[1, 2, 3]" => sorted;
    "reversed", "seq, /", "A reverse iterator.\n\n>>> list(reversed([1, 2]))\n[2, 1]" => reversed;
    "enumerate", "iterable, start=0", "Pairs (index, item).\n\n>>> list(enumerate('ab'))\n[(0, 'a'), (1, 'b')]" => enumerate;
    "zip", "*iterables, strict=False", "Tuples of items taken in parallel.\n\n>>> list(zip([1, 2], 'ab'))\n[(1, 'a'), (2, 'b')]" => zip;
    "map", "func, *iterables", "Apply func to every item.\n\n>>> list(map(abs, [-1, 2]))\n[1, 2]" => map;
    "filter", "function, iterable, /", "Items for which function is true.\n\n>>> list(filter(None, [0, 1, 2]))\n[1, 2]" => filter;
    "iter", "obj, /", "An iterator over obj.\n\n>>> next(iter([1]))\n1" => iter;
    "next", "iterator, *default", "The next item, or default when exhausted.\n\n>>> next(iter([]), 'done')\n'done'" => next;
    "isinstance", "obj, class_or_tuple, /", "Whether obj is an instance of a class (or of one in a tuple).\n\n>>> isinstance(True, int)\nTrue" => isinstance;
    "issubclass", "cls, class_or_tuple, /", "Whether cls derives from a class.\n\n>>> issubclass(bool, int)\nTrue" => issubclass;
    "hasattr", "obj, name, /", "Whether obj has the attribute.\n\n>>> hasattr([], 'append')\nTrue" => hasattr;
    "getattr", "obj, name, *default", "Get an attribute, or default.\n\n>>> getattr([], 'nope', 0)\n0" => getattr;
    "setattr", "obj, name, value, /", "Set an attribute.\n\n>>> class P:\n...     pass\n>>> p = P()\n>>> setattr(p, 'x', 3)\n>>> p.x\n3" => setattr;
    "delattr", "obj, name, /", "Delete an attribute.\n\n>>> class P:\n...     pass\n>>> p = P()\n>>> p.x = 1\n>>> delattr(p, 'x')\n>>> hasattr(p, 'x')\nFalse" => delattr;
    "callable", "obj, /", "Whether obj can be called.\n\n>>> callable(len)\nTrue" => callable;
    "id", "obj, /", "The identity of an object.\n\n>>> a = []\n>>> id(a) == id(a)\nTrue" => id;
    "hash", "obj, /", "The hash of an object.\n\n>>> hash(1)\n1" => hash;
    "hex", "number, /", "Hexadecimal text of an int.\n\n>>> hex(255)\n'0xff'" => hex;
    "oct", "number, /", "Octal text of an int.\n\n>>> oct(8)\n'0o10'" => oct;
    "bin", "number, /", "Binary text of an int.\n\n>>> bin(5)\n'0b101'" => bin;
    "chr", "i, /", "The character with this code point.\n\n>>> chr(65)\n'A'" => chr;
    "ord", "c, /", "The code point of a one-character string.\n\n>>> ord('A')\n65" => ord;
    "input", "prompt='', /", "Write the prompt, then read a line from standard input (sys.stdin) without its newline. Raises EOFError at the end of the input.\n\n>>> import io, sys\n>>> sys.stdin = io.StringIO('Ada\\n42\\n')\n>>> input('name? ')\nname? 'Ada'\n>>> int(input())\n42" => input;
    "dir", "obj=None, /", "Names of an object's attributes, sorted.\n\n>>> 'append' in dir([])\nTrue" => dir;
    "vars", "obj, /", "The __dict__ of an object.\n\n>>> class P:\n...     pass\n>>> p = P()\n>>> p.x = 1\n>>> vars(p)\n{'x': 1}" => vars;
    "exit", "code=None", "Exit the interpreter (raises SystemExit).\n\n>>> try:\n...     exit(2)\n... except SystemExit as e:\n...     print('exit code', e.code)\nexit code 2" => exit;
    "help", "obj=None, /", "Show the signature, description, parameters and examples of an object; help(\"np.pi\") looks a name up, help() lists the topics.\nobj: the object, or its dotted name as a string (also \"%timeit\" in the REPL).\n\n>>> def area(r):\n...     \"\"\"Area of a circle.\n...     r: the radius.\"\"\"\n...     return 3.0 * r * r\n>>> help(area)  # nabla-only\narea(r)\n<BLANKLINE>\nArea of a circle.\n<BLANKLINE>\nParameters\n----------\nr\n    the radius.\n" => help;
    "quit", "code=None", "Exit the interpreter (raises SystemExit).\n\n>>> try:\n...     quit()\n... except SystemExit as e:\n...     print('exit code', e.code)\nexit code None" => exit;
};

/// Docs of the builtin constants that cannot carry one, by name (see `library::all_named_docs`).
pub const NAMED_DOCS: &[(&str, &str)] = &[
    (
        "Ellipsis",
        "The ellipsis object, written `...`; in an index it stands for as many `:` as needed.\n\n>>> ...\nEllipsis\n>>> np.arange(6).reshape(2, 3)[..., 0]\narray([0, 3])",
    ),
    (
        "NotImplemented",
        "What a binary special method (`__add__`, ...) returns to let the other operand's reflected method try.\n\n>>> NotImplemented\nNotImplemented",
    ),
];

/// Constructors of the builtin types: (type name, signature, doc, implementation receiving the class first).
pub const CONSTRUCTORS: &[(&str, Def)] = &[
    (
        "int",
        Def {
            name: "int",
            sig: "cls, x=0, /, base=None",
            doc: "int(x=0) or int(text, base=10).\n\n>>> int('42')\n42",
            func: new_int,
        },
    ),
    (
        "float",
        Def {
            name: "float",
            sig: "cls, x=0.0, /",
            doc: "Convert a number or string to float.\n\n>>> float('1.5')\n1.5",
            func: new_float,
        },
    ),
    (
        "complex",
        Def {
            name: "complex",
            sig: "cls, real=0, imag=0",
            doc: "complex(real, imag).\n\n>>> complex(1, 2)\n(1+2j)",
            func: new_complex,
        },
    ),
    (
        "bool",
        Def {
            name: "bool",
            sig: "cls, x=False, /",
            doc: "The truth value of x.\n\n>>> bool([])\nFalse",
            func: new_bool,
        },
    ),
    (
        "str",
        Def {
            name: "str",
            sig: "cls, object='', encoding=None, errors=None",
            doc: "The string form of an object.\n\n>>> str(1.5)\n'1.5'",
            func: new_str,
        },
    ),
    (
        "list",
        Def {
            name: "list",
            sig: "cls, iterable=(), /",
            doc: "A new list.\n\n>>> list('ab')\n['a', 'b']",
            func: new_list,
        },
    ),
    (
        "tuple",
        Def {
            name: "tuple",
            sig: "cls, iterable=(), /",
            doc: "A new tuple.\n\n>>> tuple([1, 2])\n(1, 2)",
            func: new_tuple,
        },
    ),
    (
        "dict",
        Def {
            name: "dict",
            sig: "cls, *args, **kwargs",
            doc: "A new dict.\n\n>>> dict(a=1)\n{'a': 1}",
            func: new_dict,
        },
    ),
    (
        "set",
        Def {
            name: "set",
            sig: "cls, iterable=(), /",
            doc: "A new set.\n\n>>> set([1, 1, 2])\n{1, 2}",
            func: new_set,
        },
    ),
    (
        "frozenset",
        Def {
            name: "frozenset",
            sig: "cls, iterable=(), /",
            doc: "A new frozenset.\n\n>>> frozenset([1, 2, 2])\nfrozenset({1, 2})",
            func: new_frozenset,
        },
    ),
    (
        "range",
        Def {
            name: "range",
            sig: "cls, *args",
            doc: "range(stop) or range(start, stop[, step]).\n\n>>> list(range(3))\n[0, 1, 2]",
            func: new_range,
        },
    ),
    (
        "slice",
        Def {
            name: "slice",
            sig: "cls, *args",
            doc: "slice(stop) or slice(start, stop[, step]).\n\n>>> [0, 1, 2, 3, 4][slice(1, None, 2)]\n[1, 3]\n>>> slice(1, 5).indices(3)\n(1, 3, 1)",
            func: new_slice,
        },
    ),
    (
        "type",
        Def {
            name: "type",
            sig: "cls, obj, /",
            doc: "The type of an object.\n\n>>> type(1)\n<class 'int'>",
            func: new_type,
        },
    ),
    (
        "object",
        Def {
            name: "object",
            sig: "cls",
            doc: "The base of all classes.\n\n>>> type(object())\n<class 'object'>",
            func: new_object,
        },
    ),
    (
        "property",
        Def {
            name: "property",
            sig: "cls, fget=None, fset=None, fdel=None, doc=None",
            doc: "A managed attribute.\n\n>>> class C:\n...     @property\n...     def double(self):\n...         return 2 * self.x\n>>> c = C()\n>>> c.x = 4\n>>> c.double\n8",
            func: new_property,
        },
    ),
    (
        "staticmethod",
        Def {
            name: "staticmethod",
            sig: "cls, f, /",
            doc: "A method that receives no implicit first argument.\n\n>>> class C:\n...     @staticmethod\n...     def add(a, b):\n...         return a + b\n>>> C.add(1, 2)\n3",
            func: new_staticmethod,
        },
    ),
    (
        "classmethod",
        Def {
            name: "classmethod",
            sig: "cls, f, /",
            doc: "A method that receives the class as first argument.\n\n>>> class C:\n...     @classmethod\n...     def make(cls):\n...         return cls.__name__\n>>> C.make()\n'C'",
            func: new_classmethod,
        },
    ),
    (
        "bytes",
        Def {
            name: "bytes",
            sig: "cls, source=b'', encoding=None, errors=None",
            doc: "An immutable sequence of bytes.\n\n>>> bytes([104, 105])\nb'hi'\n>>> bytes(3)\nb'\\x00\\x00\\x00'",
            func: new_bytes,
        },
    ),
];

pub fn install(interp: &mut Interp) {
    for d in FUNCTIONS {
        interp.add_builtin(d.builtin(None));
    }
    let t = &interp.types;
    let classes: Vec<(&str, Rc<Class>)> = vec![
        ("int", t.int.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("bool", t.bool_.clone()),
        ("str", t.str_.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("type", t.type_.clone()),
        ("object", t.object.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("bytes", t.bytes.clone()),
    ];
    for (name, class) in classes {
        if let Some((_, d)) = CONSTRUCTORS.iter().find(|(n, _)| *n == name) {
            class.dict.borrow_mut().insert(
                Rc::from("__new__"),
                Value::Builtin(Rc::new(d.builtin(None))),
            );
        }
        interp.builtins.insert(Rc::from(name), Value::Class(class));
    }
    let prop = interp.types.property.clone();
    Interp::add_method(
        &prop,
        Def {
            name: "setter",
            sig: "self, fset, /",
            doc: "A copy of the property with a setter.",
            func: property_setter,
        }
        .builtin(Some("property")),
    );
    Interp::add_method(
        &prop,
        Def {
            name: "getter",
            sig: "self, fget, /",
            doc: "A copy of the property with a getter.",
            func: property_getter,
        }
        .builtin(Some("property")),
    );
    let object = interp.types.object.clone();
    Interp::add_method(
        &object,
        Def {
            name: "__init__",
            sig: "self, /",
            doc: "Initialize an object.",
            func: |_, _| Ok(Value::None),
        }
        .builtin(Some("object")),
    );
    if let Some(base) = interp
        .types
        .exceptions
        .get(&ExcType::BaseException)
        .cloned()
    {
        Interp::add_method(
            &base,
            Def {
                name: "__init__",
                sig: "self, *args",
                doc: "Initialize an exception with its args.",
                func: exc_init,
            }
            .builtin(Some("BaseException")),
        );
    }
    let exc: Vec<(ExcType, Rc<Class>)> = interp
        .types
        .exceptions
        .iter()
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    for (k, c) in exc {
        interp.builtins.insert(Rc::from(k.name()), Value::Class(c));
    }
    let super_class =
        crate::interp::new_class("super", "builtins", vec![interp.types.object.clone()]);
    if let Ok(sc) = super_class {
        interp.builtins.insert(Rc::from("super"), Value::Class(sc));
    }
    interp
        .builtins
        .insert(Rc::from("NotImplemented"), Value::NotImplemented);
    interp
        .builtins
        .insert(Rc::from("Ellipsis"), Value::Ellipsis);
    interp
        .builtins
        .insert(Rc::from("__name__"), Value::str("__main__"));
}

// ---------------------------------------------------------------------------- functions

fn exc_init(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if let Value::Instance(i) = &a[0] {
        i.dict.borrow_mut().insert(Rc::from("args"), a[1].clone());
    }
    Ok(Value::None)
}

fn print(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Tuple(items) = &a[0] else {
        return Ok(Value::None);
    };
    let sep = match &a[1] {
        Value::None => " ".into(),
        v => args::string(v, "sep").map_err(|_| {
            type_error(format!(
                "sep must be None or a string, not {}",
                v.type_name()
            ))
        })?,
    };
    let end = match &a[2] {
        Value::None => "\n".into(),
        v => args::string(v, "end").map_err(|_| {
            type_error(format!(
                "end must be None or a string, not {}",
                v.type_name()
            ))
        })?,
    };
    let mut text = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&me.str(v)?);
    }
    text.push_str(&end);
    // Python's print() writes to sys.stdout, which a program may have replaced (with an io.StringIO, say).
    let file = match &a[3] {
        Value::None => match super::sys::replaced_stdout(me) {
            // `sys.stdout = None` silences print(), as in Python.
            Some(Value::None) => return Ok(Value::None),
            Some(stdout) => stdout,
            None => Value::None,
        },
        file => file.clone(),
    };
    match &file {
        Value::None => {
            me.write_out(&text)?;
            if me.truthy(&a[4])? {
                me.flush_out();
            }
        }
        file => {
            let w = me.getattr(file, "write")?;
            me.call(&w, vec![s(text)], vec![])?;
        }
    }
    Ok(Value::None)
}

pub fn length(me: &mut Interp, v: &Value) -> Res<usize> {
    Ok(match v {
        Value::Str(s) => {
            if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }
        }
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.borrow().len(),
        Value::FrozenSet(s) => s.len(),
        Value::Range(a, b, c) => range_len(*a, *b, *c) as usize,
        Value::Instance(_) | Value::Native(_) => {
            let class = me.class_of(v);
            match class.lookup("__len__") {
                Some(m) => {
                    let r = me.call(&m, vec![v.clone()], vec![])?;
                    match r {
                        Value::Int(i) if i >= 0 => i as usize,
                        Value::Int(_) => return Err(value_error("__len__() should return >= 0")),
                        other => {
                            return Err(type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                other.type_name()
                            )))
                        }
                    }
                }
                None => {
                    return Err(type_error(format!(
                        "object of type '{}' has no len()",
                        class.name
                    )))
                }
            }
        }
        other => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                me.class_of(other).tp_name()
            )))
        }
    })
}

fn len(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Int(length(me, &a[0])? as i64))
}

fn repr(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(s(me.repr(&a[0])?))
}

fn ascii(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(s(crate::interp::eval::ascii_escape(&me.repr(&a[0])?)))
}

fn format(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let spec = args::string(&a[1], "format_spec")?;
    Ok(s(me.format_value(&a[0], &spec)?))
}

fn abs(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(match &a[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(x, y) => Value::Float(x.hypot(*y)),
        v => {
            let class = me.class_of(v);
            match class.lookup("__abs__") {
                Some(m) => me.call(&m, vec![v.clone()], vec![])?,
                None => {
                    return Err(type_error(format!(
                        "bad operand type for abs(): '{}'",
                        class.name
                    )))
                }
            }
        }
    })
}

/// Round half to even at `ndigits` decimals, correctly rounded from the exact binary value (as CPython).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || ndigits > 308 {
        return x;
    }
    if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        return text.parse().unwrap_or(x);
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    let p = 10f64.powi((-ndigits) as i32);
    let y = x / p;
    let r = y.round();
    let r = if (y - y.trunc()).abs() == 0.5 {
        2.0 * (y / 2.0).round()
    } else {
        r
    };
    let z = r * p;
    if z.is_finite() {
        z
    } else {
        x
    }
}

fn round(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let x = &a[0];
    match (x, &a[1]) {
        (Value::Float(f), Value::None) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(Exc::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let r = f.round_ties_even();
            Ok(float_to_int(r))
        }
        (Value::Float(f), n) => Ok(Value::Float(round_float(*f, args::int(n, "")?))),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Value::None) => Ok(match x {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        }),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), n) => {
            let nd = args::int(n, "")?;
            if nd >= 0 {
                return Ok(match x {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                });
            }
            let v = to_big(x).unwrap_or_default();
            // Rounding to more digits than the number has gives 0.
            let k = nd.unsigned_abs();
            if k > (v.bits() as u64 / 3 + 2) {
                return Ok(Value::Int(0));
            }
            let p = num_traits::pow::Pow::pow(&BigInt::from(10), k as u32);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (v, nd) => {
            let class = me.class_of(v);
            match class.lookup("__round__") {
                Some(m) => {
                    let mut call_args = vec![v.clone()];
                    if !matches!(nd, Value::None) {
                        call_args.push(nd.clone());
                    }
                    me.call(&m, call_args, vec![])
                }
                None => Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    class.name
                ))),
            }
        }
    }
}

pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.2e18 {
        Value::Int(f as i64)
    } else {
        let text = format!("{:.0}", f);
        Value::from_bigint(text.parse::<BigInt>().unwrap_or_default())
    }
}

fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn divmod(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    use crate::syntax::ast::BinOp;
    // Objects may define the pair themselves (NumPy's arrays: one ufunc, its errors reported once).
    for (obj, other, dunder) in [(&a[0], &a[1], "__divmod__"), (&a[1], &a[0], "__rdivmod__")] {
        if matches!(obj, Value::Instance(_) | Value::Native(_)) {
            if let Some(m) = me.class_of(obj).lookup(dunder) {
                let r = me.call(&m, vec![obj.clone(), other.clone()], vec![])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
    }
    let q = me.binary_op(BinOp::FloorDiv, a[0].clone(), a[1].clone())?;
    let r = me.binary_op(BinOp::Mod, a[0].clone(), a[1].clone())?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    use crate::syntax::ast::BinOp;
    if matches!(a[2], Value::None) {
        return me.binary_op(BinOp::Pow, a[0].clone(), a[1].clone());
    }
    let (Some(b), Some(e), Some(m)) = (to_big(&a[0]), to_big(&a[1]), to_big(&a[2])) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    if e.is_negative() {
        // Modular inverse.
        let ext = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(&b, &m), &m);
        if ext.gcd != BigInt::from(1) && ext.gcd != BigInt::from(-1) {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        let inv = num_integer::Integer::mod_floor(&ext.x, &m);
        let r = inv.modpow(&(-e), &m);
        return Ok(Value::from_bigint(num_integer::Integer::mod_floor(&r, &m)));
    }
    let r = b.modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

fn sum(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    use crate::syntax::ast::BinOp;
    if let Value::Str(_) = &a[1] {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let mut acc = a[1].clone();
    let it = me.iter(&a[0])?;
    // Float-only fast path keeps plain left-to-right addition (CPython 3.11's order).
    while let Some(v) = me.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => Value::Int(x + y),
            (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
            _ => me.binary_op(BinOp::Add, acc, v)?,
        };
    }
    Ok(acc)
}

fn min_max(me: &mut Interp, a: Vec<Value>, want_max: bool) -> Res<Value> {
    let name = if want_max { "max" } else { "min" };
    let Value::Tuple(pos) = &a[0] else {
        return Ok(Value::None);
    };
    let mut key = Value::None;
    let mut default = None;
    if let Value::Dict(kw) = &a[1] {
        for (k, v) in kw.borrow().iter() {
            match &k.0 {
                Value::Str(s) if &**s == "key" => key = v.clone(),
                Value::Str(s) if &**s == "default" => default = Some(v.clone()),
                Value::Str(s) => {
                    return Err(type_error(format!(
                        "{name}() got an unexpected keyword argument '{s}'"
                    )))
                }
                _ => {}
            }
        }
    }
    let items = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => me.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if matches!(key, Value::None) {
        best.clone()
    } else {
        me.call(&key, vec![best.clone()], vec![])?
    };
    for v in items.into_iter().skip(1) {
        let k = if matches!(key, Value::None) {
            v.clone()
        } else {
            me.call(&key, vec![v.clone()], vec![])?
        };
        let better = if want_max {
            me.less_than(&best_key, &k)?
        } else {
            me.less_than(&k, &best_key)?
        };
        if better {
            best = v;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    min_max(me, a, false)
}
fn max(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    min_max(me, a, true)
}

fn any(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let it = me.iter(&a[0])?;
    while let Some(v) = me.next(&it)? {
        if me.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let it = me.iter(&a[0])?;
    while let Some(v) = me.next(&it)? {
        if !me.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Stable sort with Python's `<`, an optional key function, and reverse that keeps stability.
pub fn sort_values(me: &mut Interp, items: &mut Vec<Value>, key: &Value, reverse: bool) -> Res<()> {
    let keys: Vec<Value> = if matches!(key, Value::None) {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for v in items.iter() {
            ks.push(me.call(key, vec![v.clone()], vec![])?);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err = None;
    // Fast paths for homogeneous ints, floats and strings.
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let all_str = keys.iter().all(|k| matches!(k, Value::Str(_)));
    let all_float = keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.is_nan()));
    if all_int {
        idx.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
    } else if all_str {
        idx.sort_by(|&i, &j| match (&keys[i], &keys[j]) {
            (Value::Str(a), Value::Str(b)) => a.cmp(b),
            _ => std::cmp::Ordering::Equal,
        });
    } else if all_float {
        idx.sort_by(|&i, &j| match (&keys[i], &keys[j]) {
            (Value::Float(a), Value::Float(b)) => {
                a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal)
            }
            _ => std::cmp::Ordering::Equal,
        });
    } else {
        idx.sort_by(|&i, &j| {
            if err.is_some() {
                return std::cmp::Ordering::Equal;
            }
            match me.less_than(&keys[j], &keys[i]) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => match me.less_than(&keys[i], &keys[j]) {
                    Ok(true) => std::cmp::Ordering::Less,
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(e) => {
                        err = Some(e);
                        std::cmp::Ordering::Equal
                    }
                },
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            }
        });
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn sorted(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let mut items = me.collect(&a[0])?;
    let rev = me.truthy(&a[2])?;
    sort_values(me, &mut items, &a[1], rev)?;
    Ok(Value::list(items))
}

fn reversed(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let items = match &a[0] {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(..) => me.collect(&a[0])?,
        Value::Dict(d) => d.borrow().keys().map(|k| k.0.clone()).collect(),
        v @ (Value::Instance(_) | Value::Native(_)) => {
            let class = me.class_of(v);
            if let Some(m) = class.lookup("__reversed__") {
                return me.call(&m, vec![v.clone()], vec![]);
            }
            if class.lookup("__len__").is_some() && class.lookup("__getitem__").is_some() {
                me.collect(v)?
            } else {
                return Err(type_error(format!(
                    "'{}' object is not reversible",
                    class.name
                )));
            }
        }
        v => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                me.class_of(v).tp_name()
            )))
        }
    };
    let mut items = items;
    items.reverse();
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Values {
        items,
        index: 0,
    }))))
}

fn enumerate(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let inner = me.iter(&a[0])?;
    if !matches!(a[1], Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[1].type_name()
        )));
    }
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Enumerate {
        inner,
        count: a[1].clone(),
    }))))
}

fn zip(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Tuple(its) = &a[0] else {
        return Ok(Value::None);
    };
    let mut inners = Vec::new();
    for (i, x) in its.iter().enumerate() {
        inners.push(me.iter(x).map_err(|_| {
            type_error(format!(
                "'{}' object is not iterable",
                me.class_of(x).tp_name()
            ))
            .with_hint(format!("argument {}", i + 1))
        })?);
    }
    let strict = me.truthy(&a[1])?;
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Zip {
        inners,
        strict,
    }))))
}

fn map(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Tuple(its) = &a[1] else {
        return Ok(Value::None);
    };
    if its.is_empty() {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::new();
    for x in its.iter() {
        inners.push(me.iter(x)?);
    }
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Map {
        func: a[0].clone(),
        inners,
    }))))
}

fn filter(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let inner = me.iter(&a[1])?;
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Filter {
        func: a[0].clone(),
        inner,
    }))))
}

fn iter(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    me.iter(&a[0])
}

fn next(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Tuple(default) = &a[1] else {
        return Ok(Value::None);
    };
    if !matches!(a[0], Value::Iterator(_)) && me.class_of(&a[0]).lookup("__next__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            me.class_of(&a[0]).tp_name()
        )));
    }
    match me.next(&a[0])? {
        Some(v) => Ok(v),
        None => match default.first() {
            Some(d) => Ok(d.clone()),
            None => Err(Exc::with_args(ExcType::StopIteration, vec![])),
        },
    }
}

fn class_matches(me: &mut Interp, cls: &Rc<Class>, info: &Value, fname: &str) -> Res<bool> {
    match info {
        Value::Class(c) => Ok(cls.is_subclass_of(c)),
        Value::Tuple(items) => {
            for i in items.iter() {
                if class_matches(me, cls, i, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let cls = me.class_of(&a[0]);
    Ok(Value::Bool(class_matches(me, &cls, &a[1], "isinstance")?))
}

fn issubclass(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Class(c) = &a[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(me, c, &a[1], "issubclass")?))
}

fn attr_name(v: &Value) -> Res<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn hasattr(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = attr_name(&a[1])?;
    match me.getattr(&a[0], &n) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if me.exc_kind_of(&e) == Some(ExcType::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = attr_name(&a[1])?;
    let Value::Tuple(default) = &a[2] else {
        return Ok(Value::None);
    };
    match me.getattr(&a[0], &n) {
        Ok(v) => Ok(v),
        Err(e) if me.exc_kind_of(&e) == Some(ExcType::AttributeError) && !default.is_empty() => {
            Ok(default[0].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = attr_name(&a[1])?;
    me.setattr(&a[0], &n, a[2].clone())?;
    Ok(Value::None)
}

fn delattr(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = attr_name(&a[1])?;
    me.delattr(&a[0], &n)?;
    Ok(Value::None)
}

fn callable(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Bool(is_callable(me, &a[0])))
}

/// `callable(v)`.
pub fn is_callable(me: &Interp, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) | Value::Native(_) => me.class_of(v).lookup("__call__").is_some(),
        _ => false,
    }
}

fn id(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let i = a[0].identity();
    Ok(Value::Int(if i == 0 { 9_000_000 } else { i as i64 }))
}

/// `hash(v)`: CPython's values for builtin types; `__hash__` for objects that define it.
pub fn py_hash(me: &mut Interp, v: &Value) -> Res<i64> {
    match v {
        Value::Instance(_) | Value::Native(_) => {
            let class = me.class_of(v);
            match class.lookup("__hash__") {
                Some(Value::None) => Err(type_error(format!("unhashable type: '{}'", class.name))),
                Some(m) => match me.call(&m, vec![v.clone()], vec![])? {
                    Value::Int(i) => Ok(i),
                    _ => Err(type_error("__hash__ method should return an integer")),
                },
                None => Ok((v.identity() >> 4) as i64),
            }
        }
        other => {
            me.hkey(other.clone())?;
            Ok(crate::interp::hash::py_hash(other))
        }
    }
}

fn hash(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Int(py_hash(me, &a[0])?))
}

fn int_text(v: &Value, radix: u32) -> Res<Value> {
    match to_big(v) {
        Some(b) => Ok(s(pyfmt::int_to_str_radix(&b, radix))),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

fn hex(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = me.index_protocol(&a[0])?.unwrap_or_else(|| a[0].clone());
    int_text(&v, 16)
}
fn oct(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = me.index_protocol(&a[0])?.unwrap_or_else(|| a[0].clone());
    int_text(&v, 8)
}
fn bin(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = me.index_protocol(&a[0])?.unwrap_or_else(|| a[0].clone());
    int_text(&v, 2)
}

fn chr(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let i = args::int(&a[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(s(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    match &a[0] {
        Value::Str(st) => {
            let mut it = st.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    st.chars().count()
                ))),
            }
        }
        v => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            v.type_name()
        ))),
    }
}

fn input(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let prompt = me.str(&a[0])?;
    me.write_out(&prompt)?;
    me.flush_out();
    let mut line = super::sys::input_line(me)?;
    if line.is_empty() {
        return Err(Exc::new(ExcType::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(s(line))
}

pub(crate) fn dir(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let mut names: Vec<String> = match &a[0] {
        Value::None => me
            .main
            .items()
            .into_iter()
            .map(|(k, _)| k.to_string())
            .collect(),
        Value::Module(m) => m
            .globals
            .items()
            .into_iter()
            .map(|(k, _)| k.to_string())
            .collect(),
        Value::Instance(i) => {
            let mut n: Vec<String> = i.dict.borrow().keys().map(|k| k.to_string()).collect();
            for c in i.class.mro.borrow().iter() {
                n.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
            n
        }
        v => {
            let class = match v {
                Value::Class(c) => c.clone(),
                other => me.class_of(other),
            };
            let mut n = Vec::new();
            for c in class.mro.borrow().iter() {
                n.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
            n
        }
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(s).collect()))
}

fn vars(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    match &a[0] {
        Value::Instance(i) => {
            let d: Dict = i
                .dict
                .borrow()
                .iter()
                .map(|(k, v)| (HKey(Value::Str(k.clone())), v.clone()))
                .collect();
            Ok(Value::dict(d))
        }
        v => Err(type_error(format!(
            "vars() argument must have __dict__ attribute ({})",
            v.type_name()
        ))),
    }
}

/// The first paragraph-and-rest of a doc, without its examples section when `short`.
/// `help(obj)`: the entry `library::help` renders for the object (`help()` lists topics, `help("name")` looks a
/// dotted name or a REPL command up).
fn help(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let text = super::help::help_text(me, &a[0])?;
    me.write_out(&text)?;
    Ok(Value::None)
}

fn exit(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let args = if matches!(a[0], Value::None) {
        vec![]
    } else {
        vec![a[0].clone()]
    };
    Err(Exc::with_args(ExcType::SystemExit, args))
}

// ---------------------------------------------------------------------------- constructors

/// Parse Python int text (underscores, sign, optional prefix for base 0/16/8/2).
pub fn parse_int_text(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &body[2..]),
        (0 | 8, Some("0o")) => (8, &body[2..]),
        (0 | 2, Some("0b")) => (2, &body[2..]),
        (0, _) => {
            if body.len() > 1
                && body.starts_with('0')
                && body.bytes().any(|c| c != b'0' && c != b'_')
            {
                return None;
            }
            (10, body)
        }
        (b, _) => (b, body),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| radix != 10)
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, radix).ok()?;
    Some(if neg { -v } else { v })
}

fn new_int(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if let (Value::Native(_), Some(t)) = (&a[1], a[1].as_str()) {
        // A str subclass (np.str_) parses as its text.
        let t = Value::Str(t.clone());
        return new_int(me, vec![a[0].clone(), t, a[2].clone()]);
    }
    let x = &a[1];
    if !matches!(a[2], Value::None) {
        let base = args::int(&a[2], "")?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Value::Str(text) = x else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return parse_int_text(text, base as u32)
            .map(Value::from_bigint)
            .ok_or_else(|| {
                value_error(format!(
                    "invalid literal for int() with base {}: {}",
                    base,
                    pyfmt::str_repr(text)
                ))
            });
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                Err(value_error("cannot convert float NaN to integer"))
            } else if f.is_infinite() {
                Err(Exc::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ))
            } else {
                Ok(float_to_int(f.trunc()))
            }
        }
        Value::Str(text) => parse_int_text(text, 10)
            .map(Value::from_bigint)
            .ok_or_else(|| {
                value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    pyfmt::str_repr(text)
                ))
            }),
        v => {
            let class = me.class_of(v);
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = class.lookup(m) {
                    return me.call(&f, vec![v.clone()], vec![]);
                }
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                class.name
            )))
        }
    }
}

pub fn parse_float_text(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    if matches!(body, "inf" | "infinity") {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body == "nan" {
        return Some(if neg { -f64::NAN } else { f64::NAN });
    }
    if t.contains("__")
        || t.starts_with('_')
        || t.ends_with('_')
        || t.contains("_.")
        || t.contains("._")
    {
        return None;
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if clean.is_empty()
        || !clean
            .chars()
            .all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
    {
        return None;
    }
    clean.parse().ok()
}

fn new_float(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if let (Value::Native(_), Some(t)) = (&a[1], a[1].as_str()) {
        // A str subclass (np.str_) parses as its text.
        let t = Value::Str(t.clone());
        return new_float(me, vec![a[0].clone(), t]);
    }
    match &a[1] {
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as u8 as f64)),
        Value::BigInt(b) => Ok(Value::Float(bigint_to_f64(b)?)),
        Value::Str(text) => parse_float_text(text).map(Value::Float).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                pyfmt::str_repr(text)
            ))
        }),
        v => {
            let class = me.class_of(v);
            if let Some(f) = class.lookup("__float__") {
                return me.call(&f, vec![v.clone()], vec![]);
            }
            if let Some(f) = class.lookup("__index__") {
                let i = me.call(&f, vec![v.clone()], vec![])?;
                return new_float(me, vec![a[0].clone(), i]);
            }
            Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                class.name
            )))
        }
    }
}

fn new_complex(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    // Objects convert through __complex__, else __float__ (then __index__), as CPython does.
    let mut a = a;
    for k in 1..3 {
        if matches!(a[k], Value::Instance(_) | Value::Native(_)) {
            let class = me.class_of(&a[k]);
            if let Some(m) = ["__complex__", "__float__", "__index__"]
                .iter()
                .find_map(|d| class.lookup(d))
            {
                a[k] = me.call(&m, vec![a[k].clone()], vec![])?;
            }
        }
    }
    let part = |v: &Value| -> Res<(f64, f64)> {
        match v {
            Value::Complex(x, y) => Ok((*x, *y)),
            other => Ok((
                args::float(other).map_err(|_| {
                    type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        other.type_name()
                    ))
                })?,
                0.0,
            )),
        }
    };
    if let Value::Str(text) = &a[1] {
        return parse_complex(text)
            .ok_or_else(|| value_error("complex() arg is a malformed string"));
    }
    // CPython: only a complex argument contributes its imaginary part (keeps the sign of -0.0).
    let (mut re, i1) = part(&a[1])?;
    let (mut im, i2) = part(&a[2])?;
    if matches!(a[2], Value::Complex(..)) {
        re -= i2;
    }
    if matches!(a[1], Value::Complex(..)) {
        im += i1;
    }
    Ok(Value::Complex(re, im))
}

fn parse_complex(text: &str) -> Option<Value> {
    let t = text.trim().trim_start_matches('(').trim_end_matches(')');
    if let Some(body) = t.strip_suffix('j').or_else(|| t.strip_suffix('J')) {
        // Find the split between real and imaginary parts: the last sign not after 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (parse_float_text(&body[..i])?, &body[i..]),
            None => (0.0, body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            s => parse_float_text(s)?,
        };
        return Some(Value::Complex(re, im));
    }
    parse_float_text(t).map(|r| Value::Complex(r, 0.0))
}

fn new_bool(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Bool(me.truthy(&a[1])?))
}

fn new_str(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if let Value::Bytes(b) = &a[1] {
        if !matches!(a[2], Value::None) {
            return Ok(s(String::from_utf8_lossy(b).into_owned()));
        }
    }
    Ok(s(me.str(&a[1])?))
}

fn new_list(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::list(me.collect(&a[1])?))
}

fn new_tuple(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if let Value::Tuple(_) = &a[1] {
        return Ok(a[1].clone());
    }
    Ok(Value::tuple(me.collect(&a[1])?))
}

/// Fill a dict from `dict(...)`-style arguments: a mapping or an iterable of pairs.
pub fn dict_update(me: &mut Interp, d: &mut Dict, src: &Value) -> Res<()> {
    match src {
        Value::Dict(other) => {
            let items: Vec<(HKey, Value)> = other
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in items {
                d.insert(k, v);
            }
        }
        Value::Instance(_) if me.getattr(src, "keys").is_ok() => {
            for (k, v) in me.mapping_items(src)? {
                let k = me.hkey(k)?;
                d.insert(k, v);
            }
        }
        other => {
            let it = me.iter(other)?;
            let mut i = 0;
            while let Some(pair) = me.next(&it)? {
                let items = me.collect(&pair).map_err(|_| {
                    type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if items.len() != 2 {
                    return Err(value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        items.len()
                    )));
                }
                let k = me.hkey(items[0].clone())?;
                d.insert(k, items[1].clone());
                i += 1;
            }
        }
    }
    Ok(())
}

fn new_dict(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let mut d = Dict::default();
    if let Value::Tuple(pos) = &a[1] {
        if pos.len() > 1 {
            return Err(type_error(format!(
                "dict expected at most 1 argument, got {}",
                pos.len()
            )));
        }
        if let Some(src) = pos.first() {
            dict_update(me, &mut d, src)?;
        }
    }
    if let Value::Dict(kw) = &a[2] {
        for (k, v) in kw.borrow().iter() {
            d.insert(k.clone(), v.clone());
        }
    }
    Ok(Value::dict(d))
}

fn new_set(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let items = me.collect(&a[1])?;
    me.make_set(items)
}

fn new_frozenset(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let items = me.collect(&a[1])?;
    let set = me.make_set(items)?;
    Ok(Value::FrozenSet(Rc::new(me.set_items(&set))))
}

fn new_range(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Tuple(p) = &a[1] else {
        return Ok(Value::None);
    };
    let mut ints = Vec::with_capacity(p.len());
    for v in p.iter() {
        let v = me.index_protocol(v)?.unwrap_or_else(|| v.clone());
        ints.push(args::int(&v, ""));
    }
    let ints: Res<Vec<i64>> = ints.into_iter().collect();
    let ints = ints?;
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        more => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                more.len()
            )))
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(start, stop, step))
}

fn new_slice(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Tuple(p) = &a[1] else {
        return Ok(Value::None);
    };
    let parts = match p.len() {
        1 => [Value::None, p[0].clone(), Value::None],
        2 => [p[0].clone(), p[1].clone(), Value::None],
        3 => [p[0].clone(), p[1].clone(), p[2].clone()],
        n => {
            return Err(type_error(format!(
                "slice expected at most 3 arguments, got {n}"
            )))
        }
    };
    Ok(Value::Slice(Rc::new(parts)))
}

fn new_type(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Class(me.class_of(&a[1])))
}

fn new_object(me: &mut Interp, _a: Vec<Value>) -> Res<Value> {
    Ok(Value::Instance(Rc::new(Instance {
        class: me.types.object.clone(),
        dict: RefCell::new(Attrs::default()),
    })))
}

fn new_property(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::Property(Rc::new(Property {
        fget: a[1].clone(),
        fset: a[2].clone(),
        doc: a[4].clone(),
    })))
}

fn property_setter(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Property(p) = &a[0] else {
        return Err(type_error("descriptor 'setter' requires a 'property'"));
    };
    Ok(Value::Property(Rc::new(Property {
        fget: p.fget.clone(),
        fset: a[1].clone(),
        doc: p.doc.clone(),
    })))
}

fn property_getter(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Property(p) = &a[0] else {
        return Err(type_error("descriptor 'getter' requires a 'property'"));
    };
    Ok(Value::Property(Rc::new(Property {
        fget: a[1].clone(),
        fset: p.fset.clone(),
        doc: p.doc.clone(),
    })))
}

fn new_staticmethod(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::StaticMethod(Rc::new(a[1].clone())))
}

fn new_classmethod(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(Value::ClassMethod(Rc::new(a[1].clone())))
}

fn new_bytes(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    match &a[1] {
        Value::Bytes(b) => Ok(Value::Bytes(b.clone())),
        Value::Str(st) => {
            if matches!(a[2], Value::None) {
                return Err(type_error("string argument without an encoding"));
            }
            Ok(Value::Bytes(Rc::from(st.as_bytes())))
        }
        Value::Int(n) if *n as u64 > crate::interp::MAX_ELEMENTS as u64 => {
            Err(Exc::with_args(ExcType::MemoryError, vec![]))
        }
        Value::Int(n) => Ok(Value::Bytes(Rc::from(vec![0u8; (*n).max(0) as usize]))),
        other => {
            let items = me.collect(other)?;
            let mut out = Vec::new();
            for i in items {
                let n = args::int(&i, "")?;
                if !(0..256).contains(&n) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(Value::Bytes(Rc::from(out)))
        }
    }
}
