//! Every `>>>` example in the definitions tables' docs runs and prints what the doc says.

use nabla::interp::Output;
use nabla::Session;

/// (code, expected output) pairs from a doc string.
fn examples(doc: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = doc.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(code) = line.strip_prefix(">>> ") else {
            continue;
        };
        let mut code = code.to_string();
        while let Some(cont) = lines.peek().and_then(|l| l.strip_prefix("... ")) {
            code.push('\n');
            code.push_str(cont);
            lines.next();
        }
        let mut expected = Vec::new();
        while let Some(l) = lines.peek() {
            if l.is_empty() || l.starts_with(">>> ") {
                break;
            }
            // As in doctest, an empty output line is written `<BLANKLINE>`.
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

#[test]
fn doc_examples_run_and_match() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (ns, def) in nabla::library::all_defs() {
        for (code, expected) in examples(def.doc) {
            count += 1;
            let mut session = Session::new(vec!["docs".into()]);
            session.interp.out = Output::Buffer(Vec::new());
            let setup = "import math\nimport random\nimport numpy as np\n";
            if session.run_source("<setup>", setup, false).is_err() {
                failures.push(format!("{ns}.{}: setup failed", def.name));
                continue;
            }
            let result = session.run_source("<doc>", &format!("{code}\n"), true);
            let got = match &session.interp.out {
                Output::Buffer(b) => String::from_utf8_lossy(b).trim_end().to_string(),
                _ => String::new(),
            };
            if result.is_err() || got != expected {
                failures.push(format!(
                    "{ns}.{}: `{code}`\n    expected: {expected:?}\n    got:      {got:?}{}",
                    def.name,
                    if result.is_err() { " (raised)" } else { "" }
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
