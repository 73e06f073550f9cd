//! The `nabla` command: run a script, `-c` code or stdin, or start the REPL.

use nabla::{RunError, Session};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

const HELP: &str = "\
usage: nabla [option] ... [-c cmd | file | -] [arg] ...

nabla runs a Python-compatible array language with NumPy- and PyTorch-style APIs.

Options:
  -c cmd     run the program passed in as a string
  -i         inspect interactively after running the script (also with piped stdin)
  -q         don't print the version banner when starting the REPL
  --vi       edit REPL input with Vi keys (also NABLA_EDITMODE=vi, or %editmode vi in the REPL)
  --emacs    edit REPL input with Emacs keys (the default)
  -V, --version  print the version and exit
  -h, --help     print this help and exit
  file       run the program in a script file
  -          read the program from stdin (the default when stdin is not a terminal)
  arg ...    arguments passed to the program in sys.argv[1:]

With no file and a terminal on stdin, nabla starts the interactive REPL (Tab completes names, members,
keyword arguments and file paths). On a terminal, the echo of an array or tensor gets a dimmed header line
(shape, dtype, device, grad state; statistics for large arrays) and wraps at the terminal's width; piped output
is exactly Python's. REPL commands, also written :name:
";

const HELP_TAIL: &str = "\nEnvironment: NO_COLOR disables colours (diagnostics, the REPL's header); NABLA_EDITMODE=vi|emacs
chooses the REPL's keys; COLUMNS overrides the terminal width the REPL's echo wraps at.\n";

struct Options {
    command: Option<String>,
    file: Option<String>,
    interactive: bool,
    quiet: bool,
    edit_mode: Option<nabla::repl::EditMode>,
    argv: Vec<String>,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Options {
        command: None,
        file: None,
        interactive: false,
        quiet: false,
        edit_mode: None,
        argv: Vec::new(),
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{HELP}{}{HELP_TAIL}", nabla::repl::command_summaries());
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("nabla {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "-i" => o.interactive = true,
            "-q" => o.quiet = true,
            "--vi" => o.edit_mode = Some(nabla::repl::EditMode::Vi),
            "--emacs" => o.edit_mode = Some(nabla::repl::EditMode::Emacs),
            "-c" => {
                let code = args.next().ok_or("Argument expected for the -c option")?;
                o.command = Some(code);
                o.argv.push("-c".into());
                o.argv.extend(args.by_ref());
                break;
            }
            "-" => {
                o.argv.push("-".into());
                o.argv.extend(args.by_ref());
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("Unknown option: {s}")),
            _ => {
                o.file = Some(a.clone());
                o.argv.push(a);
                o.argv.extend(args.by_ref());
                break;
            }
        }
    }
    if o.argv.is_empty() {
        o.argv.push(String::new());
    }
    Ok(Some(o))
}

/// Run `f` on a thread with a large stack, so deep (but limited) Python recursion never overflows.
fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let handle = std::thread::Builder::new().stack_size(512 << 20).spawn(f);
    match handle.map(|h| h.join()) {
        Ok(Ok(v)) => v,
        _ => {
            eprintln!("nabla: internal error: the interpreter thread failed");
            std::process::exit(70);
        }
    }
}

fn report(session: &mut Session, mut err: RunError) -> u8 {
    match err {
        RunError::Exit(code) => (code & 0xff) as u8,
        _ => {
            let text = session.render_error(&mut err, nabla::diag::use_color());
            eprint!("{text}");
            1
        }
    }
}

// mimalloc: an interpreter allocates and frees small objects (shapes, strides, boxed values) on every operation,
// and glibc's malloc/free took a fifth of the instructions of `x = x + 1.0` on a small array (callgrind).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(Some(o)) => o,
        Ok(None) => return ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("nabla: {msg}\nusage: nabla [option] ... [-c cmd | file | -] [arg] ...\nTry `nabla -h' for more information.");
            return ExitCode::from(2);
        }
    };
    let code = with_big_stack(move || run(opts));
    ExitCode::from(code)
}

fn run(opts: Options) -> u8 {
    let mut session = Session::new(opts.argv.clone());
    nabla::repl::install_interrupt_handler(&session.interp);
    let stdin_tty = std::io::stdin().is_terminal();
    let (name, source) = if let Some(code) = &opts.command {
        ("<string>".to_string(), Some(code.clone()))
    } else if let Some(file) = &opts.file {
        match std::fs::read_to_string(file) {
            Ok(t) => (file.clone(), Some(t)),
            Err(e) => {
                let msg = e.to_string();
                let msg = msg.split(" (os error").next().unwrap_or(&msg);
                eprintln!(
                    "nabla: can't open file '{}': [Errno {}] {}",
                    file,
                    e.raw_os_error().unwrap_or(0),
                    msg
                );
                return 2;
            }
        }
    } else if !stdin_tty && !opts.interactive {
        let mut text = String::new();
        if std::io::stdin().read_to_string(&mut text).is_err() {
            eprintln!("nabla: could not read stdin");
            return 1;
        }
        ("<stdin>".to_string(), Some(text))
    } else {
        (String::new(), None)
    };
    let mut status = 0;
    if let Some(text) = source {
        let result = match nabla::catch_internal_errors(|| session.run_source(&name, &text, false))
        {
            Ok(r) => r,
            Err(msg) => {
                session.interp.flush_out();
                eprintln!("{msg}");
                return 70;
            }
        };
        if let Err(e) = result {
            let exit_requested = matches!(e, RunError::Exit(_));
            status = report(&mut session, e);
            if !opts.interactive || exit_requested {
                return status;
            }
        }
        if !opts.interactive {
            return status;
        }
    }
    let edit_mode = match nabla::repl::EditMode::choose(opts.edit_mode) {
        Ok(mode) => mode,
        Err(msg) => {
            eprintln!("nabla: {msg}; using emacs");
            nabla::repl::EditMode::Emacs
        }
    };
    nabla::repl::run(session, opts.quiet, stdin_tty, edit_mode)
}
