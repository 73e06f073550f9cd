//! The REPL's `%commands` (also written `:name`): one table gives each its usage, its documentation and its code.

use super::timing::{choose_loops, cpu_times, time_report, TimeitResult};
use super::{DisplayMode, EditMode, Repl};
use crate::interp::value::Value;
use crate::RunError;
use std::rc::Rc;
use std::time::Instant;

/// A REPL command: `%name args` (or `:name args`), outside the language.
pub struct Command {
    pub name: &'static str,
    pub usage: &'static str,
    /// The first sentence is the one-line summary shown by `nabla --help`.
    pub doc: &'static str,
    /// Runnable examples as in a doc (`>>>` inputs, then the output); `…` in an output line stands for text that
    /// changes from run to run (a time, a directory). tests/repl.rs runs every one.
    pub examples: &'static str,
    pub(super) run: fn(&mut Repl, &str) -> Result<String, CommandError>,
}

impl Command {
    /// The doc's first sentence.
    pub fn summary(&self) -> &'static str {
        match self.doc.find(". ") {
            Some(i) => &self.doc[..i + 1],
            None => self.doc,
        }
    }
}

/// Why a command produced no answer: a usage mistake (shown as is), or an error from running code.
pub enum CommandError {
    Usage(String),
    Run(RunError),
}

impl From<RunError> for CommandError {
    fn from(e: RunError) -> Self {
        CommandError::Run(e)
    }
}

/// The REPL's commands.
pub const COMMANDS: &[Command] = &[
    Command {
        name: "timeit",
        usage: "%timeit [-n LOOPS] [-r RUNS] STATEMENT",
        doc: "Time a statement as IPython does. The loop count grows by powers of ten until the loops take 0.2 s \
              together (or is given by -n); the mean and standard deviation per loop are over 7 runs (or -r), \
              printed as `1.23 µs ± 45.6 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.",
        examples: r#">>> %timeit -n 1000 -r 3 sum(range(100))
… per loop (mean ± std. dev. of 3 runs, 1,000 loops each)"#,
        run: timeit,
    },
    Command {
        name: "time",
        usage: "%time STATEMENT",
        doc: "Run a statement once and print its CPU and wall time. The text is IPython's; an expression's \
              value is echoed after the times.",
        examples: r#">>> %time sum(range(10))
CPU times: user …, sys: …, total: …
Wall time: …
45"#,
        run: time,
    },
    Command {
        name: "whos",
        usage: "%whos",
        doc: "List the session's variables in a table. Arrays and tensors show their shape, dtype, device, \
              whether they require grad and their memory; other values a short repr.",
        examples: r#">>> a = np.zeros((2, 3))
>>> t = torch.ones(4, requires_grad=True)
>>> n = 5
>>> %whos
Variable   Type      Shape    Dtype           Device   Grad   Memory   Data/Info
--------------------------------------------------------------------------------
a          ndarray   (2, 3)   float64         cpu             48 B
t          Tensor    (4,)     torch.float32   cpu      True   16 B
n          int                                                         5"#,
        run: whos,
    },
    Command {
        name: "reset",
        usage: "%reset [-f]",
        doc: "Delete every variable the session defined. Builtins (np and torch among them) stay; like \
              IPython's `%reset -f`, it asks no confirmation.",
        examples: r#">>> x = 1
>>> %reset -f
>>> 'x' in dir()
False"#,
        run: reset,
    },
    Command {
        name: "run",
        usage: "%run FILE.py",
        doc: "Run a script in the session. Its names stay defined afterwards; the script also sees the \
              session's variables (as IPython's `%run -i`).",
        examples: r#">>> with open("greet.py", "w") as f:
...     n = f.write("name = 'nabla'\nprint('hello', name)\n")
>>> %run greet.py
hello nabla
>>> name
'nabla'"#,
        run: run_file,
    },
    Command {
        name: "load",
        usage: "%load FILE.py",
        doc: "Put a file's text into the next input. Edit it there, then Enter runs it; with piped input, the \
              text runs as the next input.",
        examples: r#">>> with open("twice.py", "w") as f:
...     n = f.write("def twice(v):\n    return 2 * v\n")
>>> %load twice.py
>>> twice(21)
42"#,
        run: load,
    },
    Command {
        name: "save",
        usage: "%save FILE.py",
        doc: "Write the session's inputs that ran without error as a script. Commands are left out.",
        examples: r#">>> x = 2
>>> y = x ** 10
>>> %save powers.py
The following commands were written to file `powers.py`:
x = 2
y = x ** 10"#,
        run: save,
    },
    Command {
        name: "history",
        usage: "%history [-n]",
        doc: "Print the inputs of this session, commands included. With -n, each is numbered.",
        examples: r#">>> x = 1
>>> %history -n
   1: x = 1
   2: %history -n"#,
        run: history,
    },
    Command {
        name: "pwd",
        usage: "%pwd",
        doc: "Show the current working directory.",
        examples: r#">>> %cd /
/
>>> %pwd
'/'"#,
        run: pwd,
    },
    Command {
        name: "cd",
        usage: "%cd [DIR | -]",
        doc: "Change the working directory. With no argument, go to the home directory; `-` goes back to the \
              previous one.",
        examples: r#">>> %cd /
/
>>> %cd -
…"#,
        run: cd,
    },
    Command {
        name: "seed",
        usage: "%seed N",
        doc: "Seed every random generator at once. Calls random.seed(N), np.random.seed(N) and \
              torch.manual_seed(N).",
        examples: r#">>> %seed 0
>>> np.random.randint(10, size=3)
array([5, 0, 3])
>>> torch.rand(2)
tensor([0.4963, 0.7682])"#,
        run: seed,
    },
    Command {
        name: "precision",
        usage: "%precision [N]",
        doc: "Set how many digits arrays and tensors print. Calls np.set_printoptions(precision=N) and \
              torch.set_printoptions(precision=N); with no N, restores the defaults (8 and 4).",
        examples: r#">>> %precision 3
>>> np.array([1/3])
array([0.333])
>>> torch.tensor([1/3])
tensor([0.333])
>>> %precision
>>> np.array([1/3])
array([0.33333333])"#,
        run: precision,
    },
    Command {
        name: "why",
        usage: "%why EXPR.ATTR",
        doc: "Explain what an attribute holds and why. Above all why a tensor's .grad is None (never required \
              grad, not a leaf, detached, made under no_grad, no backward yet, or not on the path to the \
              output).",
        examples: r#">>> w = torch.tensor(2.0)
>>> %why w.grad
w.grad is None because w never required grad: gradients are kept only for tensors created with
requires_grad=True (or after w.requires_grad_()), and results computed only from such tensors do not
require grad either."#,
        run: why,
    },
    Command {
        name: "display",
        usage: "%display [numpy | rich]",
        doc: "Choose how the REPL echoes arrays and tensors. `rich` (the default) adds a dimmed line above the \
              repr on a terminal (shape, dtype, device, grad state, and min/max/mean and nan/inf counts for \
              arrays of more than 1000 elements) and wraps at the terminal's width unless a line width was set \
              with set_printoptions; `numpy` echoes exactly what Python prints. Piped output is always exact. \
              With no argument, shows the current mode.",
        examples: r#">>> %display numpy
>>> %display
numpy"#,
        run: display,
    },
    Command {
        name: "editmode",
        usage: "%editmode [emacs | vi]",
        doc: "Switch the line editor between Emacs and Vi keys. Also chosen at start by `nabla --vi` or \
              NABLA_EDITMODE=vi; with no argument, shows the current mode.",
        examples: r#">>> %editmode vi
>>> %editmode
vi"#,
        run: editmode,
    },
    Command {
        name: "apropos",
        usage: "%apropos WORD",
        doc: "List the names whose name or documentation mentions a word. Searches the builtins, numpy and \
              torch (with linalg, fft, random and nn.functional), the ndarray and Tensor methods and these \
              commands, ignoring case; `name?` or help(name) then shows one in full.",
        examples: r#">>> %apropos cholesky
numpy.linalg.cholesky     Cholesky factor L (a = L @ L^H), or the upper factor with upper=True.
torch.linalg.cholesky     The Cholesky factor L of each Hermitian positive-definite matrix (A = L L^H).
torch.linalg.cholesky_ex  cholesky with an `info` tensor."#,
        run: apropos,
    },
    Command {
        name: "quit",
        usage: "%quit",
        doc: "Leave the REPL. Same as Ctrl-D or exit().",
        examples: r#">>> print('bye')
bye
>>> %quit
>>> print('not run')"#,
        run: quit,
    },
];

fn usage(cmd: &str) -> CommandError {
    let u = COMMANDS
        .iter()
        .find(|c| c.name == cmd)
        .map_or("", |c| c.usage);
    CommandError::Usage(format!("usage: {u}"))
}

/// `%timeit [-n N] [-r R] stmt`.
fn timeit(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let mut rest = args.trim();
    let (mut loops, mut runs) = (None, 7usize);
    while let Some(opt) = rest.strip_prefix('-').filter(|r| r.starts_with(['n', 'r'])) {
        let (flag, after) = opt.split_at(1);
        let after = after.trim_start();
        let end = after.find(char::is_whitespace).unwrap_or(after.len());
        let n: usize = after[..end]
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| usage("timeit"))?;
        if flag == "n" {
            loops = Some(n as u64);
        } else {
            runs = n;
        }
        rest = after[end..].trim_start();
    }
    if rest.is_empty() {
        return Err(usage("timeit"));
    }
    let session = &mut repl.session;
    let code = session.compile_source("<timeit>", rest)?;
    let mut time = |n: u64| -> Result<f64, RunError> {
        let t0 = Instant::now();
        for _ in 0..n {
            session.run_compiled(&code, false)?;
            session.check_interrupt()?;
        }
        Ok(t0.elapsed().as_secs_f64())
    };
    let loops = match loops {
        Some(n) => n,
        None => choose_loops(&mut time)?,
    };
    let all_runs = (0..runs)
        .map(|_| time(loops))
        .collect::<Result<Vec<_>, _>>()?;
    let result = TimeitResult { loops, all_runs };
    Ok(match result.warning() {
        Some(w) => format!("{w}\n{}", result.summary()),
        None => result.summary(),
    })
}

/// `%time stmt`: one run, timed; an expression's value is echoed after the report.
fn time(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let text = args.trim();
    if text.is_empty() {
        return Err(usage("time"));
    }
    let session = &mut repl.session;
    let is_expression = crate::syntax::parser::parse_module(text).is_ok_and(|m| {
        matches!(
            m.body.as_slice(),
            [crate::syntax::ast::Stmt {
                kind: crate::syntax::ast::StmtKind::Expr(_),
                ..
            }]
        )
    });
    let cpu0 = cpu_times();
    let t0 = Instant::now();
    let value = if is_expression {
        Some(session.eval_expression("<timed exec>", text)?)
    } else {
        session.run_source("<timed exec>", text, false)?;
        None
    };
    let wall = t0.elapsed().as_secs_f64();
    let cpu = cpu0
        .zip(cpu_times())
        .map(|((u0, s0), (u1, s1))| (u1 - u0, s1 - s0));
    println!("{}", time_report(cpu, wall));
    if let Some(v) = value {
        let r = session.interp.echo_value(v);
        session.interp.flush_out();
        r.map_err(|e| CommandError::Run(RunError::Exception(e)))?;
    }
    Ok(String::new())
}

/// `%whos`: one row per user variable.
fn whos(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    if !args.trim().is_empty() {
        return Err(usage("whos"));
    }
    let vars = repl.user_variables();
    if vars.is_empty() {
        return Ok("Interactive namespace is empty.".into());
    }
    let header = [
        "Variable",
        "Type",
        "Shape",
        "Dtype",
        "Device",
        "Grad",
        "Memory",
        "Data/Info",
    ];
    let interp = &mut repl.session.interp;
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (name, v) in vars {
        let class = interp.class_of(&v);
        let mut row = vec![name.to_string(), class.name.to_string()];
        let kind = (&*class.module, &*class.name);
        if matches!(kind, ("numpy", "ndarray") | ("torch", "Tensor")) {
            let is_tensor = kind.1 == "Tensor";
            let mut attr = |n: &str| interp.getattr(&v, n).ok();
            let shape = attr("shape");
            let dtype = attr("dtype");
            let device = if is_tensor { attr("device") } else { None };
            let grad = if is_tensor {
                attr("requires_grad")
            } else {
                None
            };
            let nbytes = attr("nbytes");
            let shape = shape.and_then(|s| interp.collect(&s).ok()).map(|dims| {
                let d: Vec<String> = dims
                    .iter()
                    .map(|x| interp.repr(x).unwrap_or_default())
                    .collect();
                format!("({}{})", d.join(", "), if d.len() == 1 { "," } else { "" })
            });
            let mut text =
                |x: Option<Value>| x.and_then(|x| interp.str(&x).ok()).unwrap_or_default();
            let dtype = text(dtype);
            // NumPy arrays live in host memory (NumPy 2's `ndarray.device` is always "cpu").
            let device = if is_tensor {
                text(device)
            } else {
                "cpu".into()
            };
            let grad = text(grad);
            let nbytes = match nbytes {
                Some(Value::Int(n)) => Some(n),
                _ => element_bytes(interp, &v),
            };
            let nbytes = nbytes.map(human_bytes).unwrap_or_default();
            row.extend([
                shape.unwrap_or_default(),
                dtype,
                device,
                grad,
                nbytes,
                String::new(),
            ]);
        } else {
            let info = interp.repr(&v).unwrap_or_default();
            let info: String = info.lines().next().unwrap_or("").chars().take(40).collect();
            row.extend(["", "", "", "", ""].map(String::from));
            row.push(info);
        }
        rows.push(row);
    }
    Ok(table(&header, &rows))
}

/// A tensor's memory as `element_size() * numel()`, when it has no `nbytes`.
fn element_bytes(interp: &mut crate::interp::Interp, v: &Value) -> Option<i64> {
    let mut call = |name: &str| {
        let m = interp.getattr(v, name).ok()?;
        match interp.call(&m, vec![], vec![]).ok()? {
            Value::Int(n) => Some(n),
            _ => None,
        }
    };
    Some(call("element_size")? * call("numel")?)
}

/// Columns padded to their widest cell, a rule under the header, trailing blanks trimmed.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut width: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in width.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    // Columns empty in every row (no arrays in scope: no Shape..Memory) are left out.
    let used: Vec<bool> = (0..header.len())
        .map(|i| i < 2 || rows.iter().any(|r| r.get(i).is_some_and(|c| !c.is_empty())))
        .collect();
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate().filter(|(i, _)| used[*i]) {
            s.push_str(&format!("{:<w$}   ", c, w = width[i]));
        }
        s.trim_end().to_string()
    };
    let head = line(header.to_vec());
    let mut out = vec![head.clone(), "-".repeat(head.chars().count())];
    for row in rows {
        out.push(line(row.iter().map(String::as_str).collect()));
    }
    out.join("\n")
}

/// `80.0 MiB`-style sizes (bytes below 1 KiB).
fn human_bytes(n: i64) -> String {
    let units = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut x = n as f64;
    let mut unit = "B";
    for u in units {
        if x < 1024.0 {
            break;
        }
        x /= 1024.0;
        unit = u;
    }
    format!("{x:.1} {unit}")
}

/// `%reset`: unbind every user variable and `_`.
fn reset(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    if !matches!(args.trim(), "" | "-f") {
        return Err(usage("reset"));
    }
    repl.reset();
    Ok(String::new())
}

fn read_script(args: &str, cmd: &str) -> Result<(String, String), CommandError> {
    let path = args.trim();
    if path.is_empty() {
        return Err(usage(cmd));
    }
    let path = expand_home(path);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok((path, text)),
        Err(e) => Err(CommandError::Usage(format!(
            "%{cmd}: cannot read {path}: {}",
            io_message(&e)
        ))),
    }
}

fn io_message(e: &std::io::Error) -> String {
    let msg = e.to_string();
    msg.split(" (os error").next().unwrap_or(&msg).to_string()
}

fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::var("HOME")) {
        (Some(rest), Ok(home)) => format!("{home}/{rest}"),
        _ if path == "~" => std::env::var("HOME").unwrap_or_else(|_| path.to_string()),
        _ => path.to_string(),
    }
}

fn run_file(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let (path, text) = read_script(args, "run")?;
    match repl.session.run_source(&path, &text, false) {
        // The script's `sys.exit()` ends the script, not the session (as in IPython).
        Err(RunError::Exit(0)) => Ok(String::new()),
        Err(RunError::Exit(code)) => Err(CommandError::Usage(format!("SystemExit: {code}"))),
        r => r.map(|()| String::new()).map_err(CommandError::Run),
    }
}

fn load(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let (_, text) = read_script(args, "load")?;
    repl.pending = Some(text.trim_end().to_string());
    Ok(String::new())
}

fn save(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let path = args.trim();
    if path.is_empty() {
        return Err(usage("save"));
    }
    let mut text = repl.script.join("\n");
    text.push('\n');
    let path = expand_home(path);
    std::fs::write(&path, &text).map_err(|e| {
        CommandError::Usage(format!("%save: cannot write {path}: {}", io_message(&e)))
    })?;
    Ok(format!(
        "The following commands were written to file `{path}`:\n{}",
        text.trim_end()
    ))
}

fn history(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let numbered = match args.trim() {
        "" => false,
        "-n" => true,
        _ => return Err(usage("history")),
    };
    let lines: Vec<String> = repl
        .inputs
        .iter()
        .enumerate()
        .map(|(i, text)| {
            if numbered {
                format!("{:>4}: {}", i + 1, text.replace('\n', "\n      "))
            } else {
                text.clone()
            }
        })
        .collect();
    Ok(lines.join("\n"))
}

fn pwd(_repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    if !args.trim().is_empty() {
        return Err(usage("pwd"));
    }
    let dir = std::env::current_dir()
        .map_err(|e| CommandError::Usage(format!("%pwd: {}", io_message(&e))))?;
    Ok(crate::format::python::str_repr(&dir.to_string_lossy()))
}

fn cd(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let target = match args.trim() {
        "" => {
            std::env::var("HOME").map_err(|_| CommandError::Usage("%cd: HOME is not set".into()))?
        }
        "-" => match &repl.previous_dir {
            Some(p) => p.to_string_lossy().into_owned(),
            None => return Err(CommandError::Usage("%cd -: no previous directory".into())),
        },
        t => expand_home(t),
    };
    let here = std::env::current_dir().ok();
    std::env::set_current_dir(&target)
        .map_err(|e| CommandError::Usage(format!("%cd: {target}: {}", io_message(&e))))?;
    repl.previous_dir = here;
    let now = std::env::current_dir()
        .map_err(|e| CommandError::Usage(format!("%cd: {}", io_message(&e))))?;
    Ok(now.to_string_lossy().into_owned())
}

/// Call `module.function(*args, **kwargs)` through the module's own table, as a program would.
fn call_library(
    repl: &mut Repl,
    path: &[&str],
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> Result<(), CommandError> {
    let interp = &mut repl.session.interp;
    let run = |interp: &mut crate::interp::Interp| -> crate::interp::value::Res<Value> {
        let mut f = interp.import(path[0])?;
        for name in &path[1..] {
            f = interp.getattr(&f, name)?;
        }
        interp.call(&f, args, kwargs)
    };
    run(interp).map_err(|e| CommandError::Run(RunError::Exception(e)))?;
    Ok(())
}

fn seed(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let n: i64 = args.trim().parse().map_err(|_| usage("seed"))?;
    call_library(repl, &["random", "seed"], vec![Value::Int(n)], vec![])?;
    call_library(
        repl,
        &["numpy", "random", "seed"],
        vec![Value::Int(n)],
        vec![],
    )?;
    call_library(repl, &["torch", "manual_seed"], vec![Value::Int(n)], vec![])?;
    Ok(String::new())
}

fn precision(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let (np_digits, torch_digits) = match args.trim() {
        "" => (8, 4),
        t => {
            let n: i64 = t
                .parse()
                .ok()
                .filter(|&n| n >= 0)
                .ok_or_else(|| usage("precision"))?;
            (n, n)
        }
    };
    let kw = |n| vec![(Rc::from("precision"), Value::Int(n))];
    call_library(repl, &["numpy", "set_printoptions"], vec![], kw(np_digits))?;
    call_library(
        repl,
        &["torch", "set_printoptions"],
        vec![],
        kw(torch_digits),
    )?;
    Ok(String::new())
}

/// `%why x.grad`: evaluate `x`, then ask the library's explainers about `.grad`.
fn why(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    let session = &mut repl.session;
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
    let owner = session.eval_expression("<stdin>", owner_text)?;
    session
        .interp
        .explain_attr(&owner, attr, owner_text)
        .map(|text| super::wrap_words(&text, 100))
        .ok_or_else(|| {
            CommandError::Usage(format!(
                "nabla has no explanation for {owner_text}.{attr}: %why explains the .grad of torch tensors"
            ))
        })
}

fn display(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    choose(
        &mut repl.display,
        args,
        "display",
        DisplayMode::parse,
        DisplayMode::name,
    )
}

fn editmode(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    choose(
        &mut repl.edit_mode,
        args,
        "editmode",
        EditMode::parse,
        EditMode::name,
    )
}

/// A setting with named choices: `%cmd` shows the current one, `%cmd WORD` picks another.
fn choose<T: Copy>(
    setting: &mut T,
    args: &str,
    cmd: &str,
    parse: fn(&str) -> Option<T>,
    name: fn(T) -> &'static str,
) -> Result<String, CommandError> {
    match args.trim() {
        "" => Ok(name(*setting).to_string()),
        word => {
            *setting = parse(word).ok_or_else(|| usage(cmd))?;
            Ok(String::new())
        }
    }
}

fn quit(_repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    if !args.trim().is_empty() {
        return Err(usage("quit"));
    }
    Err(CommandError::Run(RunError::Exit(0)))
}

/// `%apropos word`.
fn apropos(repl: &mut Repl, args: &str) -> Result<String, CommandError> {
    if args.trim().is_empty() {
        return Err(usage("apropos"));
    }
    crate::library::help::apropos(&mut repl.session.interp, args)
        .map_err(|e| CommandError::Run(RunError::Exception(e)))
}

/// The help text of a command (`%timeit?`, `help("%timeit")`): usage, then the doc.
pub fn command_help(c: &Command) -> String {
    format!(
        "{}   (also :{})\n\n{}\n\nExamples\n--------\n{}\n",
        c.usage,
        c.name,
        super::wrap_words(c.doc, 100),
        c.examples
    )
}
