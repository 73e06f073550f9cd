//! `open()` and text file objects (read, write, iterate, context manager).

use super::args;
use super::Def;
use crate::interp::exceptions::{value_error, Exc, ExcType};
use crate::interp::repr::s;
use crate::interp::value::*;
use crate::interp::Interp;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

struct TextFile {
    name: String,
    mode: String,
    /// Read mode: the whole text and the read position (bytes).
    text: String,
    pos: usize,
    writer: Option<std::fs::File>,
    closed: bool,
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

const METHODS: &[Def] = defs! {
    "read", "self, size=-1, /", "Read the rest of the file (or size characters)." => |_, a| with_file(&a[0], |f| {
        check_readable(f)?; let n = match a[1] { Value::Int(n) if n >= 0 => n as usize, _ => usize::MAX };
        let rest = &f.text[f.pos..]; let end = rest.char_indices().nth(n).map(|(i, _)| i).unwrap_or(rest.len());
        let out = rest[..end].to_string(); f.pos += end; Ok(s(out)) });
    "readline", "self, size=-1, /", "Read one line, including its newline." => |_, a| with_file(&a[0], |f| {
        check_readable(f)?; let rest = &f.text[f.pos..]; let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        let out = rest[..end].to_string(); f.pos += end; Ok(s(out)) });
    "readlines", "self, hint=-1, /", "Read all remaining lines." => |_, a| with_file(&a[0], |f| {
        check_readable(f)?; let rest = f.text[f.pos..].to_string(); f.pos = f.text.len();
        Ok(Value::list(rest.split_inclusive('\n').map(|l| s(l.to_string())).collect())) });
    "write", "self, text, /", "Write text; returns the number of characters." => |_, a| with_file(&a[0], |f| {
        let t = args::string(&a[1], "write() argument")?;
        if f.closed { return Err(value_error("I/O operation on closed file.")); }
        let Some(w) = f.writer.as_mut() else { return Err(Exc::new(ExcType::OSError, "not writable")) };
        w.write_all(t.as_bytes()).map_err(|e| Exc::new(ExcType::OSError, e.to_string()))?;
        Ok(Value::Int(t.chars().count() as i64)) });
    "close", "self, /", "Close the file." => |_, a| with_file(&a[0], |f| { f.closed = true; if let Some(w) = f.writer.as_mut() { let _ = w.flush(); } f.writer = None; Ok(Value::None) });
    "flush", "self, /", "Flush written data." => |_, a| with_file(&a[0], |f| { if let Some(w) = f.writer.as_mut() { let _ = w.flush(); } Ok(Value::None) });
    "__enter__", "self, /", "Enter the context: the file itself." => |_, a| Ok(a[0].clone());
    "__exit__", "self, *exc", "Close the file on leaving the context." => |_, a| with_file(&a[0], |f| { f.closed = true; f.writer = None; Ok(Value::Bool(false)) });
    "__iter__", "self, /", "Iterate over lines." => |_, a| with_file(&a[0], |f| {
        check_readable(f)?; let rest = f.text[f.pos..].to_string(); f.pos = f.text.len();
        let items = rest.split_inclusive('\n').map(|l| s(l.to_string())).collect();
        Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Values { items, index: 0 })))) });
    "__repr__", "self, /", "<_io.TextIOWrapper name=... mode=...>" => |_, a| with_file(&a[0], |f| Ok(s(format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>", f.name, f.mode))));
};

fn check_readable(f: &TextFile) -> Res<()> {
    if f.closed {
        return Err(value_error("I/O operation on closed file."));
    }
    if f.writer.is_some() {
        return Err(Exc::new(ExcType::OSError, "not readable"));
    }
    Ok(())
}

fn with_file(v: &Value, f: impl FnOnce(&mut TextFile) -> Res<Value>) -> Res<Value> {
    let Value::Native(n) = v else {
        return Err(value_error("not a file"));
    };
    let mut data = n.data.borrow_mut();
    match data.downcast_mut::<TextFile>() {
        Some(tf) => f(tf),
        None => Err(value_error("not a file")),
    }
}

fn open(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let name = args::string(&a[0], "open() argument 'file'")?.to_string();
    let mode = args::string(&a[1], "open() argument 'mode'")?.to_string();
    if mode.contains('b') {
        return Err(crate::interp::exceptions::not_implemented(
            "binary file mode",
        ));
    }
    let io_err = |e: std::io::Error| {
        let kind = match e.kind() {
            std::io::ErrorKind::NotFound => ExcType::FileNotFoundError,
            std::io::ErrorKind::PermissionDenied => ExcType::PermissionError,
            _ => ExcType::OSError,
        };
        let code = e.raw_os_error().unwrap_or(0);
        let msg = e.to_string();
        let text = msg.split(" (os error").next().unwrap_or(&msg).to_string();
        Exc::new(kind, format!("[Errno {code}] {text}: '{name}'"))
    };
    let mut tf = TextFile {
        name: name.clone(),
        mode: mode.clone(),
        text: String::new(),
        pos: 0,
        writer: None,
        closed: false,
    };
    if mode.contains('w') || mode.contains('a') || mode.contains('x') {
        let mut o = std::fs::OpenOptions::new();
        if mode.contains('a') {
            o.append(true).create(true);
        } else if mode.contains('x') {
            o.write(true).create_new(true);
        } else {
            o.write(true).create(true).truncate(true);
        }
        tf.writer = Some(o.open(&name).map_err(io_err)?);
    } else {
        tf.text = std::fs::read_to_string(&name).map_err(io_err)?;
    }
    let class = me.state.get("textio").cloned();
    let Some(class) = class else {
        return Err(value_error("file support unavailable"));
    };
    let class = class.borrow();
    let Some(c) = class.downcast_ref::<Rc<Class>>() else {
        return Err(value_error("file support unavailable"));
    };
    Ok(Value::Native(Rc::new(Native {
        class: c.clone(),
        data: RefCell::new(Box::new(tf)),
        hash_as: None,
    })))
}

pub fn install(interp: &mut Interp) {
    let Ok(class) =
        crate::interp::new_class("TextIOWrapper", "_io", vec![interp.types.object.clone()])
    else {
        return;
    };
    for d in METHODS {
        Interp::add_method(&class, d.builtin(Some("TextIOWrapper")));
    }
    interp
        .state
        .insert("textio", Rc::new(RefCell::new(Box::new(class))));
    interp.add_builtin(
        Def {
            name: "open",
            sig: "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None",
            doc: "Open a text file and return a file object.",
            func: open,
        }
        .builtin(None),
    );
}
