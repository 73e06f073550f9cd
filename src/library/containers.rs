//! Methods of `list`, `tuple`, `dict` (with its key/value/item views), `set`, and the numeric types.

use super::args;
use super::builtins::{dict_update, sort_values};
use super::Def;
use crate::interp::exceptions::{index_error, type_error, value_error, Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use std::cell::RefCell;
use std::rc::Rc;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

fn list_of(v: &Value) -> Res<Rc<RefCell<Vec<Value>>>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        other => Err(type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            other.type_name()
        ))),
    }
}

pub const LIST_METHODS: &[Def] = defs! {
    "append", "self, object, /", "Append an item to the end.\n\n>>> xs = [1]; xs.append(2); xs\n[1, 2]" => |_, a| { list_of(&a[0])?.borrow_mut().push(a[1].clone()); Ok(Value::None) };
    "extend", "self, iterable, /", "Append all items of an iterable.\n\n>>> xs = [1, 2]; xs.extend(range(3, 5)); xs\n[1, 2, 3, 4]" => |me, a| { let items = me.collect(&a[1])?; list_of(&a[0])?.borrow_mut().extend(items); Ok(Value::None) };
    "insert", "self, index, object, /", "Insert an item before index.\n\n>>> xs = ['a', 'c']; xs.insert(1, 'b'); xs\n['a', 'b', 'c']\n>>> xs.insert(100, 'd'); xs\n['a', 'b', 'c', 'd']" => |_, a| {
        let l = list_of(&a[0])?; let mut l = l.borrow_mut(); let n = l.len() as i64;
        let mut i = args::int(&a[1], "")?; if i < 0 { i = (i + n).max(0) } else if i > n { i = n }
        l.insert(i as usize, a[2].clone()); Ok(Value::None) };
    "pop", "self, index=-1, /", "Remove and return the item at index (default last).\n\n>>> xs = [1, 2, 3]\n>>> xs.pop()\n3\n>>> xs.pop(0)\n1\n>>> xs\n[2]" => |_, a| {
        let l = list_of(&a[0])?; let mut l = l.borrow_mut();
        if l.is_empty() { return Err(index_error("pop from empty list")); }
        let n = l.len() as i64; let i = args::int(&a[1], "")?; let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n { return Err(index_error("pop index out of range")); }
        Ok(l.remove(j as usize)) };
    "remove", "self, value, /", "Remove the first occurrence of value.\n\n>>> xs = [1, 2, 1]; xs.remove(1); xs\n[2, 1]" => |me, a| {
        let l = list_of(&a[0])?; let items = l.borrow().clone();
        for (i, x) in items.iter().enumerate() { if me.eq_values(x, &a[1])? { let mut lm = l.borrow_mut(); if i < lm.len() { lm.remove(i); } return Ok(Value::None); } }
        Err(value_error("list.remove(x): x not in list")) };
    "index", "self, value, start=0, stop=None, /", "Index of the first occurrence of value.\n\n>>> [5, 6, 5].index(5)\n0\n>>> [5, 6, 5].index(5, 1)\n2" => |me, a| seq_index(me, &a, "list");
    "count", "self, value, /", "Number of occurrences of value.\n\n>>> [1, 2, 1, 1].count(1)\n3" => |me, a| seq_count(me, &a);
    "sort", "self, /, *, key=None, reverse=False", "Sort in place (stable).\n\n>>> xs = [3, 1, 2]; xs.sort(); xs\n[1, 2, 3]" => |me, a| {
        let l = list_of(&a[0])?; let mut items = std::mem::take(&mut *l.borrow_mut());
        let rev = me.truthy(&a[2])?; let r = sort_values(me, &mut items, &a[1], rev);
        *l.borrow_mut() = items; r?; Ok(Value::None) };
    "reverse", "self, /", "Reverse in place.\n\n>>> xs = [1, 2, 3]; xs.reverse(); xs\n[3, 2, 1]" => |_, a| { list_of(&a[0])?.borrow_mut().reverse(); Ok(Value::None) };
    "copy", "self, /", "A shallow copy.\n\n>>> xs = [1, 2]; ys = xs.copy(); ys.append(3); xs, ys\n([1, 2], [1, 2, 3])" => |_, a| Ok(Value::list(list_of(&a[0])?.borrow().clone()));
    "clear", "self, /", "Remove all items.\n\n>>> xs = [1, 2]; xs.clear(); xs\n[]" => |_, a| { list_of(&a[0])?.borrow_mut().clear(); Ok(Value::None) };
};

pub const TUPLE_METHODS: &[Def] = defs! {
    "index", "self, value, start=0, stop=None, /", "Index of the first occurrence of value.\n\n>>> (5, 6, 5).index(6)\n1" => |me, a| seq_index(me, &a, "tuple");
    "count", "self, value, /", "Number of occurrences of value.\n\n>>> (1, 2, 1).count(1)\n2" => |me, a| seq_count(me, &a);
};

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn seq_index(me: &mut Interp, a: &[Value], kind: &str) -> Res<Value> {
    let items = seq_items(&a[0]);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = norm(args::int(&a[2], "")?);
    let stop = match &a[3] {
        Value::None => n,
        v => norm(args::int(v, "")?),
    };
    for i in start..stop {
        if me.eq_values(&items[i as usize], &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(value_error(if kind == "list" {
        format!("{} is not in list", me.repr(&a[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    }))
}

fn seq_count(me: &mut Interp, a: &[Value]) -> Res<Value> {
    let mut n = 0;
    for x in seq_items(&a[0]) {
        if me.eq_values(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn dict_of(v: &Value) -> Res<Rc<RefCell<Dict>>> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        other => Err(type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            other.type_name()
        ))),
    }
}

pub const DICT_METHODS: &[Def] = defs! {
    "get", "self, key, default=None, /", "d[key] if present, else default.\n\n>>> {'a': 1}.get('b', 0)\n0" => |me, a| {
        let k = me.hkey(a[1].clone())?; Ok(dict_of(&a[0])?.borrow().get(&k).cloned().unwrap_or_else(|| a[2].clone())) };
    "keys", "self, /", "A view of the keys.\n\n>>> d = {'a': 1, 'b': 2}\n>>> d.keys()\ndict_keys(['a', 'b'])\n>>> list(d.keys())\n['a', 'b']" => |me, a| view(me, &a[0], ViewKind::Keys);
    "values", "self, /", "A view of the values.\n\n>>> {'a': 1, 'b': 2}.values()\ndict_values([1, 2])" => |me, a| view(me, &a[0], ViewKind::Values);
    "items", "self, /", "A view of the (key, value) pairs.\n\n>>> for k, v in {'a': 1, 'b': 2}.items():\n...     print(k, v)\na 1\nb 2" => |me, a| view(me, &a[0], ViewKind::Items);
    "update", "self, *args, **kwargs", "Update from a mapping or pairs, and keywords.\n\n>>> d = {'a': 1}; d.update({'b': 2}, c=3); d\n{'a': 1, 'b': 2, 'c': 3}\n>>> d.update([('a', 0)]); d\n{'a': 0, 'b': 2, 'c': 3}" => |me, a| {
        let d = dict_of(&a[0])?; let mut tmp = d.borrow().clone();
        if let Value::Tuple(p) = &a[1] { if let Some(src) = p.first() { dict_update(me, &mut tmp, src)?; } }
        if let Value::Dict(kw) = &a[2] { for (k, v) in kw.borrow().iter() { tmp.insert(k.clone(), v.clone()); } }
        *d.borrow_mut() = tmp; Ok(Value::None) };
    "pop", "self, key, *default", "Remove key and return its value (or default).\n\n>>> d = {'a': 1, 'b': 2}\n>>> d.pop('a')\n1\n>>> d.pop('z', None) is None\nTrue\n>>> d\n{'b': 2}" => |me, a| {
        let k = me.hkey(a[1].clone())?; let r = dict_of(&a[0])?.borrow_mut().shift_remove(&k);
        match (r, &a[2]) { (Some(v), _) => Ok(v), (None, Value::Tuple(d)) if !d.is_empty() => Ok(d[0].clone()),
            _ => Err(Exc::with_args(ExcType::KeyError, vec![a[1].clone()])) } };
    "popitem", "self, /", "Remove and return the last (key, value) pair.\n\n>>> d = {'a': 1, 'b': 2}\n>>> d.popitem()\n('b', 2)\n>>> d\n{'a': 1}" => |_, a| {
        match dict_of(&a[0])?.borrow_mut().pop() { Some((k, v)) => Ok(Value::tuple(vec![k.0, v])),
            None => Err(Exc::new(ExcType::KeyError, "popitem(): dictionary is empty")) } };
    "setdefault", "self, key, default=None, /", "d[key], inserting default first if missing.\n\n>>> d = {'a': 1}\n>>> d.setdefault('a', 0)\n1\n>>> d.setdefault('b', 0)\n0\n>>> d\n{'a': 1, 'b': 0}" => |me, a| {
        let k = me.hkey(a[1].clone())?; let d = dict_of(&a[0])?; let mut d = d.borrow_mut();
        Ok(d.entry(k).or_insert_with(|| a[2].clone()).clone()) };
    "copy", "self, /", "A shallow copy.\n\n>>> d = {'a': 1}; e = d.copy(); e['b'] = 2; d, e\n({'a': 1}, {'a': 1, 'b': 2})" => |_, a| Ok(Value::dict(dict_of(&a[0])?.borrow().clone()));
    "clear", "self, /", "Remove all items.\n\n>>> d = {'a': 1}; d.clear(); d\n{}" => |_, a| { dict_of(&a[0])?.borrow_mut().clear(); Ok(Value::None) };
};

#[derive(Clone, Copy, PartialEq)]
enum ViewKind {
    Keys,
    Values,
    Items,
}

struct DictView {
    dict: Rc<RefCell<Dict>>,
    kind: ViewKind,
}

struct ViewClasses {
    keys: Rc<Class>,
    values: Rc<Class>,
    items: Rc<Class>,
}

fn view(me: &mut Interp, d: &Value, kind: ViewKind) -> Res<Value> {
    let dict = dict_of(d)?;
    let classes = me
        .state
        .get("dict_views")
        .cloned()
        .ok_or_else(|| type_error("dict views unavailable"))?;
    let classes = classes.borrow();
    let Some(vc) = classes.downcast_ref::<ViewClasses>() else {
        return Err(type_error("dict views unavailable"));
    };
    let class = match kind {
        ViewKind::Keys => vc.keys.clone(),
        ViewKind::Values => vc.values.clone(),
        ViewKind::Items => vc.items.clone(),
    };
    Ok(Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(DictView { dict, kind })),
        hash_as: None,
    })))
}

fn view_items(v: &Value) -> Res<Vec<Value>> {
    let Value::Native(n) = v else {
        return Err(type_error("expected a dict view"));
    };
    let data = n.data.borrow();
    let Some(dv) = data.downcast_ref::<DictView>() else {
        return Err(type_error("expected a dict view"));
    };
    let d = dv.dict.borrow();
    Ok(match dv.kind {
        ViewKind::Keys => d.keys().map(|k| k.0.clone()).collect(),
        ViewKind::Values => d.values().cloned().collect(),
        ViewKind::Items => d
            .iter()
            .map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()]))
            .collect(),
    })
}

const VIEW_METHODS: &[Def] = defs! {
    "__iter__", "self, /", "Iterate over the view." => |_, a| Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Values { items: view_items(&a[0])?, index: 0 }))));
    "__len__", "self, /", "Number of entries." => |_, a| Ok(Value::Int(view_items(&a[0])?.len() as i64));
    "__repr__", "self, /", "dict_keys([...]) style text." => |me, a| {
        let name = me.class_of(&a[0]).name.clone(); let items = Value::list(view_items(&a[0])?);
        Ok(s(format!("{}({})", name, me.repr(&items)?))) };
    "__contains__", "self, item, /", "Membership." => |me, a| { let items = Value::list(view_items(&a[0])?); Ok(Value::Bool(me.contains(&items, &a[1])?)) };
    "__eq__", "self, other, /", "Set-like equality for keys views." => |me, a| {
        let x = me.make_set(view_items(&a[0])?)?; let y = match &a[1] { Value::Native(_) => me.make_set(view_items(&a[1])?)?, other => other.clone() };
        Ok(Value::Bool(me.eq_values(&x, &y)?)) };
};

fn set_of(me: &Interp, v: &Value) -> PySet {
    me.set_items(v)
}

fn set_result(like: &Value, items: PySet) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(items)),
        _ => Value::Set(Rc::new(RefCell::new(items))),
    }
}

fn others(me: &mut Interp, v: &Value) -> Res<Vec<PySet>> {
    let Value::Tuple(items) = v else {
        return Ok(vec![]);
    };
    let mut out = Vec::new();
    for x in items.iter() {
        let elems = me.collect(x)?;
        let set = me.make_set(elems)?;
        out.push(me.set_items(&set));
    }
    Ok(out)
}

fn mutable_set(v: &Value) -> Res<Rc<RefCell<PySet>>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            other.type_name()
        ))),
    }
}

pub const SET_METHODS: &[Def] = defs! {
    "add", "self, elem, /", "Add an element.\n\n>>> s = {1}; s.add(2); s.add(1); sorted(s)\n[1, 2]" => |me, a| { let k = me.hkey(a[1].clone())?; mutable_set(&a[0])?.borrow_mut().insert(k); Ok(Value::None) };
    "remove", "self, elem, /", "Remove an element; KeyError if absent.\n\n>>> s = {1, 2}; s.remove(1); s\n{2}\n>>> try:\n...     s.remove(3)\n... except KeyError as e:\n...     print('KeyError', e)\nKeyError 3" => |me, a| {
        let k = me.hkey(a[1].clone())?;
        if mutable_set(&a[0])?.borrow_mut().shift_remove(&k) { Ok(Value::None) } else { Err(Exc::with_args(ExcType::KeyError, vec![a[1].clone()])) } };
    "discard", "self, elem, /", "Remove an element if present.\n\n>>> s = {1, 2}; s.discard(1); s\n{2}\n>>> s.discard(3); s\n{2}" => |me, a| { let k = me.hkey(a[1].clone())?; mutable_set(&a[0])?.borrow_mut().shift_remove(&k); Ok(Value::None) };
    "pop", "self, /", "Remove and return an arbitrary element.\n\n>>> s = {7}\n>>> s.pop()\n7\n>>> s\nset()" => |_, a| {
        let st = mutable_set(&a[0])?; let first = set_values(&st.borrow()).first().cloned().map(HKey);
        match first { Some(k) => { st.borrow_mut().shift_remove(&k); Ok(k.0) } None => Err(Exc::new(ExcType::KeyError, "pop from an empty set")) } };
    "clear", "self, /", "Remove all elements.\n\n>>> s = {1, 2}; s.clear(); s\nset()" => |_, a| { mutable_set(&a[0])?.borrow_mut().clear(); Ok(Value::None) };
    "copy", "self, /", "A shallow copy.\n\n>>> s = {1}; t = s.copy(); t.add(2); s, sorted(t)\n({1}, [1, 2])" => |me, a| Ok(set_result(&a[0], set_of(me, &a[0])));
    "union", "self, *others", "Elements in any of the sets.\n\n>>> sorted({1}.union([2]))\n[1, 2]" => |me, a| {
        let mut r = set_of(me, &a[0]); for o in others(me, &a[1])? { r.extend(o); } Ok(set_result(&a[0], r)) };
    "intersection", "self, *others", "Elements in all of the sets.\n\n>>> {1, 2, 3}.intersection([2, 3, 4], {3})\n{3}" => |me, a| {
        let mut r = set_of(me, &a[0]); for o in others(me, &a[1])? { r.retain(|k| o.contains(k)); } Ok(set_result(&a[0], r)) };
    "difference", "self, *others", "Elements not in the others.\n\n>>> {1, 2, 3}.difference([2], {3})\n{1}" => |me, a| {
        let mut r = set_of(me, &a[0]); for o in others(me, &a[1])? { r.retain(|k| !o.contains(k)); } Ok(set_result(&a[0], r)) };
    "symmetric_difference", "self, other, /", "Elements in exactly one of the sets.\n\n>>> sorted({1, 2}.symmetric_difference([2, 3]))\n[1, 3]" => |me, a| {
        let x = set_of(me, &a[0]); let o = others(me, &Value::tuple(vec![a[1].clone()]))?.pop().unwrap_or_default();
        let r = x.iter().filter(|k| !o.contains(*k)).chain(o.iter().filter(|k| !x.contains(*k))).cloned().collect(); Ok(set_result(&a[0], r)) };
    "update", "self, *others", "Add elements from the others.\n\n>>> s = {1}; s.update([2], (3,)); sorted(s)\n[1, 2, 3]" => |me, a| {
        let st = mutable_set(&a[0])?; for o in others(me, &a[1])? { st.borrow_mut().extend(o); } Ok(Value::None) };
    "intersection_update", "self, *others", "Keep only elements found in all.\n\n>>> s = {1, 2, 3}; s.intersection_update([2, 3, 4]); sorted(s)\n[2, 3]" => |me, a| {
        let st = mutable_set(&a[0])?; for o in others(me, &a[1])? { st.borrow_mut().retain(|k| o.contains(k)); } Ok(Value::None) };
    "difference_update", "self, *others", "Remove elements found in the others.\n\n>>> s = {1, 2, 3}; s.difference_update([2, 3]); s\n{1}" => |me, a| {
        let st = mutable_set(&a[0])?; for o in others(me, &a[1])? { st.borrow_mut().retain(|k| !o.contains(k)); } Ok(Value::None) };
    "issubset", "self, other, /", "Whether every element is in other.\n\n>>> {1, 2}.issubset([1, 2, 3])\nTrue\n>>> {1, 4}.issubset([1, 2, 3])\nFalse" => |me, a| {
        let x = set_of(me, &a[0]); let o = others(me, &Value::tuple(vec![a[1].clone()]))?.pop().unwrap_or_default(); Ok(Value::Bool(x.iter().all(|k| o.contains(k)))) };
    "issuperset", "self, other, /", "Whether every element of other is in the set.\n\n>>> {1, 2, 3}.issuperset([1, 2])\nTrue\n>>> {1, 2}.issuperset({1, 4})\nFalse" => |me, a| {
        let x = set_of(me, &a[0]); let o = others(me, &Value::tuple(vec![a[1].clone()]))?.pop().unwrap_or_default(); Ok(Value::Bool(o.iter().all(|k| x.contains(k)))) };
    "isdisjoint", "self, other, /", "Whether the sets have no common element.\n\n>>> {1, 2}.isdisjoint([3, 4])\nTrue\n>>> {1, 2}.isdisjoint([2])\nFalse" => |me, a| {
        let x = set_of(me, &a[0]); let o = others(me, &Value::tuple(vec![a[1].clone()]))?.pop().unwrap_or_default(); Ok(Value::Bool(!x.iter().any(|k| o.contains(k)))) };
};

pub const INT_METHODS: &[Def] = defs! {
    "bit_length", "self, /", "Number of bits needed to represent the absolute value.\n\n>>> (255).bit_length()\n8" => |_, a| Ok(Value::Int(match &a[0] {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64, Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64, _ => 0 }));
    "conjugate", "self, /", "The number itself.\n\n>>> (5).conjugate()\n5\n>>> (-2).conjugate()\n-2" => |_, a| Ok(a[0].clone());
    "is_integer", "self, /", "Always True for ints (Python 3.12 and later have it).\n\n>>> (3).is_integer()\nTrue" => |_, _| Ok(Value::Bool(true));
};

pub const FLOAT_METHODS: &[Def] = defs! {
    "is_integer", "self, /", "Whether the float is integral.\n\n>>> (2.0).is_integer()\nTrue" => |_, a| Ok(Value::Bool(matches!(a[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0)));
    "conjugate", "self, /", "The number itself.\n\n>>> (1.5).conjugate()\n1.5" => |_, a| Ok(a[0].clone());
    "as_integer_ratio", "self, /", "The exact ratio of two integers equal to the float.\n\n>>> (0.75).as_integer_ratio()\n(3, 4)" => |_, a| {
        let x = args::float(&a[0])?;
        if x.is_infinite() { return Err(Exc::new(ExcType::OverflowError, "cannot convert Infinity to integer ratio")); }
        if x.is_nan() { return Err(value_error("cannot convert NaN to integer ratio")); }
        let (m, e) = { let bits = x.to_bits(); let exp = ((bits >> 52) & 0x7ff) as i64; let frac = bits & ((1u64 << 52) - 1);
            if exp == 0 { (frac as i64, -1074) } else { ((frac | (1u64 << 52)) as i64, exp - 1075) } };
        let m = if x < 0.0 { -m } else { m };
        let (mut num, mut den) = (num_bigint::BigInt::from(m), num_bigint::BigInt::from(1));
        if e > 0 { num <<= e as usize } else { den <<= (-e) as usize }
        let g = num_integer::Integer::gcd(&num, &den);
        if g > num_bigint::BigInt::from(1) { num /= &g; den /= &g; }
        Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)])) };
    "hex", "self, /", "The exact value in hexadecimal: 13 hex digits of mantissa and a binary exponent.\n\n>>> (1.0).hex()\n'0x1.0000000000000p+0'\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'" => |_, a| match a[0] { Value::Float(x) => Ok(Value::str(&float_hex(x))), ref o => Err(type_error(format!("descriptor 'hex' for 'float' objects doesn't apply to a '{}' object", o.type_name()))) };
};

pub const COMPLEX_METHODS: &[Def] = defs! {
    "conjugate", "self, /", "The complex conjugate.\n\n>>> (1+2j).conjugate()\n(1-2j)" => |_, a| Ok(match a[0] { Value::Complex(x, y) => Value::Complex(x, -y), ref o => o.clone() });
};

pub const RANGE_METHODS: &[Def] = defs! {
    "index", "self, value, /", "Index of value in the range." => |me, a| {
        if let (Value::Range(st, _, step), Value::Int(v)) = (&a[0], &a[1]) { if me.contains(&a[0], &a[1])? { return Ok(Value::Int((v - st) / step)); } }
        Err(value_error(format!("{} is not in range", me.repr(&a[1])?))) };
    "count", "self, value, /", "1 if value is in the range, else 0." => |me, a| Ok(Value::Int(me.contains(&a[0], &a[1])? as i64));
};

pub const SLICE_METHODS: &[Def] = defs! {
    "indices", "self, len, /", "The (start, stop, step) this slice selects in a sequence of length len.\n\n>>> slice(None, None, -1).indices(5)\n(4, -1, -1)" => |_, a| {
        let len = crate::interp::attr::as_index(&a[1]).ok_or_else(|| type_error(format!(
            "'{}' object cannot be interpreted as an integer", a[1].tp_name())))?;
        if len < 0 {
            return Err(value_error("length should not be negative"));
        }
        let Value::Slice(sl) = &a[0] else { return Err(type_error("slice.indices needs a slice")) };
        let (start, stop, step, _) = crate::interp::attr::slice_indices(sl, len)?;
        Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
    };
};

fn real_part(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(match &a[0] {
        Value::Complex(x, _) => Value::Float(*x),
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    })
}

fn imag_part(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(match &a[0] {
        Value::Complex(_, y) => Value::Float(*y),
        Value::Float(_) => Value::Float(0.0),
        _ => Value::Int(0),
    })
}

/// A read-only property backed by a native getter.
pub fn add_property(class: &Rc<Class>, name: &'static str, doc: &'static str, getter: NativeFn) {
    let d = Def {
        name,
        sig: "self, /",
        doc,
        func: getter,
    };
    let g = Value::Builtin(Rc::new(d.builtin(None)));
    class.dict.borrow_mut().insert(
        Rc::from(name),
        Value::Property(Rc::new(Property {
            fget: g,
            fset: Value::None,
            doc: Value::None,
        })),
    );
}

fn slice_part(a: &[Value], i: usize) -> Value {
    match &a[0] {
        Value::Slice(s) => s[i].clone(),
        _ => Value::None,
    }
}
fn slice_start(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(slice_part(&a, 0))
}
fn slice_stop(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(slice_part(&a, 1))
}
fn slice_step(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(slice_part(&a, 2))
}

fn range_start(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(match a[0] {
        Value::Range(x, _, _) => Value::Int(x),
        _ => Value::None,
    })
}
fn range_stop(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(match a[0] {
        Value::Range(_, x, _) => Value::Int(x),
        _ => Value::None,
    })
}
fn range_step(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    Ok(match a[0] {
        Value::Range(_, _, x) => Value::Int(x),
        _ => Value::None,
    })
}

pub fn install(interp: &mut Interp) {
    let t = &interp.types;
    for (class, table, q) in [
        (t.list.clone(), LIST_METHODS, "list"),
        (t.tuple.clone(), TUPLE_METHODS, "tuple"),
        (t.dict.clone(), DICT_METHODS, "dict"),
        (t.set.clone(), SET_METHODS, "set"),
        (t.int.clone(), INT_METHODS, "int"),
        (t.float.clone(), FLOAT_METHODS, "float"),
        (t.complex.clone(), COMPLEX_METHODS, "complex"),
    ] {
        for d in table {
            Interp::add_method(&class, d.builtin(Some(q)));
        }
    }
    // frozenset shares the non-mutating set methods.
    let fs = t.frozenset.clone();
    for d in SET_METHODS.iter().filter(|d| {
        matches!(
            d.name,
            "copy"
                | "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "issubset"
                | "issuperset"
                | "isdisjoint"
        )
    }) {
        Interp::add_method(&fs, d.builtin(Some("frozenset")));
    }
    // `fromkeys` is a classmethod.
    let fromkeys = Def {
        name: "fromkeys",
        sig: "cls, iterable, value=None, /",
        doc: "A new dict with keys from iterable.\n\n>>> dict.fromkeys(['a', 'b'], 0)\n{'a': 0, 'b': 0}\n>>> dict.fromkeys('xy')\n{'x': None, 'y': None}",
        func: |me, a| {
            let keys = me.collect(&a[1])?;
            let mut d = Dict::default();
            for k in keys {
                let k = me.hkey(k)?;
                d.insert(k, a[2].clone());
            }
            Ok(Value::dict(d))
        },
    };
    t.dict.dict.borrow_mut().insert(
        Rc::from("fromkeys"),
        Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(
            fromkeys.builtin(Some("dict")),
        )))),
    );
    for d in RANGE_METHODS {
        Interp::add_method(&t.range, d.builtin(Some("range")));
    }
    for (name, getter) in [
        ("start", range_start as NativeFn),
        ("stop", range_stop),
        ("step", range_step),
    ] {
        add_property(&t.range, name, "A range bound.", getter);
    }
    for (name, getter) in [
        ("start", slice_start as NativeFn),
        ("stop", slice_stop),
        ("step", slice_step),
    ] {
        add_property(&t.slice, name, "A slice bound.", getter);
    }
    for d in SLICE_METHODS {
        Interp::add_method(&t.slice, d.builtin(Some("slice")));
    }
    for class in [
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.bool_.clone(),
    ] {
        let real = Def {
            name: "real",
            sig: "self, /",
            doc: "The real part.\n\n>>> (3).real\n3\n>>> (1.5).real\n1.5\n>>> (1+2j).real\n1.0",
            func: real_part,
        };
        let imag = Def {
            name: "imag",
            sig: "self, /",
            doc:
                "The imaginary part.\n\n>>> (3).imag\n0\n>>> (1.5).imag\n0.0\n>>> (1+2j).imag\n2.0",
            func: imag_part,
        };
        for d in [real, imag] {
            let getter = Value::Builtin(Rc::new(d.builtin(None)));
            class.dict.borrow_mut().insert(
                Rc::from(d.name),
                Value::Property(Rc::new(Property {
                    fget: getter,
                    fset: Value::None,
                    doc: Value::None,
                })),
            );
        }
    }
    let object = interp.types.object.clone();
    let mut classes = Vec::new();
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let c = match crate::interp::new_class(name, "builtins", vec![object.clone()]) {
            Ok(c) => c,
            Err(_) => return,
        };
        for d in VIEW_METHODS {
            if d.name == "__eq__" && name != "dict_keys" {
                continue;
            }
            Interp::add_method(&c, d.builtin(Some(name)));
        }
        classes.push(c);
    }
    if let [keys, values, items] = &classes[..] {
        let vc = ViewClasses {
            keys: keys.clone(),
            values: values.clone(),
            items: items.clone(),
        };
        interp
            .state
            .insert("dict_views", Rc::new(RefCell::new(Box::new(vc))));
    }
}

/// `float.hex()`: `[-]0x{1|0}.{13 hex digits}p{exponent}`, subnormals with a leading 0 and exponent -1022.
fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1u64 << 52) - 1);
    let (lead, exponent) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{mantissa:013x}p{exponent:+}")
}
