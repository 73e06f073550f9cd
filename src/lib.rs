//! nabla: a Python-compatible array language. `Session` is the crate's face: it wires the `library` into the
//! interpreter and runs source text, returning errors for the shells (`main.rs`, `repl`) to render.

pub mod autograd;
pub mod diag;
pub mod format;
pub mod interp;
pub mod library;
pub mod repl;
pub mod syntax;
pub mod tensor;

use interp::eval::Frame;
use interp::exceptions::{Exc, ExcType, Payload};
use interp::value::Value;
use interp::Interp;
use std::rc::Rc;
use syntax::span::SourceFile;
use syntax::validate::SyntaxError;

/// Run `f`, turning a panic (always a bug) into an error message instead of ending the process.
pub fn catch_internal_errors<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    use std::cell::RefCell;
    thread_local! {
        static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let msg = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "unknown panic".into()),
        };
        let loc = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{loc}")));
    }));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(previous);
    r.map_err(|payload| {
        // A kernel interrupted outside any statement (the interpreter converts the others).
        if tensor::cancel::is_interrupted(&*payload) {
            tensor::cancel::clear();
            return "KeyboardInterrupt".to_string();
        }
        let msg = LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "unknown panic".into());
        format!("nabla: internal error: {msg}\nThis is a bug in nabla; please report it with the input that caused it.")
    })
}

/// Why running some source stopped early.
pub enum RunError {
    /// The parser found errors; nothing ran.
    Syntax(Vec<SyntaxError>, Rc<SourceFile>),
    /// An uncaught exception.
    Exception(Box<Exc>),
    /// `sys.exit(code)` / `SystemExit`.
    Exit(i32),
}

/// Source text parsed and resolved against a session's globals, ready to run.
pub struct Compiled {
    module: syntax::ast::Module,
    source: Rc<SourceFile>,
}

/// One interpreter session: a REPL, a script run, or an embedded use.
pub struct Session {
    pub interp: Interp,
}

impl Session {
    pub fn new(argv: Vec<String>) -> Session {
        let mut interp = Interp::new();
        interp.argv = argv;
        library::install(&mut interp);
        // `np` is bound from the start, as the design promises; importing numpy costs microseconds.
        if let Ok(np) = interp.import("numpy") {
            interp.builtins.insert(Rc::from("np"), np);
        }
        // `torch` too: it is a table of builtins here, not a 2.8 s import.
        if let Ok(torch) = interp.import("torch") {
            interp.builtins.insert(Rc::from("torch"), torch);
        }
        // nabla's function transforms (JAX-style `grad`, `value_and_grad`) are builtins.
        for d in library::torch::transforms::GLOBALS {
            interp
                .builtins
                .insert(Rc::from(d.name), Value::Builtin(Rc::new(d.builtin(None))));
        }
        Session { interp }
    }

    /// Parse `text` and resolve its names against the session's globals.
    fn compile(
        &mut self,
        name: &str,
        text: &str,
    ) -> Result<(syntax::ast::Module, Rc<SourceFile>), RunError> {
        let source = Rc::new(SourceFile::new(name, text));
        let mut module = match syntax::parser::parse_module(text) {
            Ok(m) => m,
            Err(errs) => return Err(RunError::Syntax(errs, source)),
        };
        let mut names = self.interp.main.names.borrow_mut();
        match syntax::resolve::resolve_module(&mut module, &mut names) {
            Ok(()) => Ok((module, source)),
            Err(errs) => Err(RunError::Syntax(errs, source)),
        }
    }

    /// Parse and run `text` as module code; with `echo`, expression statements print their repr (REPL).
    pub fn run_source(&mut self, name: &str, text: &str, echo: bool) -> Result<(), RunError> {
        let compiled = self.compile_source(name, text)?;
        self.run_compiled(&compiled, echo)
    }

    /// Parse and resolve `text` once, to run it any number of times (`%timeit`).
    pub fn compile_source(&mut self, name: &str, text: &str) -> Result<Compiled, RunError> {
        let (module, source) = self.compile(name, text)?;
        Ok(Compiled { module, source })
    }

    /// Run source compiled by `compile_source` as module code.
    pub fn run_compiled(&mut self, code: &Compiled, echo: bool) -> Result<(), RunError> {
        let mut frame = Frame::new(
            self.interp.main.clone(),
            code.source.clone(),
            &code.module.layout,
            Rc::from("<module>"),
        );
        let r = self
            .interp
            .exec_module_body(&mut frame, &code.module.body, echo);
        self.interp.flush_out();
        match r {
            Ok(()) => Ok(()),
            Err(e) => Err(self.classify(e)),
        }
    }

    /// Raise KeyboardInterrupt if Ctrl-C was pressed (for shells that loop over `run_compiled`).
    pub fn check_interrupt(&mut self) -> Result<(), RunError> {
        self.interp.check_interrupt().map_err(|e| self.classify(e))
    }

    /// Evaluate `text`, a single expression, in the session's globals (REPL commands such as `%why x.grad`).
    pub fn eval_expression(&mut self, name: &str, text: &str) -> Result<Value, RunError> {
        let (module, source) = self.compile(name, text)?;
        let expr = match module.body.as_slice() {
            [syntax::ast::Stmt {
                kind: syntax::ast::StmtKind::Expr(e),
                ..
            }] => e,
            _ => {
                return Err(RunError::Exception(Exc::new(
                    ExcType::SyntaxError,
                    format!("expected one expression, got {text:?}"),
                )))
            }
        };
        let mut frame = Frame::new(
            self.interp.main.clone(),
            source,
            &module.layout,
            Rc::from("<module>"),
        );
        let r = self.interp.eval(&mut frame, expr);
        self.interp.flush_out();
        r.map_err(|e| self.classify(e))
    }

    /// Turn `SystemExit` into an exit code; other exceptions stay exceptions.
    fn classify(&mut self, mut e: Box<Exc>) -> RunError {
        if self.interp.exc_kind_of(&e) != Some(ExcType::SystemExit) {
            return RunError::Exception(e);
        }
        let obj = self.interp.exc_object(&mut e);
        let args = self.interp.exc_args(&obj);
        match args.first() {
            None | Some(Value::None) => RunError::Exit(0),
            Some(Value::Int(i)) => RunError::Exit(*i as i32),
            Some(Value::Bool(b)) => RunError::Exit(*b as i32),
            Some(other) => {
                let text = self.interp.str(other).unwrap_or_default();
                eprintln!("{text}");
                RunError::Exit(1)
            }
        }
    }

    /// The exception's class name as Python's traceback prints it, and its message (`str(e)`).
    pub fn describe(&mut self, e: &mut Exc) -> (String, String) {
        let obj = self.interp.exc_object(e);
        let class = self.interp.class_of(&obj);
        let name = if matches!(&*class.module, "__main__" | "builtins") {
            class.name.to_string()
        } else {
            format!("{}.{}", class.module, class.name)
        };
        let msg = match self.interp.str(&obj) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        (name, msg)
    }

    /// Render an uncaught error to text for stderr: traceback, diagnostic, and Python's last line.
    pub fn render_error(&mut self, err: &mut RunError, color: bool) -> String {
        match err {
            RunError::Syntax(errs, source) => diag::render_syntax_errors(errs, source, color),
            RunError::Exit(_) => String::new(),
            RunError::Exception(e) => {
                let (name, msg) = self.describe(e);
                let causes = self.render_causes(e, color);
                causes + &diag::render_exception(e, &name, &msg, color)
            }
        }
    }

    fn render_causes(&mut self, e: &mut Exc, color: bool) -> String {
        let Some(cause) = e.cause.as_mut() else {
            return String::new();
        };
        let mut c = cause.clone();
        let (name, msg) = self.describe(&mut c);
        let inner = self.render_causes(&mut c, color);
        let explicit = matches!(e.payload, Payload::Object(_));
        let _ = explicit;
        format!(
            "{}{}\nDuring handling of the above exception, another exception occurred:\n\n",
            inner,
            diag::render_exception(&c, &name, &msg, color)
        )
    }
}
