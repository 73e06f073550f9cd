//! Hand-written lexer: Python tokens with INDENT/DEDENT, implicit line joining in brackets, and f-string pieces.

use super::span::Span;
use super::token::{IntLit, Tok, KEYWORDS, PUNCTS};
use fstring::open_fstring_field;
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub message: String,
    pub span: Span,
    /// The input ended inside a construct (bracket, triple-quoted string): the REPL asks for more lines.
    pub incomplete: bool,
    /// `IndentationError` rather than `SyntaxError`.
    pub indentation: bool,
}

pub type Spanned = (Tok, Span);

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Byte offset of `src` inside the file (f-string fields are lexed separately).
    base: usize,
    toks: Vec<Spanned>,
    indents: Vec<usize>,
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    /// False for f-string fields: no INDENT/NEWLINE tokens, newlines are whitespace.
    layout: bool,
    /// Set by `lex_partial`: errors are recorded and skipped instead of ending the lexing.
    partial: Option<Partial>,
}

/// What the REPL's editor needs from text still being typed (`lex_partial`): every token the lexer can make of
/// it, where the comments are, which brackets are still open, and whether the text ends inside a string.
#[derive(Debug, Default, PartialEq)]
pub struct Partial {
    pub tokens: Vec<Spanned>,
    /// Comments, from `#` to the end of their line.
    pub comments: Vec<Span>,
    /// Bytes no token could be made of (an invalid character, a bad escape, an unmatched `)`), skipped.
    pub errors: Vec<Span>,
    /// Byte offsets of the `(`, `[` and `{` not closed by the end of the text, outermost first.
    pub open_brackets: Vec<usize>,
    /// The string literal the text ends inside, if any.
    pub open_string: Option<OpenString>,
}

/// A string literal still open at the end of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenString {
    /// Where the literal starts (its prefix letters included) and where its contents start.
    pub start: usize,
    pub body: usize,
    pub fstring: bool,
    /// For an f-string whose text ends inside a replacement field: where the field's expression starts.
    pub field: Option<usize>,
}

/// Lex a whole file into tokens ending with NEWLINE, DEDENTs and EOF.
pub fn lex(src: &str) -> Result<Vec<Spanned>, LexError> {
    lex_at(src, 0, true)
}

/// Lex `src` whose first byte sits at `base` in the file; `layout` false lexes an expression (no INDENT/NEWLINE).
pub fn lex_at(src: &str, base: usize, layout: bool) -> Result<Vec<Spanned>, LexError> {
    let mut lx = Lexer::new(src, base, layout, None);
    lx.run()?;
    if !layout {
        lx.toks
            .retain(|(t, _)| !matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent));
    }
    Ok(lx.toks)
}

/// Lex text that may be unfinished or wrong, as the line editor holds it while the user types: never fails.
/// Newlines are whitespace (no layout tokens), the end of the text may fall inside a string or brackets, and an
/// error skips the bytes it names and lexing goes on. `base` is the byte offset of `src` in the whole text.
pub fn lex_partial(src: &str, base: usize) -> Partial {
    let mut lx = Lexer::new(src, base, false, Some(Partial::default()));
    // In partial mode `run` records its errors instead of returning them.
    let _ = lx.run();
    let mut partial = lx.partial.take().unwrap_or_default();
    partial.open_brackets = lx.brackets.iter().map(|&(_, at)| base + at).collect();
    lx.toks
        .retain(|(t, _)| !matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Eof));
    partial.tokens = lx.toks;
    partial
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}
fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str, base: usize, layout: bool, partial: Option<Partial>) -> Lexer<'a> {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            base,
            toks: Vec::new(),
            indents: vec![0],
            brackets: Vec::new(),
            at_line_start: layout,
            layout,
            partial,
        }
    }
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }
    fn err(&self, message: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError {
            message: message.into(),
            span: self.span(start, end),
            incomplete: false,
            indentation: false,
        }
    }
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }
    fn peek_at(&self, k: usize) -> Option<u8> {
        self.bytes.get(self.pos + k).copied()
    }
    fn push(&mut self, t: Tok, start: usize, end: usize) {
        let s = self.span(start, end);
        self.toks.push((t, s));
    }

    fn run(&mut self) -> Result<(), LexError> {
        loop {
            if self.at_line_start && self.brackets.is_empty() {
                self.at_line_start = false;
                if !self.indentation()? {
                    continue;
                }
            }
            let Some(c) = self.peek() else { break };
            let start = self.pos;
            if let Err(e) = self.token(c) {
                let Some(partial) = self.partial.as_mut() else {
                    return Err(e);
                };
                // Skip what the error names (at least one character) and go on.
                let end = (e.span.end as usize).saturating_sub(self.base);
                let next = self.src[start..].chars().next().map_or(1, char::len_utf8);
                self.pos = self.pos.max(end).max(start + next).min(self.bytes.len());
                partial.errors.push(e.span);
            }
        }
        if self.partial.is_some() {
            return Ok(());
        }
        self.finish()
    }

    /// Lex one token (or skip whitespace, a comment or a line continuation) starting with byte `c`.
    fn token(&mut self, c: u8) -> Result<(), LexError> {
        match c {
            b' ' | b'\t' | b'\x0c' | b'\r' => self.pos += 1,
            b'#' => {
                let start = self.pos;
                while let Some(c) = self.peek() {
                    if c == b'\n' {
                        break;
                    }
                    self.pos += 1;
                }
                let span = self.span(start, self.pos);
                if let Some(partial) = self.partial.as_mut() {
                    partial.comments.push(span);
                }
            }
            b'\n' => {
                if self.brackets.is_empty() && self.layout {
                    self.push(Tok::Newline, self.pos, self.pos + 1);
                    self.at_line_start = true;
                }
                self.pos += 1;
            }
            b'\\' => {
                // Explicit line joining.
                let mut p = self.pos + 1;
                if self.bytes.get(p) == Some(&b'\r') {
                    p += 1;
                }
                match self.bytes.get(p) {
                    Some(b'\n') => self.pos = p + 1,
                    None => {
                        let mut e =
                            self.err("unexpected EOF while parsing", self.pos, self.pos + 1);
                        e.incomplete = true;
                        return Err(e);
                    }
                    _ => {
                        return Err(self.err(
                            "unexpected character after line continuation character",
                            self.pos,
                            p,
                        ))
                    }
                }
            }
            b'0'..=b'9' => self.number()?,
            b'.' if matches!(self.peek_at(1), Some(b'0'..=b'9')) => self.number()?,
            b'"' | b'\'' => self.string(self.pos, "")?,
            _ => {
                let ch = self.src[self.pos..].chars().next().unwrap_or('\0');
                if is_id_start(ch) {
                    self.name_or_string()?;
                } else {
                    self.punct()?;
                }
            }
        }
        Ok(())
    }

    /// Check the text ended outside brackets and close the token stream: NEWLINE, DEDENTs, EOF.
    fn finish(&mut self) -> Result<(), LexError> {
        if let Some(&(open, at)) = self.brackets.last() {
            let mut e = self.err(format!("'{}' was never closed", open as char), at, at + 1);
            e.incomplete = true;
            return Err(e);
        }
        let end = self.bytes.len();
        if !matches!(self.toks.last(), None | Some((Tok::Newline, _))) {
            self.push(Tok::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, end, end);
        }
        self.push(Tok::Eof, end, end);
        Ok(())
    }

    /// Measure indentation at a line start; returns false for blank/comment lines (consumed).
    fn indentation(&mut self) -> Result<bool, LexError> {
        let start = self.pos;
        let mut col = 0usize;
        while let Some(c) = self.peek() {
            match c {
                b' ' => col += 1,
                b'\t' => col = (col / 8 + 1) * 8,
                b'\x0c' => col = 0,
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek() {
            None => return Ok(true),
            Some(b'#') | Some(b'\n') | Some(b'\r') => {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == b'\n' {
                        break;
                    }
                }
                self.at_line_start = true;
                return Ok(false);
            }
            Some(b'\\') => return Ok(true),
            _ => {}
        }
        let top = *self.indents.last().unwrap_or(&0);
        if col > top {
            self.indents.push(col);
            self.push(Tok::Indent, start, self.pos);
        } else if col < top {
            while col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
                self.push(Tok::Dedent, self.pos, self.pos);
            }
            if col != *self.indents.last().unwrap_or(&0) {
                let mut e = self.err(
                    "unindent does not match any outer indentation level",
                    start,
                    self.pos,
                );
                e.indentation = true;
                return Err(e);
            }
        }
        Ok(true)
    }

    fn name_or_string(&mut self) -> Result<(), LexError> {
        let start = self.pos;
        let rest = &self.src[start..];
        let mut end = start;
        for (i, ch) in rest.char_indices() {
            if i == 0 && !is_id_start(ch) || i > 0 && !is_id_continue(ch) {
                break;
            }
            end = start + i + ch.len_utf8();
        }
        let word = &self.src[start..end];
        // String prefixes: r, b, f, u and their two-letter combinations.
        if matches!(self.bytes.get(end), Some(b'"') | Some(b'\'')) && word.len() <= 2 {
            let lower = word.to_ascii_lowercase();
            if matches!(
                lower.as_str(),
                "r" | "b" | "f" | "u" | "rb" | "br" | "fr" | "rf"
            ) {
                self.pos = end;
                return self.string(start, &lower);
            }
        }
        self.pos = end;
        // KEYWORDS is sorted (a unit test checks): start-up lexes the whole embedded stdlib.
        if let Ok(i) = KEYWORDS.binary_search(&word) {
            self.push(Tok::Keyword(KEYWORDS[i]), start, end);
        } else {
            self.push(Tok::Name(Rc::from(word)), start, end);
        }
        Ok(())
    }

    fn punct(&mut self) -> Result<(), LexError> {
        let start = self.pos;
        let rest = &self.src[start..];
        let first = self.bytes[start];
        let Some(p) = PUNCTS
            .iter()
            .find(|p| p.as_bytes()[0] == first && rest.starts_with(**p))
        else {
            let ch = rest.chars().next().unwrap_or('?');
            let msg = if ch == '$' || ch == '?' || ch == '`' || ch == '!' {
                "invalid syntax".to_string()
            } else if ch.is_ascii() {
                "invalid syntax".to_string()
            } else {
                format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
            };
            return Err(self.err(msg, start, start + ch.len_utf8()));
        };
        self.pos += p.len();
        match *p {
            "(" | "[" | "{" => {
                // CPython's tokenizer limit; it also bounds the parser's recursion on nested displays.
                if self.brackets.len() >= 200 {
                    return Err(self.err("too many nested parentheses", start, self.pos));
                }
                self.brackets.push((p.as_bytes()[0], start))
            }
            ")" | "]" | "}" => {
                let want = match *p {
                    ")" => b'(',
                    "]" => b'[',
                    _ => b'{',
                };
                match self.brackets.pop() {
                    Some((open, _)) if open == want => {}
                    Some((open, _)) => {
                        return Err(self.err(
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                p, open as char
                            ),
                            start,
                            self.pos,
                        ))
                    }
                    None => return Err(self.err(format!("unmatched '{}'", p), start, self.pos)),
                }
            }
            _ => {}
        }
        self.push(Tok::Punct(p), start, self.pos);
        Ok(())
    }

    fn number(&mut self) -> Result<(), LexError> {
        let start = self.pos;
        let b = self.bytes;
        let radix = if b[start] == b'0' {
            match b.get(start + 1).map(|c| c.to_ascii_lowercase()) {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => 10,
            }
        } else {
            10
        };
        if radix != 10 {
            self.pos += 2;
            let ds = self.pos;
            while let Some(c) = self.peek() {
                if c.is_ascii_alphanumeric() || c == b'_' {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            let digits: String = self.src[ds..self.pos]
                .chars()
                .filter(|c| *c != '_')
                .collect();
            let v = BigInt::from_str_radix(&digits, radix).map_err(|_| {
                self.err(
                    format!("invalid {} literal", radix_name(radix)),
                    start,
                    self.pos,
                )
            })?;
            let t = Tok::Int(int_lit(v));
            self.push(t, start, self.pos);
            return Ok(());
        }
        let mut is_float = false;
        self.digits();
        if self.peek() == Some(b'.') {
            is_float = true;
            self.pos += 1;
            self.digits();
        }
        if matches!(self.peek(), Some(b'e') | Some(b'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+') | Some(b'-')) {
                self.pos += 1;
            }
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                is_float = true;
                self.digits();
            } else {
                self.pos = save;
            }
        }
        let text: String = self.src[start..self.pos]
            .chars()
            .filter(|c| *c != '_')
            .collect();
        if matches!(self.peek(), Some(b'j') | Some(b'J')) {
            self.pos += 1;
            let v: f64 = text
                .parse()
                .map_err(|_| self.err("invalid imaginary literal", start, self.pos))?;
            self.push(Tok::Imag(v), start, self.pos);
        } else if is_float {
            let v: f64 = text
                .parse()
                .map_err(|_| self.err("invalid decimal literal", start, self.pos))?;
            self.push(Tok::Float(v), start, self.pos);
        } else {
            if text.len() > 1 && text.starts_with('0') && text.bytes().any(|c| c != b'0') {
                return Err(self.err(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                    self.pos,
                ));
            }
            let v = BigInt::from_str_radix(&text, 10)
                .map_err(|_| self.err("invalid decimal literal", start, self.pos))?;
            self.push(Tok::Int(int_lit(v)), start, self.pos);
        }
        if let Some(c) = self.peek() {
            if c.is_ascii_alphabetic() || c == b'_' {
                return Err(self.err("invalid decimal literal", start, self.pos + 1));
            }
        }
        Ok(())
    }

    fn digits(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() || c == b'_' {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// Lex a string literal whose prefix (lowercased) is `prefix`; `self.pos` is at the opening quote.
    fn string(&mut self, start: usize, prefix: &str) -> Result<(), LexError> {
        let raw = prefix.contains('r');
        let is_bytes = prefix.contains('b');
        let is_f = prefix.contains('f');
        let q = self.bytes[self.pos];
        let triple = self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q);
        let qlen = if triple { 3 } else { 1 };
        self.pos += qlen;
        let body_start = self.pos;
        // Find the closing quote, skipping escapes.
        loop {
            let Some(c) = self.peek() else {
                if let Some(partial) = self.partial.as_mut() {
                    let body = &self.src[body_start..];
                    partial.open_string = Some(OpenString {
                        start: self.base + start,
                        body: self.base + body_start,
                        fstring: is_f,
                        field: is_f
                            .then(|| open_fstring_field(body))
                            .flatten()
                            .map(|f| self.base + body_start + f),
                    });
                    return Ok(());
                }
                let mut e = if triple {
                    self.err(
                        "unterminated triple-quoted string literal",
                        start,
                        self.bytes.len(),
                    )
                } else {
                    self.err("unterminated string literal", start, self.bytes.len())
                };
                e.incomplete = triple;
                return Err(e);
            };
            if c == b'\\' {
                self.pos += 2;
                continue;
            }
            if c == b'\n' && !triple {
                return Err(self.err("unterminated string literal", start, self.pos));
            }
            if c == q && (!triple || (self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q))) {
                break;
            }
            self.pos += 1;
        }
        let body_end = self.pos;
        self.pos += qlen;
        let body = &self.src[body_start..body_end];
        let tok = if is_f {
            Tok::FString(self.fstring_pieces(body, body_start, raw)?)
        } else if is_bytes {
            let s = if raw {
                body.to_string()
            } else {
                self.unescape(body, body_start)?
            };
            if !s.is_ascii() {
                return Err(self.err(
                    "bytes can only contain ASCII literal characters",
                    start,
                    self.pos,
                ));
            }
            Tok::Bytes(s.into_bytes())
        } else if raw {
            Tok::Str(body.to_string())
        } else {
            Tok::Str(self.unescape(body, body_start)?)
        };
        self.push(tok, start, self.pos);
        Ok(())
    }

    fn unescape(&self, body: &str, at: usize) -> Result<String, LexError> {
        if !body.contains('\\') {
            return Ok(body.to_string());
        }
        let mut out = String::with_capacity(body.len());
        let mut it = body.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some((_, e)) = it.next() else {
                out.push('\\');
                break;
            };
            match e {
                '\n' => {}
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                '"' => out.push('"'),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'v' => out.push('\x0b'),
                '0'..='7' => {
                    let mut v = e.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match it.peek() {
                            Some(&(_, d @ '0'..='7')) => {
                                v = v * 8 + d.to_digit(8).unwrap_or(0);
                                it.next();
                            }
                            _ => break,
                        }
                    }
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
                'x' | 'u' | 'U' => {
                    let n = match e {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let mut v = 0u32;
                    for _ in 0..n {
                        match it.next() {
                            Some((_, d)) if d.is_ascii_hexdigit() => v = v * 16 + d.to_digit(16).unwrap_or(0),
                            _ => {
                                return Err(self.err(
                                    format!(
                                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated \\{}{} escape",
                                        i,
                                        i + 1,
                                        e,
                                        "X".repeat(n)
                                    ),
                                    at + i,
                                    at + i + 2,
                                ))
                            }
                        }
                    }
                    match char::from_u32(v) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(self.err(
                                "(unicode error) illegal Unicode character",
                                at + i,
                                at + i + 2,
                            ))
                        }
                    }
                }
                'N' => {
                    return Err(self.err(
                        "\\N{...} escapes are not supported by nabla",
                        at + i,
                        at + i + 2,
                    ))
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            }
        }
        Ok(out)
    }
}

fn radix_name(r: u32) -> &'static str {
    match r {
        16 => "hexadecimal",
        8 => "octal",
        _ => "binary",
    }
}

fn int_lit(v: BigInt) -> IntLit {
    match v.to_i64() {
        Some(i) => IntLit::Small(i),
        None => IntLit::Big(Rc::new(v)),
    }
}

mod fstring;
#[cfg(test)]
mod tests;
