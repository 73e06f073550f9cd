//! The `sys` module: argv, exit, the stdin/stdout/stderr streams, version information.

use super::Def;
use crate::interp::exceptions::{Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// The object behind `sys.stdin`, `sys.stdout` or `sys.stderr`.
#[derive(Clone, Copy, PartialEq)]
enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

fn stream_of(v: &Value) -> Option<Stream> {
    match v {
        Value::Native(n) => n.data.borrow().downcast_ref::<Stream>().copied(),
        _ => None,
    }
}

fn os_error(e: std::io::Error) -> Box<Exc> {
    Exc::new(ExcType::OSError, e.to_string())
}

fn check_stdin(v: &Value) -> Res<()> {
    match stream_of(v) {
        Some(Stream::Stdin) => Ok(()),
        _ => Err(Exc::new(ExcType::OSError, "not readable")),
    }
}

/// `sys.stdin.readline()`: one line with its newline; empty at the end of the input.
fn stream_readline(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    check_stdin(&a[0])?;
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).map_err(os_error)?;
    Ok(s(line))
}

/// `sys.stdin.read()`: the rest of the input.
fn stream_read(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    use std::io::Read;
    check_stdin(&a[0])?;
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(os_error)?;
    Ok(s(text))
}

/// `sys.stdout` when a program has replaced it (None while it is the real one, or `sys` was never imported).
pub fn replaced_stdout(me: &Interp) -> Option<Value> {
    let Some(Value::Module(sys)) = me.modules.get("sys") else {
        return None;
    };
    let stdout = sys.globals.get("stdout")?;
    (stream_of(&stdout) != Some(Stream::Stdout)).then_some(stdout)
}

/// The line `input()` reads, newline included (empty at the end of the input): from `sys.stdin`, which a
/// program may have replaced (with an `io.StringIO`, say), as in Python.
pub fn input_line(me: &mut Interp) -> Res<String> {
    let stdin = match me.import("sys")? {
        Value::Module(m) => m.globals.get("stdin").unwrap_or(Value::None),
        _ => Value::None,
    };
    let readline = me.getattr(&stdin, "readline")?;
    match me.call(&readline, vec![], vec![])? {
        Value::Str(line) => Ok(line.to_string()),
        other => Err(crate::interp::exceptions::type_error(format!(
            "object.readline() returned non-string (type {})",
            other.type_name()
        ))),
    }
}

fn stream_write(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let text = match &a[1] {
        Value::Str(t) => t.clone(),
        other => {
            return Err(crate::interp::exceptions::type_error(format!(
                "write() argument must be str, not {}",
                other.type_name()
            )))
        }
    };
    let stream = stream_of(&a[0]);
    if stream == Some(Stream::Stdin) {
        return Err(Exc::new(ExcType::OSError, "not writable"));
    }
    if stream == Some(Stream::Stderr) {
        me.flush_out();
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        me.write_out(&text)?;
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(me: &mut Interp, _a: Vec<Value>) -> Res<Value> {
    me.flush_out();
    let _ = std::io::stderr().flush();
    Ok(Value::None)
}

fn exit(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let args = if matches!(a[0], Value::None) {
        vec![]
    } else {
        vec![a[0].clone()]
    };
    Err(Exc::with_args(ExcType::SystemExit, args))
}

fn getrecursionlimit(_me: &mut Interp, _a: Vec<Value>) -> Res<Value> {
    Ok(Value::Int(crate::interp::RECURSION_LIMIT as i64))
}

pub fn init(me: &mut Interp) -> Res<Value> {
    let class = crate::interp::new_class("TextIOWrapper", "_io", vec![me.types.object.clone()])
        .map_err(|m| Exc::new(ExcType::RuntimeError, m))?;
    Interp::add_method(
        &class,
        Def {
            name: "write",
            sig: "self, s, /",
            doc: "Write a string.",
            func: stream_write,
        }
        .builtin(Some("TextIOWrapper")),
    );
    Interp::add_method(
        &class,
        Def {
            name: "flush",
            sig: "self, /",
            doc: "Flush the stream.",
            func: stream_flush,
        }
        .builtin(Some("TextIOWrapper")),
    );
    for (name, doc, func) in [
        (
            "readline",
            "Read one line of standard input, with its newline ('' at the end).",
            stream_readline as NativeFn,
        ),
        ("read", "Read the rest of standard input.", stream_read),
    ] {
        Interp::add_method(
            &class,
            Def {
                name,
                sig: "self, /",
                doc,
                func,
            }
            .builtin(Some("TextIOWrapper")),
        );
    }
    let stream = |kind: Stream| {
        Value::Native(Rc::new(Native {
            class: class.clone(),
            data: RefCell::new(Box::new(kind)),
            hash_as: None,
        }))
    };
    let argv = Value::list(me.argv.iter().map(|a| s(a.clone())).collect());
    let items = vec![
        ("argv", argv),
        (
            "exit",
            Value::Builtin(Rc::new(
                Def {
                    name: "exit",
                    sig: "status=None, /",
                    doc: "Exit by raising SystemExit.",
                    func: exit,
                }
                .builtin(None),
            )),
        ),
        (
            "getrecursionlimit",
            Value::Builtin(Rc::new(
                Def {
                    name: "getrecursionlimit",
                    sig: "",
                    doc: "The recursion limit.",
                    func: getrecursionlimit,
                }
                .builtin(None),
            )),
        ),
        ("stdin", stream(Stream::Stdin)),
        ("stdout", stream(Stream::Stdout)),
        ("stderr", stream(Stream::Stderr)),
        ("platform", Value::str(std::env::consts::OS)),
        ("maxsize", Value::Int(i64::MAX)),
        (
            "version",
            Value::str(concat!("nabla ", env!("CARGO_PKG_VERSION"))),
        ),
        (
            "version_info",
            Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0)]),
        ),
        ("float_info_epsilon", Value::Float(f64::EPSILON)),
    ];
    Ok(me.make_module("sys", "System-specific parameters and functions.", items))
}
