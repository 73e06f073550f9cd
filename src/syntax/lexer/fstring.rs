//! f-string bodies: literal text and `{expr!conversion:spec}` replacement fields, nested specs included.

use super::{LexError, Lexer};
use crate::syntax::token::FPiece;
/// Where the replacement field open at the end of an f-string's text starts (just after its `{`), if one is.
pub(super) fn open_fstring_field(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut open = None;
    let mut i = 0;
    while i < b.len() {
        match (b[i], open) {
            (b'{', None) if b.get(i + 1) == Some(&b'{') => i += 1, // `{{` is a literal brace
            (b'{', None) => open = Some(i + 1),
            (b'}', Some(_)) => open = None,
            _ => {}
        }
        i += 1;
    }
    open
}

impl Lexer<'_> {
    /// Split an f-string body into literal text and `{expr!c:spec}` fields.
    pub(super) fn fstring_pieces(
        &self,
        body: &str,
        at: usize,
        raw: bool,
    ) -> Result<Vec<FPiece>, LexError> {
        let mut pieces = Vec::new();
        let mut lit = String::new();
        let b = body.as_bytes();
        let mut i = 0;
        let mut lit_start = 0;
        let flush = |lit: &mut String,
                     pieces: &mut Vec<FPiece>,
                     s: &str,
                     lx: &Self,
                     off: usize|
         -> Result<(), LexError> {
            lit.push_str(&if raw {
                s.to_string()
            } else {
                lx.unescape(s, off)?
            });
            let _ = pieces;
            Ok(())
        };
        while i < b.len() {
            match b[i] {
                b'{' if b.get(i + 1) == Some(&b'{') => {
                    flush(
                        &mut lit,
                        &mut pieces,
                        &body[lit_start..i],
                        self,
                        at + lit_start,
                    )?;
                    lit.push('{');
                    i += 2;
                    lit_start = i;
                }
                b'}' if b.get(i + 1) == Some(&b'}') => {
                    flush(
                        &mut lit,
                        &mut pieces,
                        &body[lit_start..i],
                        self,
                        at + lit_start,
                    )?;
                    lit.push('}');
                    i += 2;
                    lit_start = i;
                }
                b'}' => {
                    return Err(self.err("f-string: single '}' is not allowed", at + i, at + i + 1))
                }
                b'{' => {
                    flush(
                        &mut lit,
                        &mut pieces,
                        &body[lit_start..i],
                        self,
                        at + lit_start,
                    )?;
                    if !lit.is_empty() {
                        pieces.push(FPiece::Lit(std::mem::take(&mut lit)));
                    }
                    let (piece, next) = self.fstring_field(body, i + 1, at, raw)?;
                    pieces.push(piece);
                    i = next;
                    lit_start = i;
                }
                _ => i += 1,
            }
        }
        flush(
            &mut lit,
            &mut pieces,
            &body[lit_start..],
            self,
            at + lit_start,
        )?;
        if !lit.is_empty() {
            pieces.push(FPiece::Lit(lit));
        }
        Ok(pieces)
    }

    /// Parse one field starting just after `{`; returns the piece and the index after its `}`.
    fn fstring_field(
        &self,
        body: &str,
        from: usize,
        at: usize,
        raw: bool,
    ) -> Result<(FPiece, usize), LexError> {
        let b = body.as_bytes();
        let mut depth = 0i32;
        let mut i = from;
        let mut quote: Option<u8> = None;
        // The expression ends at a top-level '!', ':' or '}' (not '!=').
        while i < b.len() {
            let c = b[i];
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth -= 1,
                b'}' if depth > 0 => depth -= 1,
                b'}' => break,
                b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => break,
                b':' if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
        if i >= b.len() {
            return Err(self.err("f-string: expecting '}'", at + from - 1, at + b.len()));
        }
        let mut expr = &body[from..i];
        let mut debug_text = None;
        let trimmed = expr.trim_end();
        if trimmed.ends_with('=')
            && !trimmed.ends_with("==")
            && !trimmed.ends_with("!=")
            && !trimmed.ends_with("<=")
            && !trimmed.ends_with(">=")
        {
            debug_text = Some(expr.to_string());
            expr = &trimmed[..trimmed.len() - 1];
        }
        if expr.trim().is_empty() {
            return Err(self.err(
                "f-string: empty expression not allowed",
                at + from - 1,
                at + i + 1,
            ));
        }
        let mut conversion = None;
        if b[i] == b'!' {
            match b.get(i + 1) {
                Some(&c @ (b'r' | b's' | b'a')) => conversion = Some(c as char),
                _ => {
                    return Err(self.err(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        at + i,
                        at + i + 2,
                    ))
                }
            }
            i += 2;
        }
        let mut spec = None;
        if b.get(i) == Some(&b':') {
            // The spec runs to the matching '}' and may contain nested fields.
            let s = i + 1;
            let mut d = 0;
            let mut j = s;
            while j < b.len() {
                match b[j] {
                    b'{' => d += 1,
                    b'}' if d == 0 => break,
                    b'}' => d -= 1,
                    _ => {}
                }
                j += 1;
            }
            spec = Some(self.fstring_pieces(&body[s..j], at + s, raw)?);
            i = j;
        }
        if b.get(i) != Some(&b'}') {
            return Err(self.err("f-string: expecting '}'", at + from - 1, at + i));
        }
        let piece = FPiece::Field {
            expr: expr.to_string(),
            offset: (self.base + at + from) as u32,
            conversion,
            spec,
            debug_text,
        };
        Ok((piece, i + 1))
    }
}
