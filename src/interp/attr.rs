//! Attribute access (instances, classes, modules, builtin values) and subscripting of the builtin containers.

use super::exceptions::{attribute_error, index_error, type_error, Exc, ExcType};
use super::operators::range_len;
use super::value::*;
use super::Interp;
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

/// Resolved slice bounds: (start, stop, step, length), as CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(sl: &[Value; 3], len: i64) -> Res<(i64, i64, i64, i64)> {
    let step = match &sl[2] {
        Value::None => 1,
        v => slice_int(v)?,
    };
    if step == 0 {
        return Err(Exc::new(ExcType::ValueError, "slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let bound = |v: &Value, default: i64| -> Res<i64> {
        match v {
            Value::None => Ok(default),
            v => {
                let mut i = slice_int(v)?;
                if i < 0 {
                    i += len;
                    if i < lower {
                        i = lower;
                    }
                } else if i > upper {
                    i = upper;
                }
                Ok(i)
            }
        }
    };
    let start = bound(&sl[0], if step < 0 { upper } else { lower })?;
    let stop = bound(&sl[1], if step < 0 { lower } else { upper })?;
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n))
}

fn slice_int(v: &Value) -> Res<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// An integer index (ints, bools; big ints saturate so they report out of range).
pub fn as_index(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => {
            Some(
                b.to_i64()
                    .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
            )
        }
        _ => None,
    }
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i.checked_add(len)? } else { i };
    if j >= 0 && j < len {
        Some(j as usize)
    } else {
        None
    }
}

impl Interp {
    pub fn getattr(&mut self, obj: &Value, name: &str) -> Res<Value> {
        match obj {
            Value::Instance(inst)
                if &*inst.class.name == "super" && &*inst.class.module == "builtins" =>
            {
                self.super_getattr(inst, name)
            }
            Value::Instance(inst) => {
                // Instance attributes first: a property's name never lands in the instance dict (its setter
                // intercepts assignment), so this order gives Python's result with one lookup in the common case.
                if let Some(v) = inst.dict.borrow().get(name) {
                    return Ok(v.clone());
                }
                let class_attr = inst.class.lookup(name);
                if let Some(Value::Property(p)) = &class_attr {
                    return self.call_property(p, obj);
                }
                if let Some(v) = class_attr {
                    return Ok(self.bind_attr(v, obj, &inst.class));
                }
                if name == "__class__" {
                    return Ok(Value::Class(inst.class.clone()));
                }
                if name == "__dict__" {
                    let d: Dict = inst
                        .dict
                        .borrow()
                        .iter()
                        .map(|(k, v)| (HKey(Value::Str(k.clone())), v.clone()))
                        .collect();
                    return Ok(Value::dict(d));
                }
                if let Some(ga) = inst.class.lookup("__getattr__") {
                    return self.call(&ga, vec![obj.clone(), Value::str(name)], vec![]);
                }
                if inst.class.is_exception {
                    let args = self.exc_args(obj);
                    match name {
                        "args" => return Ok(Value::tuple(args)),
                        "code" | "value" => {
                            return Ok(args.first().cloned().unwrap_or(Value::None))
                        }
                        "__cause__" | "__context__" | "__traceback__" => return Ok(Value::None),
                        _ => {}
                    }
                    let fields = super::exceptions::UNICODE_ENCODE_ERROR_FIELDS;
                    if let Some(i) = fields.iter().position(|f| *f == name) {
                        let unicode = self.exc_class(ExcType::UnicodeEncodeError);
                        if inst.class.is_subclass_of(&unicode) && args.len() == fields.len() {
                            return Ok(args[i].clone());
                        }
                    }
                }
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    inst.class.name, name
                )))
            }
            Value::Class(c) => {
                // `type.__name__` is a data descriptor: it wins over a `__name__` property that the class
                // defines for its instances (numpy.ufunc's).
                if name == "__name__" && matches!(c.lookup(name), Some(Value::Property(_))) {
                    return Ok(Value::Str(c.name.clone()));
                }
                if let Some(v) = c.lookup(name) {
                    return Ok(match v {
                        Value::StaticMethod(f) => (*f).clone(),
                        Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                            receiver: obj.clone(),
                            func: (*f).clone(),
                        })),
                        other => other,
                    });
                }
                match name {
                    "__name__" => Ok(Value::Str(c.name.clone())),
                    "__qualname__" => Ok(Value::Str(c.name.clone())),
                    "__module__" => Ok(Value::Str(c.module.clone())),
                    "__mro__" => Ok(Value::tuple(
                        c.mro
                            .borrow()
                            .iter()
                            .map(|k| Value::Class(k.clone()))
                            .collect(),
                    )),
                    "__bases__" => Ok(Value::tuple(
                        c.bases.iter().map(|k| Value::Class(k.clone())).collect(),
                    )),
                    "__doc__" => Ok(Value::None),
                    "__class__" => Ok(Value::Class(self.types.type_.clone())),
                    _ => Err(attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        c.name, name
                    ))),
                }
            }
            Value::Module(m) => match m.globals.get(name) {
                Some(v) => Ok(v),
                None if name == "__name__" => Ok(Value::Str(m.name.clone())),
                None if name == "__doc__" => Ok(Value::str(m.doc)),
                None => {
                    // Submodules registered as `pkg.sub` import lazily on first access.
                    let full = format!("{}.{}", m.name, name);
                    if self.module_inits.contains_key(full.as_str()) {
                        let sub = self.import(&full)?;
                        m.globals.set(name, sub.clone());
                        return Ok(sub);
                    }
                    Err(attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        m.name, name
                    )))
                }
            },
            Value::Function(f) => match name {
                "__name__" => Ok(Value::Str(f.def.name.clone())),
                "__qualname__" => Ok(Value::Str(f.qualname.clone())),
                "__doc__" => Ok(docstring(&f.def.body)),
                "__module__" => Ok(Value::Str(f.globals.name.clone())),
                "__class__" => Ok(Value::Class(self.types.function.clone())),
                _ => match f.attrs.borrow().get(name) {
                    Some(v) => Ok(v.clone()),
                    None => Err(attribute_error(format!(
                        "'function' object has no attribute '{name}'"
                    ))),
                },
            },
            Value::Builtin(b) if name == "__name__" => Ok(Value::str(b.name)),
            Value::Builtin(b) if name == "__doc__" => Ok(Value::str(b.doc)),
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => self.getattr(&m.func.clone(), name),
            },
            Value::Property(p) if name == "fget" => Ok(p.fget.clone()),
            Value::Property(p) if name == "fset" => Ok(p.fset.clone()),
            _ => {
                let class = self.class_of(obj);
                if let Some(v) = class.lookup(name) {
                    if let Value::Property(p) = &v {
                        return self.call_property(p, obj);
                    }
                    return Ok(self.bind_attr(v, obj, &class));
                }
                if name == "__class__" {
                    return Ok(Value::Class(class));
                }
                if let (Value::Native(_), Some(ga)) = (obj, class.lookup("__getattr__")) {
                    return self.call(&ga, vec![obj.clone(), Value::str(name)], vec![]);
                }
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    class.name, name
                )))
            }
        }
    }

    fn call_property(&mut self, p: &Property, obj: &Value) -> Res<Value> {
        self.call(&p.fget.clone(), vec![obj.clone()], vec![])
    }

    /// Bind a class attribute fetched through an instance: functions become bound methods.
    fn bind_attr(&self, v: Value, obj: &Value, class: &Rc<Class>) -> Value {
        match v {
            Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(Rc::new(BoundMethod {
                receiver: obj.clone(),
                func: v,
            })),
            Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                receiver: Value::Class(class.clone()),
                func: (*f).clone(),
            })),
            Value::StaticMethod(f) => (*f).clone(),
            other => other,
        }
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> Res<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Property(p)) = inst.class.lookup(name) {
                    if matches!(p.fset, Value::None) {
                        return Err(attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            name, inst.class.name
                        )));
                    }
                    self.call(&p.fset.clone(), vec![obj.clone(), v], vec![])?;
                    return Ok(());
                }
                if let Some(sa) = inst.class.lookup("__setattr__") {
                    if !matches!(sa, Value::Builtin(_)) {
                        self.call(&sa, vec![obj.clone(), Value::str(name), v], vec![])?;
                        return Ok(());
                    }
                }
                inst.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Class(c) => {
                c.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Module(m) => {
                m.globals.set(name, v);
                Ok(())
            }
            Value::Function(f) => {
                f.attrs.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Native(n) => {
                if let Some(Value::Property(p)) = n.class.lookup(name) {
                    if !matches!(p.fset, Value::None) {
                        self.call(&p.fset.clone(), vec![obj.clone(), v], vec![])?;
                        return Ok(());
                    }
                    return Err(attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name, n.class.name
                    )));
                }
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    n.class.name, name
                )))
            }
            _ => {
                let class = self.class_of(obj);
                if class.lookup(name).is_some() {
                    return Err(attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        class.name, name
                    )));
                }
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    class.name, name
                )))
            }
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> Res<()> {
        let removed = match obj {
            Value::Instance(inst) => inst.dict.borrow_mut().shift_remove(name).is_some(),
            Value::Class(c) => c.dict.borrow_mut().shift_remove(name).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.class_of(obj).tp_name(),
                name
            )))
        }
    }

    /// Python's `__index__` protocol: the int an object stands for (NumPy integer scalars, user classes), or
    /// None when it has no `__index__`.
    pub fn index_protocol(&mut self, v: &Value) -> Res<Option<Value>> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(Some(v.clone())),
            Value::Bool(b) => Ok(Some(Value::Int(*b as i64))),
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(v);
                let Some(m) = class.lookup("__index__") else {
                    return Ok(None);
                };
                match self.call(&m, vec![v.clone()], vec![])? {
                    r @ (Value::Int(_) | Value::BigInt(_)) => Ok(Some(r)),
                    Value::Bool(b) => Ok(Some(Value::Int(b as i64))),
                    other => Err(type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.class_of(&other).tp_name()
                    ))),
                }
            }
            _ => Ok(None),
        }
    }

    /// A subscript for a built-in sequence, with objects that have `__index__` (also inside a slice) turned
    /// into ints first, as CPython's sequence protocol does.
    fn sequence_subscript(&mut self, obj: &Value, idx: Value) -> Res<Value> {
        if !matches!(
            obj,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(..)
        ) {
            return Ok(idx);
        }
        match &idx {
            Value::Instance(_) | Value::Native(_) => Ok(self.index_protocol(&idx)?.unwrap_or(idx)),
            Value::Slice(sl)
                if sl
                    .iter()
                    .any(|p| matches!(p, Value::Instance(_) | Value::Native(_))) =>
            {
                let mut parts = Vec::with_capacity(3);
                for p in sl.iter() {
                    parts.push(match p {
                        Value::Instance(_) | Value::Native(_) => {
                            self.index_protocol(p)?.unwrap_or_else(|| p.clone())
                        }
                        other => other.clone(),
                    });
                }
                Ok(Value::Slice(Rc::new([
                    parts[0].clone(),
                    parts[1].clone(),
                    parts[2].clone(),
                ])))
            }
            _ => Ok(idx),
        }
    }

    pub fn getitem(&mut self, obj: &Value, idx: Value) -> Res<Value> {
        let idx = self.sequence_subscript(obj, idx)?;
        match obj {
            Value::List(l) => {
                let l = l.borrow();
                seq_getitem(&l, &idx, "list").map(|r| match r {
                    Ok(v) => v,
                    Err(items) => Value::list(items),
                })
            }
            Value::Tuple(t) => seq_getitem(t, &idx, "tuple").map(|r| match r {
                Ok(v) => v,
                Err(items) => Value::tuple(items),
            }),
            Value::Str(s) => str_getitem(s, &idx),
            Value::Bytes(b) => {
                if let Some(i) = as_index(&idx) {
                    return match norm_index(i, b.len()) {
                        Some(j) => Ok(Value::Int(b[j] as i64)),
                        None => Err(index_error("index out of range")),
                    };
                }
                if let Value::Slice(sl) = &idx {
                    let (start, _, step, n) = slice_indices(sl, b.len() as i64)?;
                    let out: Vec<u8> = (0..n).map(|k| b[(start + k * step) as usize]).collect();
                    return Ok(Value::Bytes(Rc::from(out)));
                }
                Err(type_error(format!(
                    "byte indices must be integers or slices, not {}",
                    self.class_of(&idx).tp_name()
                )))
            }
            Value::Dict(d) => {
                let key = self.hkey(idx.clone())?;
                let found = d.borrow().get(&key).cloned();
                match found {
                    Some(v) => Ok(v),
                    None => Err(Exc::with_args(ExcType::KeyError, vec![idx])),
                }
            }
            Value::Range(start, stop, step) => {
                let len = range_len(*start, *stop, *step);
                if let Some(i) = as_index(&idx) {
                    let j = if i < 0 { i + len } else { i };
                    if j < 0 || j >= len {
                        return Err(index_error("range object index out of range"));
                    }
                    return Ok(Value::Int(start + j * step));
                }
                if let Value::Slice(sl) = &idx {
                    let (s, _, st, n) = slice_indices(sl, len)?;
                    let new_start = start + s * step;
                    let new_step = step * st;
                    return Ok(Value::Range(new_start, new_start + n * new_step, new_step));
                }
                Err(type_error(format!(
                    "range indices must be integers or slices, not {}",
                    self.class_of(&idx).tp_name()
                )))
            }
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(obj);
                match class.lookup("__getitem__") {
                    Some(m) => self.call(&m, vec![obj.clone(), idx], vec![]),
                    None => Err(type_error(format!(
                        "'{}' object is not subscriptable",
                        class.name
                    ))),
                }
            }
            Value::Class(c) if c.lookup("__class_getitem__").is_some() => {
                let m = c.lookup("__class_getitem__").unwrap_or(Value::None);
                self.call(&m, vec![obj.clone(), idx], vec![])
            }
            Value::Class(c) if matches!(&*c.name, "list" | "dict" | "tuple" | "set" | "type") => {
                Ok(obj.clone())
            }
            _ => Err(type_error(format!(
                "'{}' object is not subscriptable",
                self.class_of(obj).tp_name()
            ))),
        }
    }

    pub fn setitem(&mut self, obj: &Value, idx: Value, v: Value) -> Res<()> {
        let idx = self.sequence_subscript(obj, idx)?;
        match obj {
            Value::List(l) => {
                if let Some(i) = as_index(&idx) {
                    let mut l = l.borrow_mut();
                    let len = l.len();
                    return match norm_index(i, len) {
                        Some(j) => {
                            l[j] = v;
                            Ok(())
                        }
                        None => Err(index_error("list assignment index out of range")),
                    };
                }
                if let Value::Slice(sl) = &idx {
                    let items = self
                        .collect(&v)
                        .map_err(|_| type_error("can only assign an iterable"))?;
                    let mut l = l.borrow_mut();
                    let (start, stop, step, n) = slice_indices(sl, l.len() as i64)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        l.splice(start as usize..stop as usize, items);
                        return Ok(());
                    }
                    if items.len() as i64 != n {
                        return Err(Exc::new(
                            ExcType::ValueError,
                            format!("attempt to assign sequence of size {} to extended slice of size {}", items.len(), n),
                        ));
                    }
                    for (k, item) in items.into_iter().enumerate() {
                        l[(start + k as i64 * step) as usize] = item;
                    }
                    return Ok(());
                }
                Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    self.class_of(&idx).tp_name()
                )))
            }
            Value::Dict(d) => {
                let key = self.hkey(idx)?;
                d.borrow_mut().insert(key, v);
                Ok(())
            }
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(obj);
                match class.lookup("__setitem__") {
                    Some(m) => {
                        self.call(&m, vec![obj.clone(), idx, v], vec![])?;
                        Ok(())
                    }
                    None => Err(type_error(format!(
                        "'{}' object does not support item assignment",
                        class.name
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                self.class_of(obj).tp_name()
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, idx: Value) -> Res<()> {
        let idx = self.sequence_subscript(obj, idx)?;
        match obj {
            Value::List(l) => {
                let mut l = l.borrow_mut();
                if let Some(i) = as_index(&idx) {
                    let len = l.len();
                    return match norm_index(i, len) {
                        Some(j) => {
                            l.remove(j);
                            Ok(())
                        }
                        None => Err(index_error("list assignment index out of range")),
                    };
                }
                if let Value::Slice(sl) = &idx {
                    let (start, _, step, n) = slice_indices(sl, l.len() as i64)?;
                    let mut kill: Vec<usize> =
                        (0..n).map(|k| (start + k * step) as usize).collect();
                    kill.sort_unstable();
                    for j in kill.into_iter().rev() {
                        l.remove(j);
                    }
                    return Ok(());
                }
                Err(type_error("list indices must be integers or slices"))
            }
            Value::Dict(d) => {
                let key = self.hkey(idx.clone())?;
                if d.borrow_mut().shift_remove(&key).is_none() {
                    return Err(Exc::with_args(ExcType::KeyError, vec![idx]));
                }
                Ok(())
            }
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(obj);
                match class.lookup("__delitem__") {
                    Some(m) => {
                        self.call(&m, vec![obj.clone(), idx], vec![])?;
                        Ok(())
                    }
                    None => Err(type_error(format!(
                        "'{}' object does not support item deletion",
                        class.name
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                self.class_of(obj).tp_name()
            ))),
        }
    }
}

/// Index or slice a sequence: `Ok(Ok(item))` for an index, `Ok(Err(items))` for a slice.
fn seq_getitem(items: &[Value], idx: &Value, kind: &str) -> Res<Result<Value, Vec<Value>>> {
    if let Some(i) = as_index(idx) {
        return match norm_index(i, items.len()) {
            Some(j) => Ok(Ok(items[j].clone())),
            None => Err(index_error(format!("{kind} index out of range"))),
        };
    }
    if let Value::Slice(sl) = idx {
        let (start, _, step, n) = slice_indices(sl, items.len() as i64)?;
        let out = (0..n)
            .map(|k| items[(start + k * step) as usize].clone())
            .collect();
        return Ok(Err(out));
    }
    Err(type_error(format!(
        "{kind} indices must be integers or slices, not {}",
        idx.tp_name()
    )))
}

fn str_getitem(s: &Rc<str>, idx: &Value) -> Res<Value> {
    if let Some(i) = as_index(idx) {
        if s.is_ascii() {
            return match norm_index(i, s.len()) {
                Some(j) => Ok(Value::Str(Rc::from(&s[j..j + 1]))),
                None => Err(index_error("string index out of range")),
            };
        }
        let n = s.chars().count();
        return match norm_index(i, n).and_then(|j| s.chars().nth(j)) {
            Some(c) => Ok(Value::Str(Rc::from(c.to_string()))),
            None => Err(index_error("string index out of range")),
        };
    }
    if let Value::Slice(sl) = idx {
        if s.is_ascii() {
            let b = s.as_bytes();
            let (start, _, step, n) = slice_indices(sl, b.len() as i64)?;
            if step == 1 {
                return Ok(Value::Str(Rc::from(
                    &s[start as usize..(start + n) as usize],
                )));
            }
            let out: String = (0..n)
                .map(|k| b[(start + k * step) as usize] as char)
                .collect();
            return Ok(Value::Str(Rc::from(out)));
        }
        let chars: Vec<char> = s.chars().collect();
        let (start, _, step, n) = slice_indices(sl, chars.len() as i64)?;
        let out: String = (0..n).map(|k| chars[(start + k * step) as usize]).collect();
        return Ok(Value::Str(Rc::from(out)));
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        idx.type_name()
    )))
}

/// The docstring of a body: its first statement when that is a string literal.
pub fn docstring(body: &[crate::syntax::ast::Stmt]) -> Value {
    use crate::syntax::ast::{ExprKind, StmtKind};
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Str(s) => Value::Str(s.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    }
}
