//! NumPy's print options (`set_printoptions`, `get_printoptions`) and the functions that print with them
//! (`repr`/`str` of arrays and scalars, `np.array2string`, `np.array_repr`, `np.array_str`). The user format
//! functions of `formatter=` are called here, and their text is handed to the printer, which lays it out.

use super::array::{string_value, wrap_scalar};
use super::methods::arg_tensor;
use crate::format::numpy as npfmt;
use crate::interp::exceptions::{attribute_error, not_implemented, type_error, value_error};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::args;
use crate::tensor::dtype::{DType, Kind};
use crate::tensor::element::C64;
use crate::tensor::Tensor;
use std::cell::RefCell;
use std::rc::Rc;

const STATE_KEY: &str = "numpy.printoptions";

/// The session's print options: the ones the printer reads, and the `formatter=` mapping (user callables,
/// which only this layer can call).
#[derive(Clone)]
struct Options {
    print: npfmt::PrintOptions,
    formatter: Value,
    /// Whether the user set a line width (`set_printoptions(linewidth=...)`); until then the REPL's echo on a
    /// terminal wraps at the terminal's width.
    linewidth_chosen: bool,
}

/// Where `np.printoptions` keeps the options it restores on exit, innermost last.
const SAVED_KEY: &str = "numpy.printoptions.saved";

fn options(me: &Interp) -> Options {
    me.state
        .get(STATE_KEY)
        .and_then(|c| c.borrow().downcast_ref::<Options>().cloned())
        .unwrap_or_else(|| Options {
            print: npfmt::PrintOptions::default(),
            formatter: Value::None,
            linewidth_chosen: false,
        })
}

/// The arguments of NumPy's `_make_options_dict`; None keeps the current value.
struct Overrides {
    precision: Value,
    threshold: Value,
    edgeitems: Value,
    linewidth: Value,
    suppress: Value,
    nanstr: Value,
    infstr: Value,
    sign: Value,
    formatter: Value,
    floatmode: Value,
    legacy: Value,
}

impl Overrides {
    fn none() -> Overrides {
        Overrides {
            precision: Value::None,
            threshold: Value::None,
            edgeitems: Value::None,
            linewidth: Value::None,
            suppress: Value::None,
            nanstr: Value::None,
            infstr: Value::None,
            sign: Value::None,
            formatter: Value::None,
            floatmode: Value::None,
            legacy: Value::None,
        }
    }
}

const LEGACY_NAMES: [(&str, u32); 4] = [("1.21", 121), ("1.25", 125), ("2.1", 201), ("2.2", 202)];

/// The `legacy=` argument as NumPy's internal level (None: not given).
fn legacy_level(me: &mut Interp, v: &Value) -> Res<Option<u32>> {
    match v {
        Value::None => return Ok(None),
        Value::Bool(false) => return Ok(Some(npfmt::LEGACY_OFF)),
        Value::Str(s) => {
            if &**s == "1.13" {
                return Err(not_implemented("np.set_printoptions(legacy='1.13')"));
            }
            if let Some((_, level)) = LEGACY_NAMES.iter().find(|(name, _)| *name == &**s) {
                return Ok(Some(*level));
            }
        }
        // NumPy accepts anything equal to False (with a FutureWarning).
        other if me.eq_values(other, &Value::Bool(false))? => return Ok(Some(npfmt::LEGACY_OFF)),
        _ => {}
    }
    // NumPy only warns and keeps the value, after which every array print fails; nabla refuses it at once.
    Err(value_error(
        "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`",
    ))
}

/// `_make_options_dict` applied to `o`: NumPy's checks in its order, then the given values.
fn apply(me: &mut Interp, mut o: Options, v: &Overrides) -> Res<Options> {
    let given = |x: &Value| !matches!(x, Value::None);
    let floatmode = match &v.floatmode {
        Value::None => None,
        m => Some(match m.as_str().map_or("", |s| &**s) {
            "fixed" => npfmt::FloatMode::Fixed,
            "unique" => npfmt::FloatMode::Unique,
            "maxprec" => npfmt::FloatMode::MaxPrec,
            "maxprec_equal" => npfmt::FloatMode::MaxPrecEqual,
            _ => {
                return Err(value_error(
                    "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"",
                ))
            }
        }),
    };
    let sign = match &v.sign {
        Value::None => None,
        s => Some(match s.as_str().map(|s| &**s) {
            Some("-") => '-',
            Some("+") => '+',
            Some(" ") => ' ',
            _ => return Err(value_error("sign option must be one of ' ', '+', or '-'")),
        }),
    };
    let legacy = legacy_level(me, &v.legacy)?;
    if given(&v.threshold) {
        o.print.threshold = match &v.threshold {
            Value::Float(f) if f.is_nan() => {
                return Err(value_error(
                    "threshold must be non-NAN, try sys.maxsize for untruncated representation",
                ))
            }
            Value::Float(f) if f.is_infinite() => usize::MAX,
            Value::Float(f) => f.max(0.0) as usize,
            x @ (Value::Int(_) | Value::Bool(_)) => args::int(x, "")?.max(0) as usize,
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => 0,
            Value::BigInt(_) => usize::MAX,
            _ => return Err(type_error("threshold must be numeric")),
        };
    }
    if given(&v.precision) {
        o.print.precision = match me.index_protocol(&v.precision)? {
            Some(p) => args::int(&p, "precision")?.max(0) as usize,
            None => return Err(type_error("precision must be an integer")),
        };
    }
    if given(&v.edgeitems) {
        o.print.edgeitems = args::int(&v.edgeitems, "edgeitems")?.max(0) as usize;
    }
    if given(&v.linewidth) {
        o.print.linewidth = args::int(&v.linewidth, "linewidth")?.max(0) as usize;
    }
    if given(&v.suppress) {
        o.print.suppress = me.truthy(&v.suppress)?;
    }
    if given(&v.nanstr) {
        o.print.nanstr = args::string(&v.nanstr, "nanstr")?.to_string();
    }
    if given(&v.infstr) {
        o.print.infstr = args::string(&v.infstr, "infstr")?.to_string();
    }
    if let Some(c) = sign {
        o.print.sign = c;
    }
    if let Some(m) = floatmode {
        o.print.floatmode = m;
    }
    if given(&v.formatter) {
        o.formatter = v.formatter.clone();
    }
    if let Some(l) = legacy {
        o.print.legacy = l;
    }
    Ok(o)
}

fn get_printoptions(me: &mut Interp, _a: Vec<Value>) -> Res<Value> {
    let Options {
        print: o,
        formatter,
        ..
    } = options(me);
    let mut d = Dict::default();
    let mut put = |k: &str, v: Value| {
        d.insert(HKey(Value::str(k)), v);
    };
    put("edgeitems", Value::Int(o.edgeitems as i64));
    // An unlimited threshold (`np.inf`) reads back as inf, so that setting it again keeps it.
    put(
        "threshold",
        i64::try_from(o.threshold)
            .map(Value::Int)
            .unwrap_or(Value::Float(f64::INFINITY)),
    );
    put(
        "floatmode",
        Value::str(match o.floatmode {
            npfmt::FloatMode::Fixed => "fixed",
            npfmt::FloatMode::Unique => "unique",
            npfmt::FloatMode::MaxPrec => "maxprec",
            npfmt::FloatMode::MaxPrecEqual => "maxprec_equal",
        }),
    );
    put("precision", Value::Int(o.precision as i64));
    put("suppress", Value::Bool(o.suppress));
    put("linewidth", Value::Int(o.linewidth as i64));
    put("nanstr", Value::str(&o.nanstr));
    put("infstr", Value::str(&o.infstr));
    put("sign", Value::str(&o.sign.to_string()));
    put("formatter", formatter);
    put(
        "legacy",
        LEGACY_NAMES
            .iter()
            .find(|(_, level)| *level == o.legacy)
            .map_or(Value::Bool(false), |(name, _)| Value::str(name)),
    );
    put("override_repr", Value::None);
    Ok(Value::dict(d))
}

/// `np.set_printoptions(precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign,
/// floatmode, *, legacy, override_repr)`: as in NumPy, `formatter` is reset when not given.
fn set_printoptions(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if !matches!(a[11], Value::None) {
        return Err(not_implemented("np.set_printoptions(override_repr=...)"));
    }
    let v = Overrides {
        precision: a[0].clone(),
        threshold: a[1].clone(),
        edgeitems: a[2].clone(),
        linewidth: a[3].clone(),
        suppress: a[4].clone(),
        nanstr: a[5].clone(),
        infstr: a[6].clone(),
        formatter: a[7].clone(),
        sign: a[8].clone(),
        floatmode: a[9].clone(),
        legacy: a[10].clone(),
    };
    let mut o = apply(me, options(me), &v)?;
    o.formatter = a[7].clone();
    o.linewidth_chosen |= !matches!(v.linewidth, Value::None);
    store(me, o);
    Ok(Value::None)
}

fn store(me: &mut Interp, o: Options) {
    me.state
        .insert(STATE_KEY, Rc::new(RefCell::new(Box::new(o))));
}

/// `np.printoptions.__enter__`'s first step: save the options as they are. As NumPy's context variable does,
/// the exit restores them exactly, including whether the user had chosen a line width.
fn save_printoptions(me: &mut Interp, _a: Vec<Value>) -> Res<Value> {
    let o = options(me);
    let saved = me
        .state
        .entry(SAVED_KEY)
        .or_insert_with(|| Rc::new(RefCell::new(Box::new(Vec::<Options>::new()))))
        .clone();
    if let Some(stack) = saved.borrow_mut().downcast_mut::<Vec<Options>>() {
        stack.push(o);
    }
    Ok(Value::None)
}

/// `np.printoptions.__exit__`: put back the options the matching `save_printoptions` saved.
fn restore_printoptions(me: &mut Interp, _a: Vec<Value>) -> Res<Value> {
    let saved = me.state.get(SAVED_KEY).cloned();
    let o = saved.and_then(|s| s.borrow_mut().downcast_mut::<Vec<Options>>()?.pop());
    match o {
        Some(o) => {
            store(me, o);
            Ok(Value::None)
        }
        None => Err(crate::interp::exceptions::runtime_error(
            "np.printoptions: no saved options to restore",
        )),
    }
}

// ---------------------------------------------------------------------------- user format functions

/// The user's format function for arrays of dtype `d`, by `_get_formatdict`'s precedence: the dtype's own key
/// (`'float'`), then its kind key (`'float_kind'`), then `'all'`; keys whose value is None do not count.
fn format_function(me: &mut Interp, formatter: &Value, d: DType) -> Res<Option<Value>> {
    let dict = match formatter {
        Value::None => return Ok(None),
        Value::Dict(dict) => dict.clone(),
        other => {
            // NumPy reads `formatter.keys()`: an object without it fails as there.
            me.getattr(other, "keys")?;
            return Err(not_implemented("a formatter= mapping that is not a dict"));
        }
    };
    let (own, kind) = match d.kind() {
        Kind::Bool => ("bool", None),
        Kind::Int => ("int", Some("int_kind")),
        Kind::Float => ("float", Some("float_kind")),
        Kind::Complex => ("complexfloat", Some("complex_kind")),
        Kind::Str => ("numpystr", Some("str_kind")),
    };
    let dict = dict.borrow();
    let found = [Some(own), kind, Some("all")]
        .into_iter()
        .flatten()
        .find_map(|k| match dict.get(&HKey(Value::str(k))) {
            None | Some(Value::None) => None,
            Some(f) => Some(f.clone()),
        });
    Ok(found)
}

/// Element `flat` (C order) of `t` as a 0-d view.
fn element_at(t: &Tensor, mut flat: usize) -> Tensor {
    let mut e = t.clone();
    let mut block: usize = t.shape.iter().product();
    for &n in &t.shape {
        block /= n.max(1);
        let i = flat / block.max(1);
        flat %= block.max(1);
        e = e.select(0, i);
    }
    e
}

/// `f(element)` for each element the printer will show, in the order NumPy calls it.
fn formatted_texts(
    me: &mut Interp,
    t: &Tensor,
    opts: &npfmt::PrintOptions,
    f: &Value,
) -> Res<(Vec<usize>, Vec<String>)> {
    let shown = npfmt::shown_indices(&t.shape, opts);
    let mut text = Vec::with_capacity(shown.len());
    for &i in &shown {
        let x = wrap_scalar(me, element_at(t, i))?;
        let r = me.call(f, vec![x], vec![])?;
        match r.as_str() {
            Some(s) => text.push(s.to_string()),
            // Where NumPy's layout first treats the result as a string.
            None if t.ndim() == 0 => {
                return Err(type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    me.class_of(&r).tp_name()
                )))
            }
            None => {
                return Err(attribute_error(format!(
                    "'{}' object has no attribute 'splitlines'",
                    me.class_of(&r).tp_name()
                )))
            }
        }
    }
    Ok((shown, text))
}

/// Call `f` with the tensor's elements in the form the printer takes.
pub fn with_elements<R>(t: &Tensor, f: impl FnOnce(&npfmt::Elements) -> R) -> R {
    let d = t.dtype();
    match d {
        DType::Bool => f(&npfmt::Elements::Bool(&t.to_vec::<bool>())),
        DType::U8 | DType::U16 | DType::U32 | DType::U64 => {
            f(&npfmt::Elements::UInt(&t.to_vec::<u64>()))
        }
        DType::I8 | DType::I16 | DType::I32 | DType::I64 => {
            f(&npfmt::Elements::Int(&t.to_vec::<i64>()))
        }
        DType::F16 => f(&npfmt::Elements::Float(
            &t.to_vec::<f64>(),
            npfmt::FloatKind::F16,
        )),
        DType::BF16 | DType::F32 => f(&npfmt::Elements::Float(
            &t.to_vec::<f64>(),
            npfmt::FloatKind::F32,
        )),
        DType::F64 => f(&npfmt::Elements::Float(
            &t.to_vec::<f64>(),
            npfmt::FloatKind::F64,
        )),
        DType::C64 | DType::C128 => {
            let v: Vec<(f64, f64)> = t.to_vec::<C64>().iter().map(|z| (z.re, z.im)).collect();
            let k = if d == DType::C64 {
                npfmt::FloatKind::F32
            } else {
                npfmt::FloatKind::F64
            };
            f(&npfmt::Elements::Complex(&v, k))
        }
        DType::Str(_) | DType::Bytes(_) => {
            let items: Vec<Value> = t
                .strings()
                .into_iter()
                .map(|u| string_value(d, &u))
                .collect();
            let plain: Vec<String> = items
                .iter()
                .map(|v| match v {
                    Value::Str(s) => s.to_string(),
                    Value::Bytes(b) => crate::interp::repr::bytes_repr(b),
                    _ => String::new(),
                })
                .collect();
            let repr: Vec<String> = items
                .iter()
                .map(|v| match v {
                    Value::Str(s) => crate::format::python::str_repr(s),
                    Value::Bytes(b) => crate::interp::repr::bytes_repr(b),
                    _ => String::new(),
                })
                .collect();
            f(&npfmt::Elements::Text {
                repr: &repr,
                plain: &plain,
            })
        }
    }
}

/// What is printed of an array.
enum Layout<'a> {
    Repr,
    Str,
    /// `np.array2string`'s text.
    Body {
        separator: &'a str,
        prefix_len: usize,
        suffix_len: usize,
    },
}

/// Print an array (not a scalar) with options `o`, applying the user's format function where one is set.
fn render(me: &mut Interp, t: &Tensor, o: &Options, layout: Layout) -> Res<String> {
    let opts = &o.print;
    // `str` of a 0-d array is the `str` of its scalar, which no formatter touches.
    let custom = if matches!(layout, Layout::Str) && t.ndim() == 0 {
        None
    } else {
        format_function(me, &o.formatter, t.dtype())?
    };
    let name = t.dtype().numpy_str();
    let print = |e: &npfmt::Elements| match &layout {
        Layout::Repr => npfmt::array_repr(e, &t.shape, &name, opts),
        Layout::Str => npfmt::array_str(e, &t.shape, opts),
        Layout::Body {
            separator,
            prefix_len,
            suffix_len,
        } => npfmt::array2string_public(e, &t.shape, opts, separator, *prefix_len, *suffix_len),
    };
    Ok(match custom {
        Some(f) => {
            let (shown, text) = formatted_texts(me, t, opts, &f)?;
            print(&npfmt::Elements::Formatted {
                shown: &shown,
                text: &text,
                len: t.numel(),
            })
        }
        None => with_elements(t, print),
    })
}

/// `repr()` of a NumPy array or scalar.
pub fn array_repr(me: &mut Interp, t: &Tensor, scalar: bool) -> Res<String> {
    let mut o = options(me);
    // The REPL's echo on a terminal wraps at the terminal's width, unless the user chose a line width.
    if let Some(width) = me.display_width {
        if !o.linewidth_chosen {
            o.print.linewidth = width;
        }
    }
    if scalar {
        let name = t.dtype().numpy_str();
        return Ok(with_elements(t, |e| npfmt::scalar_repr(e, &name, &o.print)));
    }
    render(me, t, &o, Layout::Repr)
}

/// `str()` of a NumPy array or scalar.
pub fn array_str(me: &mut Interp, t: &Tensor, scalar: bool) -> Res<String> {
    let o = options(me);
    if scalar {
        return Ok(with_elements(t, |e| {
            npfmt::scalar_str(e, t.dtype().name(), &o.print)
        }));
    }
    render(me, t, &o, Layout::Str)
}

/// `np.array2string(a, max_line_width, precision, suppress_small, separator, prefix, *, formatter, threshold,
/// edgeitems, sign, floatmode, suffix, legacy)`.
fn np_array2string(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let v = Overrides {
        precision: a[2].clone(),
        threshold: a[7].clone(),
        edgeitems: a[8].clone(),
        linewidth: a[1].clone(),
        suppress: a[3].clone(),
        sign: a[9].clone(),
        formatter: a[6].clone(),
        floatmode: a[10].clone(),
        legacy: a[12].clone(),
        ..Overrides::none()
    };
    let o = apply(me, options(me), &v)?;
    let sep = args::string(&a[4], "separator")?;
    let prefix = args::string(&a[5], "prefix")?;
    let suffix = args::string(&a[11], "suffix")?;
    if t.ndim() == 0 {
        // A 0-d array is its one formatted element, which NumPy returns whatever its type.
        if let Some(f) = format_function(me, &o.formatter, t.dtype())? {
            let x = wrap_scalar(me, t.clone())?;
            return me.call(&f, vec![x], vec![]);
        }
    }
    let layout = Layout::Body {
        separator: &sep,
        prefix_len: prefix.chars().count(),
        suffix_len: suffix.chars().count(),
    };
    Ok(Value::str(&render(me, &t, &o, layout)?))
}

/// `np.array_repr` / `np.array_str` with their line width, precision and suppress_small overrides.
fn np_array_repr_str(me: &mut Interp, a: Vec<Value>, repr: bool) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let v = Overrides {
        linewidth: a[1].clone(),
        precision: a[2].clone(),
        suppress: a[3].clone(),
        ..Overrides::none()
    };
    let o = apply(me, options(me), &v)?;
    let layout = if repr { Layout::Repr } else { Layout::Str };
    Ok(Value::str(&render(me, &t, &o, layout)?))
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(crate::library::Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

pub const PRINT_FUNCTIONS: &[crate::library::Def] = defs! {
    "_save_printoptions", "", "Save the print options for np.printoptions to restore (nabla-internal)." => save_printoptions;
    "_restore_printoptions", "", "Restore the print options np.printoptions saved (nabla-internal)." => restore_printoptions;
    "get_printoptions", "", "The current print options.\n\n>>> np.get_printoptions()['precision']\n8" => get_printoptions;
    "set_printoptions", "precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None", "Set how arrays print. `formatter` maps 'all', 'bool', 'int', 'int_kind', 'float', 'float_kind', 'complexfloat', 'complex_kind', 'numpystr' or 'str_kind' to a function from an element to its text; it is reset when not given.\n\n>>> with np.printoptions(formatter={'int': hex}):\n...     print(np.arange(3), repr(np.arange(2)))\n[0x0 0x1 0x2] array([0x0, 0x1])" => set_printoptions;
    "array2string", "a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', *, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', legacy=None", "The text of an array, with print options overridden for this call.\n\n>>> np.array2string(np.array([1.5, 2.0]), separator=', ')\n'[1.5, 2. ]'\n>>> np.array2string(np.arange(3.0), formatter={'float_kind': lambda x: '%.2f' % x})\n'[0.00 1.00 2.00]'" => np_array2string;
    "array_repr", "arr, max_line_width=None, precision=None, suppress_small=None", "repr() of an array with print options overridden.\n\n>>> np.array_repr(np.array([1.5, 2.0]))\n'array([1.5, 2. ])'" => |me, a| np_array_repr_str(me, a, true);
    "array_str", "a, max_line_width=None, precision=None, suppress_small=None", "str() of an array with print options overridden.\n\n>>> np.array_str(np.array([1.5, 2.0]))\n'[1.5 2. ]'" => |me, a| np_array_repr_str(me, a, false);
};
