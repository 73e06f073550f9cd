//! Methods of `str`, including `str.format`.

use super::args;
use super::Def;
use crate::interp::exceptions::{index_error, type_error, value_error, Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use std::rc::Rc;

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

pub const METHODS: &[Def] = defs! {
    "upper", "self", "Upper-cased copy.\n\n>>> 'ab'.upper()\n'AB'" => |_, a| map_str(&a[0], |t| t.to_uppercase());
    "lower", "self", "Lower-cased copy.\n\n>>> 'AB'.lower()\n'ab'" => |_, a| map_str(&a[0], |t| t.to_lowercase());
    "casefold", "self", "Case-folded copy.\n\n>>> 'Hello World'.casefold()\n'hello world'" => |_, a| map_str(&a[0], |t| t.to_lowercase());
    "swapcase", "self", "Swap upper and lower case.\n\n>>> 'Hello World'.swapcase()\n'hELLO wORLD'" => |_, a| map_str(&a[0], |t| t.chars().map(|c| if c.is_uppercase() { c.to_lowercase().collect::<String>() } else { c.to_uppercase().collect() }).collect());
    "title", "self", "Title-cased copy.\n\n>>> 'hello world'.title()\n'Hello World'" => |_, a| map_str(&a[0], title);
    "capitalize", "self", "First character upper-cased, the rest lower.\n\n>>> 'hELLO'.capitalize()\n'Hello'" => |_, a| map_str(&a[0], capitalize);
    "strip", "self, chars=None, /", "Copy without leading and trailing whitespace (or chars).\n\n>>> '  a '.strip()\n'a'" => |_, a| strip(&a, true, true);
    "lstrip", "self, chars=None, /", "Copy without leading whitespace (or chars).\n\n>>> '  a  '.lstrip()\n'a  '\n>>> 'xxaxx'.lstrip('x')\n'axx'" => |_, a| strip(&a, true, false);
    "rstrip", "self, chars=None, /", "Copy without trailing whitespace (or chars).\n\n>>> '  a  '.rstrip()\n'  a'\n>>> 'xxaxx'.rstrip('x')\n'xxa'" => |_, a| strip(&a, false, true);
    "split", "self, sep=None, maxsplit=-1", "Split into a list of words.\n\n>>> 'a,b'.split(',')\n['a', 'b']" => |_, a| split(&a, false);
    "rsplit", "self, sep=None, maxsplit=-1", "Split from the right.\n\n>>> 'a,b,c'.rsplit(',', 1)\n['a,b', 'c']" => |_, a| split(&a, true);
    "splitlines", "self, keepends=False", "Split at line boundaries.\n\n>>> 'a\\nb\\r\\nc'.splitlines()\n['a', 'b', 'c']\n>>> 'a\\nb\\n'.splitlines(keepends=True)\n['a\\n', 'b\\n']" => splitlines;
    "join", "self, iterable, /", "Concatenate strings with self between.\n\n>>> '-'.join(['a', 'b'])\n'a-b'" => join;
    "replace", "self, old, new, count=-1, /", "Replace occurrences of old with new.\n\n>>> 'aa'.replace('a', 'b', 1)\n'ba'" => replace;
    "startswith", "self, prefix, start=None, end=None, /", "Whether the string starts with prefix (or one of a tuple).\n\n>>> 'python'.startswith('py')\nTrue\n>>> 'python'.startswith(('java', 'py'))\nTrue" => |me, a| affix(me, &a, true);
    "endswith", "self, suffix, start=None, end=None, /", "Whether the string ends with suffix (or one of a tuple).\n\n>>> 'data.csv'.endswith('.csv')\nTrue\n>>> 'data.csv'.endswith(('.txt', '.json'))\nFalse" => |me, a| affix(me, &a, false);
    "find", "self, sub, start=None, end=None, /", "Lowest index of sub, or -1.\n\n>>> 'abc'.find('c')\n2" => |_, a| find(&a, false, false);
    "rfind", "self, sub, start=None, end=None, /", "Highest index of sub, or -1.\n\n>>> 'abcabc'.rfind('b')\n4\n>>> 'abc'.rfind('z')\n-1" => |_, a| find(&a, true, false);
    "index", "self, sub, start=None, end=None, /", "Like find() but raises ValueError when not found.\n\n>>> 'abcabc'.index('c')\n2\n>>> try:\n...     'abc'.index('z')\n... except ValueError as e:\n...     print(e)\nsubstring not found" => |_, a| find(&a, false, true);
    "rindex", "self, sub, start=None, end=None, /", "Like rfind() but raises ValueError when not found.\n\n>>> 'abcabc'.rindex('c')\n5" => |_, a| find(&a, true, true);
    "count", "self, sub, start=None, end=None, /", "Number of non-overlapping occurrences of sub.\n\n>>> 'aaa'.count('a')\n3" => count;
    "format", "self, *args, **kwargs", "Format with {} replacement fields.\n\n>>> '{} {x}'.format(1, x=2)\n'1 2'" => format;
    "ljust", "self, width, fillchar=' ', /", "Left-justify in a field of width.\n\n>>> 'ab'.ljust(5, '.')\n'ab...'" => |_, a| justify(&a, 'l');
    "rjust", "self, width, fillchar=' ', /", "Right-justify in a field of width.\n\n>>> 'ab'.rjust(5, '.')\n'...ab'\n>>> '42'.rjust(5)\n'   42'" => |_, a| justify(&a, 'r');
    "center", "self, width, fillchar=' ', /", "Center in a field of width.\n\n>>> 'a'.center(3, '*')\n'*a*'" => |_, a| justify(&a, 'c');
    "zfill", "self, width, /", "Pad with zeros on the left, after any sign.\n\n>>> '-5'.zfill(4)\n'-005'" => zfill;
    "isdigit", "self", "Whether all characters are digits.\n\n>>> '123'.isdigit()\nTrue\n>>> '12a'.isdigit()\nFalse" => |_, a| pred(&a[0], |c| c.is_ascii_digit() || c.is_numeric() && !c.is_alphabetic());
    "isdecimal", "self", "Whether all characters are decimal digits.\n\n>>> '123'.isdecimal()\nTrue\n>>> '½'.isdecimal()\nFalse" => |_, a| pred(&a[0], |c| c.is_ascii_digit());
    "isnumeric", "self", "Whether all characters are numeric.\n\n>>> '123'.isnumeric()\nTrue\n>>> '½'.isnumeric()\nTrue\n>>> '1.5'.isnumeric()\nFalse" => |_, a| pred(&a[0], |c| c.is_numeric());
    "isalpha", "self", "Whether all characters are letters.\n\n>>> 'abc'.isalpha()\nTrue\n>>> 'abc1'.isalpha()\nFalse" => |_, a| pred(&a[0], |c| c.is_alphabetic());
    "isalnum", "self", "Whether all characters are letters or digits.\n\n>>> 'abc123'.isalnum()\nTrue\n>>> 'abc 123'.isalnum()\nFalse" => |_, a| pred(&a[0], |c| c.is_alphanumeric());
    "isspace", "self", "Whether all characters are whitespace.\n\n>>> ' \\t\\n'.isspace()\nTrue\n>>> ''.isspace()\nFalse" => |_, a| pred(&a[0], is_python_space);
    "isidentifier", "self", "Whether the string is a valid identifier.\n\n>>> 'my_var'.isidentifier()\nTrue\n>>> '2nd'.isidentifier()\nFalse" => isidentifier;
    "isupper", "self", "Whether all cased characters are upper case.\n\n>>> 'ABC 1'.isupper()\nTrue\n>>> 'Abc'.isupper()\nFalse" => |_, a| cased(&a[0], true);
    "islower", "self", "Whether all cased characters are lower case.\n\n>>> 'abc 1'.islower()\nTrue\n>>> 'Abc'.islower()\nFalse" => |_, a| cased(&a[0], false);
    "istitle", "self", "Whether the string is title-cased.\n\n>>> 'Hello World'.istitle()\nTrue\n>>> 'Hello world'.istitle()\nFalse" => |_, a| { let t = text(&a[0])?; Ok(Value::Bool(t.chars().any(|c| c.is_alphabetic()) && title(&t) == *t)) };
    "partition", "self, sep, /", "Split at the first sep into (head, sep, tail).\n\n>>> 'key=value=x'.partition('=')\n('key', '=', 'value=x')\n>>> 'abc'.partition('=')\n('abc', '', '')" => |_, a| partition(&a, false);
    "rpartition", "self, sep, /", "Split at the last sep into (head, sep, tail).\n\n>>> 'key=value=x'.rpartition('=')\n('key=value', '=', 'x')\n>>> 'abc'.rpartition('=')\n('', '', 'abc')" => |_, a| partition(&a, true);
    "removeprefix", "self, prefix, /", "Remove a prefix if present.\n\n>>> 'test_case'.removeprefix('test_')\n'case'\n>>> 'case'.removeprefix('test_')\n'case'" => |_, a| { let t = text(&a[0])?; let p = args::string(&a[1], "prefix")?; Ok(s(t.strip_prefix(&*p).unwrap_or(&t).to_string())) };
    "removesuffix", "self, suffix, /", "Remove a suffix if present.\n\n>>> 'file.txt'.removesuffix('.txt')\n'file'\n>>> 'file'.removesuffix('.txt')\n'file'" => |_, a| { let t = text(&a[0])?; let p = args::string(&a[1], "suffix")?; Ok(s(if p.is_empty() { t.to_string() } else { t.strip_suffix(&*p).unwrap_or(&t).to_string() })) };
    "expandtabs", "self, tabsize=8", "Replace tabs with spaces.\n\n>>> 'a\\tbc\\td'.expandtabs(4)\n'a   bc  d'" => expandtabs;
    "encode", "self, encoding='utf-8', errors='strict'", "Encode to bytes: UTF-8, ASCII or Latin-1; errors 'strict', 'ignore' or 'replace'.\n\n>>> 'café'.encode()\nb'caf\\xc3\\xa9'\n>>> 'café'.encode('ascii', errors='replace')\nb'caf?'" => |_, a| {
        let encoding = args::string(&a[1], "encode() argument 'encoding'")?;
        let errors = args::string(&a[2], "encode() argument 'errors'")?;
        Ok(Value::Bytes(Rc::from(encode_text(&text(&a[0])?, &encoding, &errors)?))) };
    "__len__", "self, /", "len(self)." => |_, a| Ok(Value::Int(text(&a[0])?.chars().count() as i64));
};

pub fn install(interp: &mut Interp) {
    let class = interp.types.str_.clone();
    for d in METHODS {
        Interp::add_method(&class, d.builtin(Some("str")));
    }
}

fn text(v: &Value) -> Res<Rc<str>> {
    match v.as_str() {
        Some(t) => Ok(t.clone()),
        None => Err(type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            v.type_name()
        ))),
    }
}

fn map_str(v: &Value, f: impl Fn(&str) -> String) -> Res<Value> {
    Ok(s(f(&text(v)?)))
}

fn title(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for c in t.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
}

fn capitalize(t: &str) -> String {
    let mut it = t.chars();
    match it.next() {
        Some(c) => c
            .to_uppercase()
            .chain(it.flat_map(|c| c.to_lowercase()))
            .collect(),
        None => String::new(),
    }
}

fn pred(v: &Value, f: impl Fn(char) -> bool) -> Res<Value> {
    let t = text(v)?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn cased(v: &Value, upper: bool) -> Res<Value> {
    let t = text(v)?;
    let mut any = false;
    for c in t.chars() {
        if c.is_uppercase() || c.is_lowercase() {
            any = true;
            if (upper && c.is_lowercase()) || (!upper && c.is_uppercase()) {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(any))
}

fn isidentifier(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = text(&a[0])?;
    let mut it = t.chars();
    let ok = match it.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && it.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn strip(a: &[Value], left: bool, right: bool) -> Res<Value> {
    let t = text(&a[0])?;
    let chars = args::opt_string(&a[1], "strip arg")?;
    let r: &str = match &chars {
        None => {
            let x = if left {
                t.trim_start_matches(is_python_space)
            } else {
                &t
            };
            if right {
                x.trim_end_matches(is_python_space)
            } else {
                x
            }
        }
        Some(cs) => {
            let set: Vec<char> = cs.chars().collect();
            let x = if left {
                t.trim_start_matches(|c| set.contains(&c))
            } else {
                &t
            };
            if right {
                x.trim_end_matches(|c| set.contains(&c))
            } else {
                x
            }
        }
    };
    Ok(s(r.to_string()))
}

fn split(a: &[Value], from_right: bool) -> Res<Value> {
    let t = text(&a[0])?;
    let sep = args::opt_string(&a[1], "must be str or None")?;
    let maxsplit = args::int(&a[2], "")?;
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<String> = match sep {
        None => {
            let words: Vec<&str> = t.split(is_python_space).filter(|w| !w.is_empty()).collect();
            if max >= words.len() {
                words.into_iter().map(String::from).collect()
            } else if !from_right {
                // Keep the remainder (after max splits) intact, minus leading whitespace.
                let mut out = Vec::new();
                let mut rest: &str = t.trim_start_matches(is_python_space);
                for _ in 0..max {
                    let end = rest.find(is_python_space).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start_matches(is_python_space);
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest: &str = t.trim_end_matches(is_python_space);
                for _ in 0..max {
                    let start = rest
                        .rfind(is_python_space)
                        .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                        .unwrap_or(0);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end_matches(is_python_space);
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if from_right {
                let mut v: Vec<String> = t
                    .rsplitn(max.saturating_add(1), &*sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                t.splitn(max.saturating_add(1), &*sep)
                    .map(String::from)
                    .collect()
            }
        }
    };
    Ok(Value::list(parts.into_iter().map(s).collect()))
}

fn splitlines(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = text(&a[0])?;
    let keep = me.truthy(&a[1])?;
    let lines = crate::format::python::splitlines(&t, keep);
    Ok(Value::list(
        lines.into_iter().map(|l| s(l.to_string())).collect(),
    ))
}

fn join(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let sep = text(&a[0])?;
    let items = me.collect(&a[1])?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v.as_str() {
            Some(x) => out.push_str(x),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    me.class_of(v).tp_name()
                )))
            }
        }
    }
    Ok(s(out))
}

fn replace(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = text(&a[0])?;
    let old = args::string(&a[1], "replace() argument 1")?;
    let new = args::string(&a[2], "replace() argument 2")?;
    let n = args::int(&a[3], "")?;
    Ok(s(if n < 0 {
        t.replace(&*old, &new)
    } else {
        t.replacen(&*old, &new, n as usize)
    }))
}

/// Char-index bounds `[start, end)` from optional Python arguments, clamped like slices.
fn bounds(t: &str, start: &Value, end: &Value) -> Res<(usize, usize)> {
    let n = t.chars().count() as i64;
    let fix = |v: &Value, d: i64| -> Res<i64> {
        Ok(match v {
            Value::None => d,
            other => {
                let i = args::int(other, "")?;
                if i < 0 {
                    (i + n).max(0)
                } else {
                    i.min(n)
                }
            }
        })
    };
    Ok((fix(start, 0)? as usize, fix(end, n)? as usize))
}

fn char_to_byte(t: &str, ci: usize) -> usize {
    t.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(t.len())
}

fn affix(me: &mut Interp, a: &[Value], prefix: bool) -> Res<Value> {
    let t = text(&a[0])?;
    let (st, en) = bounds(&t, &a[2], &a[3])?;
    if st > en {
        return Ok(Value::Bool(false));
    }
    let sub = &t[char_to_byte(&t, st)..char_to_byte(&t, en)];
    let cands: Vec<Value> = match &a[1] {
        Value::Tuple(items) => items.to_vec(),
        v if v.as_str().is_some() => vec![a[1].clone()],
        other => {
            return Err(type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                if prefix { "startswith" } else { "endswith" },
                me.class_of(other).tp_name()
            )))
        }
    };
    for c in cands {
        let c = args::string(&c, "tuple item")?;
        if (prefix && sub.starts_with(&*c)) || (!prefix && sub.ends_with(&*c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn find(a: &[Value], reverse: bool, raise: bool) -> Res<Value> {
    let t = text(&a[0])?;
    let sub = args::string(&a[1], "must be str")?;
    let (st, en) = bounds(&t, &a[2], &a[3])?;
    let r = if st > en {
        None
    } else {
        let (bs, be) = (char_to_byte(&t, st), char_to_byte(&t, en));
        let hay = &t[bs..be];
        let pos = if reverse {
            hay.rfind(&*sub)
        } else {
            hay.find(&*sub)
        };
        pos.map(|p| t[..bs + p].chars().count() as i64)
    };
    match r {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn count(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = text(&a[0])?;
    let sub = args::string(&a[1], "must be str")?;
    let (st, en) = bounds(&t, &a[2], &a[3])?;
    if st > en {
        return Ok(Value::Int(0));
    }
    let hay = &t[char_to_byte(&t, st)..char_to_byte(&t, en)];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(&*sub).count() as i64))
}

fn justify(a: &[Value], how: char) -> Res<Value> {
    let t = text(&a[0])?;
    let w = args::int(&a[1], "")?.max(0) as usize;
    if w > crate::interp::MAX_ELEMENTS {
        return Err(Exc::with_args(ExcType::MemoryError, vec![]));
    }
    let fill = args::string(&a[2], "fill character")?;
    let mut fc = fill.chars();
    let (Some(f), None) = (fc.next(), fc.next()) else {
        return Err(type_error(
            "The fill character must be exactly one character long",
        ));
    };
    let n = t.chars().count();
    if w <= n {
        return Ok(Value::Str(t));
    }
    let pad = w - n;
    let (l, r) = match how {
        'l' => (0, pad),
        'r' => (pad, 0),
        _ => {
            // CPython centers with the extra space on the right unless both are odd.
            let left = pad / 2 + (pad & w & 1);
            (left, pad - left)
        }
    };
    let fs = f.to_string();
    Ok(s(format!("{}{}{}", fs.repeat(l), t, fs.repeat(r))))
}

fn zfill(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = text(&a[0])?;
    let w = args::int(&a[1], "")?.max(0) as usize;
    if w > crate::interp::MAX_ELEMENTS {
        return Err(Exc::with_args(ExcType::MemoryError, vec![]));
    }
    let n = t.chars().count();
    if w <= n {
        return Ok(Value::Str(t));
    }
    let (sign, rest) = if t.starts_with('+') || t.starts_with('-') {
        t.split_at(1)
    } else {
        ("", &*t)
    };
    Ok(s(format!("{}{}{}", sign, "0".repeat(w - n), rest)))
}

fn partition(a: &[Value], right: bool) -> Res<Value> {
    let t = text(&a[0])?;
    let sep = args::string(&a[1], "must be str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let pos = if right { t.rfind(&*sep) } else { t.find(&*sep) };
    Ok(Value::tuple(match pos {
        Some(p) => vec![
            s(t[..p].to_string()),
            Value::Str(sep.clone()),
            s(t[p + sep.len()..].to_string()),
        ],
        None if right => vec![s(String::new()), s(String::new()), Value::Str(t)],
        None => vec![Value::Str(t), s(String::new()), s(String::new())],
    }))
}

fn expandtabs(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = text(&a[0])?;
    let size = args::int(&a[1], "")?.max(0) as usize;
    let mut out = String::new();
    let mut col = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(s(out))
}

/// `str.format`: `{}` / `{0}` / `{name}` fields with `.attr` / `[key]` access, `!r`, and nested specs.
fn format(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = text(&a[0])?;
    let Value::Tuple(pos) = &a[1] else {
        return Ok(Value::None);
    };
    let kw = a[2].clone();
    let mut auto = 0usize;
    let out = format_with(me, &t, pos, &kw, &mut auto, 0)?;
    Ok(s(out))
}

fn format_with(
    me: &mut Interp,
    t: &str,
    pos: &[Value],
    kw: &Value,
    auto: &mut usize,
    depth: usize,
) -> Res<String> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut manual = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut d = 1;
            let mut j = i + 1;
            while j < chars.len() && d > 0 {
                match chars[j] {
                    '{' => d += 1,
                    '}' => d -= 1,
                    _ => {}
                }
                j += 1;
            }
            if d > 0 {
                return Err(value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            i = j;
            let (name_part, spec) = match field.find(':') {
                Some(p) if !field[..p].contains('[') || field[..p].contains(']') => {
                    (&field[..p], &field[p + 1..])
                }
                _ => (&field[..], ""),
            };
            let (name_part, conv) = match name_part.rfind('!') {
                Some(p) => (&name_part[..p], name_part[p + 1..].chars().next()),
                None => (name_part, None),
            };
            // Split the field name into the first key and the accessors.
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            let mut v = if first.is_empty() {
                if manual {
                    return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let v = pos.get(*auto).cloned().ok_or_else(|| {
                    index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        *auto
                    ))
                })?;
                *auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                if *auto > 0 {
                    return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                manual = true;
                pos.get(n).cloned().ok_or_else(|| {
                    index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                match kw {
                    Value::Dict(d) => {
                        let key = HKey(Value::str(first));
                        d.borrow().get(&key).cloned().ok_or_else(|| {
                            Exc::with_args(ExcType::KeyError, vec![Value::str(first)])
                        })?
                    }
                    _ => return Err(Exc::with_args(ExcType::KeyError, vec![Value::str(first)])),
                }
            };
            let mut rest = &name_part[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    v = me.getattr(&v, &r[..end])?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r
                        .find(']')
                        .ok_or_else(|| value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(key),
                    };
                    v = me.getitem(&v, k)?;
                    rest = &r[end + 1..];
                } else {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
            let v = match conv {
                Some('r') => s(me.repr(&v)?),
                Some('s') => s(me.str(&v)?),
                Some('a') => s(crate::interp::eval::ascii_escape(&me.repr(&v)?)),
                Some(other) => {
                    return Err(value_error(format!("Unknown conversion specifier {other}")))
                }
                None => v,
            };
            let spec = if spec.contains('{') {
                format_with(me, spec, pos, kw, auto, depth + 1)?
            } else {
                spec.to_string()
            };
            out.push_str(&me.format_value(&v, &spec)?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// `text.encode(encoding, errors)`. UTF-8 encodes everything; ASCII and Latin-1 stop at the first run of
/// characters beyond their range (strict, as `UnicodeEncodeError`), drop them (ignore) or write `?` (replace).
pub fn encode_text(text: &str, encoding: &str, errors: &str) -> Res<Vec<u8>> {
    let name = encoding.to_ascii_lowercase().replace('_', "-");
    let limit: u32 = match name.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => return Ok(text.as_bytes().to_vec()),
        "ascii" | "us-ascii" | "646" => 128,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => 256,
        _ => {
            return Err(crate::interp::exceptions::not_implemented(format!(
                "the '{encoding}' encoding (nabla encodes UTF-8, ASCII and Latin-1)"
            )))
        }
    };
    let codec = if limit == 128 { "ascii" } else { "latin-1" };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // CPython reports (and replaces) the whole run of characters it cannot encode at once.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match errors {
            "strict" => {
                return Err(crate::interp::exceptions::unicode_encode_error(
                    codec,
                    text,
                    i,
                    end,
                    &format!("ordinal not in range({limit})"),
                ))
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" | "xmlcharrefreplace" | "namereplace" | "surrogateescape"
            | "surrogatepass" => {
                return Err(crate::interp::exceptions::not_implemented(format!(
                    "the '{errors}' error handler"
                )))
            }
            _ => {
                return Err(Exc::new(
                    ExcType::LookupError,
                    format!("unknown error handler name '{errors}'"),
                ))
            }
        }
        i = end;
    }
    Ok(out)
}

/// Python's whitespace: Unicode's White_Space plus the separators U+001C..U+001F (bidirectional class B or S).
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}
