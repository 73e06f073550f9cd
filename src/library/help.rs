//! help(), `name?` and %apropos: one entry per reachable name (signature, description, parameters, examples),
//! read from the definitions tables, docstrings and named-doc tables that define the name.

use crate::interp::exceptions::{Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;

/// The namespaces whose public names all need an entry with an example: the coverage test, `%apropos` and the
/// topic list of `help()` walk them.
pub const NAMESPACES: &[&str] = &[
    "builtins",
    "str",
    "bytes",
    "int",
    "float",
    "complex",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "numpy",
    "numpy.linalg",
    "numpy.fft",
    "numpy.random",
    "numpy.random.Generator",
    "numpy.ndarray",
    "torch",
    "torch.linalg",
    "torch.fft",
    "torch.special",
    "torch.autograd",
    "torch.func",
    "torch.nn.functional",
    "torch.Tensor",
    "torch.Size",
    "torch.Generator",
];

/// The interpreter-state key under which the REPL leaves its commands' help texts (`help("%timeit")`).
pub const COMMANDS_STATE_KEY: &str = "repl.commands";

/// The REPL commands' help, as the REPL registers it: (`%name`, rendered text).
pub struct CommandHelp(pub Vec<(String, String)>);

/// What help shows for one name.
pub struct Entry {
    /// `numpy.linspace`, or a kind and a name (`class numpy.float32`, `module numpy.linalg`).
    pub title: String,
    /// The parameters as Python writes them, without `self`; None for what is not called.
    pub sig: Option<String>,
    /// Description, `name: text` lines describing parameters, then `>>>` examples.
    pub doc: String,
    /// Public members of a module or class.
    pub members: Vec<String>,
    /// The doc is the class's, shown for a value reached by a name that has no doc of its own (the coverage
    /// test does not count it).
    pub borrowed: bool,
}

impl Entry {
    /// The doc's examples: (code, expected output) pairs.
    pub fn examples(&self) -> Vec<(String, String)> {
        examples(&self.doc)
    }
}

/// The `>>>` examples of a doc as (code, expected output): `...` lines continue the code, output runs to the next
/// `>>>` or empty line, and `<BLANKLINE>` stands for an empty output line (as in doctest).
pub fn examples(doc: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = doc.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(code) = line.strip_prefix(">>> ") else {
            continue;
        };
        let mut code = code.to_string();
        while let Some(cont) = lines.peek().and_then(|l| {
            l.strip_prefix("... ")
                .or(if *l == "..." { Some("") } else { None })
        }) {
            code.push('\n');
            code.push_str(cont);
            lines.next();
        }
        let mut expected = Vec::new();
        while let Some(l) = lines.peek() {
            if l.is_empty() || l.starts_with(">>> ") {
                break;
            }
            expected.push(if *l == "<BLANKLINE>" {
                String::new()
            } else {
                l.to_string()
            });
            lines.next();
        }
        out.push((code, expected.join("\n")));
    }
    out
}

/// A docstring as `inspect.cleandoc` gives it: the common indentation of the lines after the first removed.
pub fn clean_doc(doc: &str) -> String {
    let mut lines: Vec<&str> = doc.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if let Some(first) = lines.first() {
        out.push(first.trim().to_string());
    }
    for l in lines.iter_mut().skip(1) {
        out.push(l.get(indent..).unwrap_or("").trim_end().to_string());
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

/// A builtin's signature as the user calls it: without the receiver (`self`, `cls`).
fn without_receiver(sig: &str) -> String {
    let items = split_params(sig);
    let skip = matches!(items.first().map(String::as_str), Some("self" | "cls"));
    let kept: Vec<String> = items.into_iter().skip(skip as usize).collect();
    // A lone `/` left behind by `self, /` says nothing.
    if kept.len() == 1 && kept[0] == "/" {
        return String::new();
    }
    kept.join(", ")
}

/// The comma-separated items of a parameter list, commas inside brackets and quotes kept.
fn split_params(sig: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut cur = String::new();
    for c in sig.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(cur.trim().to_string());
                    cur.clear();
                    continue;
                }
                _ => {}
            },
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        items.push(cur.trim().to_string());
    }
    items
}

/// The name a parameter item binds (`num=50` -> `num`, `*args` -> `args`); None for the `/` and `*` markers.
fn param_name(item: &str) -> Option<&str> {
    let name = item.split('=').next()?.trim().trim_start_matches('*');
    (!name.is_empty() && name != "/").then_some(name)
}

/// A `def`'s signature with its defaults' reprs, as `inspect.signature` prints it.
fn function_sig(me: &mut Interp, f: &Function) -> Res<String> {
    let s = &f.sig;
    let mut parts = Vec::new();
    let with_default = |me: &mut Interp, p: &SigParam| -> Res<String> {
        Ok(match &p.default {
            Some(d) => format!("{}={}", p.name, me.repr(d)?),
            None => p.name.to_string(),
        })
    };
    for (i, p) in s.positional.iter().enumerate() {
        if s.posonly > 0 && i == s.posonly {
            parts.push("/".to_string());
        }
        parts.push(with_default(me, p)?);
    }
    if s.posonly > 0 && s.posonly == s.positional.len() {
        parts.push("/".to_string());
    }
    match &s.varargs {
        Some(v) => parts.push(format!("*{v}")),
        None if !s.kwonly.is_empty() => parts.push("*".to_string()),
        None => {}
    }
    for p in &s.kwonly {
        parts.push(with_default(me, p)?);
    }
    if let Some(k) = &s.varkw {
        parts.push(format!("**{k}"));
    }
    Ok(parts.join(", "))
}

/// The doc of a name that cannot carry one itself (constants, dtypes, native classes), from the namespaces'
/// named-doc tables.
fn named_doc(qualname: &str) -> Option<&'static str> {
    super::all_named_docs()
        .into_iter()
        .find(|(n, _)| *n == qualname)
        .map(|(_, d)| d)
}

/// The qualified name of a class (`numpy.float32`, `torch.Tensor`, `int`).
fn class_qualname(c: &Class) -> String {
    match &*c.module {
        "builtins" | "" => c.name.to_string(),
        m => format!("{m}.{}", c.name),
    }
}

/// Public names of a class, its bases' included (`object`'s dunders are all private).
fn class_members(c: &Class) -> Vec<String> {
    let mut names: Vec<String> = c
        .mro
        .borrow()
        .iter()
        .flat_map(|k| {
            k.dict
                .borrow()
                .keys()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
        })
        .filter(|n| !n.starts_with('_'))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// A member of a class as stored (a property stays a property), looked up along the MRO.
fn class_member(c: &Class, name: &str) -> Option<Value> {
    c.mro
        .borrow()
        .iter()
        .find_map(|k| k.dict.borrow().get(name).cloned())
}

/// The doc the exception table gives an exception class: what it is and how it is raised and caught.
fn exception_doc(c: &Class) -> String {
    let parent = c
        .bases
        .first()
        .map(|b| b.name.to_string())
        .unwrap_or_else(|| "object".into());
    let name = &c.name;
    let description = format!("The builtin exception {name} (a subclass of {parent}).");
    // Its constructor takes five arguments (encoding, object, start, end, reason): show it raised by a codec.
    if &**name == "UnicodeEncodeError" {
        return format!(
            "{description}\n\n>>> try:\n...     'café'.encode('ascii')\n... except UnicodeEncodeError as e:\n\
             ...     print(e)\n...     print(e.start, e.end)\n\
             'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)\n3 4"
        );
    }
    format!(
        "{description}\n\n>>> try:\n...     raise {name}('message')\n... except {name} as e:\n\
         ...     print(repr(e))\n{name}('message')"
    )
}

/// The help entry of a value reached as `qualname` (None when it was not reached by name).
pub fn entry(me: &mut Interp, v: &Value, qualname: Option<&str>) -> Res<Entry> {
    let named = qualname.and_then(named_doc);
    let mut e = match v {
        Value::Builtin(b) => Entry {
            title: qualname
                .map(str::to_string)
                .unwrap_or_else(|| match b.qualname {
                    Some(q) => format!("{q}.{}", b.name),
                    None => b.name.to_string(),
                }),
            sig: Some(without_receiver(b.sig)),
            doc: b.doc.to_string(),
            members: Vec::new(),
            borrowed: false,
        },
        Value::BoundMethod(m) => return entry(me, &m.func.clone(), qualname),
        Value::StaticMethod(inner) | Value::ClassMethod(inner) => {
            return entry(me, &(**inner).clone(), qualname)
        }
        Value::Property(p) => {
            let mut e = entry(me, &p.fget.clone(), qualname)?;
            e.sig = None;
            e.title = format!("property {}", e.title);
            e
        }
        Value::Function(f) => {
            let doc = match crate::interp::attr::docstring(&f.def.body) {
                Value::Str(d) => clean_doc(&d),
                _ => String::new(),
            };
            Entry {
                title: qualname
                    .map(str::to_string)
                    .unwrap_or_else(|| f.qualname.to_string()),
                sig: Some(function_sig(me, f)?),
                doc,
                members: Vec::new(),
                borrowed: false,
            }
        }
        Value::Module(m) => Entry {
            title: format!("module {}", m.name),
            sig: None,
            doc: m.doc.to_string(),
            members: m
                .globals
                .items()
                .into_iter()
                .map(|(k, _)| k.to_string())
                .filter(|k| !k.starts_with('_'))
                .collect(),
            borrowed: false,
        },
        Value::Class(c) => {
            let own = class_qualname(c);
            let new = class_member(c, "__new__");
            let sig = match &new {
                Some(Value::Builtin(b)) => Some(without_receiver(b.sig)),
                _ => None,
            };
            let doc = match (named_doc(&own), c.dict.borrow().get("__doc__"), &new) {
                (Some(d), _, _) => d.to_string(),
                (None, Some(Value::Str(d)), _) => clean_doc(d),
                (None, _, _) if c.is_exception => exception_doc(c),
                (None, _, Some(Value::Builtin(b))) => b.doc.to_string(),
                _ => String::new(),
            };
            Entry {
                title: format!("class {}", qualname.unwrap_or(&own)),
                sig,
                doc,
                members: class_members(c),
                borrowed: false,
            }
        }
        Value::Native(_) => match super::numpy::ufunc::help_of(v) {
            Some(u) => {
                let title = qualname
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("numpy.{}", u.name));
                match &u.wraps {
                    // The function's own signature says what it takes.
                    Some(f) => entry(me, f, Some(&title))?,
                    None => Entry {
                        title,
                        sig: Some(u.sig),
                        doc: u.doc,
                        members: Vec::new(),
                        borrowed: false,
                    },
                }
            }
            // A value that names itself (`torch.float32`) finds its doc under that name.
            None => {
                let shown = me.repr(v)?;
                match named_doc(&shown) {
                    Some(d) if named.is_none() => Entry {
                        title: shown,
                        sig: None,
                        doc: d.to_string(),
                        members: Vec::new(),
                        borrowed: false,
                    },
                    _ => instance_entry(me, v, qualname)?,
                }
            }
        },
        _ => instance_entry(me, v, qualname)?,
    };
    if let Some(d) = named {
        e.doc = d.to_string();
    }
    Ok(e)
}

/// A plain value (a constant): its named doc when it has one, else its class's entry.
fn instance_entry(me: &mut Interp, v: &Value, qualname: Option<&str>) -> Res<Entry> {
    if let Some(q) = qualname.filter(|q| named_doc(q).is_some()) {
        return Ok(Entry {
            title: q.to_string(),
            sig: None,
            doc: String::new(),
            members: Vec::new(),
            borrowed: false,
        });
    }
    let class = me.class_of(v);
    let mut e = entry(me, &Value::Class(class), None)?;
    e.borrowed = qualname.is_some();
    Ok(e)
}

/// The help text of an entry: signature, description, parameters (with their `name: text` descriptions),
/// members, examples.
pub fn render(e: &Entry) -> String {
    let params: Vec<String> = e.sig.as_deref().map(split_params).unwrap_or_default();
    let names: Vec<&str> = params.iter().filter_map(|p| param_name(p)).collect();
    let (text, example_text) = match e.doc.find("\n>>> ") {
        Some(i) => (&e.doc[..i], e.doc[i + 1..].trim_end()),
        None if e.doc.starts_with(">>> ") => ("", e.doc.trim_end()),
        None => (e.doc.as_str(), ""),
    };
    let mut described: Vec<(&str, &str)> = Vec::new();
    let mut description: Vec<&str> = Vec::new();
    for line in text.trim_end().lines() {
        match line.split_once(": ") {
            Some((n, d)) if names.contains(&n.trim()) => described.push((n.trim(), d.trim())),
            _ => description.push(line),
        }
    }
    let mut out = e.title.clone();
    if let Some(sig) = &e.sig {
        out.push_str(&format!("({sig})"));
    }
    let description = description.join("\n");
    if !description.trim().is_empty() {
        out.push_str("\n\n");
        out.push_str(description.trim());
    }
    if !names.is_empty() {
        out.push_str("\n\nParameters\n----------");
        for p in params.iter().filter(|p| param_name(p).is_some()) {
            out.push('\n');
            out.push_str(p);
            if let Some((_, d)) = described.iter().find(|(n, _)| Some(*n) == param_name(p)) {
                out.push_str("\n    ");
                out.push_str(d);
            }
        }
    }
    if !e.members.is_empty() {
        out.push_str("\n\nMembers\n-------\n");
        out.push_str(&wrap_words(&e.members.join(", "), 100));
    }
    if !example_text.is_empty() {
        out.push_str("\n\nExamples\n--------\n");
        out.push_str(example_text);
    }
    out.push('\n');
    out
}

/// Break `text` into lines of at most `width` columns at spaces (help texts and the REPL's command docs).
pub fn wrap_words(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut col = 0;
    for word in text.split_whitespace() {
        let w = word.chars().count();
        if col > 0 && col + 1 + w > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
    }
    out
}

/// A namespace of `NAMESPACES` as a value.
fn namespace_value(me: &mut Interp, ns: &str) -> Res<Value> {
    let mut parts = ns.split('.');
    let first = parts.next().unwrap_or(ns);
    // A builtin class (`str`) or a module (`numpy`, `torch`).
    let mut v = match me.builtins.get(first) {
        Some(class @ Value::Class(_)) => class.clone(),
        _ => me.import(first)?,
    };
    for p in parts {
        v = me.getattr(&v, p)?;
    }
    Ok(v)
}

/// Every public name of a namespace, as `dir()` lists it, with its qualified name and value.
pub fn namespace_names(me: &mut Interp, ns: &str) -> Res<Vec<(String, Value)>> {
    if ns == "builtins" {
        let mut names: Vec<(String, Value)> = me
            .builtins
            .iter()
            .filter(|(k, _)| !k.starts_with('_'))
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        return Ok(names);
    }
    let space = namespace_value(me, ns)?;
    let listed = super::builtins::dir(me, vec![space.clone()])?;
    let mut out = Vec::new();
    for name in me.collect(&listed)? {
        let Value::Str(name) = name else { continue };
        if name.starts_with('_') {
            continue;
        }
        let v = match &space {
            Value::Class(c) => match class_member(c, &name) {
                Some(v) => v,
                None => continue,
            },
            _ => me.getattr(&space, &name)?,
        };
        out.push((format!("{ns}.{name}"), v));
    }
    Ok(out)
}

/// Resolve a dotted name typed by the user (`np.linspace`, `torch.Tensor.add`, `len`) to its value and its
/// qualified name (`numpy.linspace`).
fn resolve(me: &mut Interp, text: &str) -> Res<Option<(String, Value)>> {
    let mut parts = text.split('.');
    let first = parts.next().unwrap_or("");
    let found = me
        .main
        .get(first)
        .or_else(|| me.builtins.get(first).cloned());
    let mut v = match found {
        Some(v) => v,
        None => match me.import(first) {
            Ok(m) => m,
            Err(_) => return Ok(None),
        },
    };
    let mut qual = match &v {
        Value::Module(m) => m.name.to_string(),
        Value::Class(c) => class_qualname(c),
        _ => first.to_string(),
    };
    for p in parts {
        let next = match &v {
            Value::Class(c) => class_member(c, p),
            _ => me.getattr(&v, p).ok(),
        };
        let Some(next) = next else { return Ok(None) };
        qual = match &next {
            Value::Module(m) => m.name.to_string(),
            _ => format!("{qual}.{p}"),
        };
        v = next;
    }
    Ok(Some((qual, v)))
}

/// The REPL commands' help texts, when running in the REPL.
fn command_help(me: &Interp) -> Vec<(String, String)> {
    me.state
        .get(COMMANDS_STATE_KEY)
        .and_then(|s| {
            s.borrow()
                .downcast_ref::<CommandHelp>()
                .map(|c| c.0.clone())
        })
        .unwrap_or_default()
}

/// `help("name")`, `name?`: the help of a dotted name or of a REPL command (`%timeit`).
pub fn help_for_name(me: &mut Interp, text: &str) -> Res<String> {
    let text = text.trim();
    if let Some(cmd) = text.strip_prefix('%').or_else(|| text.strip_prefix(':')) {
        let commands = command_help(me);
        return Ok(
            match commands
                .iter()
                .find(|(n, _)| n.trim_start_matches('%') == cmd)
            {
                Some((_, t)) => t.clone(),
                None => format!("No REPL command named %{cmd}.\n"),
            },
        );
    }
    match resolve(me, text)? {
        Some((qual, v)) => Ok(render(&entry(me, &v, Some(&qual))?)),
        None => Ok(format!("No documentation found for '{text}'.\n")),
    }
}

/// `help()` alone: how to ask, and the topics.
pub fn topics(me: &mut Interp) -> Res<String> {
    let mut out = String::from(
        "Welcome to nabla: a Python-compatible language for arrays and autograd.\n\n\
         help(obj) or help(\"name\") shows a signature, description, parameters and examples; in the REPL also\n\
         name? or ?name. %apropos WORD lists the names whose name or doc mentions WORD.\n\nTopics:\n",
    );
    for ns in NAMESPACES {
        let n = namespace_names(me, ns)?.len();
        out.push_str(&format!("  {ns:<22}{n} names\n"));
    }
    let commands = command_help(me);
    if !commands.is_empty() {
        let names: Vec<&str> = commands.iter().map(|(n, _)| n.as_str()).collect();
        out.push_str(&format!(
            "\nREPL commands (help(\"%name\") or %name?):\n{}\n",
            wrap_words(&names.join(" "), 100)
        ));
    }
    Ok(out)
}

/// Whether a doc's prose (its examples left out: they use many names) contains the lowercase `needle`.
fn mentions(doc: &str, needle: &str) -> bool {
    let prose = doc
        .split("\nExamples\n")
        .next()
        .unwrap_or(doc)
        .split("\n>>> ")
        .next()
        .unwrap_or(doc);
    prose.to_lowercase().contains(needle)
}

/// `%apropos word`: every reachable name whose name or doc contains `word` (case-insensitive), with the first
/// line of its doc.
pub fn apropos(me: &mut Interp, word: &str) -> Res<String> {
    let needle = word.trim().to_lowercase();
    if needle.is_empty() {
        return Err(Exc::new(ExcType::ValueError, "usage: %apropos WORD"));
    }
    let mut hits: Vec<(String, String)> = Vec::new();
    for ns in NAMESPACES {
        for (name, v) in namespace_names(me, ns)? {
            let e = entry(me, &v, Some(&name))?;
            if name.to_lowercase().contains(&needle) || mentions(&e.doc, &needle) {
                let first = e.doc.lines().next().unwrap_or("").to_string();
                hits.push((name, first));
            }
        }
    }
    for (name, text) in command_help(me) {
        if mentions(&text, &needle) {
            let first = text.lines().nth(2).unwrap_or("").to_string();
            hits.push((name, first));
        }
    }
    hits.sort();
    hits.dedup_by(|a, b| a.0 == b.0);
    if hits.is_empty() {
        return Ok(format!("Nothing mentions '{}'.", word.trim()));
    }
    let width = hits.iter().map(|(n, _)| n.len()).max().unwrap_or(0).min(36);
    Ok(hits
        .iter()
        .map(|(n, d)| format!("{n:<width$}  {d}"))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// `help(obj)`.
pub fn help_text(me: &mut Interp, v: &Value) -> Res<String> {
    match v {
        Value::None => topics(me),
        Value::Str(s) => help_for_name(me, s),
        other => Ok(render(&entry(me, other, None)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_split_at_top_level_commas_only() {
        assert_eq!(
            split_params("a, sep=', ', shape=(1, 2), *, k=None"),
            vec!["a", "sep=', '", "shape=(1, 2)", "*", "k=None"]
        );
        assert_eq!(without_receiver("self, /"), "");
        assert_eq!(without_receiver("self, x, /"), "x, /");
    }

    #[test]
    fn rendering_puts_described_parameters_under_parameters() {
        let e = Entry {
            title: "f".into(),
            sig: Some("x, num=50".into()),
            doc: "Do it.\nnum: how many.\n\n>>> f(1)\n2".into(),
            members: Vec::new(),
            borrowed: false,
        };
        assert_eq!(
            render(&e),
            "f(x, num=50)\n\nDo it.\n\nParameters\n----------\nx\nnum=50\n    how many.\n\nExamples\n--------\n>>> f(1)\n2\n"
        );
    }

    #[test]
    fn docstrings_lose_their_indentation() {
        assert_eq!(
            clean_doc("Sum.\n\n    >>> f()\n    1\n    "),
            "Sum.\n\n>>> f()\n1"
        );
    }
}
