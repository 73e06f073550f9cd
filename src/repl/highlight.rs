//! Syntax colours for the line being typed, from the language's own lexer in its partial mode.
//!
//! Keywords, builtins, numbers, strings (with the code inside f-string fields coloured as code), comments,
//! bytes no token can be made of, and the bracket matching the one at the cursor. The text may be unfinished
//! or wrong at any point: `lex_partial` never fails, so colouring never stops at the first mistake.

use crate::syntax::lexer::{lex_partial, Partial};
use crate::syntax::span::Span;
use crate::syntax::token::{FPiece, Tok};

const KEYWORD: &str = "\x1b[35m";
const BUILTIN: &str = "\x1b[34m";
const NUMBER: &str = "\x1b[36m";
const STRING: &str = "\x1b[32m";
const COMMENT: &str = "\x1b[2m";
const ERROR: &str = "\x1b[31m";
const MATCHING_BRACKET: &str = "\x1b[1;4m";
const RESET: &str = "\x1b[0m";

/// One coloured stretch of the text: bytes `start..end` painted with `color`.
struct Paint {
    start: usize,
    end: usize,
    color: &'static str,
}

/// `line` with ANSI colours. `cursor` (a byte offset) picks the bracket whose partner is shown; `is_builtin`
/// says whether a name refers to a builtin (`print`, `np`) in the session.
pub fn highlight(line: &str, cursor: Option<usize>, is_builtin: &dyn Fn(&str) -> bool) -> String {
    let mut paints = Vec::new();
    paint_code(line, 0, is_builtin, &mut paints);
    if let Some(cursor) = cursor {
        paint_matching_brackets(line, cursor, &mut paints);
    }
    render(line, paints)
}

/// The paints of `src`, a piece of `line` starting at byte `base` (the whole line, or an f-string field).
fn paint_code(src: &str, base: usize, is_builtin: &dyn Fn(&str) -> bool, out: &mut Vec<Paint>) {
    let Partial {
        tokens,
        comments,
        errors,
        open_string,
        ..
    } = lex_partial(src, base);
    let line = |span: Span| (span.start as usize, span.end as usize);
    for (tok, span) in &tokens {
        let (start, end) = line(*span);
        let color = match tok {
            Tok::Keyword(_) => KEYWORD,
            Tok::Name(n) if is_builtin(n) => BUILTIN,
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => NUMBER,
            Tok::Str(_) | Tok::Bytes(_) => STRING,
            Tok::FString(pieces) => {
                paint_fstring(src, base, start, end, pieces, is_builtin, out);
                continue;
            }
            _ => continue,
        };
        out.push(Paint { start, end, color });
    }
    for (spans, color) in [(comments, COMMENT), (errors, ERROR)] {
        for span in spans {
            let (start, end) = line(span);
            out.push(Paint { start, end, color });
        }
    }
    if let Some(open) = open_string {
        let end = base + src.len();
        match open.field {
            Some(field) => {
                out.push(Paint {
                    start: open.start,
                    end: field,
                    color: STRING,
                });
                if let Some(expr) = src.get(field - base..) {
                    paint_code(expr, field, is_builtin, out);
                }
            }
            None => out.push(Paint {
                start: open.start,
                end,
                color: STRING,
            }),
        }
    }
}

/// An f-string: its text green, the expressions of its fields (and of fields nested in format specs) as code.
fn paint_fstring(
    src: &str,
    base: usize,
    start: usize,
    end: usize,
    pieces: &[FPiece],
    is_builtin: &dyn Fn(&str) -> bool,
    out: &mut Vec<Paint>,
) {
    let mut fields = Vec::new();
    collect_fields(pieces, &mut fields);
    let mut at = start;
    for (offset, len) in fields {
        if offset < at || offset + len > end {
            continue;
        }
        out.push(Paint {
            start: at,
            end: offset,
            color: STRING,
        });
        if let Some(expr) = src.get(offset - base..offset - base + len) {
            paint_code(expr, offset, is_builtin, out);
        }
        at = offset + len;
    }
    out.push(Paint {
        start: at,
        end,
        color: STRING,
    });
}

/// The (byte offset, length) of every field expression in `pieces`, in order.
fn collect_fields(pieces: &[FPiece], out: &mut Vec<(usize, usize)>) {
    for piece in pieces {
        if let FPiece::Field {
            expr, offset, spec, ..
        } = piece
        {
            out.push((*offset as usize, expr.len()));
            if let Some(spec) = spec {
                collect_fields(spec, out);
            }
        }
    }
}

/// Underline the bracket at the cursor (or just before it) and its partner.
fn paint_matching_brackets(line: &str, cursor: usize, out: &mut Vec<Paint>) {
    let tokens = lex_partial(line, 0).tokens;
    let mut open: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for (tok, span) in &tokens {
        let at = span.start as usize;
        match tok {
            Tok::Punct("(" | "[" | "{") => open.push(at),
            Tok::Punct(")" | "]" | "}") => {
                if let Some(o) = open.pop() {
                    pairs.push((o, at));
                }
            }
            _ => {}
        }
    }
    let touches = |at: usize| at == cursor || at + 1 == cursor;
    // The bracket under the cursor wins over the one just before it.
    let pair = pairs
        .iter()
        .find(|(o, c)| *o == cursor || *c == cursor)
        .or_else(|| pairs.iter().find(|(o, c)| touches(*o) || touches(*c)));
    if let Some(&(o, c)) = pair {
        out.push(Paint {
            start: o,
            end: o + 1,
            color: MATCHING_BRACKET,
        });
        out.push(Paint {
            start: c,
            end: c + 1,
            color: MATCHING_BRACKET,
        });
    }
}

/// The text with the paints applied. Paints may nest (a field inside an f-string, a matching bracket inside a
/// token); at each byte the innermost (last pushed among those covering it) wins.
fn render(line: &str, mut paints: Vec<Paint>) -> String {
    paints.retain(|p| p.start < p.end && p.end <= line.len());
    let mut color_at: Vec<Option<&str>> = vec![None; line.len()];
    for p in &paints {
        for slot in &mut color_at[p.start..p.end] {
            *slot = Some(p.color);
        }
    }
    let mut out = String::with_capacity(line.len() + 16 * paints.len());
    let mut current: Option<&str> = None;
    for (i, ch) in line.char_indices() {
        let want = color_at[i];
        if want != current {
            if current.is_some() {
                out.push_str(RESET);
            }
            if let Some(c) = want {
                out.push_str(c);
            }
            current = want;
        }
        out.push(ch);
    }
    if current.is_some() {
        out.push_str(RESET);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin(name: &str) -> bool {
        matches!(name, "print" | "np" | "len")
    }

    fn paint(line: &str, cursor: Option<usize>) -> String {
        highlight(line, cursor, &builtin)
    }

    #[test]
    fn tokens_get_their_colours() {
        assert_eq!(
            paint("if x: print(1.5, 'a')  # note", None),
            "\x1b[35mif\x1b[0m x: \x1b[34mprint\x1b[0m(\x1b[36m1.5\x1b[0m, \x1b[32m'a'\x1b[0m)  \
             \x1b[2m# note\x1b[0m"
        );
    }

    #[test]
    fn unfinished_text_is_still_coloured() {
        // An open string runs to the end; an open bracket does not stop the colours before it.
        assert_eq!(
            paint("len(x, 'abc", None),
            "\x1b[34mlen\x1b[0m(x, \x1b[32m'abc\x1b[0m"
        );
        // An invalid character is red and lexing goes on after it.
        assert_eq!(
            paint("1 $ 2", None),
            "\x1b[36m1\x1b[0m \x1b[31m$\x1b[0m \x1b[36m2\x1b[0m"
        );
        // A '#' inside a string is not a comment.
        assert_eq!(paint("'#'", None), "\x1b[32m'#'\x1b[0m");
    }

    #[test]
    fn fstring_fields_are_code() {
        assert_eq!(
            paint("f'a{len(x)}b'", None),
            "\x1b[32mf'a{\x1b[0m\x1b[34mlen\x1b[0m(x)\x1b[32m}b'\x1b[0m"
        );
        // Still typing inside a field of an open f-string.
        assert_eq!(paint("f'{np", None), "\x1b[32mf'{\x1b[0m\x1b[34mnp\x1b[0m");
    }

    #[test]
    fn the_bracket_at_the_cursor_shows_its_partner() {
        let u = MATCHING_BRACKET;
        assert_eq!(
            paint("(a[1])", Some(6)),
            format!("{u}({RESET}a[\x1b[36m1\x1b[0m]{u}){RESET}")
        );
        assert_eq!(
            paint("(a[1])", Some(2)),
            format!("(a{u}[{RESET}\x1b[36m1\x1b[0m{u}]{RESET})")
        );
        // Nothing to match: no underline.
        assert_eq!(paint("(a", Some(2)), "(a");
    }
}
