//! The interactive shell: prompts, multi-line input decided by the parser, history, highlighting, Ctrl-C.

use crate::{RunError, Session};
use std::borrow::Cow;
use std::io::{BufRead, Write};
use std::sync::atomic::Ordering;

/// Ctrl-C sets the interpreter's interrupt flag; loops and long kernels check it and raise KeyboardInterrupt.
pub fn install_interrupt_handler(interp: &crate::interp::Interp) {
    let flag = interp.interrupt.clone();
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::Relaxed));
}

/// Whether `buf` is an unfinished statement: open brackets or strings, a trailing backslash, or a compound
/// statement whose block has not been closed by an empty line.
pub fn needs_more(buf: &str) -> bool {
    let last_line_blank = buf.ends_with("\n\n") || buf.trim().is_empty();
    if let Err(errs) = crate::syntax::parser::parse_module(buf) {
        if errs.iter().any(|e| e.incomplete) {
            return !last_line_blank || brackets_open(buf);
        }
    }
    // A compound statement (if/for/def/..., or a decorator) runs once an empty line closes it, as in CPython.
    let first = buf.lines().next().unwrap_or("").trim_start();
    let word: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let compound = first.starts_with('@')
        || matches!(
            word.as_str(),
            "if" | "for" | "while" | "def" | "class" | "try" | "with" | "async"
        );
    compound && !last_line_blank
}

fn brackets_open(buf: &str) -> bool {
    matches!(crate::syntax::lexer::lex(buf), Err(e) if e.incomplete)
}

fn history_path() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".local/share"))
        })?;
    let dir = base.join("nabla");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

/// A REPL command: `%name args` (or `:name args`), outside the language.
pub struct Command {
    pub name: &'static str,
    pub usage: &'static str,
    pub doc: &'static str,
    run: fn(&mut Session, &str) -> Result<String, CommandError>,
}

/// Why a command produced no answer: a usage mistake (shown as is), or an exception from evaluating its operand.
enum CommandError {
    Usage(String),
    Run(RunError),
}

/// The REPL's commands.
pub const COMMANDS: &[Command] = &[Command {
    name: "why",
    usage: "%why EXPR.ATTR",
    doc: "Explain what an attribute holds and why; above all why a tensor's .grad is None (never required \
          grad, not a leaf, detached, made under no_grad, no backward yet, or not on the path to the output).",
    run: why,
}];

/// `%why x.grad`: evaluate `x`, then ask the library's explainers about `.grad`.
fn why(session: &mut Session, args: &str) -> Result<String, CommandError> {
    let target = args.trim();
    let usage = || CommandError::Usage("usage: %why EXPR.ATTR   (for example: %why x.grad)".into());
    let (owner_text, attr) = target.rsplit_once('.').ok_or_else(usage)?;
    let (owner_text, attr) = (owner_text.trim(), attr.trim());
    let is_name = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    if owner_text.is_empty() || !is_name(attr) {
        return Err(usage());
    }
    let owner = session
        .eval_expression("<stdin>", owner_text)
        .map_err(CommandError::Run)?;
    session
        .interp
        .explain_attr(&owner, attr, owner_text)
        .ok_or_else(|| {
            CommandError::Usage(format!(
                "nabla has no explanation for {owner_text}.{attr}: %why explains the .grad of torch tensors"
            ))
        })
}

/// Run `%name args` / `:name args`; false when `text` is not a command.
fn run_command(session: &mut Session, text: &str) -> bool {
    let line = text.trim();
    let Some(rest) = line.strip_prefix('%').or_else(|| line.strip_prefix(':')) else {
        return false;
    };
    let (name, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let Some(cmd) = COMMANDS.iter().find(|c| c.name == name) else {
        let known: Vec<String> = COMMANDS.iter().map(|c| format!("%{}", c.name)).collect();
        eprintln!("unknown command %{name} (commands: {})", known.join(", "));
        return true;
    };
    match (cmd.run)(session, args) {
        Ok(answer) => println!("{}", wrap_words(&answer, 100)),
        Err(CommandError::Usage(msg)) => eprintln!("{msg}"),
        Err(CommandError::Run(RunError::Exit(code))) => std::process::exit(code),
        Err(CommandError::Run(mut e)) => {
            let text = session.render_error(&mut e, crate::diag::use_color());
            eprint!("{text}");
        }
    }
    true
}

/// Break `text` into lines of at most `width` columns at spaces.
fn wrap_words(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut col = 0;
    for word in text.split_whitespace() {
        let w = word.chars().count();
        if col > 0 && col + 1 + w > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
    }
    out
}

/// Run one complete input, keeping global bindings unchanged if it fails.
fn run_input(session: &mut Session, text: &str) {
    if run_command(session, text) {
        return;
    }
    let snapshot = session.interp.main.values.borrow().clone();
    let result = match crate::catch_internal_errors(|| session.run_source("<stdin>", text, true)) {
        Ok(r) => r,
        Err(msg) => {
            session.interp.flush_out();
            session.interp.depth = 0;
            eprintln!("{msg}");
            return;
        }
    };
    if let Err(mut e) = result {
        session.interp.flush_out();
        if let RunError::Exit(code) = e {
            std::process::exit(code);
        }
        let restore = snapshot;
        {
            let mut vals = session.interp.main.values.borrow_mut();
            let n = vals.len();
            *vals = restore;
            vals.resize(n, None);
        }
        let text = session.render_error(&mut e, crate::diag::use_color());
        eprint!("{text}");
    }
    session.interp.interrupt.store(false, Ordering::Relaxed);
}

pub fn banner() -> String {
    format!(
        "nabla {} — Python-compatible arrays and autograd. Type help() for help, Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    )
}

/// The REPL. With a terminal it uses rustyline; with piped stdin (`-i`) it prints prompts to stderr.
pub fn run(session: &mut Session, quiet: bool, tty: bool) -> u8 {
    session.interp.interactive = true;
    if !quiet {
        eprintln!("{}", banner());
    }
    if !tty {
        return run_piped(session);
    }
    let mut rl = match rustyline::Editor::<Helper, rustyline::history::DefaultHistory>::new() {
        Ok(rl) => rl,
        Err(_) => return run_piped(session),
    };
    rl.set_helper(Some(Helper));
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        let done = loop {
            match rl.readline(prompt) {
                Ok(line) => {
                    buf.push_str(&line);
                    buf.push('\n');
                    if !needs_more(&buf) {
                        break false;
                    }
                    prompt = "... ";
                }
                Err(rustyline::error::ReadlineError::Interrupted) => {
                    eprintln!("KeyboardInterrupt");
                    buf.clear();
                    break false;
                }
                Err(_) => break true,
            }
        };
        if done {
            break;
        }
        if buf.trim().is_empty() {
            continue;
        }
        let _ = rl.add_history_entry(buf.trim_end());
        if let Some(h) = &hist {
            let _ = rl.append_history(h);
        }
        run_input(session, &buf);
    }
    0
}

fn run_piped(session: &mut Session) -> u8 {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        let mut eof = false;
        loop {
            eprint!("{prompt}");
            let _ = std::io::stderr().flush();
            match lines.next() {
                Some(Ok(line)) => {
                    buf.push_str(&line);
                    buf.push('\n');
                    if !needs_more(&buf) {
                        break;
                    }
                    prompt = "... ";
                }
                _ => {
                    eof = true;
                    break;
                }
            }
        }
        if !buf.trim().is_empty() {
            run_input(session, &buf);
        }
        if eof {
            eprintln!();
            return 0;
        }
    }
}

/// Line-editor helper: syntax highlighting from the language's own lexer.
#[derive(rustyline::Helper, rustyline::Completer, rustyline::Hinter, rustyline::Validator)]
struct Helper;

impl rustyline::highlight::Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        Cow::Owned(highlight(line))
    }
    fn highlight_char(
        &self,
        _line: &str,
        _pos: usize,
        _kind: rustyline::highlight::CmdKind,
    ) -> bool {
        true
    }
}

/// ANSI-colour a line: keywords, numbers, strings, comments.
pub fn highlight(line: &str) -> String {
    use crate::syntax::token::Tok;
    let toks = match crate::syntax::lexer::lex_at(line, 0, false) {
        Ok(t) => t,
        Err(_) => return line.to_string(),
    };
    let mut out = String::with_capacity(line.len() + 32);
    let mut at = 0usize;
    for (t, span) in toks {
        let (s, e) = (span.start as usize, span.end as usize);
        if s < at || e > line.len() || s > e {
            continue;
        }
        out.push_str(&paint_comments(&line[at..s]));
        let color = match t {
            Tok::Keyword(_) => Some("\x1b[35m"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => Some("\x1b[36m"),
            Tok::Str(_) | Tok::FString(_) | Tok::Bytes(_) => Some("\x1b[32m"),
            _ => None,
        };
        match color {
            Some(c) => {
                out.push_str(c);
                out.push_str(&line[s..e]);
                out.push_str("\x1b[0m");
            }
            None => out.push_str(&line[s..e]),
        }
        at = e;
    }
    out.push_str(&paint_comments(&line[at.min(line.len())..]));
    out
}

fn paint_comments(gap: &str) -> String {
    match gap.find('#') {
        Some(i) => format!("{}\x1b[2m{}\x1b[0m", &gap[..i], &gap[i..]),
        None => gap.to_string(),
    }
}
