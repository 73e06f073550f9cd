//! `open()` and text file objects (read, write, iterate, context manager), and `io.StringIO`, the same object
//! over text in memory.

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
    /// An `io.StringIO`: the text is the file, readable and writable at the position.
    memory: bool,
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
        if f.memory { return Ok(Value::Int(write_in_memory(f, &t))); }
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

/// Methods `io.StringIO` adds to those of a file.
const STRINGIO_METHODS: &[Def] = defs! {
    "__new__", "cls, initial_value='', newline='\\n'", "A text file in memory, holding initial_value, positioned at its start.\n\n>>> import io\n>>> f = io.StringIO()\n>>> print('x =', 1, file=f)\n>>> f.getvalue()\n'x = 1\\n'\n>>> f = io.StringIO('a\\nb\\n')\n>>> f.readlines()\n['a\\n', 'b\\n']" => string_io;
    "getvalue", "self, /", "The whole text, wherever the position is." => |_, a| with_file(&a[0], |f| {
        check_open(f)?; Ok(s(f.text.clone())) });
    "tell", "self, /", "The position, in characters." => |_, a| with_file(&a[0], |f| {
        check_open(f)?; Ok(Value::Int(f.text[..f.pos].chars().count() as i64)) });
    "seek", "self, pos, whence=0, /", "Move to character pos (whence 0), or to the current position or the end with pos 0 (whence 1 or 2); returns the new position." => seek;
    "__repr__", "self, /", "<_io.StringIO object at ...>" => |_, a| Ok(s(format!("<_io.StringIO object at {:#x}>", a[0].identity())));
};

/// `io.StringIO(initial_value='', newline='\n')`.
fn string_io(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Class(class) = &a[0] else {
        return Err(value_error("StringIO.__new__ needs the class"));
    };
    let text = match &a[1] {
        Value::None => String::new(),
        v => args::string(v, "initial_value")?.to_string(),
    };
    if !matches!(a[2].as_str(), Some(n) if &**n == "\n") {
        return Err(crate::interp::exceptions::not_implemented(
            "io.StringIO with newline translation (newline other than '\\n')",
        ));
    }
    let file = TextFile {
        name: String::new(),
        mode: String::new(),
        text,
        pos: 0,
        writer: None,
        closed: false,
        memory: true,
    };
    Ok(Value::Native(Rc::new(Native {
        class: class.clone(),
        data: RefCell::new(Box::new(file)),
        hash_as: None,
    })))
}

/// Write `t` at the position: it overwrites what is there and extends the text past its end, as StringIO
/// does. Returns the number of characters written.
fn write_in_memory(f: &mut TextFile, t: &str) -> i64 {
    let n = t.chars().count();
    let rest = &f.text[f.pos..];
    let cut = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
    f.text.replace_range(f.pos..f.pos + cut, t);
    f.pos += t.len();
    n as i64
}

/// `StringIO.seek(pos, whence=0)`.
fn seek(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Int(pos) = a[1] else {
        return Err(crate::interp::exceptions::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[1].type_name()
        )));
    };
    let whence = match a[2] {
        Value::Int(w) => w,
        _ => 0,
    };
    with_file(&a[0], |f| {
        check_open(f)?;
        let chars = f.text.chars().count() as i64;
        let target = match whence {
            0 if pos < 0 => return Err(value_error(format!("Negative seek position {pos}"))),
            0 => pos,
            1 | 2 if pos != 0 => {
                let what = if whence == 1 { "cur" } else { "end" };
                return Err(Exc::new(
                    ExcType::OSError,
                    format!("Can't do nonzero {what}-relative seeks"),
                ));
            }
            1 => f.text[..f.pos].chars().count() as i64,
            2 => chars,
            w => {
                return Err(value_error(format!(
                    "Invalid whence ({w}, should be 0, 1 or 2)"
                )))
            }
        };
        if target > chars {
            return Err(crate::interp::exceptions::not_implemented(
                "StringIO.seek past the end of the text",
            ));
        }
        f.pos = f
            .text
            .char_indices()
            .nth(target as usize)
            .map_or(f.text.len(), |(i, _)| i);
        Ok(Value::Int(target))
    })
}

fn check_open(f: &TextFile) -> Res<()> {
    if f.closed {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn check_readable(f: &TextFile) -> Res<()> {
    check_open(f)?;
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
        memory: false,
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
            doc: "Open a text file and return a file object: mode 'r' reads, 'w' writes (emptying the file), \
                  'a' appends, 'x' creates. Use it in a `with` block to close the file at the end.\n\n\
                  >>> with open('example.txt', 'w') as f:\n\
                  ...     n = f.write('x,y\\n1,2\\n')\n\
                  >>> f = open('example.txt')\n\
                  >>> f.readline()\n\
                  'x,y\\n'\n\
                  >>> f.read()\n\
                  '1,2\\n'\n\
                  >>> f.close()",
            func: open,
        }
        .builtin(None),
    );
}

/// The `io` module: `StringIO`.
pub fn init_io(me: &mut Interp) -> Res<Value> {
    let class = crate::interp::new_class("StringIO", "_io", vec![me.types.object.clone()])
        .map_err(|m| Exc::new(ExcType::RuntimeError, m))?;
    for d in METHODS.iter().chain(STRINGIO_METHODS) {
        Interp::add_method(&class, d.builtin(Some("StringIO")));
    }
    Ok(me.make_module(
        "io",
        "Text streams: StringIO, a file whose text lives in memory.",
        vec![("StringIO", Value::Class(class))],
    ))
}
