//! The interactive shell: prompts, multi-line input decided by the parser, history, highlighting, Ctrl-C.

mod commands;
pub mod complete;
pub mod display;
mod highlight;
mod timing;

pub use commands::{Command, COMMANDS};
pub use display::DisplayMode;

use crate::interp::value::Value;
use crate::{RunError, Session};
use commands::CommandError;
use rustyline::config::Configurer;
use std::borrow::Cow;
use std::io::{BufRead, IsTerminal, Write};
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// Ctrl-C sets the interpreter's interrupt flag; loops and long kernels check it and raise KeyboardInterrupt.
pub fn install_interrupt_handler(interp: &crate::interp::Interp) {
    let flag = interp.interrupt.clone();
    let _ = ctrlc::set_handler(move || {
        flag.store(true, Ordering::Relaxed);
        crate::tensor::cancel::request();
    });
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

/// The indentation the next line of a block starts with: the last line's, one level deeper after a line
/// ending in `:` (outside brackets), one level shallower after `return`, `pass`, `break`, `continue` or `raise`.
fn next_line_indent(buf: &str) -> String {
    use crate::syntax::lexer::lex_partial;
    use crate::syntax::token::Tok;
    let last = buf.trim_end_matches('\n').rsplit('\n').next().unwrap_or("");
    let indent = last.len() - last.trim_start_matches([' ', '\t']).len();
    let tokens = lex_partial(last, 0).tokens;
    let opens_block = matches!(tokens.last(), Some((Tok::Punct(":"), _)))
        && lex_partial(buf, 0).open_brackets.is_empty();
    let ends_block = matches!(
        tokens.first(),
        Some((
            Tok::Keyword("return" | "pass" | "break" | "continue" | "raise"),
            _
        ))
    );
    let width = if opens_block {
        indent + 4
    } else if ends_block {
        indent.saturating_sub(4)
    } else {
        indent
    };
    " ".repeat(width)
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

/// The REPL around a session: what its commands need beyond the interpreter.
pub struct Repl {
    pub session: Session,
    /// Every input as typed, commands included (`%history`).
    pub inputs: Vec<String>,
    /// The inputs that ran without error, commands left out (`%save`).
    pub script: Vec<String>,
    /// Text that `%load` puts into the next input.
    pub pending: Option<String>,
    /// The directory before the last `%cd` (`%cd -`).
    pub previous_dir: Option<std::path::PathBuf>,
    /// Globals bound before the first input (`__name__`, ...), which `%reset` keeps.
    initial: Vec<Rc<str>>,
    /// `%display numpy|rich`.
    pub display: DisplayMode,
    /// Whether stdout is a terminal: only then does the echo get a header and the terminal's width.
    pub stdout_tty: bool,
    /// The terminal's width as the line editor measured it before the current input.
    pub measured_width: Option<usize>,
    /// The line editor's keys (`%editmode`); the editor loop applies a change before the next input.
    pub edit_mode: EditMode,
}

/// The line editor's key bindings.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum EditMode {
    Emacs,
    Vi,
}

impl EditMode {
    pub fn parse(word: &str) -> Option<EditMode> {
        match word {
            "emacs" => Some(EditMode::Emacs),
            "vi" => Some(EditMode::Vi),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            EditMode::Emacs => "emacs",
            EditMode::Vi => "vi",
        }
    }

    /// The mode the command line asked for, else `NABLA_EDITMODE`, else Emacs (readline's default).
    pub fn choose(flag: Option<EditMode>) -> Result<EditMode, String> {
        if let Some(mode) = flag {
            return Ok(mode);
        }
        match std::env::var("NABLA_EDITMODE") {
            Ok(word) => EditMode::parse(word.trim())
                .ok_or_else(|| format!("NABLA_EDITMODE must be 'emacs' or 'vi', not {word:?}")),
            Err(_) => Ok(EditMode::Emacs),
        }
    }

    fn keys(self) -> rustyline::EditMode {
        match self {
            EditMode::Emacs => rustyline::EditMode::Emacs,
            EditMode::Vi => rustyline::EditMode::Vi,
        }
    }
}

impl Repl {
    pub fn new(mut session: Session) -> Repl {
        let initial = session
            .interp
            .main
            .items()
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        // help("%timeit") and `%timeit?` read the commands' help from the session.
        let commands: Vec<(String, String)> = COMMANDS
            .iter()
            .map(|c| (format!("%{}", c.name), commands::command_help(c)))
            .collect();
        session.interp.state.insert(
            crate::library::help::COMMANDS_STATE_KEY,
            Rc::new(std::cell::RefCell::new(Box::new(
                crate::library::help::CommandHelp(commands),
            ))),
        );
        Repl {
            session,
            inputs: Vec::new(),
            script: Vec::new(),
            pending: None,
            previous_dir: None,
            initial,
            display: DisplayMode::Rich,
            stdout_tty: std::io::stdout().is_terminal(),
            measured_width: None,
            edit_mode: EditMode::Emacs,
        }
    }

    /// Tell the interpreter how to echo values, from the display mode and the terminal as it is now.
    pub fn refresh_display(&mut self) {
        let terminal = self
            .stdout_tty
            .then(|| display::terminal_width(self.measured_width));
        self.session.interp.echo_display = display::echo_display(self.display, terminal);
    }

    /// The variables the user defined, in definition order.
    pub fn user_variables(&self) -> Vec<(Rc<str>, Value)> {
        let mut vars = self.session.interp.main.items();
        vars.retain(|(k, _)| !self.initial.contains(k));
        vars
    }

    /// Unbind every user variable and the last echoed value `_`.
    pub fn reset(&mut self) {
        let main = &self.session.interp.main;
        let names = main.names.borrow();
        let mut values = main.values.borrow_mut();
        for (i, name) in names.names.iter().enumerate() {
            if !self.initial.contains(name) {
                if let Some(v) = values.get_mut(i) {
                    *v = None;
                }
            }
        }
        self.session.interp.builtins.remove("_");
    }

    /// Run one complete input: a command, or code (keeping global bindings unchanged if it fails).
    pub fn run_input(&mut self, text: &str) {
        self.inputs.push(text.trim_end().to_string());
        self.refresh_display();
        let outcome = match crate::catch_internal_errors(|| self.try_input(text)) {
            Ok(outcome) => outcome,
            Err(msg) => {
                self.session.interp.flush_out();
                self.session.interp.depth = 0;
                eprintln!("{msg}");
                Outcome::Failed
            }
        };
        if outcome == Outcome::Ran {
            self.script.push(text.trim_end().to_string());
        }
        self.session.interp.clear_interrupt();
    }

    fn try_input(&mut self, text: &str) -> Outcome {
        if let Some(target) = help_request(text) {
            match crate::library::help::help_for_name(&mut self.session.interp, target) {
                Ok(help) => print!("{help}"),
                Err(e) => {
                    let mut e = RunError::Exception(e);
                    eprint!(
                        "{}",
                        self.session.render_error(&mut e, crate::diag::use_color())
                    );
                }
            }
            return Outcome::Command;
        }
        if let Some((cmd, args)) = find_command(text) {
            match cmd {
                Some(cmd) => self.run_command(cmd, args),
                None => {
                    let known: Vec<String> =
                        COMMANDS.iter().map(|c| format!("%{}", c.name)).collect();
                    eprintln!(
                        "unknown command {} (commands: {})",
                        text.trim(),
                        known.join(", ")
                    );
                }
            }
            return Outcome::Command;
        }
        let snapshot = self.session.interp.main.values.borrow().clone();
        let Err(mut e) = self.session.run_source("<stdin>", text, true) else {
            return Outcome::Ran;
        };
        self.session.interp.flush_out();
        if let RunError::Exit(code) = e {
            std::process::exit(code);
        }
        {
            let mut vals = self.session.interp.main.values.borrow_mut();
            let n = vals.len();
            *vals = snapshot;
            vals.resize(n, None);
        }
        let text = self.session.render_error(&mut e, crate::diag::use_color());
        eprint!("{text}");
        Outcome::Failed
    }

    fn run_command(&mut self, cmd: &Command, args: &str) {
        match (cmd.run)(self, args) {
            Ok(answer) if answer.is_empty() => {}
            Ok(answer) => println!("{answer}"),
            Err(CommandError::Usage(msg)) => eprintln!("{msg}"),
            Err(CommandError::Run(RunError::Exit(code))) => {
                self.session.interp.flush_out();
                std::process::exit(code)
            }
            Err(CommandError::Run(mut e)) => {
                self.session.interp.flush_out();
                let text = self.session.render_error(&mut e, crate::diag::use_color());
                eprint!("{text}");
            }
        }
    }
}

#[derive(PartialEq)]
enum Outcome {
    Ran,
    Failed,
    Command,
}

/// `name?`, `name??` or `?name` (IPython's help syntax): the dotted name (or `%command`) asked about; None when
/// `text` is anything else.
fn help_request(text: &str) -> Option<&str> {
    let line = text.trim();
    let name = match line.strip_prefix('?') {
        Some(rest) => rest,
        None => line.strip_suffix("??").or_else(|| line.strip_suffix('?'))?,
    }
    .trim();
    let body = name.strip_prefix('%').unwrap_or(name);
    let is_dotted_name = !body.is_empty()
        && body.split('.').all(|part| {
            part.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_alphanumeric() || c == '_')
        });
    is_dotted_name.then_some(name)
}

/// `%name args` / `:name args`: the command (None when the name is unknown) and its arguments; None when
/// `text` is code.
fn find_command(text: &str) -> Option<(Option<&'static Command>, &str)> {
    let line = text.trim();
    let rest = line.strip_prefix('%').or_else(|| line.strip_prefix(':'))?;
    let (name, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    Some((COMMANDS.iter().find(|c| c.name == name), args))
}

/// Every command's name and examples, for the test that runs them.
pub fn command_examples() -> Vec<(&'static str, &'static str)> {
    COMMANDS.iter().map(|c| (c.name, c.examples)).collect()
}

/// The commands for `nabla --help`: usage and one-line summary each.
pub fn command_summaries() -> String {
    let width = COMMANDS.iter().map(|c| c.usage.len()).max().unwrap_or(0);
    COMMANDS
        .iter()
        .map(|c| format!("  {:<width$}  {}\n", c.usage, c.summary()))
        .collect()
}

use crate::library::help::wrap_words;

pub fn banner() -> String {
    format!(
        "nabla {} — Python-compatible arrays and autograd. Type help() for help, Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    )
}

/// The REPL. With a terminal it uses rustyline (with `edit_mode`'s keys); with piped stdin (`-i`) it prints
/// prompts to stderr.
pub fn run(mut session: Session, quiet: bool, tty: bool, edit_mode: EditMode) -> u8 {
    session.interp.interactive = true;
    if !quiet {
        eprintln!("{}", banner());
    }
    let mut repl = Repl::new(session);
    repl.edit_mode = edit_mode;
    if !tty {
        return run_piped(&mut repl);
    }
    let config = rustyline::Config::builder()
        .completion_type(rustyline::CompletionType::List)
        .edit_mode(edit_mode.keys())
        .build();
    let mut rl = match rustyline::Editor::<Helper, rustyline::history::DefaultHistory>::with_config(
        config,
    ) {
        Ok(rl) => rl,
        Err(_) => return run_piped(&mut repl),
    };
    rl.set_helper(Some(Helper {
        repl,
        history_hints: rustyline::hint::HistoryHinter::new(),
    }));
    let hist = history_path();
    if let Some(h) = &hist {
        let _ = rl.load_history(h);
    }
    loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        let done = loop {
            let loaded = rl.helper_mut().and_then(|h| h.repl.pending.take());
            // A block's next line starts indented (IPython's auto-indent).
            let indent = if buf.is_empty() {
                String::new()
            } else {
                next_line_indent(&buf)
            };
            let read = match &loaded {
                Some(text) => rl.readline_with_initial(prompt, (text, "")),
                None if !indent.is_empty() => rl.readline_with_initial(prompt, (&indent, "")),
                None => rl.readline(prompt),
            };
            match read {
                Ok(line) => {
                    // A line of only the auto-indent is an empty line: it closes the block.
                    if !line.trim().is_empty() {
                        buf.push_str(&line);
                    }
                    buf.push('\n');
                    // Several lines at once come from `%load` or a bracketed paste: they run as one input as soon
                    // as they are complete, without waiting for an empty line (as CPython 3.13's REPL does).
                    if line.contains('\n') {
                        buf.push('\n');
                    }
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
        // History is written before the input runs, so a session killed while running keeps it.
        let _ = rl.add_history_entry(buf.trim_end());
        if let Some(h) = &hist {
            let _ = rl.append_history(h);
        }
        let width = rl.dimensions().map(|(columns, _)| columns as usize);
        let mut keys = None;
        if let Some(h) = rl.helper_mut() {
            h.repl.measured_width = width;
            h.repl.run_input(&buf);
            keys = Some(h.repl.edit_mode.keys());
        }
        // `%editmode` changed the keys: the editor takes them for the next line.
        if let Some(keys) = keys.filter(|k| *k != rl.config_mut().edit_mode()) {
            rl.set_edit_mode(keys);
        }
    }
    0
}

fn run_piped(repl: &mut Repl) -> u8 {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        let mut eof = false;
        if let Some(text) = repl.pending.take() {
            // No editing without a terminal: the loaded text is shown as if typed, and runs.
            eprintln!("{prompt}{}", text.replace('\n', "\n... "));
            buf = format!("{text}\n\n");
        }
        while buf.is_empty() || needs_more(&buf) {
            eprint!("{prompt}");
            let _ = std::io::stderr().flush();
            match lines.next() {
                Some(Ok(line)) => {
                    buf.push_str(&line);
                    buf.push('\n');
                    prompt = "... ";
                }
                _ => {
                    eof = true;
                    break;
                }
            }
        }
        if !buf.trim().is_empty() {
            repl.run_input(&buf);
        }
        if eof {
            eprintln!();
            return 0;
        }
    }
}

/// Line-editor helper: completion over the session, syntax highlighting from the language's own lexer. It owns
/// the REPL so that Tab can read the session's values between inputs.
#[derive(rustyline::Helper, rustyline::Validator)]
struct Helper {
    repl: Repl,
    history_hints: rustyline::hint::HistoryHinter,
}

impl rustyline::hint::Hinter for Helper {
    type Hint = String;
    /// The rest of the newest history entry that starts with the text typed (cursor at the end), up to the end
    /// of its first line; shown dimmed, taken with Right or End.
    fn hint(&self, line: &str, pos: usize, ctx: &rustyline::Context<'_>) -> Option<String> {
        let hint = self.history_hints.hint(line, pos, ctx)?;
        let first = hint.split('\n').next().unwrap_or("");
        (!first.is_empty()).then(|| first.to_string())
    }
}

impl rustyline::completion::Completer for Helper {
    type Candidate = String;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        // Completion reads only; a bug in it must cost the user a Tab, not the session.
        let c =
            crate::catch_internal_errors(|| complete::completions(&self.repl.session, line, pos))
                .unwrap_or_default();
        Ok((c.start, c.items))
    }
}

impl rustyline::highlight::Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        let interp = &self.repl.session.interp;
        // A name is a builtin's when the session has not rebound it.
        let is_builtin =
            |name: &str| interp.builtins.contains_key(name) && interp.main.get(name).is_none();
        // Colouring only reads; a bug in it must cost the colours, not the session.
        match crate::catch_internal_errors(|| highlight::highlight(line, Some(pos), &is_builtin)) {
            Ok(text) => Cow::Owned(text),
            Err(_) => Cow::Borrowed(line),
        }
    }
    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("\x1b[2m{hint}\x1b[0m"))
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

#[cfg(test)]
mod tests {
    use super::next_line_indent;

    #[test]
    fn block_lines_start_at_the_indentation_the_code_implies() {
        assert_eq!(next_line_indent("def f(x):\n"), "    ");
        assert_eq!(
            next_line_indent("def f(x):\n    if x:  # why\n"),
            "        "
        );
        assert_eq!(next_line_indent("def f(x):\n    y = x\n"), "    ");
        assert_eq!(
            next_line_indent("def f(x):\n    if x:\n        return 1\n"),
            "    "
        );
        // A ':' inside brackets or a string opens no block.
        assert_eq!(next_line_indent("d = {1:\n"), "");
        assert_eq!(next_line_indent("for c in 'a:':\n"), "    ");
        assert_eq!(next_line_indent("s = 'a:'\n"), "");
    }
}
