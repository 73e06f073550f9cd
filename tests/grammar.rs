//! Parses every example in `grammar/nabla.ebnf`.
//!
//! `(*> ... *)` blocks are programs nabla must accept (parse and resolve); `(*! ... *)` blocks are programs it must
//! reject. A block ends at the first `*)` that closes a line. The text of a block is dedented as if its opening
//! marker were spaces, so a multi-line example keeps its Python indentation. A rejected example whose first line is
//! the comment `# not supported` is Python that nabla leaves out: its error must say "not supported".

use nabla::syntax::parser::parse_module;
use nabla::syntax::resolve::{resolve_module, GlobalNames};

const MIN_ACCEPTED: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Accept,
    Reject,
}

struct Example {
    kind: Kind,
    line: usize,
    src: String,
}

fn grammar_text() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/grammar/nabla.ebnf");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// Remove the indentation common to all non-blank lines, and blank lines at either end.
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end()).collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let lines = &lines[first..=last];
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| if l.len() >= indent { &l[indent..] } else { "" })
        .collect::<Vec<_>>()
        .join("\n")
}

fn examples(text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    loop {
        let a = rest.find("(*>");
        let b = rest.find("(*!");
        let (at, kind) = match (a, b) {
            (Some(a), Some(b)) if a < b => (a, Kind::Accept),
            (Some(_), Some(b)) => (b, Kind::Reject),
            (Some(a), None) => (a, Kind::Accept),
            (None, Some(b)) => (b, Kind::Reject),
            (None, None) => break,
        };
        let line = text[..offset + at].matches('\n').count() + 1;
        // Column of the marker: the marker counts as indentation of the first line.
        let line_start = text[..offset + at].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let col = offset + at - line_start;
        let body_start = at + 3;
        // The block ends at the first `*)` followed by the end of its line.
        let mut search = body_start;
        let end = loop {
            let Some(i) = rest[search..].find("*)") else {
                panic!("grammar/nabla.ebnf:{line}: example block is never closed");
            };
            let after = &rest[search + i + 2..];
            let eol = after.find('\n').unwrap_or(after.len());
            if after[..eol].trim().is_empty() {
                break search + i;
            }
            search += i + 2;
        };
        let raw = format!("{}{}", " ".repeat(col + 3), &rest[body_start..end]);
        let mut src = dedent(&raw);
        src.push('\n');
        out.push(Example { kind, line, src });
        offset += end + 2;
        rest = &rest[end + 2..];
    }
    out
}

fn show(ex: &Example) -> String {
    let body: String = ex.src.lines().map(|l| format!("    | {l}\n")).collect();
    format!("grammar/nabla.ebnf:{}:\n{body}", ex.line)
}

#[test]
fn accepted_examples_parse_and_resolve() {
    let text = grammar_text();
    let all = examples(&text);
    let accepted: Vec<&Example> = all.iter().filter(|e| e.kind == Kind::Accept).collect();
    let mut failures = Vec::new();
    for ex in &accepted {
        match parse_module(&ex.src) {
            Ok(mut module) => {
                if let Err(errs) = resolve_module(&mut module, &mut GlobalNames::default()) {
                    let msgs: Vec<String> = errs
                        .iter()
                        .map(|e| format!("  resolve: {}", e.message))
                        .collect();
                    failures.push(format!("{}{}", show(ex), msgs.join("\n")));
                }
            }
            Err(errs) => {
                let msgs: Vec<String> = errs
                    .iter()
                    .map(|e| format!("  {} at {:?}: {}", e.class_name(), e.span, e.message))
                    .collect();
                failures.push(format!("{}{}", show(ex), msgs.join("\n")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples that must parse were rejected:\n\n{}",
        failures.len(),
        accepted.len(),
        failures.join("\n\n")
    );
    assert!(
        accepted.len() >= MIN_ACCEPTED,
        "only {} accepted examples in grammar/nabla.ebnf (want at least {MIN_ACCEPTED})",
        accepted.len()
    );
}

#[test]
fn rejected_examples_fail() {
    let text = grammar_text();
    let all = examples(&text);
    let rejected: Vec<&Example> = all.iter().filter(|e| e.kind == Kind::Reject).collect();
    let mut failures = Vec::new();
    for ex in &rejected {
        if parse_module(&ex.src).is_ok() {
            failures.push(show(ex));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples that must be rejected were accepted:\n\n{}",
        failures.len(),
        rejected.len(),
        failures.join("\n\n")
    );
    assert!(
        !rejected.is_empty(),
        "no rejected examples in grammar/nabla.ebnf"
    );
}

/// The unsupported-feature examples must name the feature, not just say "invalid syntax".
#[test]
fn unsupported_features_are_named() {
    let text = grammar_text();
    let mut failures = Vec::new();
    let mut count = 0;
    for ex in examples(&text).iter().filter(|e| e.kind == Kind::Reject) {
        // Examples of unsupported Python start with the comment line `# not supported`.
        if !ex.src.starts_with("# not supported") {
            continue;
        }
        count += 1;
        match parse_module(&ex.src) {
            Ok(_) => failures.push(format!("{}  accepted", show(ex))),
            Err(errs) => {
                if !errs.iter().any(|e| e.message.contains("not supported")) {
                    let msgs: Vec<String> =
                        errs.iter().map(|e| format!("  {}", e.message)).collect();
                    failures.push(format!("{}{}", show(ex), msgs.join("\n")));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} unsupported-feature examples did not say 'not supported':\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(count >= 5, "only {count} unsupported-feature examples");
}

#[test]
fn extraction_dedents() {
    let ex = examples("x\n  (*> if a:\n          b *)\n(*! (1, *) *)\n");
    assert_eq!(ex.len(), 2);
    assert_eq!(ex[0].src, "if a:\n    b\n");
    assert_eq!(ex[0].line, 2);
    assert_eq!(ex[1].kind, Kind::Reject);
    assert_eq!(ex[1].src, "(1, *)\n");
}
