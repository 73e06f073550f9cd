//! Recursive-descent parser from tokens to the AST, recovering at statement boundaries to report every error.
//!
//! Hand-written rather than combinator-built: Python's error messages (`expected ':'`, `invalid syntax. Perhaps you
//! forgot a comma?`) and its statement-level recovery are easiest to reproduce with explicit control, and it keeps
//! compile times low on small machines.

use super::ast::*;
use super::lexer::{lex, lex_at, LexError, Spanned};
use super::span::Span;
use super::token::{FPiece, Tok};
use super::validate::{unsupported, unsupported_keyword, SyntaxError, SyntaxErrorKind};
use std::rc::Rc;

type PResult<T> = Result<T, SyntaxError>;

pub struct Parser {
    toks: Vec<Spanned>,
    pos: usize,
    errors: Vec<SyntaxError>,
    /// Expression nesting depth, bounded so that parsing, resolving and evaluating never exhaust the stack.
    depth: usize,
}

/// Deeper expressions are rejected (CPython's compiler has a similar limit).
const MAX_EXPR_DEPTH: usize = 400;

fn from_lex(e: LexError) -> SyntaxError {
    SyntaxError {
        message: e.message,
        span: e.span,
        incomplete: e.incomplete,
        kind: if e.indentation {
            SyntaxErrorKind::Indentation
        } else {
            SyntaxErrorKind::Syntax
        },
    }
}

/// Parse a whole file or REPL input. On failure returns every error found (at least one).
pub fn parse_module(src: &str) -> Result<Module, Vec<SyntaxError>> {
    let toks = lex(src).map_err(|e| vec![from_lex(e)])?;
    let mut p = Parser {
        toks,
        pos: 0,
        errors: Vec::new(),
        depth: 0,
    };
    let body = p.file();
    if p.errors.is_empty() {
        Ok(Module {
            body,
            layout: FrameLayout::default(),
        })
    } else {
        Err(p.errors)
    }
}

fn bin_op(t: &Tok) -> Option<(BinOp, u8)> {
    // Binding power: higher binds tighter.
    let Tok::Punct(p) = t else { return None };
    Some(match *p {
        "|" => (BinOp::BitOr, 1),
        "^" => (BinOp::BitXor, 2),
        "&" => (BinOp::BitAnd, 3),
        "<<" => (BinOp::LShift, 4),
        ">>" => (BinOp::RShift, 4),
        "+" => (BinOp::Add, 5),
        "-" => (BinOp::Sub, 5),
        "*" => (BinOp::Mul, 6),
        "/" => (BinOp::Div, 6),
        "//" => (BinOp::FloorDiv, 6),
        "%" => (BinOp::Mod, 6),
        "@" => (BinOp::MatMul, 6),
        _ => return None,
    })
}

fn aug_op(t: &Tok) -> Option<BinOp> {
    let Tok::Punct(p) = t else { return None };
    Some(match *p {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mul,
        "@=" => BinOp::MatMul,
        "/=" => BinOp::Div,
        "//=" => BinOp::FloorDiv,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "&=" => BinOp::BitAnd,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        _ => return None,
    })
}

fn name(id: Rc<str>) -> Name {
    Name {
        id,
        at: NameRef::Unresolved,
    }
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].0
    }
    fn peek_at(&self, k: usize) -> &Tok {
        &self.toks[(self.pos + k).min(self.toks.len() - 1)].0
    }
    fn span(&self) -> Span {
        self.toks[self.pos.min(self.toks.len() - 1)].1
    }
    fn prev_span(&self) -> Span {
        self.toks[self.pos.saturating_sub(1)].1
    }
    fn bump(&mut self) -> Spanned {
        let t = self.toks[self.pos.min(self.toks.len() - 1)].clone();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }
    fn at_punct(&self, p: &str) -> bool {
        self.peek().is_punct(p)
    }
    fn at_kw(&self, k: &str) -> bool {
        self.peek().is_kw(k)
    }
    fn eat_punct(&mut self, p: &str) -> bool {
        if self.at_punct(p) {
            self.bump();
            true
        } else {
            false
        }
    }
    fn eat_kw(&mut self, k: &str) -> bool {
        if self.at_kw(k) {
            self.bump();
            true
        } else {
            false
        }
    }
    fn error_here(&self, msg: impl Into<String>) -> SyntaxError {
        let mut e = SyntaxError::new(msg, self.span());
        if matches!(self.peek(), Tok::Eof) {
            e.incomplete = true;
        }
        e
    }
    fn invalid(&self) -> SyntaxError {
        if let Tok::Keyword(k) = self.peek() {
            if let Some(feature) = unsupported_keyword(k) {
                return unsupported(feature, self.span());
            }
        }
        self.error_here("invalid syntax")
    }
    fn expect_punct(&mut self, p: &str) -> PResult<Span> {
        if self.at_punct(p) {
            Ok(self.bump().1)
        } else if p == ":" || p == "=" || p == "(" || p == ")" || p == "]" || p == "}" || p == "." {
            if matches!(self.peek(), Tok::Keyword(_))
                && unsupported_keyword(self.kw_str()).is_some()
            {
                return Err(self.invalid());
            }
            Err(self.error_here(format!("expected '{p}'")))
        } else {
            Err(self.invalid())
        }
    }
    fn kw_str(&self) -> &'static str {
        match self.peek() {
            Tok::Keyword(k) => k,
            _ => "",
        }
    }
    fn expect_name(&mut self) -> PResult<(Rc<str>, Span)> {
        match self.peek().clone() {
            Tok::Name(n) => {
                let s = self.bump().1;
                Ok((n, s))
            }
            _ => Err(self.invalid()),
        }
    }

    // ---------------------------------------------------------------- statements

    fn file(&mut self) -> Vec<Stmt> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::Eof => break,
                Tok::Newline => {
                    self.bump();
                }
                Tok::Indent => {
                    let e = SyntaxError {
                        message: "unexpected indent".into(),
                        span: self.span(),
                        incomplete: false,
                        kind: SyntaxErrorKind::Indentation,
                    };
                    self.errors.push(e);
                    self.bump();
                }
                Tok::Dedent => {
                    self.bump();
                }
                _ => self.statement_into(&mut body),
            }
        }
        body
    }

    /// Parse one statement (a simple line may hold several), recovering to the next line on error.
    fn statement_into(&mut self, out: &mut Vec<Stmt>) {
        match self.statement(out) {
            Ok(()) => {}
            Err(e) => {
                let incomplete = e.incomplete;
                self.errors.push(e);
                if incomplete {
                    self.pos = self.toks.len() - 1;
                    return;
                }
                self.recover();
                out.push(Stmt {
                    kind: StmtKind::Error,
                    span: self.prev_span(),
                });
            }
        }
    }

    /// Skip to the end of the current logical line, and past any block that hangs off it.
    fn recover(&mut self) {
        while !matches!(self.peek(), Tok::Newline | Tok::Eof) {
            self.bump();
        }
        self.eat_newline();
        if matches!(self.peek(), Tok::Indent) {
            let mut depth = 0;
            loop {
                match self.peek() {
                    Tok::Indent => depth += 1,
                    Tok::Dedent => {
                        depth -= 1;
                        if depth == 0 {
                            self.bump();
                            break;
                        }
                    }
                    Tok::Eof => break,
                    _ => {}
                }
                self.bump();
            }
        }
    }

    fn eat_newline(&mut self) {
        if matches!(self.peek(), Tok::Newline) {
            self.bump();
        }
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let start = self.span();
        let kind = match self.peek().clone() {
            Tok::Keyword("if") => self.if_stmt()?,
            Tok::Keyword("while") => {
                self.bump();
                let cond = self.named_expr()?;
                let body = self.block()?;
                let orelse = self.else_block()?;
                StmtKind::While(cond, body, orelse)
            }
            Tok::Keyword("for") => {
                self.bump();
                let target = self.target_list()?;
                if !self.eat_kw("in") {
                    return Err(self.error_here("expected 'in'"));
                }
                let iter = self.expr_list()?;
                let body = self.block()?;
                let orelse = self.else_block()?;
                StmtKind::For(target, iter, body, orelse)
            }
            Tok::Keyword("try") => self.try_stmt()?,
            Tok::Keyword("with") => {
                self.bump();
                let mut items = Vec::new();
                let paren = self.at_punct("(") && self.paren_with_items();
                if paren {
                    self.bump();
                }
                loop {
                    let ctx = self.expression()?;
                    let var = if self.eat_kw("as") {
                        Some(self.target()?)
                    } else {
                        None
                    };
                    items.push((ctx, var));
                    if !self.eat_punct(",") {
                        break;
                    }
                    if paren && self.at_punct(")") {
                        break;
                    }
                }
                if paren {
                    self.expect_punct(")")?;
                }
                let body = self.block()?;
                StmtKind::With(items, body)
            }
            Tok::Keyword("def") => {
                let (def, target) = self.funcdef()?;
                StmtKind::FunctionDef {
                    def,
                    decorators: Vec::new(),
                    target,
                }
            }
            Tok::Keyword("class") => {
                let (def, target) = self.classdef()?;
                StmtKind::ClassDef {
                    def,
                    decorators: Vec::new(),
                    target,
                }
            }
            Tok::Punct("@") => {
                let mut decorators = Vec::new();
                while self.eat_punct("@") {
                    decorators.push(self.named_expr()?);
                    if !matches!(self.peek(), Tok::Newline) {
                        return Err(self.invalid());
                    }
                    self.bump();
                }
                if self.at_kw("def") {
                    let (def, target) = self.funcdef()?;
                    StmtKind::FunctionDef {
                        def,
                        decorators,
                        target,
                    }
                } else if self.at_kw("class") {
                    let (def, target) = self.classdef()?;
                    StmtKind::ClassDef {
                        def,
                        decorators,
                        target,
                    }
                } else {
                    return Err(self.invalid());
                }
            }
            Tok::Keyword("async") => return Err(self.invalid()),
            Tok::Name(n) if &*n == "match" && self.looks_like_match() => {
                return Err(unsupported("the 'match' statement", start))
            }
            _ => {
                // One or more simple statements on one line.
                loop {
                    let s = self.span();
                    let kind = self.simple_stmt()?;
                    let span = s.to(self.prev_span());
                    out.push(Stmt { kind, span });
                    if self.eat_punct(";") {
                        if matches!(self.peek(), Tok::Newline | Tok::Eof) {
                            break;
                        }
                        continue;
                    }
                    break;
                }
                match self.peek() {
                    Tok::Newline => {
                        self.bump();
                    }
                    Tok::Eof => {}
                    _ => {
                        return Err(self.error_here("invalid syntax"));
                    }
                }
                return Ok(());
            }
        };
        let span = start.to(self.prev_span());
        out.push(Stmt { kind, span });
        Ok(())
    }

    fn looks_like_match(&self) -> bool {
        // `match x:` at statement start; `match = 3` or `match(x)` calls stay names.
        !matches!(self.peek_at(1), Tok::Punct(_) | Tok::Newline | Tok::Eof)
    }

    fn paren_with_items(&self) -> bool {
        // `with (a as b, c as d):` — scan to the matching ')' and see if ':' follows directly.
        let mut depth = 0;
        let mut i = self.pos;
        while i < self.toks.len() {
            match &self.toks[i].0 {
                Tok::Punct("(") | Tok::Punct("[") | Tok::Punct("{") => depth += 1,
                Tok::Punct(")") | Tok::Punct("]") | Tok::Punct("}") => {
                    depth -= 1;
                    if depth == 0 {
                        return self
                            .toks
                            .get(i + 1)
                            .map(|t| t.0.is_punct(":"))
                            .unwrap_or(false)
                            && self.toks[self.pos..i].iter().any(|t| t.0.is_kw("as"));
                    }
                }
                Tok::Newline | Tok::Eof => return false,
                _ => {}
            }
            i += 1;
        }
        false
    }

    fn if_stmt(&mut self) -> PResult<StmtKind> {
        self.bump(); // if / elif
        let cond = self.named_expr()?;
        let body = self.block()?;
        let orelse = if self.at_kw("elif") {
            let s = self.span();
            let k = self.if_stmt()?;
            vec![Stmt {
                kind: k,
                span: s.to(self.prev_span()),
            }]
        } else {
            self.else_block()?
        };
        Ok(StmtKind::If(cond, body, orelse))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.eat_kw("else") {
            self.block()
        } else {
            Ok(Vec::new())
        }
    }

    /// `':' NEWLINE INDENT stmt+ DEDENT` or `':' simple_stmts`.
    fn block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_punct(":")?;
        let mut body = Vec::new();
        if matches!(self.peek(), Tok::Newline) {
            self.bump();
            if !matches!(self.peek(), Tok::Indent) {
                let mut e = SyntaxError {
                    message: "expected an indented block".into(),
                    span: self.span(),
                    incomplete: matches!(self.peek(), Tok::Eof),
                    kind: SyntaxErrorKind::Indentation,
                };
                if let Some(prev) = self.toks.get(self.pos.saturating_sub(3)) {
                    let _ = prev;
                }
                if e.incomplete {
                    e.span = self.prev_span();
                }
                return Err(e);
            }
            self.bump();
            loop {
                match self.peek() {
                    Tok::Dedent => {
                        self.bump();
                        break;
                    }
                    Tok::Eof => break,
                    Tok::Newline => {
                        self.bump();
                    }
                    _ => self.statement_into(&mut body),
                }
            }
        } else {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let body = self.block()?;
        let mut handlers = Vec::new();
        while self.at_kw("except") {
            let s = self.bump().1;
            if self.at_punct("*") {
                return Err(unsupported("'except*'", self.span()));
            }
            let mut kind = None;
            let mut nm = None;
            if !self.at_punct(":") {
                kind = Some(self.expression()?);
                if self.eat_kw("as") {
                    nm = Some(name(self.expect_name()?.0));
                } else if self.at_punct(",") {
                    return Err(self.error_here("multiple exception types must be parenthesized"));
                }
            }
            let hbody = self.block()?;
            handlers.push(Handler {
                kind,
                name: nm,
                body: hbody,
                span: s,
            });
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finally = if self.eat_kw("finally") {
            self.block()?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finally.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        Ok(StmtKind::Try {
            body,
            handlers,
            orelse,
            finally,
        })
    }

    fn funcdef(&mut self) -> PResult<(Rc<FuncDef>, Name)> {
        let start = self.bump().1; // def
        let (nm, _) = self.expect_name()?;
        self.expect_punct("(")?;
        let params = self.params(")")?;
        self.expect_punct(")")?;
        if self.eat_punct("->") {
            self.expression()?;
        }
        let body = self.block()?;
        let def = FuncDef {
            name: nm.clone(),
            params,
            body,
            is_lambda: false,
            span: start.to(self.prev_span()),
            layout: FrameLayout::default(),
        };
        Ok((Rc::new(def), name(nm)))
    }

    fn params(&mut self, close: &str) -> PResult<Params> {
        let mut ps = Params::default();
        let mut seen_star = false;
        let mut seen_default = false;
        while !self.at_punct(close) {
            let s = self.span();
            if self.eat_punct("**") {
                let (n, _) = self.expect_name()?;
                self.annotation(close)?;
                ps.varkw = Some(n);
                self.eat_punct(",");
                break;
            } else if self.eat_punct("*") {
                if seen_star {
                    return Err(SyntaxError::new("* argument may appear only once", s));
                }
                seen_star = true;
                if let Tok::Name(n) = self.peek().clone() {
                    self.bump();
                    self.annotation(close)?;
                    ps.varargs = Some(n);
                }
            } else if self.eat_punct("/") {
                ps.posonly = ps.positional.len();
            } else {
                let (n, sp) = self.expect_name()?;
                self.annotation(close)?;
                let default = if self.eat_punct("=") {
                    Some(self.expression()?)
                } else {
                    None
                };
                let all = ps.positional.iter().chain(ps.kwonly.iter());
                if all.clone().any(|p| p.name == n) {
                    return Err(SyntaxError::new(
                        format!("duplicate argument '{n}' in function definition"),
                        sp,
                    ));
                }
                let param = Param {
                    name: n,
                    default,
                    span: sp,
                };
                if seen_star {
                    ps.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(SyntaxError::new(
                            "non-default argument follows default argument",
                            sp,
                        ));
                    }
                    ps.positional.push(param);
                }
            }
            if !self.eat_punct(",") {
                break;
            }
        }
        Ok(ps)
    }

    fn annotation(&mut self, close: &str) -> PResult<()> {
        if close == ")" && self.eat_punct(":") {
            self.expression()?;
        }
        Ok(())
    }

    fn classdef(&mut self) -> PResult<(Rc<ClassDef>, Name)> {
        let start = self.bump().1;
        let (nm, _) = self.expect_name()?;
        let mut bases = Vec::new();
        if self.eat_punct("(") {
            bases = self.call_args()?;
            self.expect_punct(")")?;
        }
        let body = self.block()?;
        let def = ClassDef {
            name: nm.clone(),
            bases,
            body,
            span: start.to(self.prev_span()),
            layout: FrameLayout::default(),
        };
        Ok((Rc::new(def), name(nm)))
    }

    fn simple_stmt(&mut self) -> PResult<StmtKind> {
        let start = self.span();
        match self.peek().clone() {
            Tok::Keyword("pass") => {
                self.bump();
                Ok(StmtKind::Pass)
            }
            Tok::Keyword("break") => {
                self.bump();
                Ok(StmtKind::Break)
            }
            Tok::Keyword("continue") => {
                self.bump();
                Ok(StmtKind::Continue)
            }
            Tok::Keyword("return") => {
                self.bump();
                if self.at_simple_end() {
                    Ok(StmtKind::Return(None))
                } else {
                    Ok(StmtKind::Return(Some(self.expr_list_star()?)))
                }
            }
            Tok::Keyword("raise") => {
                self.bump();
                if self.at_simple_end() {
                    return Ok(StmtKind::Raise(None, None));
                }
                let e = self.expression()?;
                let cause = if self.eat_kw("from") {
                    Some(self.expression()?)
                } else {
                    None
                };
                Ok(StmtKind::Raise(Some(e), cause))
            }
            Tok::Keyword("global") | Tok::Keyword("nonlocal") => {
                let is_global = self.at_kw("global");
                self.bump();
                let mut names = vec![self.expect_name()?.0];
                while self.eat_punct(",") {
                    names.push(self.expect_name()?.0);
                }
                Ok(if is_global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                })
            }
            Tok::Keyword("del") => {
                self.bump();
                let mut targets = vec![self.target()?];
                while self.eat_punct(",") {
                    if self.at_simple_end() {
                        break;
                    }
                    targets.push(self.target()?);
                }
                for t in &targets {
                    check_target(t, "delete")?;
                }
                Ok(StmtKind::Del(targets))
            }
            Tok::Keyword("assert") => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_punct(",") {
                    Some(self.expression()?)
                } else {
                    None
                };
                Ok(StmtKind::Assert(test, msg))
            }
            Tok::Keyword("import") => {
                self.bump();
                let mut names = Vec::new();
                loop {
                    let s = self.span();
                    let module = self.dotted_name()?;
                    let alias = if self.eat_kw("as") {
                        Some(name(self.expect_name()?.0))
                    } else {
                        None
                    };
                    let first: Rc<str> = Rc::from(module.split('.').next().unwrap_or(&module));
                    names.push(ImportName {
                        module,
                        alias,
                        bind: name(first),
                        span: s.to(self.prev_span()),
                    });
                    if !self.eat_punct(",") {
                        break;
                    }
                }
                Ok(StmtKind::Import(names))
            }
            Tok::Keyword("from") => {
                self.bump();
                if self.at_punct(".") || self.at_punct("...") {
                    return Err(unsupported("relative imports", self.span()));
                }
                let module = self.dotted_name()?;
                if !self.eat_kw("import") {
                    return Err(self.error_here("invalid syntax"));
                }
                let mut names = Vec::new();
                if self.eat_punct("*") {
                    return Ok(StmtKind::ImportFrom { module, names });
                }
                let paren = self.eat_punct("(");
                loop {
                    let (n, _) = self.expect_name()?;
                    let bind = if self.eat_kw("as") {
                        self.expect_name()?.0
                    } else {
                        n.clone()
                    };
                    names.push((n, name(bind)));
                    if !self.eat_punct(",") {
                        break;
                    }
                    if paren && self.at_punct(")") {
                        break;
                    }
                }
                if paren {
                    self.expect_punct(")")?;
                }
                Ok(StmtKind::ImportFrom { module, names })
            }
            Tok::Keyword(k) if unsupported_keyword(k).is_some() => Err(self.invalid()),
            _ => {
                let first = self.expr_list_star()?;
                if let Some(op) = aug_op(self.peek()) {
                    check_target(&first, "augassign")?;
                    self.bump();
                    let value = self.expr_list()?;
                    return Ok(StmtKind::AugAssign(first, op, value));
                }
                if self.at_punct(":") {
                    // Annotated assignment `x: int = 3`.
                    self.bump();
                    let ann = self.expression()?;
                    check_target(&first, "assign")?;
                    let value = if self.eat_punct("=") {
                        Some(self.expr_list_star()?)
                    } else {
                        None
                    };
                    return Ok(StmtKind::AnnAssign(first, ann, value));
                }
                if self.at_punct("=") {
                    let mut targets = vec![first];
                    let mut value;
                    loop {
                        self.bump();
                        value = self.expr_list_star()?;
                        if !self.at_punct("=") {
                            break;
                        }
                        targets.push(value);
                    }
                    for t in &targets {
                        check_target(t, "assign")?;
                    }
                    return Ok(StmtKind::Assign(targets, value));
                }
                if let ExprKind::Starred(_) = first.kind {
                    return Err(SyntaxError::new(
                        "can't use starred expression here",
                        first.span,
                    ));
                }
                if !self.at_simple_end() {
                    return Err(self.missing_comma_or_invalid(start));
                }
                Ok(StmtKind::Expr(first))
            }
        }
    }

    fn missing_comma_or_invalid(&self, _start: Span) -> SyntaxError {
        let prev = &self.toks[self.pos.saturating_sub(1)].0;
        let starts_atom = matches!(
            self.peek(),
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Str(_)
                | Tok::FString(_)
                | Tok::Imag(_)
        );
        let prev_atom = matches!(
            prev,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Str(_)
                | Tok::FString(_)
                | Tok::Punct(")")
                | Tok::Punct("]")
        );
        if let Tok::Keyword(k) = self.peek() {
            if let Some(f) = unsupported_keyword(k) {
                return unsupported(f, self.span());
            }
        }
        if starts_atom && prev_atom && false {
            return self.error_here("invalid syntax. Perhaps you forgot a comma?");
        }
        self.error_here("invalid syntax")
    }

    fn at_simple_end(&self) -> bool {
        matches!(self.peek(), Tok::Newline | Tok::Eof) || self.at_punct(";")
    }

    fn dotted_name(&mut self) -> PResult<Rc<str>> {
        let mut s = self.expect_name()?.0.to_string();
        while self.eat_punct(".") {
            s.push('.');
            s.push_str(&self.expect_name()?.0);
        }
        Ok(Rc::from(s))
    }

    // ---------------------------------------------------------------- expressions

    /// Comma-separated expressions (a tuple when there is a comma), starred items allowed.
    fn expr_list_star(&mut self) -> PResult<Expr> {
        self.expr_list_impl(true)
    }
    fn expr_list(&mut self) -> PResult<Expr> {
        self.expr_list_impl(true)
    }

    fn expr_list_impl(&mut self, allow_star: bool) -> PResult<Expr> {
        let start = self.span();
        let first = self.star_or_expr(allow_star)?;
        if !self.at_punct(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_punct(",") {
            if self.at_expr_end() {
                break;
            }
            items.push(self.star_or_expr(allow_star)?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: start.to(self.prev_span()),
        })
    }

    fn at_expr_end(&self) -> bool {
        matches!(self.peek(), Tok::Newline | Tok::Eof)
            || [")", "]", "}", "=", ";", ":"]
                .iter()
                .any(|p| self.at_punct(p))
            || aug_op(self.peek()).is_some()
            || self.at_kw("in")
    }

    fn star_or_expr(&mut self, allow_star: bool) -> PResult<Expr> {
        if allow_star && self.at_punct("*") {
            let s = self.bump().1;
            let e = self.or_expr()?;
            let span = s.to(e.span);
            return Ok(Expr {
                kind: ExprKind::Starred(Box::new(e)),
                span,
            });
        }
        self.named_expr()
    }

    /// Targets of `for`: a comma list of or-expressions (no `in` comparisons).
    fn target_list(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.target()?;
        if !self.at_punct(",") {
            check_target(&first, "assign")?;
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_punct(",") {
            if self.at_kw("in") || self.at_punct("=") {
                break;
            }
            items.push(self.target()?);
        }
        let e = Expr {
            kind: ExprKind::Tuple(items),
            span: start.to(self.prev_span()),
        };
        check_target(&e, "assign")?;
        Ok(e)
    }

    fn target(&mut self) -> PResult<Expr> {
        if self.at_punct("*") {
            let s = self.bump().1;
            let e = self.or_expr()?;
            let span = s.to(e.span);
            return Ok(Expr {
                kind: ExprKind::Starred(Box::new(e)),
                span,
            });
        }
        self.or_expr()
    }

    fn named_expr(&mut self) -> PResult<Expr> {
        let e = self.expression()?;
        if self.at_punct(":=") {
            return Err(unsupported("assignment expressions (':=')", self.span()));
        }
        Ok(e)
    }

    /// `test`: conditional expression or lambda.
    pub fn expression(&mut self) -> PResult<Expr> {
        self.depth += 1;
        let r = self.expression_inner();
        self.depth -= 1;
        r
    }

    fn too_deep(&self) -> SyntaxError {
        SyntaxError::new("too many nested expressions", self.span())
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.too_deep());
        }
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let body = self.or_test()?;
        if self.at_kw("if") {
            // Only treat as conditional expression if an `else` follows at this level.
            self.bump();
            let cond = self.or_test()?;
            if !self.eat_kw("else") {
                return Err(self.error_here("expected 'else' after 'if' expression"));
            }
            let orelse = self.expression()?;
            let span = body.span.to(orelse.span);
            return Ok(Expr {
                kind: ExprKind::IfExp(Box::new(cond), Box::new(body), Box::new(orelse)),
                span,
            });
        }
        Ok(body)
    }

    fn expression_nocond(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        self.or_test()
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.bump().1;
        let params = self.params(":")?;
        self.expect_punct(":")?;
        let body = self.expression()?;
        let span = start.to(body.span);
        let ret = Stmt {
            span: body.span,
            kind: StmtKind::Return(Some(body)),
        };
        let def = FuncDef {
            name: Rc::from("<lambda>"),
            params,
            body: vec![ret],
            is_lambda: true,
            span,
            layout: FrameLayout::default(),
        };
        Ok(Expr {
            kind: ExprKind::Lambda(Rc::new(def)),
            span,
        })
    }

    fn or_test(&mut self) -> PResult<Expr> {
        let mut lhs = self.and_test()?;
        let mut chain = 0usize;
        while self.eat_kw("or") {
            // Each operand nests the tree one level deeper.
            chain += 1;
            if chain > 20 * MAX_EXPR_DEPTH {
                return Err(self.too_deep());
            }
            let rhs = self.and_test()?;
            let span = lhs.span.to(rhs.span);
            lhs = Expr {
                kind: ExprKind::Or(Box::new(lhs), Box::new(rhs)),
                span,
            };
        }
        Ok(lhs)
    }

    fn and_test(&mut self) -> PResult<Expr> {
        let mut lhs = self.not_test()?;
        let mut chain = 0usize;
        while self.eat_kw("and") {
            // Each operand nests the tree one level deeper.
            chain += 1;
            if chain > 20 * MAX_EXPR_DEPTH {
                return Err(self.too_deep());
            }
            let rhs = self.not_test()?;
            let span = lhs.span.to(rhs.span);
            lhs = Expr {
                kind: ExprKind::And(Box::new(lhs), Box::new(rhs)),
                span,
            };
        }
        Ok(lhs)
    }

    fn not_test(&mut self) -> PResult<Expr> {
        if self.at_kw("not") {
            let s = self.bump().1;
            if self.depth > MAX_EXPR_DEPTH {
                return Err(self.too_deep());
            }
            self.depth += 1;
            let e = self.not_test();
            self.depth -= 1;
            let e = e?;
            let span = s.to(e.span);
            return Ok(Expr {
                kind: ExprKind::Unary(UnaryOp::Not, Box::new(e)),
                span,
            });
        }
        self.comparison()
    }

    fn cmp_op(&mut self) -> Option<CmpOp> {
        let op = match self.peek() {
            Tok::Punct("==") => CmpOp::Eq,
            Tok::Punct("!=") => CmpOp::NotEq,
            Tok::Punct("<") => CmpOp::Lt,
            Tok::Punct("<=") => CmpOp::LtE,
            Tok::Punct(">") => CmpOp::Gt,
            Tok::Punct(">=") => CmpOp::GtE,
            Tok::Keyword("in") => CmpOp::In,
            Tok::Keyword("is") => {
                if self.peek_at(1).is_kw("not") {
                    self.bump();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            Tok::Keyword("not") if self.peek_at(1).is_kw("in") => {
                self.bump();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let lhs = self.or_expr()?;
        let mut rest = Vec::new();
        while let Some(op) = self.cmp_op() {
            rest.push((op, self.or_expr()?));
        }
        if rest.is_empty() {
            return Ok(lhs);
        }
        let span = lhs
            .span
            .to(rest.last().map(|r| r.1.span).unwrap_or(lhs.span));
        Ok(Expr {
            kind: ExprKind::Compare(Box::new(lhs), rest),
            span,
        })
    }

    /// Binary operators `| ^ & << >> + - * / // % @` by precedence climbing.
    fn or_expr(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min_bp: u8) -> PResult<Expr> {
        let mut lhs = self.unary()?;
        let mut chain = 0usize;
        while let Some((op, bp)) = bin_op(self.peek()) {
            // A chain `a + b + c ...` nests the tree one level per operator.
            chain += 1;
            if chain > 20 * MAX_EXPR_DEPTH {
                return Err(self.too_deep());
            }
            if bp < min_bp {
                break;
            }
            self.bump();
            let rhs = self.binary(bp + 1)?;
            let span = lhs.span.to(rhs.span);
            lhs = Expr {
                kind: ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)),
                span,
            };
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> PResult<Expr> {
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.too_deep());
        }
        let op = match self.peek() {
            Tok::Punct("-") => UnaryOp::Neg,
            Tok::Punct("+") => UnaryOp::Pos,
            Tok::Punct("~") => UnaryOp::Invert,
            Tok::Keyword("await") => return Err(self.invalid()),
            _ => return self.power(),
        };
        let s = self.bump().1;
        self.depth += 1;
        let e = self.unary();
        self.depth -= 1;
        let e = e?;
        let span = s.to(e.span);
        Ok(Expr {
            kind: ExprKind::Unary(op, Box::new(e)),
            span,
        })
    }

    fn power(&mut self) -> PResult<Expr> {
        let base = self.primary()?;
        if self.eat_punct("**") {
            // `a ** b ** c ...` nests to the right: count it toward the depth limit.
            self.depth += 1;
            let exp = self.unary();
            self.depth -= 1;
            let exp = exp?;
            let span = base.span.to(exp.span);
            return Ok(Expr {
                kind: ExprKind::Binary(BinOp::Pow, Box::new(base), Box::new(exp)),
                span,
            });
        }
        Ok(base)
    }

    fn primary(&mut self) -> PResult<Expr> {
        let mut e = self.atom()?;
        let mut trailers = 0usize;
        loop {
            // Each trailer nests the tree one level deeper (`x[0][0]...`).
            trailers += 1;
            if self.depth + trailers / 2 > MAX_EXPR_DEPTH {
                return Err(self.too_deep());
            }
            if self.at_punct("(") {
                self.bump();
                let args = self.call_args()?;
                let end = self.expect_punct(")")?;
                let span = e.span.to(end);
                e = Expr {
                    kind: ExprKind::Call(Box::new(e), args),
                    span,
                };
            } else if self.at_punct("[") {
                self.bump();
                let idx = self.subscript_list()?;
                let end = self.expect_punct("]")?;
                let span = e.span.to(end);
                e = Expr {
                    kind: ExprKind::Subscript(Box::new(e), Box::new(idx)),
                    span,
                };
            } else if self.at_punct(".") {
                self.bump();
                let (n, s) = self.expect_name()?;
                let span = e.span.to(s);
                e = Expr {
                    kind: ExprKind::Attribute(Box::new(e), n),
                    span,
                };
            } else {
                break;
            }
        }
        Ok(e)
    }

    fn call_args(&mut self) -> PResult<Vec<Arg>> {
        let mut args = Vec::new();
        let mut seen_kw = false;
        while !self.at_punct(")") {
            if self.eat_punct("**") {
                args.push(Arg::StarStar(self.expression()?));
                seen_kw = true;
            } else if self.eat_punct("*") {
                args.push(Arg::Star(self.expression()?));
            } else if matches!(self.peek(), Tok::Name(_)) && self.peek_at(1).is_punct("=") {
                let (n, _) = self.expect_name()?;
                self.bump();
                args.push(Arg::Kw(n, self.expression()?));
                seen_kw = true;
            } else {
                let s = self.span();
                let e = self.named_expr()?;
                // A lone generator expression argument: f(x for x in xs).
                if self.at_kw("for") {
                    let gens = self.comp_for()?;
                    let span = s.to(self.prev_span());
                    args.push(Arg::Pos(Expr {
                        kind: ExprKind::GenExp(Box::new(e), gens),
                        span,
                    }));
                } else {
                    if seen_kw {
                        let msg = if args.iter().any(|a| matches!(a, Arg::StarStar(_))) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(SyntaxError::new(msg, e.span));
                    }
                    args.push(Arg::Pos(e));
                }
            }
            if !self.eat_punct(",") {
                break;
            }
        }
        Ok(args)
    }

    fn subscript_list(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.subscript_item()?;
        if !self.at_punct(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_punct(",") {
            if self.at_punct("]") {
                break;
            }
            items.push(self.subscript_item()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: start.to(self.prev_span()),
        })
    }

    fn subscript_item(&mut self) -> PResult<Expr> {
        let start = self.span();
        if self.at_punct("*") {
            return self.star_or_expr(true);
        }
        let lower = if self.at_punct(":") {
            None
        } else {
            Some(Box::new(self.named_expr()?))
        };
        if !self.at_punct(":") {
            return lower.map(|b| *b).ok_or_else(|| self.invalid());
        }
        self.bump();
        let upper = if self.at_punct(":") || self.at_punct("]") || self.at_punct(",") {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let step = if self.eat_punct(":") {
            if self.at_punct("]") || self.at_punct(",") {
                None
            } else {
                Some(Box::new(self.expression()?))
            }
        } else {
            None
        };
        Ok(Expr {
            kind: ExprKind::Slice(lower, upper, step),
            span: start.to(self.prev_span()),
        })
    }

    fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while self.at_kw("for") || self.at_kw("async") {
            if self.at_kw("async") {
                return Err(self.invalid());
            }
            self.bump();
            let target = self.target_list()?;
            if !self.eat_kw("in") {
                return Err(self.error_here("expected 'in'"));
            }
            let iter = self.or_test()?;
            let mut conds = Vec::new();
            while self.eat_kw("if") {
                conds.push(self.expression_nocond()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                conds,
            });
        }
        Ok(gens)
    }

    fn atom(&mut self) -> PResult<Expr> {
        let (tok, span) = self.toks[self.pos.min(self.toks.len() - 1)].clone();
        let kind = match tok {
            Tok::Name(n) => {
                self.bump();
                ExprKind::Name(name(n))
            }
            Tok::Int(i) => {
                self.bump();
                ExprKind::Int(i)
            }
            Tok::Float(f) => {
                self.bump();
                ExprKind::Float(f)
            }
            Tok::Imag(f) => {
                self.bump();
                ExprKind::Imag(f)
            }
            Tok::Keyword("True") => {
                self.bump();
                ExprKind::Bool(true)
            }
            Tok::Keyword("False") => {
                self.bump();
                ExprKind::Bool(false)
            }
            Tok::Keyword("None") => {
                self.bump();
                ExprKind::None
            }
            Tok::Punct("...") => {
                self.bump();
                ExprKind::Ellipsis
            }
            Tok::Str(_) | Tok::FString(_) | Tok::Bytes(_) => return self.strings(),
            Tok::Punct("(") => return self.paren(),
            Tok::Punct("[") => {
                self.bump();
                if self.at_punct("]") {
                    let end = self.bump().1;
                    return Ok(Expr {
                        kind: ExprKind::List(Vec::new()),
                        span: span.to(end),
                    });
                }
                let first = self.star_or_expr(true)?;
                if self.at_kw("for") {
                    let gens = self.comp_for()?;
                    let end = self.expect_punct("]")?;
                    return Ok(Expr {
                        kind: ExprKind::ListComp(Box::new(first), gens),
                        span: span.to(end),
                    });
                }
                let mut items = vec![first];
                while self.eat_punct(",") {
                    if self.at_punct("]") {
                        break;
                    }
                    items.push(self.star_or_expr(true)?);
                }
                let end = self.close("]", span)?;
                return Ok(Expr {
                    kind: ExprKind::List(items),
                    span: span.to(end),
                });
            }
            Tok::Punct("{") => return self.brace(),
            Tok::Keyword("yield") | Tok::Keyword("await") | Tok::Keyword("async") => {
                return Err(self.invalid())
            }
            Tok::Eof => {
                let mut e = SyntaxError::new("invalid syntax", span);
                e.incomplete = true;
                return Err(e);
            }
            _ => return Err(self.invalid()),
        };
        Ok(Expr { kind, span })
    }

    /// Expect a closing bracket; a missing comma between items gets Python's hint.
    fn close(&mut self, p: &str, open: Span) -> PResult<Span> {
        if self.at_punct(p) {
            return Ok(self.bump().1);
        }
        let _ = open;
        if !matches!(
            self.peek(),
            Tok::Punct(_) | Tok::Keyword(_) | Tok::Newline | Tok::Eof
        ) {
            let prev = self.prev_span();
            let mut e = SyntaxError::new(
                "invalid syntax. Perhaps you forgot a comma?",
                prev.to(self.span()),
            );
            e.span = prev.to(self.span());
            return Err(e);
        }
        Err(self.invalid())
    }

    fn paren(&mut self) -> PResult<Expr> {
        let open = self.bump().1;
        if self.at_punct(")") {
            let end = self.bump().1;
            return Ok(Expr {
                kind: ExprKind::Tuple(Vec::new()),
                span: open.to(end),
            });
        }
        let first = self.star_or_expr(true)?;
        if self.at_kw("for") {
            let gens = self.comp_for()?;
            let end = self.expect_punct(")")?;
            return Ok(Expr {
                kind: ExprKind::GenExp(Box::new(first), gens),
                span: open.to(end),
            });
        }
        if self.at_punct(")") {
            let end = self.bump().1;
            if let ExprKind::Starred(_) = first.kind {
                return Err(SyntaxError::new(
                    "cannot use starred expression here",
                    first.span,
                ));
            }
            // Parentheses only group, but keep the wider span for diagnostics.
            let mut e = first;
            if !matches!(e.kind, ExprKind::Tuple(_)) {
                e.span = open.to(end);
            }
            return Ok(e);
        }
        let mut items = vec![first];
        if !self.at_punct(",") {
            return Err(self
                .close(")", open)
                .err()
                .unwrap_or_else(|| self.invalid()));
        }
        while self.eat_punct(",") {
            if self.at_punct(")") {
                break;
            }
            items.push(self.star_or_expr(true)?);
        }
        let end = self.close(")", open)?;
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: open.to(end),
        })
    }

    fn brace(&mut self) -> PResult<Expr> {
        let open = self.bump().1;
        if self.at_punct("}") {
            let end = self.bump().1;
            return Ok(Expr {
                kind: ExprKind::Dict(Vec::new()),
                span: open.to(end),
            });
        }
        if self.eat_punct("**") {
            let v = self.or_expr()?;
            return self.dict_rest(open, vec![(None, v)]);
        }
        let first = self.star_or_expr(true)?;
        if self.eat_punct(":") {
            let v = self.expression()?;
            if self.at_kw("for") {
                let gens = self.comp_for()?;
                let end = self.expect_punct("}")?;
                return Ok(Expr {
                    kind: ExprKind::DictComp(Box::new(first), Box::new(v), gens),
                    span: open.to(end),
                });
            }
            return self.dict_rest(open, vec![(Some(first), v)]);
        }
        if self.at_kw("for") {
            let gens = self.comp_for()?;
            let end = self.expect_punct("}")?;
            return Ok(Expr {
                kind: ExprKind::SetComp(Box::new(first), gens),
                span: open.to(end),
            });
        }
        let mut items = vec![first];
        while self.eat_punct(",") {
            if self.at_punct("}") {
                break;
            }
            items.push(self.star_or_expr(true)?);
        }
        let end = self.close("}", open)?;
        Ok(Expr {
            kind: ExprKind::Set(items),
            span: open.to(end),
        })
    }

    fn dict_rest(&mut self, open: Span, mut items: Vec<(Option<Expr>, Expr)>) -> PResult<Expr> {
        while self.eat_punct(",") {
            if self.at_punct("}") {
                break;
            }
            if self.eat_punct("**") {
                let v = self.or_expr()?;
                items.push((None, v));
            } else {
                let k = self.expression()?;
                self.expect_punct(":")?;
                let v = self.expression()?;
                items.push((Some(k), v));
            }
        }
        let end = self.close("}", open)?;
        Ok(Expr {
            kind: ExprKind::Dict(items),
            span: open.to(end),
        })
    }

    /// Adjacent string literals concatenate; any f-string makes the whole an f-string.
    fn strings(&mut self) -> PResult<Expr> {
        let start = self.span();
        let mut parts: Vec<FPart> = Vec::new();
        let mut any_f = false;
        let mut bytes: Option<Vec<u8>> = None;
        let mut text = String::new();
        loop {
            match self.peek().clone() {
                Tok::Str(s) => {
                    if bytes.is_some() {
                        return Err(self.error_here("cannot mix bytes and nonbytes literals"));
                    }
                    text.push_str(&s);
                }
                Tok::Bytes(b) => {
                    if !text.is_empty() || any_f {
                        return Err(self.error_here("cannot mix bytes and nonbytes literals"));
                    }
                    bytes.get_or_insert_with(Vec::new).extend_from_slice(&b);
                }
                Tok::FString(pieces) => {
                    any_f = true;
                    if !text.is_empty() {
                        parts.push(FPart::Lit(Rc::from(std::mem::take(&mut text))));
                    }
                    let conv = self.fstring_parts(&pieces)?;
                    parts.extend(conv);
                }
                _ => break,
            }
            self.bump();
        }
        let span = start.to(self.prev_span());
        if let Some(b) = bytes {
            return Ok(Expr {
                kind: ExprKind::Bytes(Rc::from(b)),
                span,
            });
        }
        if !any_f {
            return Ok(Expr {
                kind: ExprKind::Str(Rc::from(text)),
                span,
            });
        }
        if !text.is_empty() {
            parts.push(FPart::Lit(Rc::from(text)));
        }
        Ok(Expr {
            kind: ExprKind::FString(parts),
            span,
        })
    }

    fn fstring_parts(&mut self, pieces: &[FPiece]) -> PResult<Vec<FPart>> {
        let mut out = Vec::new();
        for p in pieces {
            match p {
                FPiece::Lit(s) => out.push(FPart::Lit(Rc::from(s.as_str()))),
                FPiece::Field {
                    expr,
                    offset,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    let toks = lex_at(expr, *offset as usize, false).map_err(from_lex)?;
                    let mut sub = Parser {
                        toks,
                        pos: 0,
                        errors: Vec::new(),
                        depth: self.depth,
                    };
                    let value = sub.expr_list()?;
                    if !matches!(sub.peek(), Tok::Eof) {
                        return Err(SyntaxError::new("f-string: invalid syntax", sub.span()));
                    }
                    let spec = match spec {
                        Some(s) => Some(self.fstring_parts(s)?),
                        None => None,
                    };
                    let mut conversion = *conversion;
                    if let Some(d) = debug_text {
                        out.push(FPart::Lit(Rc::from(d.as_str())));
                        if conversion.is_none() && spec.is_none() {
                            conversion = Some('r');
                        }
                    }
                    out.push(FPart::Field {
                        value: Box::new(value),
                        conversion,
                        spec,
                    });
                }
            }
        }
        Ok(out)
    }
}

/// Reject assignment to things that are not targets, with Python's messages.
fn check_target(e: &Expr, ctx: &str) -> PResult<()> {
    let what = match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => return Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) if ctx != "augassign" => {
            for i in items {
                check_target(i, ctx)?;
            }
            return Ok(());
        }
        ExprKind::Starred(inner) if ctx == "assign" => return check_target(inner, ctx),
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::Bool(_) | ExprKind::None | ExprKind::Ellipsis => {
            let word = match &e.kind {
                ExprKind::Bool(true) => "True",
                ExprKind::Bool(false) => "False",
                ExprKind::None => "None",
                _ => "ellipsis",
            };
            if ctx == "augassign" {
                return Err(SyntaxError::new(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        word
                    ),
                    e.span,
                ));
            }
            return Err(SyntaxError::new(
                format!("cannot {} {}", ctx_verb(ctx), word),
                e.span,
            ));
        }
        ExprKind::Call(..) => "function call",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Compare(..) => "comparison",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::IfExp(..) => "conditional expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::ListComp(..) => "list comprehension",
        ExprKind::DictComp(..) => "dict comprehension",
        ExprKind::SetComp(..) => "set comprehension",
        ExprKind::GenExp(..) => "generator expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        _ => "expression",
    };
    if ctx == "augassign" {
        return Err(SyntaxError::new(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                what
            ),
            e.span,
        ));
    }
    let hint = if ctx == "assign"
        && matches!(
            what,
            "literal" | "function call" | "expression" | "comparison"
        ) {
        "; maybe you meant '==' instead of '='?"
    } else {
        ""
    };
    let hint = if what == "function call" || what == "expression" {
        hint
    } else if what == "literal" {
        hint
    } else {
        ""
    };
    Err(SyntaxError::new(
        format!("cannot {} {}{}", ctx_verb(ctx), what, hint),
        e.span,
    ))
}

fn ctx_verb(ctx: &str) -> &'static str {
    match ctx {
        "delete" => "delete",
        _ => "assign to",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(src: &str) -> Module {
        parse_module(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
    }

    #[test]
    fn precedence() {
        let m = ok("-x**2\n");
        match &m.body[0].kind {
            StmtKind::Expr(Expr {
                kind: ExprKind::Unary(UnaryOp::Neg, inner),
                ..
            }) => {
                assert!(matches!(inner.kind, ExprKind::Binary(BinOp::Pow, ..)))
            }
            k => panic!("{k:?}"),
        }
    }

    #[test]
    fn statements_parse() {
        ok("def f(a, b=2, *args, c, **kw):\n    return a\n");
        ok("class A(B):\n    x = 1\n    def m(self): pass\n");
        ok("try:\n    pass\nexcept (A, B) as e:\n    raise\nelse:\n    pass\nfinally:\n    pass\n");
        ok("a, *b = [1, 2, 3]\nx = y = 3\nx += 1\n");
        ok("print(f'{x!r:>{w}}', sep='')\n");
        ok("[x for x in y if x for z in w]\n{k: v for k, v in d}\n");
        ok("with open('f') as fh, ctx():\n    pass\n");
        ok("lambda x, y=1: x + y\n");
        ok("a[1:2, ::3, ...]\n");
    }

    #[test]
    fn recovers_and_reports_all() {
        let errs = parse_module("a = (1 + ) * 2\nb = 3\nc = = 4\n").unwrap_err();
        assert_eq!(errs.len(), 2);
    }

    #[test]
    fn incomplete_inputs() {
        assert!(parse_module("def f():\n").unwrap_err()[0].incomplete);
        assert!(parse_module("x = (1,\n").unwrap_err()[0].incomplete);
        assert!(!parse_module("x = )\n").unwrap_err()[0].incomplete);
    }

    #[test]
    fn unsupported_features_named() {
        let e = &parse_module("def g():\n    yield 1\n").unwrap_err()[0];
        assert!(e.message.contains("not supported"), "{}", e.message);
        let e = &parse_module("async def g():\n    pass\n").unwrap_err()[0];
        assert!(e.message.contains("not supported"), "{}", e.message);
    }
}
