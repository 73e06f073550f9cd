//! NumPy's string scalars `np.str_` and `np.bytes_`: subclasses of `str` and `bytes` whose values are 0-d string
//! arrays. Python's string operations work on their text (results are plain `str`/`bytes`, as in NumPy); the
//! NumPy side (`.dtype`, `.item()`, `repr`) sees the array.

use super::array::{to_tensor, wrap_scalar};
use super::methods::{ARRAY_METHODS, ARRAY_PROPERTIES};
use crate::interp::exceptions::not_implemented;
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::Def;
use crate::syntax::ast::{BinOp, CmpOp};
use crate::tensor::dtype::DType;
use std::rc::Rc;

/// The plain `str`/`bytes` a string scalar stands for; any other value unchanged.
pub fn plain(v: &Value) -> Value {
    if let Value::Native(_) = v {
        if let Some(s) = v.as_str() {
            return Value::Str(s.clone());
        }
        if let Some(b) = v.as_bytes() {
            return Value::Bytes(b.clone());
        }
    }
    v.clone()
}

/// Whether `other` is the same kind of string as the scalar `me_` (str with str, bytes with bytes).
fn same_kind(this: &Value, other: &Value) -> bool {
    (this.as_str().is_some() && other.as_str().is_some())
        || (this.as_bytes().is_some() && other.as_bytes().is_some())
}

/// `self + other` (or `other + self`): concatenation with a string of the same kind. Arrays get the chance to
/// answer (NotImplemented); otherwise `self + other` fails as `str`'s own concatenation does, and `other + self`
/// with NumPy's unsupported-operand error.
fn concat(me: &mut Interp, a: &[Value], reflected: bool) -> Res<Value> {
    let other_is_object = matches!(a[1], Value::Native(_) | Value::Instance(_));
    if !same_kind(&a[0], &a[1]) && (reflected || other_is_object) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (plain(&a[0]), plain(&a[1]));
    if reflected {
        me.binary_op(BinOp::Add, y, x)
    } else {
        me.binary_op(BinOp::Add, x, y)
    }
}

/// A rich comparison with another string of the same kind; NotImplemented otherwise (arrays then compare
/// element-wise through their own reflected method, and `==` with anything else is False).
fn compare(me: &mut Interp, op: CmpOp, a: &[Value]) -> Res<Value> {
    if !same_kind(&a[0], &a[1]) {
        return Ok(Value::NotImplemented);
    }
    me.compare(op, &plain(&a[0]), &plain(&a[1]))
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// What `str`/`bytes` do natively that a library object must spell as dunders.
const STRING_DUNDERS: &[Def] = defs! {
    "__add__", "self, other, /", "self + other" => |me, a| concat(me, &a, false);
    "__radd__", "self, other, /", "other + self" => |me, a| concat(me, &a, true);
    "__mul__", "self, n, /", "self * n" => |me, a| me.binary_op(BinOp::Mul, plain(&a[0]), a[1].clone());
    "__rmul__", "self, n, /", "n * self" => |me, a| me.binary_op(BinOp::Mul, plain(&a[0]), a[1].clone());
    "__mod__", "self, values, /", "self % values" => |me, a| me.binary_op(BinOp::Mod, plain(&a[0]), a[1].clone());
    "__eq__", "self, other, /", "self == other" => |me, a| compare(me, CmpOp::Eq, &a);
    "__ne__", "self, other, /", "self != other" => |me, a| compare(me, CmpOp::NotEq, &a);
    "__lt__", "self, other, /", "self < other" => |me, a| compare(me, CmpOp::Lt, &a);
    "__le__", "self, other, /", "self <= other" => |me, a| compare(me, CmpOp::LtE, &a);
    "__gt__", "self, other, /", "self > other" => |me, a| compare(me, CmpOp::Gt, &a);
    "__ge__", "self, other, /", "self >= other" => |me, a| compare(me, CmpOp::GtE, &a);
    "__hash__", "self, /", "hash(self): that of the text" => |me, a| Ok(Value::Int(crate::library::builtins::py_hash(me, &plain(&a[0]))?));
    "__len__", "self, /", "len(self)" => |me, a| Ok(Value::Int(crate::library::builtins::length(me, &plain(&a[0]))? as i64));
    "__contains__", "self, key, /", "key in self" => |me, a| Ok(Value::Bool(me.contains(&plain(&a[0]), &plain(&a[1]))?));
    "__getitem__", "self, key, /", "self[key]: a plain str or bytes item" => |me, a| me.getitem(&plain(&a[0]), a[1].clone());
    "__iter__", "self, /", "iter(self)" => |me, a| me.iter(&plain(&a[0]));
    "__bool__", "self, /", "Whether the text is not empty." => |me, a| Ok(Value::Bool(me.truthy(&plain(&a[0]))?));
    "__format__", "self, spec, /", "format(self, spec): as the text" => |me, a| {
        let spec = crate::library::args::string(&a[1], "format spec")?;
        Ok(Value::str(&me.format_value(&plain(&a[0]), &spec)?)) };
};

/// The NumPy-side methods and attributes a string scalar has (others of ndarray make no sense on text).
const ARRAY_SIDE: [&str; 5] = ["item", "tolist", "__repr__", "__str__", "astype"];
const ARRAY_SIDE_PROPERTIES: [&str; 6] = ["dtype", "shape", "ndim", "size", "itemsize", "nbytes"];

/// `np.str_(object='', /)`: the `str()` of the object.
fn str_new(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let text = match a[1].as_str() {
        Some(s) => s.clone(),
        None => Rc::from(me.str(&a[1])?),
    };
    let t = to_tensor(me, &Value::Str(text), Some(DType::Str(0)))?;
    wrap_scalar(me, t)
}

/// `np.bytes_(object=b'', /)`: bytes as they are, ASCII text encoded.
fn bytes_new(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let raw: Rc<[u8]> = match &a[1] {
        v if v.as_bytes().is_some() => v.as_bytes().cloned().unwrap_or_else(|| Rc::from(&[][..])),
        v => match v.as_str() {
            Some(s) => Rc::from(crate::library::strings::encode_text(s, "ascii", "strict")?),
            None => {
                return Err(not_implemented(format!(
                    "np.bytes_ of a '{}'",
                    me.class_of(v).tp_name()
                )))
            }
        },
    };
    let t = to_tensor(me, &Value::Bytes(raw), Some(DType::Bytes(0)))?;
    wrap_scalar(me, t)
}

/// Create `np.str_` and `np.bytes_` (subclasses of `str`/`bytes` and of `character`), keyed by the
/// flexible dtypes `Str(0)` / `Bytes(0)` that stand for every width.
pub fn classes(me: &Interp, character: &Rc<Class>) -> Vec<(DType, Rc<Class>)> {
    let specs: [(&str, DType, Rc<Class>, &str, NativeFn); 2] = [
        (
            "str_",
            DType::Str(0),
            me.types.str_.clone(),
            "cls, object='', /",
            str_new,
        ),
        (
            "bytes_",
            DType::Bytes(0),
            me.types.bytes.clone(),
            "cls, object=b'', /",
            bytes_new,
        ),
    ];
    let mut out = Vec::new();
    for (name, d, python_type, sig, new) in specs {
        // NumPy's MRO: str_, str, character, flexible, generic, object.
        let Ok(c) = crate::interp::new_class(name, "numpy", vec![python_type, character.clone()])
        else {
            continue;
        };
        for m in STRING_DUNDERS {
            Interp::add_method(&c, m.builtin(Some("numpy.generic")));
        }
        for m in ARRAY_METHODS
            .iter()
            .filter(|m| ARRAY_SIDE.contains(&m.name))
        {
            Interp::add_method(&c, m.builtin(Some("numpy.generic")));
        }
        for p in ARRAY_PROPERTIES
            .iter()
            .filter(|p| ARRAY_SIDE_PROPERTIES.contains(&p.name))
        {
            super::add_properties(&c, std::slice::from_ref(p), "numpy.generic");
        }
        Interp::add_method(
            &c,
            Def {
                name: "__new__",
                sig,
                doc: "Construct a NumPy string scalar.",
                func: new,
            }
            .builtin(None),
        );
        out.push((d, c));
    }
    out
}
