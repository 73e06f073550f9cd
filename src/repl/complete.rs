//! Tab completion from the session's own tables and values: names, keywords, members, keyword arguments, paths.
//!
//! Completion only reads: names bound in the session, the attribute tables of the classes of held values, module
//! namespaces and builtins' signature strings. It never evaluates an expression, never calls a property or
//! `__getattr__`, and never imports, so it cannot run user code, change the session or block on a computation;
//! `f(x).re` completes nothing. Its cost depends on the number of names, never on the size of the arrays held.

use crate::interp::value::{Class, Value};
use crate::interp::Interp;
use crate::Session;
use std::rc::Rc;

/// What Tab offers: replace `line[start..pos]` with one of `items` (sorted, without duplicates).
#[derive(Debug, Default, PartialEq)]
pub struct Completion {
    pub start: usize,
    pub items: Vec<String>,
}

/// The completions of `line` with the cursor at byte `pos`.
pub fn completions(session: &Session, line: &str, pos: usize) -> Completion {
    let mut pos = pos.min(line.len());
    while !line.is_char_boundary(pos) {
        pos -= 1;
    }
    complete(&session.interp, &line[..pos])
}

/// Where the cursor is in the text before it, from the lexer's partial mode: inside a string (its contents start
/// at the byte given; for an f-string, also where an open replacement field's expression starts), after a
/// comment, or in code with these brackets open (byte offsets of `(`, `[`, `{`).
enum Context {
    Str(usize, Option<usize>),
    Comment,
    Code(Vec<usize>),
}

fn scan(before: &str) -> Context {
    let partial = crate::syntax::lexer::lex_partial(before, 0);
    if let Some(open) = partial.open_string {
        return Context::Str(open.body, open.field);
    }
    // A comment runs to the end of its line: the cursor is in it when it reaches the end of the text.
    if partial
        .comments
        .last()
        .is_some_and(|c| c.end as usize == before.len())
    {
        return Context::Comment;
    }
    Context::Code(partial.open_brackets)
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifier that ends `text` (possibly empty), as a byte offset where it starts.
fn trailing_ident(text: &str) -> usize {
    text.trim_end_matches(is_ident_char).len()
}

/// The dotted name that ends `text` (`np.linalg.no`): its start, the names before the last dot (empty for a
/// plain name) and the last, partial name. None when what precedes the dots is not a plain name (`f(x).re`,
/// `"s".up`, `1.5`): completing that would need evaluation.
fn dotted_tail(text: &str) -> Option<(usize, Vec<&str>, &str)> {
    let word_start = trailing_ident(text);
    let word = &text[word_start..];
    let mut parts = Vec::new();
    let mut start = word_start;
    while text[..start].ends_with('.') {
        let before_dot = &text[..start - 1];
        let s = trailing_ident(before_dot);
        if s == before_dot.len() {
            return None; // `).x`, `].x`, `'s'.x`, `..x`
        }
        parts.push(&before_dot[s..]);
        start = s;
    }
    parts.reverse();
    let head = parts.first().copied().unwrap_or(word);
    if head.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `x.y` after a closing bracket or quote without a dot (`f(x)y`) is not valid code either.
    if text[..start].ends_with(['.', ')', ']', '}', '\'', '"']) {
        return None;
    }
    Some((start, parts, word))
}

fn complete(interp: &Interp, before: &str) -> Completion {
    // Tab at the start of a line indents (a block's body), as in IPython.
    if before.chars().all(|c| c == ' ' || c == '\t') {
        return Completion {
            start: before.len(),
            items: vec!["    ".into()],
        };
    }
    let open = match scan(before) {
        Context::Comment => return Completion::default(),
        // Inside an f-string's `{...}` field: complete the expression there.
        Context::Str(_, Some(field)) => {
            let mut c = complete(interp, &before[field..]);
            c.start += field;
            return c;
        }
        Context::Str(content, None) => return complete_path(before, content),
        Context::Code(open) => open,
    };
    let Some((start, parts, word)) = dotted_tail(before) else {
        return Completion::default();
    };
    let word_start = before.len() - word.len();
    let show_private = word.starts_with('_');
    let keep = |n: &str| n.starts_with(word) && (show_private || !n.starts_with('_'));
    let mut items: Vec<String>;
    if let Some(c) = complete_import(interp, before, word_start, word) {
        return c;
    }
    if parts.is_empty() {
        items = keyword_arguments(interp, before, &open, start)
            .into_iter()
            .filter(|k| k.starts_with(word))
            .map(|k| format!("{k}="))
            .collect();
        let mut names: Vec<String> = scope_names(interp)
            .into_iter()
            .chain(crate::syntax::token::KEYWORDS.iter().map(|k| k.to_string()))
            .filter(|n| keep(n))
            .collect();
        names.sort();
        names.dedup();
        items.retain(|k| !names.contains(k));
        items.extend(names);
    } else {
        let Some(owner) = resolve(interp, &parts) else {
            return Completion::default();
        };
        items = member_names(interp, &owner.value)
            .into_iter()
            .filter(|n| keep(n))
            .collect();
        items.sort();
        items.dedup();
    }
    Completion {
        start: word_start,
        items,
    }
}

/// Names visible at the prompt: the session's globals, then the builtins (`np` and `torch` among them).
fn scope_names(interp: &Interp) -> Vec<String> {
    let main = interp.main.items().into_iter().map(|(k, _)| k.to_string());
    main.chain(interp.builtins.keys().map(|k| k.to_string()))
        .collect()
}

fn lookup_name(interp: &Interp, name: &str) -> Option<Value> {
    interp
        .main
        .get(name)
        .or_else(|| interp.builtins.get(name).cloned())
}

/// A value reached by a chain of names; `bound` when it is a function fetched through an instance (its first
/// parameter is the receiver).
struct Reached {
    value: Value,
    bound: bool,
}

/// Follow `parts` from a name in scope through attributes that are stored, not computed.
fn resolve(interp: &Interp, parts: &[&str]) -> Option<Reached> {
    let (head, rest) = parts.split_first()?;
    let mut at = Reached {
        value: lookup_name(interp, head)?,
        bound: false,
    };
    for name in rest {
        at = member(interp, &at.value, name)?;
    }
    Some(at)
}

/// The attribute `name` of `v` when reading it runs no code: module globals (and submodules already imported),
/// instance and class dictionaries. Properties and `__getattr__` are code, so they stop completion.
fn member(interp: &Interp, v: &Value, name: &str) -> Option<Reached> {
    let plain = |value| {
        Some(Reached {
            value,
            bound: false,
        })
    };
    match v {
        Value::Module(m) => m
            .globals
            .get(name)
            .or_else(|| {
                interp
                    .modules
                    .get(format!("{}.{name}", m.name).as_str())
                    .cloned()
            })
            .and_then(plain),
        Value::Class(c) => match c.lookup(name)? {
            Value::StaticMethod(f) | Value::ClassMethod(f) => plain((*f).clone()),
            Value::Property(_) => None,
            other => plain(other),
        },
        Value::Function(f) => f.attrs.borrow().get(name).cloned().and_then(plain),
        Value::BoundMethod(m) => member(interp, &m.func, name),
        Value::Instance(i) => {
            if let Some(x) = i.dict.borrow().get(name) {
                return plain(x.clone());
            }
            class_member(&i.class, name)
        }
        other => class_member(&interp.class_of(other), name),
    }
}

fn class_member(class: &Rc<Class>, name: &str) -> Option<Reached> {
    match class.lookup(name)? {
        Value::Property(_) => None,
        Value::StaticMethod(f) => Some(Reached {
            value: (*f).clone(),
            bound: false,
        }),
        f @ (Value::Function(_) | Value::Builtin(_) | Value::ClassMethod(_)) => Some(Reached {
            value: match f {
                Value::ClassMethod(g) => (*g).clone(),
                g => g,
            },
            bound: true,
        }),
        other => Some(Reached {
            value: other,
            bound: false,
        }),
    }
}

/// The attribute names `dir(v)` would list, read from dictionaries only (plus submodules not imported yet).
fn member_names(interp: &Interp, v: &Value) -> Vec<String> {
    let class_names = |c: &Rc<Class>, out: &mut Vec<String>| {
        for k in c.mro.borrow().iter() {
            out.extend(k.dict.borrow().keys().map(|n| n.to_string()));
        }
    };
    let mut out = Vec::new();
    match v {
        Value::Module(m) => {
            out.extend(m.globals.items().into_iter().map(|(k, _)| k.to_string()));
            let prefix = format!("{}.", m.name);
            out.extend(
                interp
                    .module_inits
                    .keys()
                    .filter_map(|full| full.strip_prefix(prefix.as_str()))
                    .filter(|sub| !sub.contains('.'))
                    .map(str::to_string),
            );
        }
        Value::Class(c) => class_names(c, &mut out),
        Value::Function(f) => out.extend(f.attrs.borrow().keys().map(|k| k.to_string())),
        Value::Instance(i) => {
            out.extend(i.dict.borrow().keys().map(|k| k.to_string()));
            class_names(&i.class, &mut out);
        }
        other => class_names(&interp.class_of(other), &mut out),
    }
    out
}

/// Keyword parameters of the call whose `(` is the innermost open bracket, when the cursor starts an argument.
fn keyword_arguments(
    interp: &Interp,
    before: &str,
    open: &[usize],
    word_start: usize,
) -> Vec<String> {
    let Some(&paren) = open.last() else {
        return Vec::new();
    };
    if before.as_bytes()[paren] != b'(' {
        return Vec::new();
    }
    let between = before[..word_start].trim_end();
    if !(between.ends_with('(') || between.ends_with(',')) {
        return Vec::new();
    }
    let callee_text = before[..paren].trim_end();
    let Some((_, parts, last)) = dotted_tail(callee_text) else {
        return Vec::new();
    };
    if last.is_empty() {
        return Vec::new();
    }
    let mut chain = parts;
    chain.push(last);
    let Some(callee) = resolve(interp, &chain) else {
        return Vec::new();
    };
    let given = given_keywords(&before[paren + 1..word_start]);
    parameter_names(interp, &callee.value, callee.bound)
        .into_iter()
        .filter(|p| !given.iter().any(|g| g == p))
        .collect()
}

/// Names already passed as `name=` in the argument text of one call (nested brackets skipped).
fn given_keywords(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut at_arg_start = true;
    let mut rest = args;
    while let Some(c) = rest.chars().next() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => at_arg_start = true,
            c if depth == 0 && at_arg_start && is_ident_char(c) => {
                let n = rest.len() - rest.trim_start_matches(is_ident_char).len();
                let after = rest[n..].trim_start();
                if after.starts_with('=') && !after.starts_with("==") {
                    out.push(rest[..n].to_string());
                }
                at_arg_start = false;
                rest = &rest[n..];
                continue;
            }
            c if !c.is_whitespace() => at_arg_start = false,
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The names a call of `f` accepts as keywords: from a `def`'s signature, or by parsing a builtin's signature
/// string (never by calling anything).
fn parameter_names(interp: &Interp, f: &Value, bound: bool) -> Vec<String> {
    let from = |positional: Vec<Rc<str>>, posonly: usize, kwonly: Vec<Rc<str>>| {
        let skip = posonly.max(bound as usize);
        positional
            .into_iter()
            .skip(skip)
            .chain(kwonly)
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
    };
    match f {
        Value::Function(func) => {
            let s = &func.sig;
            from(
                s.positional.iter().map(|p| p.name.clone()).collect(),
                s.posonly,
                s.kwonly.iter().map(|p| p.name.clone()).collect(),
            )
        }
        Value::Builtin(b) => {
            let src = format!("def _f({}): pass\n", b.sig);
            let Ok(module) = crate::syntax::parser::parse_module(&src) else {
                return Vec::new();
            };
            let Some(crate::syntax::ast::StmtKind::FunctionDef { def, .. }) =
                module.body.first().map(|s| &s.kind)
            else {
                return Vec::new();
            };
            let p = &def.params;
            from(
                p.positional.iter().map(|q| q.name.clone()).collect(),
                p.posonly,
                p.kwonly.iter().map(|q| q.name.clone()).collect(),
            )
        }
        Value::BoundMethod(m) => parameter_names(interp, &m.func, true),
        Value::Class(c) => {
            let user_init = matches!(c.lookup("__init__"), Some(Value::Function(_)));
            let ctor = if user_init {
                c.lookup("__init__")
            } else {
                c.lookup("__new__").or_else(|| c.lookup("__init__"))
            };
            ctor.map(|f| parameter_names(interp, &f, true))
                .unwrap_or_default()
        }
        Value::Instance(_) | Value::Native(_) => match member(interp, f, "__call__") {
            Some(call) => parameter_names(interp, &call.value, call.bound),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Completion in an import statement: module paths after `import` and `from` (`import nu` -> `numpy`,
/// `from torch.n` -> `nn`), and names of an already imported module after `from m import`. None elsewhere.
fn complete_import(
    interp: &Interp,
    before: &str,
    word_start: usize,
    word: &str,
) -> Option<Completion> {
    let t = before.trim_start();
    let path_len = t.len()
        - t.trim_end_matches(|c: char| is_ident_char(c) || c == '.')
            .len();
    let path = &t[t.len() - path_len..];
    let head = t[..t.len() - path_len].trim_end();
    let mut items: Vec<String> = if let Some(from) = t.strip_prefix("from ") {
        match from.split_once(" import ") {
            None if head == "from" => module_paths(interp, path, word),
            None => return None,
            Some((module, _)) => {
                let m = interp.modules.get(module.trim())?;
                member_names(interp, m)
                    .into_iter()
                    .filter(|n| n.starts_with(word) && !n.starts_with('_'))
                    .collect()
            }
        }
    } else if t.starts_with("import ") && (head == "import" || head.ends_with(',')) {
        module_paths(interp, path, word)
    } else {
        return None;
    };
    items.sort();
    items.dedup();
    Some(Completion {
        start: word_start,
        items,
    })
}

/// The next segment of registered module names below the dotted `path` typed so far.
fn module_paths(interp: &Interp, path: &str, word: &str) -> Vec<String> {
    let parent = &path[..path.len() - word.len()];
    interp
        .module_inits
        .keys()
        .filter_map(|full| full.strip_prefix(parent))
        .filter_map(|rest| rest.split('.').next())
        .filter(|n| n.starts_with(word) && !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// Entries of the directory named by the string typed so far; directories end with `/`.
fn complete_path(before: &str, content: usize) -> Completion {
    let typed = &before[content..];
    let cut = typed.rfind('/').map_or(0, |i| i + 1);
    let (dir, prefix) = typed.split_at(cut);
    let start = content + cut;
    let dir_path = match dir {
        "" => std::path::PathBuf::from("."),
        d if d.starts_with("~/") => match std::env::var_os("HOME") {
            Some(h) => std::path::PathBuf::from(h).join(&d[2..]),
            None => return Completion::default(),
        },
        d => std::path::PathBuf::from(d),
    };
    let Ok(entries) = std::fs::read_dir(dir_path) else {
        return Completion::default();
    };
    // A bound on the work for huge directories; Tab should answer at once.
    let mut items: Vec<String> = entries
        .take(10_000)
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            if !name.starts_with(prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
                return None;
            }
            let is_dir = e.file_type().ok()?.is_dir()
                || (e.file_type().ok()?.is_symlink() && e.path().is_dir());
            Some(if is_dir { name + "/" } else { name })
        })
        .collect();
    items.sort();
    Completion { start, items }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        let mut s = Session::new(vec![String::new()]);
        s.run_source(
            "<test>",
            "a = np.zeros(3)\nt = torch.ones(2)\nword = 'x'\nitems = [1]\ntable = {}\n\
             def f(alpha, beta=2, *, gamma=3): pass\n\
             class P:\n    def __init__(self, width, height=1):\n        self.width = width\n    \
             @property\n    def area(self): return 1\n",
            false,
        )
        .ok()
        .expect("setup runs");
        s
    }

    fn items(s: &Session, line: &str) -> Vec<String> {
        completions(s, line, line.len()).items
    }

    #[test]
    fn module_members() {
        let s = session();
        let got = items(&s, "np.li");
        assert!(got.contains(&"linspace".to_string()), "{got:?}");
        assert!(got.contains(&"linalg".to_string()), "{got:?}");
        assert!(got.iter().all(|n| n.starts_with("li")));
        let c = completions(&s, "x = np.lins", 11);
        assert_eq!(c.start, 7);
        assert!(items(&s, "np.linalg.no").contains(&"norm".to_string()));
        let f = items(&s, "torch.nn.functional.rel");
        assert!(f.contains(&"relu".to_string()), "{f:?}");
    }

    #[test]
    fn methods_of_held_values() {
        let s = session();
        let got = items(&s, "a.argm");
        assert_eq!(got, ["argmax", "argmin"]);
        assert!(items(&s, "a.res").contains(&"reshape".to_string()));
        assert!(items(&s, "t.unsq").contains(&"unsqueeze".to_string()));
        assert!(items(&s, "word.up").contains(&"upper".to_string()));
        assert!(items(&s, "items.app").contains(&"append".to_string()));
        assert!(items(&s, "table.setd").contains(&"setdefault".to_string()));
        // Private names only when asked for.
        assert!(!items(&s, "a.").iter().any(|n| n.starts_with('_')));
        assert!(items(&s, "a.__").iter().any(|n| n.starts_with("__")));
    }

    #[test]
    fn names_and_keywords() {
        let s = session();
        assert!(items(&s, "ite").contains(&"items".to_string()));
        assert!(items(&s, "pri").contains(&"print".to_string()));
        assert!(items(&s, "whi").contains(&"while".to_string()));
        assert!(items(&s, "to").contains(&"torch".to_string()));
        // At the start of a line, Tab indents.
        assert_eq!(items(&s, ""), ["    "]);
        assert_eq!(items(&s, "    "), ["    "]);
        // In a comment nothing completes; a comment on an earlier line of the block does not matter.
        assert!(items(&s, "x = 1  # ite").is_empty());
        assert!(items(&s, "x = 1  # note\nite").contains(&"items".to_string()));
        // A '#' or a bracket inside a string is text.
        assert!(items(&s, "s = '#(' + ite").contains(&"items".to_string()));
    }

    #[test]
    fn keyword_arguments_from_signatures() {
        let s = session();
        let got = items(&s, "np.linspace(0, 1, num");
        assert_eq!(got.first().map(String::as_str), Some("num="), "{got:?}");
        assert!(items(&s, "f(1, ga").contains(&"gamma=".to_string()));
        assert!(!items(&s, "f(1, beta=2, be").contains(&"beta=".to_string()));
        assert!(items(&s, "P(3, hei").contains(&"height=".to_string()));
        assert!(items(&s, "a.reshape(3, ord").contains(&"order=".to_string()));
        // Not at the start of an argument: no keywords.
        assert!(!items(&s, "f(1 + ga").contains(&"gamma=".to_string()));
    }

    #[test]
    fn never_evaluates() {
        let s = session();
        assert!(items(&s, "f(a).re").is_empty());
        assert!(items(&s, "'abc'.up").is_empty());
        assert!(items(&s, "a[0].re").is_empty());
        assert!(items(&s, "1.re").is_empty());
        // A property is code: completion stops there.
        assert!(items(&s, "P(1).ar").is_empty());
        assert!(items(&s, "# np.li").is_empty());
        // Inside an f-string's field, the expression completes; outside it, the text is a path.
        let c = completions(&s, "print(f'{a.argm", 15);
        assert_eq!(
            (c.start, c.items),
            (11, vec!["argmax".to_string(), "argmin".to_string()])
        );
        assert!(items(&s, "f'{{a.argm").is_empty());
    }

    #[test]
    fn imports_and_paths() {
        let s = session();
        assert!(items(&s, "import nu").contains(&"numpy".to_string()));
        assert!(items(&s, "from torch.n").contains(&"nn".to_string()));
        let dir = std::env::temp_dir().join(format!("nabla-complete-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).expect("temp dir");
        std::fs::write(dir.join("data.csv"), "").expect("temp file");
        let line = format!("open('{}/", dir.display());
        let c = completions(&s, &line, line.len());
        assert_eq!(c.items, vec!["data.csv".to_string(), "sub/".to_string()]);
        assert_eq!(c.start, line.len());
        let line = format!("open(\"{}/da", dir.display());
        assert_eq!(items(&s, &line), vec!["data.csv".to_string()]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
