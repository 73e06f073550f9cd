//! Tokens produced by the lexer: Python's token kinds, with literal values already decoded.

use num_bigint::BigInt;
use std::fmt;
use std::rc::Rc;

/// An integer literal: small values stay machine integers.
#[derive(Debug, Clone, PartialEq)]
pub enum IntLit {
    Small(i64),
    Big(Rc<BigInt>),
}

/// One piece of an f-string: literal text or a replacement field.
#[derive(Debug, Clone, PartialEq)]
pub enum FPiece {
    Lit(String),
    Field {
        /// Source text of the expression, and its byte offset in the file (for spans).
        expr: String,
        offset: u32,
        /// `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec, which may itself contain fields.
        spec: Option<Vec<FPiece>>,
        /// `f"{x=}"`: the text `x=` printed before the value.
        debug_text: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(Rc<str>),
    Keyword(&'static str),
    Int(IntLit),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FPiece>),
    /// Operators and delimiters, spelled as in the source.
    Punct(&'static str),
    Newline,
    Indent,
    Dedent,
    Eof,
}

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Longest first, so that the lexer's greedy match picks `**=` before `**` before `*`.
pub const PUNCTS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "@=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

impl Tok {
    pub fn is_punct(&self, p: &str) -> bool {
        matches!(self, Tok::Punct(q) if *q == p)
    }
    pub fn is_kw(&self, k: &str) -> bool {
        matches!(self, Tok::Keyword(q) if *q == k)
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Name(n) => write!(f, "name '{n}'"),
            Tok::Keyword(k) => write!(f, "'{k}'"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => write!(f, "number"),
            Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_) => write!(f, "string"),
            Tok::Punct(p) => write!(f, "'{p}'"),
            Tok::Newline => write!(f, "end of line"),
            Tok::Indent => write!(f, "indent"),
            Tok::Dedent => write!(f, "dedent"),
            Tok::Eof => write!(f, "end of input"),
        }
    }
}
