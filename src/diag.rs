//! Diagnostics: tracebacks and source excerpts (ariadne, byte offsets), ending with Python's exact last line.
//! Colour only when asked (a terminal without NO_COLOR); tests compare only the last line.

use crate::interp::exceptions::Exc;
use crate::syntax::span::{SourceFile, Span};
use crate::syntax::validate::SyntaxError;
use ariadne::{CharSet, Color, Config, IndexType, Label, Report, ReportKind, Source};

/// Whether stderr output should be coloured.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

fn config(color: bool) -> Config {
    Config::new()
        .with_color(color)
        .with_index_type(IndexType::Byte)
        .with_char_set(if color {
            CharSet::Unicode
        } else {
            CharSet::Ascii
        })
}

/// An ariadne excerpt of `span` in `source`, labelled with `label`.
fn excerpt(
    source: &SourceFile,
    span: Span,
    title: &str,
    label: &str,
    note: Option<&str>,
    color: bool,
) -> String {
    let len = source.text.len();
    let mut start = (span.start as usize).min(len);
    let mut end = (span.end as usize).clamp(start, len);
    // Spans must fall on character boundaries.
    while start > 0 && !source.text.is_char_boundary(start) {
        start -= 1;
    }
    while end < len && !source.text.is_char_boundary(end) {
        end += 1;
    }
    let id = source.name.clone();
    let mut report = Report::build(ReportKind::Error, (id.clone(), start..end))
        .with_config(config(color))
        .with_message(title)
        .with_label(
            Label::new((id.clone(), start..end))
                .with_message(label)
                .with_color(Color::Red),
        );
    if let Some(n) = note {
        report = report.with_help(n);
    }
    let mut buf = Vec::new();
    if report
        .finish()
        .write((id, Source::from(source.text.as_str())), &mut buf)
        .is_err()
    {
        return String::new();
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// Every syntax error found, then Python's last line for the first one.
pub fn render_syntax_errors(errs: &[SyntaxError], source: &SourceFile, color: bool) -> String {
    let mut out = String::new();
    for e in errs {
        out.push_str(&excerpt(
            source, e.span, &e.message, &e.message, None, color,
        ));
    }
    if let Some(first) = errs.first() {
        let line = source.line_of(first.span.start);
        out.push_str(&format!("  File \"{}\", line {}\n", source.name, line));
        out.push_str(&format!("{}: {}\n", first.class_name(), first.message));
    }
    out
}

/// A traceback (outermost frame first), an excerpt of the failing expression, and `Name: message`.
pub fn render_exception(e: &Exc, name: &str, msg: &str, color: bool) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    // Like CPython, collapse runs of an identical frame after three repeats.
    let mut last: Option<(String, usize, String)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for t in e.traceback.iter().rev() {
        let line = t.source.line_of(t.span.start);
        let key = (t.source.name.clone(), line, t.func.to_string());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush(&mut out, repeats);
            repeats = 1;
            last = Some(key);
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            t.source.name, line, t.func
        ));
        let text = t.source.line_text(line).trim();
        if !text.is_empty() {
            out.push_str(&format!("    {text}\n"));
        }
    }
    flush(&mut out, repeats);
    if let Some(inner) = e.traceback.first() {
        let label = if msg.is_empty() {
            name.to_string()
        } else {
            format!("{name}: {msg}")
        };
        out.push_str(&excerpt(
            &inner.source,
            inner.span,
            name,
            &label,
            e.hint.as_deref(),
            color,
        ));
    }
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    out
}
