//! `repr()`, `str()`, `format()` and `%`-formatting of values; number and string text comes from
//! `format::python`, and this module composes container and object reprs around it.

use super::exceptions::{type_error, value_error, Exc, ExcType};
use super::value::*;
use super::Interp;
use crate::format::python as pyfmt;
use num_bigint::BigInt;
use std::rc::Rc;

/// CPython's default limit on int-to-decimal conversion.
const INT_MAX_STR_DIGITS: usize = 4300;

fn bigint_str(b: &BigInt) -> Res<String> {
    // bits * log10(2) bounds the digit count; only compute the exact count near the limit.
    if b.bits() as f64 * std::f64::consts::LOG10_2 > INT_MAX_STR_DIGITS as f64 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > INT_MAX_STR_DIGITS {
            return Err(value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

impl Interp {
    pub fn repr(&mut self, v: &Value) -> Res<String> {
        if self.depth > super::RECURSION_LIMIT {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => bigint_str(b)?,
            Value::Float(f) => pyfmt::float_repr(*f),
            Value::Complex(a, b) => pyfmt::complex_repr(*a, *b),
            Value::Str(s) => pyfmt::str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::List(l) => {
                let items = l.borrow().clone();
                if self.repr_guard_enter(v) {
                    return Ok("[...]".into());
                }
                let r = self.join_reprs(&items);
                self.repr_guard_leave();
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    format!("({})", self.join_reprs(t)?)
                }
            }
            Value::Dict(d) => {
                let items: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.0.clone(), v.clone()))
                    .collect();
                if self.repr_guard_enter(v) {
                    return Ok("{...}".into());
                }
                let mut parts = Vec::with_capacity(items.len());
                let mut err = None;
                for (k, val) in &items {
                    match (self.repr(k), self.repr(val)) {
                        (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                        (Err(e), _) | (_, Err(e)) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                self.repr_guard_leave();
                if let Some(e) = err {
                    return Err(e);
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items: Vec<Value> = set_values(&s.borrow());
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.join_reprs(&items)?)
                }
            }
            Value::FrozenSet(s) => {
                let items: Vec<Value> = set_values(s);
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                }
            }
            Value::Range(a, b, c) => {
                if *c == 1 {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {c})")
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s[0])?,
                self.repr(&s[1])?,
                self.repr(&s[2])?
            ),
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname, v.identity()),
            Value::Builtin(b) => match b.qualname {
                Some(q) => format!("<method '{}' of '{}' objects>", b.name, q),
                None => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => match &m.func {
                Value::Builtin(b) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.class_of(&m.receiver).tp_name(),
                    m.receiver.identity()
                ),
                Value::Function(f) => format!(
                    "<bound method {} of {}>",
                    f.qualname,
                    self.repr(&m.receiver.clone())?
                ),
                other => format!("<bound method of {}>", self.repr(&other.clone())?),
            },
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.name)
                } else {
                    format!("<class '{}.{}'>", c.module, c.name)
                }
            }
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Iterator(_) => format!("<iterator object at {:#x}>", v.identity()),
            Value::Property(_) => format!("<property object at {:#x}>", v.identity()),
            Value::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.identity()),
            Value::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.identity()),
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(v);
                if let Some(m) = class.lookup("__repr__") {
                    self.depth += 1;
                    let r = self.call(&m, vec![v.clone()], vec![]);
                    self.depth -= 1;
                    return match r? {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.class_of(&other).tp_name()
                        ))),
                    };
                }
                if class.is_exception {
                    let args = self.exc_args(v);
                    return Ok(if args.len() == 1 {
                        format!("{}({})", class.name, self.repr(&args[0])?)
                    } else {
                        format!("{}({})", class.name, self.join_reprs(&args)?)
                    });
                }
                format!(
                    "<{}.{} object at {:#x}>",
                    class.module,
                    class.name,
                    v.identity()
                )
            }
        })
    }

    /// Self-containing containers print `[...]` / `{...}` where they recur, as CPython's reprlib guard does.
    fn repr_guard_enter(&mut self, v: &Value) -> bool {
        let id = v.identity();
        if self.repr_active.contains(&id) {
            return true;
        }
        self.repr_active.push(id);
        false
    }
    fn repr_guard_leave(&mut self) {
        self.repr_active.pop();
    }

    fn join_reprs(&mut self, items: &[Value]) -> Res<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    pub fn exc_args(&self, v: &Value) -> Vec<Value> {
        if let Value::Instance(i) = v {
            if let Some(Value::Tuple(t)) = i.dict.borrow().get("args") {
                return t.to_vec();
            }
        }
        Vec::new()
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> Res<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(v);
                if let Some(m) = class.lookup("__str__") {
                    return match self.call(&m, vec![v.clone()], vec![])? {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.class_of(&other).tp_name()
                        ))),
                    };
                }
                if class.is_exception && class.lookup("__repr__").is_none() {
                    let args = self.exc_args(v);
                    let is_key_error = class.is_subclass_of(&self.exc_class(ExcType::KeyError));
                    if class.is_subclass_of(&self.exc_class(ExcType::UnicodeEncodeError)) {
                        if let Some(m) = super::exceptions::unicode_encode_message(&args) {
                            return Ok(m);
                        }
                    }
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&args[0]),
                        1 => self.str(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`, used by f-strings and `str.format`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> Res<String> {
        let parse = |spec: &str, tname: &str| -> Res<pyfmt::FormatSpec> {
            pyfmt::parse_format_spec(spec).map_err(|m| value_error(m.replace("{type}", tname)))
        };
        let r = match v {
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(v);
                if let Some(m) = class.lookup("__format__") {
                    return match self.call(&m, vec![v.clone(), Value::str(spec)], vec![])? {
                        Value::Str(s) => Ok(s.to_string()),
                        _ => Err(type_error("__format__ must return a str")),
                    };
                }
                if spec.is_empty() {
                    return self.str(v);
                }
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    class.name
                )));
            }
            _ if spec.is_empty() => return self.str(v),
            Value::Bool(b) => pyfmt::format_i64(*b as i64, &parse(spec, "bool")?),
            Value::Int(i) => pyfmt::format_i64(*i, &parse(spec, "int")?),
            Value::BigInt(b) => pyfmt::format_int(b, &parse(spec, "int")?),
            Value::Float(f) => pyfmt::format_float(*f, &parse(spec, "float")?),
            Value::Complex(a, b) => pyfmt::format_complex(*a, *b, &parse(spec, "complex")?),
            Value::Str(s) => pyfmt::format_str(s, &parse(spec, "str")?),
            _ => {
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.class_of(v).tp_name()
                )))
            }
        };
        r.map_err(value_error)
    }

    /// `fmt % args`: printf-style formatting of `str`.
    /// An object's value through the first of `dunders` its class defines (`__float__` for `%f`); other values
    /// as they are.
    fn convert_by_dunder(&mut self, arg: &Value, dunders: &[&str]) -> Res<Value> {
        if !matches!(arg, Value::Instance(_) | Value::Native(_)) {
            return Ok(arg.clone());
        }
        let class = self.class_of(arg);
        for d in dunders {
            if let Some(m) = class.lookup(d) {
                return self.call(&m, vec![arg.clone()], vec![]);
            }
        }
        Ok(arg.clone())
    }

    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> Res<String> {
        let (positional, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(_) if self.class_of(args).lookup("__getitem__").is_some() => {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let mut next = 0usize;
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(value_error("incomplete format"));
            }
            let mut key = None;
            if chars[i] == '(' {
                let start = i + 1;
                let mut depth = 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    match chars[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(value_error("incomplete format key"));
                }
                key = Some(chars[start..i - 1].iter().collect::<String>());
            }
            let mut flags = String::new();
            while i < chars.len() && "-+ #0".contains(chars[i]) {
                flags.push(chars[i]);
                i += 1;
            }
            let mut take_arg = |me: &mut Interp, next: &mut usize| -> Res<Value> {
                if let Some(k) = &key {
                    let m = mapping
                        .clone()
                        .ok_or_else(|| type_error("format requires a mapping"))?;
                    used_mapping = true;
                    return me.getitem(&m, Value::str(k));
                }
                let v = positional.get(*next).cloned();
                *next += 1;
                v.ok_or_else(|| type_error("not enough arguments for format string"))
            };
            let mut width = None;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                match take_arg(self, &mut next)? {
                    Value::Int(w) => {
                        if w < 0 {
                            flags.push('-');
                        }
                        width = Some(w.unsigned_abs() as usize)
                    }
                    _ => return Err(type_error("* wants int")),
                }
            } else {
                let s = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i > s {
                    width = chars[s..i].iter().collect::<String>().parse().ok();
                }
            }
            let mut precision = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    i += 1;
                    match take_arg(self, &mut next)? {
                        Value::Int(p) => precision = Some(p.max(0) as usize),
                        _ => return Err(type_error("* wants int")),
                    }
                } else {
                    let s = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                    precision = Some(chars[s..i].iter().collect::<String>().parse().unwrap_or(0));
                }
            }
            while i < chars.len() && "hlL".contains(chars[i]) {
                i += 1;
            }
            let Some(&conv) = chars.get(i) else {
                return Err(value_error("incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = take_arg(self, &mut next)?;
            let piece = match conv {
                's' | 'r' | 'a' => {
                    let mut s = match conv {
                        's' => self.str(&arg)?,
                        'r' => self.repr(&arg)?,
                        _ => super::eval::ascii_escape(&self.repr(&arg)?),
                    };
                    if let Some(p) = precision {
                        s = s.chars().take(p).collect();
                    }
                    pad(&s, width, flags.contains('-'))
                }
                'c' => {
                    let s = match &arg {
                        Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                        Value::Int(i) => char::from_u32(*i as u32)
                            .map(|c| c.to_string())
                            .ok_or_else(|| {
                                Exc::new(ExcType::OverflowError, "%c arg not in range(0x110000)")
                            })?,
                        _ => return Err(type_error("%c requires int or char")),
                    };
                    pad(&s, width, flags.contains('-'))
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    // Objects convert through __index__ (and, for %d, __int__), as CPython's formatter does.
                    let dunders: &[&str] = if matches!(conv, 'd' | 'i' | 'u') {
                        &["__index__", "__int__"]
                    } else {
                        &["__index__"]
                    };
                    let arg = self.convert_by_dunder(&arg, dunders)?;
                    let n: BigInt = match &arg {
                        Value::Int(i) => BigInt::from(*i),
                        Value::Bool(b) => BigInt::from(*b as i64),
                        Value::BigInt(b) => (**b).clone(),
                        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                            if !f.is_finite() {
                                return Err(Exc::new(
                                    ExcType::OverflowError,
                                    "cannot convert float infinity to integer",
                                ));
                            }
                            format!("{:.0}", f.trunc())
                                .parse::<BigInt>()
                                .unwrap_or_default()
                        }
                        other => {
                            let what = if matches!(conv, 'd' | 'i' | 'u') {
                                "a real number"
                            } else {
                                "an integer"
                            };
                            return Err(type_error(format!(
                                "%{} format: {} is required, not {}",
                                conv,
                                what,
                                self.class_of(other).tp_name()
                            )));
                        }
                    };
                    let conv = if conv == 'u' || conv == 'i' {
                        'd'
                    } else {
                        conv
                    };
                    pyfmt::percent_format_int(&n, &flags, width, precision, conv)
                        .map_err(value_error)?
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let arg = self.convert_by_dunder(&arg, &["__float__"])?;
                    let x = match &arg {
                        Value::Float(f) => *f,
                        Value::Int(i) => *i as f64,
                        Value::Bool(b) => *b as u8 as f64,
                        Value::BigInt(b) => super::operators::bigint_to_f64(b)?,
                        other => {
                            return Err(type_error(format!(
                                "must be real number, not {}",
                                self.class_of(other).tp_name()
                            )))
                        }
                    };
                    pyfmt::percent_format_float(x, &flags, width, precision, conv)
                        .map_err(value_error)?
                }
                other => {
                    return Err(value_error(format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        other,
                        other as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if next < positional.len() && !used_mapping && mapping.is_none() {
            return Err(type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(out)
    }
}

fn pad(s: &str, width: Option<usize>, left: bool) -> String {
    let n = s.chars().count();
    match width {
        Some(w) if w > n => {
            if left {
                format!("{}{}", s, " ".repeat(w - n))
            } else {
                format!("{}{}", " ".repeat(w - n), s)
            }
        }
        _ => s.to_string(),
    }
}

pub fn bytes_repr(b: &[u8]) -> String {
    let use_double = b.contains(&b'\'') && !b.contains(&b'"');
    let q = if use_double { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q as u8 => {
                out.push('\\');
                out.push(q)
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q);
    out
}

/// Convenience for library code: a `Value::Str` from a `String`.
pub fn s(v: String) -> Value {
    Value::Str(Rc::from(v))
}
