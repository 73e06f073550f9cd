//! Help coverage and examples. Every public name reachable from the builtins, numpy and torch (the namespaces of
//! `library::help::NAMESPACES`, listed by the session's own `dir()`) has a help entry with at least one `>>>`
//! example, except the names in `tests/docs_pending.txt`, which may only shrink. Every example of every entry, of
//! every definitions table and of every named doc runs, each doc's examples in one fresh session (as doctest),
//! and prints what the doc says.
//!
//! `NABLA_DOCS_DUMP=FILE cargo test --test docs dump` writes every doc's examples as JSON for
//! `tests/docs_examples_check.py`, which runs them under CPython + NumPy + PyTorch.

use nabla::interp::Output;
use nabla::library::help;
use nabla::Session;
use std::collections::{BTreeMap, BTreeSet};

const PENDING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/docs_pending.txt");

/// The value, or a panic naming what failed and the exception's kind.
fn ok<T>(r: Result<T, Box<nabla::interp::exceptions::Exc>>, what: &str) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{what} raised {:?}", e.builtin_kind()),
    }
}

fn quiet_session() -> Session {
    let mut session = Session::new(vec!["docs".into()]);
    session.interp.out = Output::Buffer(Vec::new());
    session
}

/// Every reachable public name with its doc, in namespace order.
fn reachable_docs() -> Vec<(String, String)> {
    let mut session = quiet_session();
    let mut out = Vec::new();
    for ns in help::NAMESPACES {
        let names = ok(help::namespace_names(&mut session.interp, ns), ns);
        for (name, value) in names {
            let entry = ok(help::entry(&mut session.interp, &value, Some(&name)), &name);
            // A value shown through its class's entry has no doc of its own.
            let doc = if entry.borrowed {
                String::new()
            } else {
                entry.doc
            };
            out.push((name, doc));
        }
    }
    out
}

/// Every doc with examples, once each (several names share a doc): reachable names first, then the definitions
/// tables (methods of str, list, ... and the math module) and the named docs.
fn all_docs() -> Vec<(String, String)> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let tables = nabla::library::all_defs()
        .into_iter()
        .map(|(ns, d)| (format!("{ns}.{}", d.name), d.doc.to_string()));
    let named = nabla::library::all_named_docs()
        .into_iter()
        .map(|(n, d)| (n.to_string(), d.to_string()));
    for (name, doc) in reachable_docs().into_iter().chain(tables).chain(named) {
        if !help::examples(&doc).is_empty() && seen.insert(doc.clone()) {
            out.push((name, doc));
        }
    }
    out
}

fn pending_list() -> Vec<String> {
    let text = std::fs::read_to_string(PENDING).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_reachable_name_has_an_example() {
    let docs: BTreeMap<String, bool> = reachable_docs()
        .into_iter()
        .map(|(name, doc)| (name, !help::examples(&doc).is_empty()))
        .collect();
    let pending = pending_list();
    let pending_set: BTreeSet<&str> = pending.iter().map(String::as_str).collect();
    let missing: Vec<&String> = docs
        .iter()
        .filter(|(n, has)| !**has && !pending_set.contains(n.as_str()))
        .map(|(n, _)| n)
        .collect();
    let now_documented: Vec<&String> = pending
        .iter()
        .filter(|n| docs.get(*n) == Some(&true))
        .collect();
    let gone: Vec<&String> = pending.iter().filter(|n| !docs.contains_key(*n)).collect();
    let covered = docs.values().filter(|h| **h).count();
    eprintln!(
        "docs: {covered} of {} reachable names have examples; {} pending",
        docs.len(),
        pending.len()
    );
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!(
            "{} names have no `>>>` example (write one, see tests/docs_examples_check.py):\n  {}",
            missing.len(),
            missing
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n  ")
        ));
    }
    if !now_documented.is_empty() {
        problems.push(format!(
            "{} names in {PENDING} now have examples; delete them from the list:\n  {}",
            now_documented.len(),
            now_documented
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n  ")
        ));
    }
    if !gone.is_empty() {
        problems.push(format!(
            "{} names in {PENDING} are no longer reachable; delete them from the list:\n  {}",
            gone.len(),
            gone.iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n  ")
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// The output of running `doc`'s examples in one session: per example (code, expected, got, raised).
fn run_examples(doc: &str) -> Vec<(String, String, String, bool)> {
    let mut session = quiet_session();
    let setup = "import math\nimport random\nimport numpy as np\nimport torch\n";
    assert!(session.run_source("<setup>", setup, false).is_ok());
    let mut out = Vec::new();
    for (code, expected) in help::examples(doc) {
        session.interp.out = Output::Buffer(Vec::new());
        let result = session.run_source("<doc>", &format!("{code}\n"), true);
        let got = match &session.interp.out {
            Output::Buffer(b) => String::from_utf8_lossy(b).trim_end().to_string(),
            _ => String::new(),
        };
        out.push((code, expected, got, result.is_err()));
    }
    out
}

#[test]
fn doc_examples_run_and_match() {
    // Examples that write files (open, %save) write them in a directory of their own.
    let dir = std::env::temp_dir().join(format!("nabla-docs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    std::env::set_current_dir(&dir).expect("cd to the temporary directory");
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, doc) in all_docs() {
        for (code, expected, got, raised) in run_examples(&doc) {
            count += 1;
            if raised || got != expected {
                failures.push(format!(
                    "{name}: `{code}`\n    expected: {expected:?}\n    got:      {got:?}{}",
                    if raised { " (raised)" } else { "" }
                ));
            }
        }
    }
    eprintln!("docs: {count} examples checked");
    assert!(count >= 50, "only {count} documented examples");
    assert!(
        failures.is_empty(),
        "{} of {count} doc examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// With NABLA_DOCS_DUMP set: every doc's examples as `[{"name", "examples": [[code, expected], ...]}]`.
#[test]
fn dump() {
    let Some(path) = std::env::var_os("NABLA_DOCS_DUMP") else {
        return;
    };
    let items: Vec<String> = all_docs()
        .iter()
        .map(|(name, doc)| {
            let examples: Vec<String> = help::examples(doc)
                .iter()
                .map(|(c, e)| format!("[{}, {}]", json_str(c), json_str(e)))
                .collect();
            format!(
                "{{\"name\": {}, \"examples\": [{}]}}",
                json_str(name),
                examples.join(", ")
            )
        })
        .collect();
    std::fs::write(&path, format!("[\n{}\n]\n", items.join(",\n"))).expect("write the dump");
}

#[test]
fn help_shows_parameters_and_examples() {
    let mut session = quiet_session();
    let text = ok(
        help::help_for_name(&mut session.interp, "np.concatenate"),
        "np.concatenate",
    );
    assert!(text.starts_with("numpy.concatenate("), "{text}");
    assert!(text.contains("\nParameters\n----------\n"), "{text}");
    assert!(text.contains("\nExamples\n--------\n>>> "), "{text}");
    // A dtype, a module and a class have entries too.
    for name in [
        "np.float32",
        "torch.float32",
        "np.linalg",
        "torch.Tensor",
        "np.pi",
    ] {
        let text = ok(help::help_for_name(&mut session.interp, name), name);
        assert!(!text.starts_with("No documentation"), "{name}: {text}");
    }
    let text = help::help_for_name(&mut session.interp, "no_such_name").unwrap_or_default();
    assert_eq!(text, "No documentation found for 'no_such_name'.\n");
    let topics = help::topics(&mut session.interp).unwrap_or_default();
    assert!(topics.contains("numpy.linalg"), "{topics}");
}

#[test]
fn apropos_finds_names_and_words_of_docs() {
    let mut session = quiet_session();
    let hits = help::apropos(&mut session.interp, "concatenate").unwrap_or_default();
    assert!(
        hits.lines().any(|l| l.starts_with("numpy.concatenate ")),
        "{hits}"
    );
    let none = help::apropos(&mut session.interp, "zzzqqq").unwrap_or_default();
    assert_eq!(none, "Nothing mentions 'zzzqqq'.");
}
