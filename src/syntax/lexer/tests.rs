//! Unit tests of the lexer: layout tokens, literals, f-string pieces and the partial mode.

use super::*;
use crate::syntax::span::Span;
use crate::syntax::token::FPiece;

fn kinds(src: &str) -> Vec<Tok> {
    lex(src).unwrap().into_iter().map(|(t, _)| t).collect()
}

#[test]
fn keywords_are_sorted_for_binary_search() {
    assert!(KEYWORDS.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(kinds("lambda")[0], Tok::Keyword("lambda"));
}

#[test]
fn indent_dedent() {
    let t = kinds("if x:\n    y\nz\n");
    assert_eq!(
        t,
        vec![
            Tok::Keyword("if"),
            Tok::Name("x".into()),
            Tok::Punct(":"),
            Tok::Newline,
            Tok::Indent,
            Tok::Name("y".into()),
            Tok::Newline,
            Tok::Dedent,
            Tok::Name("z".into()),
            Tok::Newline,
            Tok::Eof
        ]
    );
}

#[test]
fn brackets_join_lines() {
    let t = kinds("f(1,\n  2)\n");
    assert!(!t[..t.len() - 2].contains(&Tok::Newline));
}

#[test]
fn unclosed_is_incomplete() {
    assert!(lex("f(1,\n").unwrap_err().incomplete);
    assert!(lex("'''abc\n").unwrap_err().incomplete);
    assert!(!lex("'abc\n").unwrap_err().incomplete);
}

#[test]
fn numbers() {
    assert_eq!(kinds("0x1f")[0], Tok::Int(IntLit::Small(31)));
    assert_eq!(kinds("1_000")[0], Tok::Int(IntLit::Small(1000)));
    assert_eq!(kinds("1e3")[0], Tok::Float(1000.0));
    assert_eq!(kinds(".5")[0], Tok::Float(0.5));
    assert_eq!(kinds("2j")[0], Tok::Imag(2.0));
    assert!(matches!(
        kinds("99999999999999999999")[0],
        Tok::Int(IntLit::Big(_))
    ));
}

#[test]
fn fstring_fields() {
    let t = kinds("f'a{x!r:>{w}}b{{'");
    match &t[0] {
        Tok::FString(p) => {
            assert_eq!(p.len(), 3);
            assert!(matches!(
                &p[1],
                FPiece::Field {
                    conversion: Some('r'),
                    spec: Some(_),
                    ..
                }
            ));
            assert_eq!(p[2], FPiece::Lit("b{".into()));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn partial_text_never_fails() {
    let p = lex_partial("f(a, [1, 'x#", 0);
    assert_eq!(p.open_brackets, vec![1, 5]);
    assert_eq!(
        p.open_string,
        Some(OpenString {
            start: 9,
            body: 10,
            fstring: false,
            field: None
        })
    );
    assert!(p.comments.is_empty());
    assert_eq!(p.tokens.len(), 7);

    // Errors are skipped and lexing goes on; comments are recorded; a stray closer is an error.
    let p = lex_partial("1 $ x) # c\ny", 0);
    assert_eq!(p.errors, vec![Span::new(2, 3), Span::new(5, 6)]);
    assert_eq!(p.comments, vec![Span::new(7, 10)]);
    assert_eq!(
        p.tokens.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>(),
        vec![
            Tok::Int(IntLit::Small(1)),
            Tok::Name("x".into()),
            Tok::Name("y".into())
        ]
    );

    // Ending inside an f-string's field, with the base offset applied.
    let p = lex_partial("f'a{{b}} {x.re", 100);
    assert_eq!(
        p.open_string,
        Some(OpenString {
            start: 100,
            body: 102,
            fstring: true,
            field: Some(110)
        })
    );
    // A closed field is not open.
    assert_eq!(
        lex_partial("f'{x} ", 0).open_string.and_then(|o| o.field),
        None
    );
}
