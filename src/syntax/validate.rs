//! The Python features nabla leaves out, and the clear errors that name them.

use super::span::Span;

/// A parse-time error, reported as Python's `SyntaxError` (or `IndentationError`).
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
    /// The input ended early: the REPL should read another line rather than report.
    pub incomplete: bool,
    pub kind: SyntaxErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    /// A valid Python construct that nabla does not implement: raised as `NotImplementedError`-style SyntaxError.
    Unsupported,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            span,
            incomplete: false,
            kind: SyntaxErrorKind::Syntax,
        }
    }
    pub fn class_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::Indentation => "IndentationError",
            _ => "SyntaxError",
        }
    }
}

/// Keywords that start a Python feature nabla does not support, with the name of that feature.
pub fn unsupported_keyword(kw: &str) -> Option<&'static str> {
    Some(match kw {
        "async" => "async functions and loops ('async')",
        "await" => "coroutines ('await')",
        "yield" => "generator functions ('yield')",
        _ => return None,
    })
}

pub fn unsupported(feature: &str, span: Span) -> SyntaxError {
    SyntaxError {
        message: format!("{feature} is not supported by nabla"),
        span,
        incomplete: false,
        kind: SyntaxErrorKind::Unsupported,
    }
}
