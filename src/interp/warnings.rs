//! Python warnings as CPython's default filter shows them. Library code calls `Interp::warn`; the warning is
//! printed to stderr once control is back in the innermost frame of the program itself (not of an embedded
//! stdlib module), as `FILE:LINE: Category: message` and the stripped source line, once per message, category
//! and location.

use super::eval::Frame;
use super::exceptions::ExcType;
use super::Interp;
use crate::syntax::span::Span;
use std::collections::HashSet;

#[derive(Default)]
pub struct Warnings {
    /// Raised by library code and not yet attributed to a line of the program.
    pending: Vec<(ExcType, String)>,
    /// (message, category, file, line) already shown: the default action shows each once per location.
    shown: HashSet<(String, ExcType, String, usize)>,
}

impl Warnings {
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }
}

impl Interp {
    /// Issue a warning of `category` (a subclass of Warning) from library code.
    pub fn warn(&mut self, category: ExcType, message: impl Into<String>) {
        self.warnings.pending.push((category, message.into()));
    }

    /// Show the pending warnings at `span` of frame `f`, unless `f` runs library code: they then wait for the
    /// program frame that called it (CPython would name NumPy's own Python files, which nabla does not have).
    pub(super) fn flush_warnings(&mut self, f: &Frame, span: Span) {
        if f.source.library {
            return;
        }
        let line = f.source.line_of(span.start);
        // CPython names a script by its absolute path (the working directory joined to the path as given);
        // `<stdin>` and `<string>` stay as they are.
        let file = if f.source.name.starts_with('<') || f.source.name.starts_with('/') {
            f.source.name.clone()
        } else {
            match std::env::current_dir() {
                Ok(d) => format!("{}/{}", d.display(), f.source.name),
                Err(_) => f.source.name.clone(),
            }
        };
        let mut text = String::new();
        for (category, message) in std::mem::take(&mut self.warnings.pending) {
            let key = (message, category, file.clone(), line);
            if self.warnings.shown.contains(&key) {
                continue;
            }
            let (message, ..) = &key;
            text.push_str(&format!("{file}:{line}: {}: {message}\n", category.name()));
            // CPython's linecache cannot read `<stdin>` or `<string>`: no source line for them.
            if !f.source.name.starts_with('<') {
                let src = f.source.line_text(line).trim();
                if !src.is_empty() {
                    text.push_str(&format!("  {src}\n"));
                }
            }
            self.warnings.shown.insert(key);
        }
        eprint!("{text}");
    }
}
