//! The `sys` module: argv, exit, stdout/stderr writers, version information.

use super::Def;
use crate::interp::exceptions::{Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

struct Stream {
    stderr: bool,
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
    let is_err = match &a[0] {
        Value::Native(n) => n
            .data
            .borrow()
            .downcast_ref::<Stream>()
            .map(|s| s.stderr)
            .unwrap_or(false),
        _ => false,
    };
    if is_err {
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
    let stream = |stderr: bool| {
        Value::Native(Rc::new(Native {
            class: class.clone(),
            data: RefCell::new(Box::new(Stream { stderr })),
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
        ("stdout", stream(false)),
        ("stderr", stream(true)),
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
