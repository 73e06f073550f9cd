//! Iteration protocol: `iter()`/`next()` over builtin iterables and objects defining `__iter__`/`__next__`.

use super::exceptions::{type_error, Exc, ExcType, Payload};
use super::value::*;
use super::Interp;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> Res<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) => Iter::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => Iter::Chars {
                s: s.clone(),
                byte: 0,
            },
            Value::Bytes(b) => Iter::Values {
                items: b.iter().map(|x| Value::Int(*x as i64)).collect(),
                index: 0,
            },
            Value::Range(a, b, c) => Iter::Range {
                next: *a,
                stop: *b,
                step: *c,
            },
            Value::Dict(d) => Iter::Values {
                items: d.borrow().keys().map(|k| k.0.clone()).collect(),
                index: 0,
            },
            Value::Set(s) => Iter::Values {
                items: set_values(&s.borrow()),
                index: 0,
            },
            Value::FrozenSet(s) => Iter::Values {
                items: set_values(s),
                index: 0,
            },
            Value::Iterator(_) => return Ok(v.clone()),
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(v);
                if let Some(m) = class.lookup("__iter__") {
                    let it = self.call(&m, vec![v.clone()], vec![])?;
                    if matches!(it, Value::Iterator(_)) {
                        return Ok(it);
                    }
                    if self.class_of(&it).lookup("__next__").is_none() {
                        return Err(type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.class_of(&it).tp_name()
                        )));
                    }
                    Iter::Object(it)
                } else if class.lookup("__getitem__").is_some() {
                    // The old sequence protocol: index from 0 until IndexError.
                    Iter::Seq {
                        seq: v.clone(),
                        index: 0,
                    }
                } else {
                    return Err(type_error(format!(
                        "'{}' object is not iterable",
                        class.name
                    )));
                }
            }
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    self.class_of(v).tp_name()
                )))
            }
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(state))))
    }

    /// Advance an iterator; `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> Res<Option<Value>> {
        let Value::Iterator(cell) = it else {
            let class = self.class_of(it);
            return match class.lookup("__next__") {
                Some(m) => self.call_next(&m, it),
                None => Err(type_error(format!(
                    "'{}' object is not an iterator",
                    class.name
                ))),
            };
        };
        // Fast, borrow-scoped paths first; states that call back into the interpreter go after.
        let pending = {
            let mut st = cell.borrow_mut();
            match &mut *st {
                Iter::Seq { seq, index } => match seq {
                    Value::List(l) => {
                        let l = l.borrow();
                        let r = l.get(*index).cloned();
                        *index += 1;
                        return Ok(r);
                    }
                    Value::Tuple(t) => {
                        let r = t.get(*index).cloned();
                        *index += 1;
                        return Ok(r);
                    }
                    _ => {
                        let (s, i) = (seq.clone(), *index);
                        *index += 1;
                        Some((s, i))
                    }
                },
                Iter::Chars { s, byte } => {
                    let r = s[*byte..].chars().next();
                    return Ok(r.map(|c| {
                        *byte += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Value::Str(Rc::from(&*c.encode_utf8(&mut buf)))
                    }));
                }
                Iter::Range { next, stop, step } => {
                    if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                        let v = *next;
                        *next = next.saturating_add(*step);
                        if *next == v {
                            *stop = v;
                        }
                        return Ok(Some(Value::Int(v)));
                    }
                    return Ok(None);
                }
                Iter::Values { items, index } => {
                    let r = items.get(*index).cloned();
                    *index += 1;
                    return Ok(r);
                }
                Iter::Done => return Ok(None),
                _ => None,
            }
        };
        if let Some((seq, i)) = pending {
            return match self.getitem(&seq, Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if matches!(
                        self.exc_kind_of(&e),
                        Some(ExcType::IndexError) | Some(ExcType::StopIteration)
                    ) =>
                {
                    *cell.borrow_mut() = Iter::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        // Composite iterators: take the state out while calling back into the interpreter. Chains of them
        // (map of map of ...) recurse, so they count toward the recursion limit.
        if self.depth >= super::RECURSION_LIMIT {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth += 1;
        let r = self.next_composite(cell);
        self.depth -= 1;
        r
    }

    fn next_composite(&mut self, cell: &Rc<RefCell<Iter>>) -> Res<Option<Value>> {
        let st = std::mem::replace(&mut *cell.borrow_mut(), Iter::Done);
        let (result, back) = match st {
            Iter::Enumerate { inner, count } => match self.next(&inner)? {
                Some(v) => {
                    let next_count = self.binary_op(
                        crate::syntax::ast::BinOp::Add,
                        count.clone(),
                        Value::Int(1),
                    )?;
                    (
                        Some(Value::tuple(vec![count, v])),
                        Iter::Enumerate {
                            inner,
                            count: next_count,
                        },
                    )
                }
                None => (None, Iter::Done),
            },
            Iter::Zip { inners, strict } => {
                let mut items = Vec::with_capacity(inners.len());
                let mut done_at = None;
                for (i, x) in inners.iter().enumerate() {
                    match self.next(x)? {
                        Some(v) => items.push(v),
                        None => {
                            done_at = Some(i);
                            break;
                        }
                    }
                }
                match done_at {
                    None if !inners.is_empty() => {
                        (Some(Value::tuple(items)), Iter::Zip { inners, strict })
                    }
                    Some(i) if strict => {
                        let longer = if i > 0 {
                            Some(i)
                        } else {
                            let mut found = None;
                            for (j, x) in inners.iter().enumerate().skip(1) {
                                if self.next(x)?.is_some() {
                                    found = Some(j);
                                    break;
                                }
                            }
                            found.map(|j| j + 1000)
                        };
                        match longer {
                            None => (None, Iter::Done),
                            Some(j) if j >= 1000 => {
                                return Err(Exc::new(
                                    ExcType::ValueError,
                                    format!(
                                        "zip() argument {} is longer than argument 1",
                                        j - 1000 + 1
                                    ),
                                ))
                            }
                            Some(j) => {
                                return Err(Exc::new(
                                    ExcType::ValueError,
                                    format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        j + 1,
                                        if j == 1 { "" } else { "s" },
                                        if j == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{j}")
                                        }
                                    ),
                                ))
                            }
                        }
                    }
                    _ => (None, Iter::Done),
                }
            }
            Iter::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                let mut done = false;
                for x in &inners {
                    match self.next(x)? {
                        Some(v) => args.push(v),
                        None => {
                            done = true;
                            break;
                        }
                    }
                }
                if done || inners.is_empty() {
                    (None, Iter::Done)
                } else {
                    let r = self.call(&func, args, vec![])?;
                    (Some(r), Iter::Map { func, inners })
                }
            }
            Iter::Filter { func, inner } => {
                let mut found = None;
                while let Some(v) = self.next(&inner)? {
                    let keep = if matches!(func, Value::None) {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, vec![v.clone()], vec![])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                match found {
                    Some(v) => (Some(v), Iter::Filter { func, inner }),
                    None => (None, Iter::Done),
                }
            }
            Iter::Object(obj) => {
                let class = self.class_of(&obj);
                match class.lookup("__next__") {
                    Some(m) => match self.call_next(&m, &obj)? {
                        Some(v) => (Some(v), Iter::Object(obj)),
                        None => (None, Iter::Done),
                    },
                    None => (None, Iter::Done),
                }
            }
            other => (None, other),
        };
        *cell.borrow_mut() = back;
        Ok(result)
    }

    fn call_next(&mut self, m: &Value, obj: &Value) -> Res<Option<Value>> {
        match self.call(m, vec![obj.clone()], vec![]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_kind_of(&e) == Some(ExcType::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The builtin exception class an error belongs to (for user subclasses, their nearest builtin base).
    pub fn exc_kind_of(&self, e: &Exc) -> Option<ExcType> {
        match &e.payload {
            Payload::Builtin(k, _) => Some(*k),
            Payload::Object(v) => {
                let class = self.class_of(v);
                let mro = class.mro.borrow();
                mro.iter().find_map(|c| {
                    ExcType::ALL.iter().copied().find(|t| {
                        self.types
                            .exceptions
                            .get(t)
                            .map(|tc| Rc::ptr_eq(tc, c))
                            .unwrap_or(false)
                    })
                })
            }
        }
    }

    /// Drain any iterable into a vector.
    pub fn collect(&mut self, v: &Value) -> Res<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Range(a, b, c) => {
                let n = super::operators::range_len(*a, *b, *c);
                if n > super::MAX_ELEMENTS as i64 {
                    return Err(Exc::with_args(ExcType::MemoryError, vec![]));
                }
                return Ok((0..n).map(|i| Value::Int(a + i * c)).collect());
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if out.len() & 0xffff == 0 {
                self.check_interrupt()?;
            }
        }
        Ok(out)
    }

    /// (key, value) pairs of a mapping, for `**kw` and `dict(m)`.
    pub fn mapping_items(&mut self, v: &Value) -> Res<Vec<(Value, Value)>> {
        match v {
            Value::Dict(d) => Ok(d
                .borrow()
                .iter()
                .map(|(k, v)| (k.0.clone(), v.clone()))
                .collect()),
            Value::Instance(_) | Value::Native(_) => {
                let keys_m = self.getattr(v, "keys").map_err(|_| {
                    type_error(format!(
                        "'{}' object is not a mapping",
                        self.class_of(v).tp_name()
                    ))
                })?;
                let keys = self.call(&keys_m, vec![], vec![])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let val = self.getitem(v, k.clone())?;
                    out.push((k, val));
                }
                Ok(out)
            }
            _ => Err(type_error(format!(
                "'{}' object is not a mapping",
                self.class_of(v).tp_name()
            ))),
        }
    }

    /// Wrap a value as a dict key, raising `TypeError: unhashable type` when it cannot be one.
    pub fn hkey(&mut self, v: Value) -> Res<HKey> {
        HKey::new(v).map_err(type_error)
    }

    pub fn make_set(&mut self, items: Vec<Value>) -> Res<Value> {
        let mut s = PySet::with_capacity_and_hasher(items.len(), Default::default());
        for v in items {
            s.insert(self.hkey(v)?);
        }
        Ok(Value::Set(Rc::new(RefCell::new(s))))
    }
}
