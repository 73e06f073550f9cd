//! Memory order in the NumPy API: the `order=` argument, reshape/ravel/flatten/copy, and the `flags` object.

use super::array::*;
use super::methods::{arg_tensor, this};
use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args;
use crate::library::Def;
use crate::tensor::layout::Order;
use crate::tensor::Tensor;

/// An `order=` argument (`None` means `default`), with NumPy's errors.
pub fn order_arg(v: &Value, default: Order) -> Res<Order> {
    if matches!(v, Value::None) {
        return Ok(default);
    }
    let text = args::string(v, "order")?;
    Order::parse(&text).ok_or_else(|| {
        value_error(format!(
            "order must be one of 'C', 'F', 'A', or 'K' (got '{text}')"
        ))
    })
}

/// The `order=` of a creation function from a shape alone (`zeros`, `empty`, ...): only 'C' or 'F'.
pub fn creation_order(v: &Value) -> Res<Order> {
    match order_arg(v, Order::C)? {
        o @ (Order::C | Order::F) => Ok(o),
        _ => Err(value_error("only 'C' or 'F' order is permitted")),
    }
}

/// Whether `t` already has the layout `order` asks of an existing array ('A' and 'K' accept any).
pub fn satisfies(t: &Tensor, order: Order) -> bool {
    match order {
        Order::C => t.is_contiguous(),
        Order::F => t.is_f_contiguous(),
        Order::A | Order::K => true,
    }
}

/// A freshly made C-ordered array laid out in `order`: 'F' copies it into Fortran order, the others keep it.
pub fn fresh_in_order(t: Tensor, order: Order) -> Tensor {
    if order == Order::F {
        t.copy_order(Order::F)
    } else {
        t
    }
}

/// A reshape spec: one int or a sequence of ints.
fn shape_arg(me: &mut Interp, v: &Value) -> Res<Vec<isize>> {
    match v {
        Value::Tuple(_) | Value::List(_) => me
            .collect(v)?
            .iter()
            .map(|x| args::int(x, "").map(|i| i as isize))
            .collect(),
        other => Ok(vec![args::int(other, "")? as isize]),
    }
}

/// `reshape` with NumPy's `order=` and `copy=` (True: always copy; False: fail rather than copy).
fn reshape_value(
    me: &mut Interp,
    src: &Value,
    spec: &[isize],
    order: &Value,
    copy: &Value,
) -> Res<Value> {
    let t = arg_tensor(me, src)?;
    let order = match order_arg(order, Order::C)? {
        Order::K => return Err(value_error("order 'K' is not permitted for reshaping")),
        Order::A if t.is_fortran() => Order::F,
        Order::A => Order::C,
        o => o,
    };
    let copy = match copy {
        Value::None => None,
        v => Some(me.truthy(v)?),
    };
    let r = t.reshape_order(spec, order).map_err(tensor_error)?;
    if copy != Some(true) && r.shares_storage(&t) {
        let base = base_for(me, src, t)?;
        return wrap_view(me, r, &base);
    }
    if copy == Some(false) {
        return Err(value_error(
            "Unable to avoid creating a copy while reshaping.",
        ));
    }
    // NumPy copies in that order and returns a view of the copy (so the result's `base` is the copy).
    let c = t.copy_order(order);
    let r = c.reshape_order(spec, order).map_err(tensor_error)?;
    let base = wrap_array(me, c)?;
    wrap_view(me, r, &base)
}

/// The array that a view of `src` (whose tensor is `t`) hangs from: `src` itself when it is an array, else the
/// array made from it (NumPy's functions view `asarray(src)`, so a list's reshape has that array as its base).
fn base_for(me: &mut Interp, src: &Value, t: Tensor) -> Res<Value> {
    match as_array(src) {
        Some((_, false)) => Ok(src.clone()),
        _ => wrap_array(me, t),
    }
}

/// A ravel result: a view keeps its base, a copy owns its data.
fn wrap_maybe_view(me: &mut Interp, r: Tensor, t: &Tensor, src: &Value) -> Res<Value> {
    if r.shares_storage(t) {
        let base = base_for(me, src, t.clone())?;
        wrap_view(me, r, &base)
    } else {
        wrap_array(me, r)
    }
}

fn np_ravel(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let r = t.ravel(order_arg(&a[1], Order::C)?).map_err(tensor_error)?;
    wrap_maybe_view(me, r, &t, &a[0])
}

/// `np.array`/`np.asarray` of an existing array: itself when `copy` is false and the dtype and layout already
/// fit, else a new array (cast to `dtype`) laid out as `order` asks.
pub fn array_from_array(
    me: &mut Interp,
    src: &Value,
    t: &Tensor,
    dtype: Option<crate::tensor::dtype::DType>,
    order: Order,
    copy: bool,
) -> Res<Value> {
    if !copy && dtype.is_none_or(|d| d == t.dtype()) && satisfies(t, order) {
        return Ok(src.clone());
    }
    let d = dtype.unwrap_or(t.dtype());
    let r = t.new_like(order, |v| astype_value(v, d))?;
    wrap_array(me, r)
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

pub const LAYOUT_METHODS: &[Def] = defs! {
    "reshape", "self, *shape, order='C', copy=None", "A view (or copy) with a new shape, read and placed in `order`.\n\n>>> np.arange(6).reshape(2, 3)\narray([[0, 1, 2],\n       [3, 4, 5]])\n>>> np.arange(6).reshape((2, 3), order='F')\narray([[0, 2, 4],\n       [1, 3, 5]])" => |me, a| {
        let Value::Tuple(sh) = &a[1] else { return Err(type_error("reshape: shape must be given")) };
        let spec = match &sh[..] {
            [one] => shape_arg(me, one)?,
            many => many.iter().map(|x| args::int(x, "").map(|i| i as isize)).collect::<Res<_>>()?,
        };
        reshape_value(me, &a[0], &spec, &a[2], &a[3]) };
    "copy", "self, order='C'", "A copy of the array in memory order `order`.\n\n>>> a = np.arange(3)\n>>> b = a.copy()\n>>> b[0] = 9\n>>> a\narray([0, 1, 2])" => |me, a| {
        let t = this(&a[0])?; let order = order_arg(&a[1], Order::C)?; wrap_array(me, t.copy_order(order)) };
    "flatten", "self, order='C'", "A 1-D copy, read in `order`.\n\n>>> np.arange(4).reshape(2, 2).flatten('F')\narray([0, 2, 1, 3])" => |me, a| {
        let t = this(&a[0])?; wrap_array(me, t.flatten(order_arg(&a[1], Order::C)?)) };
    "ravel", "self, order='C'", "The elements as a 1-D array read in `order`: a view when the memory allows it.\n\n>>> np.arange(4).reshape(2, 2).T.ravel('K')\narray([0, 1, 2, 3])" => |me, a| {
        let t = this(&a[0])?; let r = t.ravel(order_arg(&a[1], Order::C)?).map_err(tensor_error)?; wrap_maybe_view(me, r, &t, &a[0]) };
};

pub const LAYOUT_FUNCTIONS: &[Def] = defs! {
    "reshape", "a, /, shape=None, order='C', *, copy=None", "A view (or copy) with a new shape.\n\n>>> np.reshape(np.arange(6), (3, 2))\narray([[0, 1],\n       [2, 3],\n       [4, 5]])" => |me, a| {
        if matches!(a[1], Value::None) { return Err(type_error("reshape() missing 1 required positional argument: 'shape'")); }
        let spec = shape_arg(me, &a[1])?; reshape_value(me, &a[0], &spec, &a[2], &a[3]) };
    "ravel", "a, order='C'", "The elements as a 1-D array: a view when the memory allows it.\n\n>>> np.ravel([[1, 2], [3, 4]], order='F')\narray([1, 3, 2, 4])" => np_ravel;
    "copy", "a, order='K', subok=False", "A copy of the array (memory order 'K' keeps the layout).\n\n>>> np.copy([1, 2, 3])\narray([1, 2, 3])" => |me, a| {
        let t = arg_tensor(me, &a[0])?; let order = order_arg(&a[1], Order::K)?; wrap_array(me, t.copy_order(order)) };
};

// ------------------------------------------------------------------------------------------------ flags

/// An array's `flags` at the time they were read.
pub struct Flags {
    pub c: bool,
    pub f: bool,
    pub own: bool,
    pub writeable: bool,
}

impl Flags {
    pub fn of(t: &Tensor, own: bool, writeable: bool) -> Flags {
        Flags {
            c: t.is_contiguous(),
            f: t.is_f_contiguous(),
            own,
            writeable,
        }
    }

    /// A flag by NumPy's `flags[key]` name, or by its attribute name; `None` when there is none.
    fn get(&self, key: &str, attribute: bool) -> Option<bool> {
        let key = if attribute {
            match key {
                "c_contiguous" | "contiguous" => "C",
                "f_contiguous" | "fortran" => "F",
                "owndata" => "O",
                "writeable" => "W",
                "aligned" => "A",
                "writebackifcopy" => "X",
                "fnc" => "FNC",
                "forc" => "FORC",
                "behaved" => "B",
                "carray" => "CA",
                "farray" => "FA",
                _ => return None,
            }
        } else {
            key
        };
        let behaved = self.writeable;
        Some(match key {
            "C_CONTIGUOUS" | "C" | "CONTIGUOUS" => self.c,
            "F_CONTIGUOUS" | "F" | "FORTRAN" => self.f,
            "OWNDATA" | "O" => self.own,
            "WRITEABLE" | "W" => self.writeable,
            "ALIGNED" | "A" => true,
            "WRITEBACKIFCOPY" | "X" => false,
            "FNC" => self.f && !self.c,
            "FORC" => self.f || self.c,
            "BEHAVED" | "B" => behaved,
            "CARRAY" | "CA" => behaved && self.c,
            "FARRAY" | "FA" => behaved && self.f && !self.c,
            _ => return None,
        })
    }
}

fn with_flags<R>(v: &Value, f: impl FnOnce(&Flags) -> R) -> Res<R> {
    let Value::Native(n) = v else {
        return Err(type_error("not flags"));
    };
    let d = n.data.borrow();
    d.downcast_ref::<Flags>()
        .map(f)
        .ok_or_else(|| type_error("not flags"))
}

pub const FLAGS_METHODS: &[Def] = &[
    Def {
        name: "__getitem__",
        sig: "self, key, /",
        doc: "A flag by name ('C_CONTIGUOUS', 'F', 'OWNDATA', ...).",
        func: |_, a| {
            let k = args::string(&a[1], "flag")?;
            with_flags(&a[0], |f| f.get(&k, false))?
                .map(Value::Bool)
                .ok_or_else(|| Exc::with_args(ExcType::KeyError, vec![Value::str("Unknown flag")]))
        },
    },
    Def {
        name: "__getattr__",
        sig: "self, name, /",
        doc: "A flag by attribute (c_contiguous, f_contiguous, owndata, ...).",
        func: |_, a| {
            let k = args::string(&a[1], "flag")?;
            with_flags(&a[0], |f| f.get(&k, true))?
                .map(Value::Bool)
                .ok_or_else(|| {
                    Exc::new(
                        ExcType::AttributeError,
                        format!("'numpy._core.multiarray.flagsobj' object has no attribute '{k}'"),
                    )
                })
        },
    },
    Def {
        name: "__repr__",
        sig: "self, /",
        doc: "The flags, one per line.",
        func: |_, a| {
            let b = |x: bool| if x { "True" } else { "False" };
            with_flags(&a[0], |f| {
                s(format!(
                    "  C_CONTIGUOUS : {}\n  F_CONTIGUOUS : {}\n  OWNDATA : {}\n  WRITEABLE : {}\n  ALIGNED : True\n  WRITEBACKIFCOPY : False\n",
                    b(f.c),
                    b(f.f),
                    b(f.own),
                    b(f.writeable)
                ))
            })
        },
    },
];
