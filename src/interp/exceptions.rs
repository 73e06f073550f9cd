//! Python exceptions as they travel through the evaluator: a payload, the innermost span, and a traceback.

use super::value::Value;
use crate::syntax::span::{SourceFile, Span};
use std::rc::Rc;

macro_rules! exc_types {
    ($($name:ident : $parent:ident),* $(,)?) => {
        /// The builtin exception classes, each with its parent in Python's hierarchy.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExcType { $($name),* }
        impl ExcType {
            pub const ALL: &'static [ExcType] = &[$(ExcType::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcType::$name => stringify!($name)),* }
            }
            pub fn parent(self) -> Option<ExcType> {
                let p = match self { $(ExcType::$name => stringify!($parent)),* };
                ExcType::ALL.iter().copied().find(|t| t.name() == p && *t != self)
            }
        }
    };
}

exc_types! {
    BaseException: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    IsADirectoryError: OSError,
    PermissionError: OSError,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
}

/// What was raised: a builtin exception not yet turned into an object, or an exception instance.
#[derive(Clone)]
pub enum Payload {
    Builtin(ExcType, Vec<Value>),
    Object(Value),
}

/// One line of a traceback: the frame's function name and the span executing in it.
#[derive(Clone)]
pub struct TraceEntry {
    pub func: Rc<str>,
    pub source: Rc<SourceFile>,
    pub span: Span,
}

#[derive(Clone)]
pub struct Exc {
    pub payload: Payload,
    /// The innermost expression being evaluated in the current frame when this was raised.
    pub span: Option<Span>,
    /// Frames already unwound, innermost first.
    pub traceback: Vec<TraceEntry>,
    /// Extra note for the diagnostic (shapes, hints); never part of Python's message.
    pub hint: Option<String>,
    /// `raise X from Y` / implicit context, kept for display.
    pub cause: Option<Box<Exc>>,
}

impl Exc {
    pub fn new(kind: ExcType, msg: impl Into<String>) -> Box<Exc> {
        Exc::with_args(kind, vec![Value::str(&msg.into())])
    }
    pub fn with_args(kind: ExcType, args: Vec<Value>) -> Box<Exc> {
        Box::new(Exc {
            payload: Payload::Builtin(kind, args),
            span: None,
            traceback: Vec::new(),
            hint: None,
            cause: None,
        })
    }
    pub fn object(v: Value) -> Box<Exc> {
        Box::new(Exc {
            payload: Payload::Object(v),
            span: None,
            traceback: Vec::new(),
            hint: None,
            cause: None,
        })
    }
    pub fn with_hint(mut self: Box<Self>, hint: impl Into<String>) -> Box<Exc> {
        self.hint = Some(hint.into());
        self
    }
    pub fn builtin_kind(&self) -> Option<ExcType> {
        match &self.payload {
            Payload::Builtin(k, _) => Some(*k),
            Payload::Object(_) => None,
        }
    }
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)` as Python's codecs raise it: characters
/// `start..end` of `object` (counted in characters) could not be encoded.
pub fn unicode_encode_error(
    encoding: &str,
    object: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> Box<Exc> {
    Exc::with_args(
        ExcType::UnicodeEncodeError,
        vec![
            Value::str(encoding),
            Value::str(object),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// The argument names of `UnicodeEncodeError`, which are also its attributes.
pub const UNICODE_ENCODE_ERROR_FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// `str()` of a `UnicodeEncodeError` made from its five arguments, in CPython's words; None when the arguments
/// are not (str, str, int, int, str).
pub fn unicode_encode_message(args: &[Value]) -> Option<String> {
    let [Value::Str(encoding), Value::Str(object), Value::Int(start), Value::Int(end), Value::Str(reason)] =
        args
    else {
        return None;
    };
    let chars: Vec<char> = object.chars().collect();
    let at = |i: i64| usize::try_from(i).ok().and_then(|i| chars.get(i).copied());
    Some(match at(*start) {
        Some(c) if *end == start + 1 => {
            let code = c as u32;
            let escaped = if code <= 0xff {
                format!("\\x{code:02x}")
            } else if code <= 0xffff {
                format!("\\u{code:04x}")
            } else {
                format!("\\U{code:08x}")
            };
            format!("'{encoding}' codec can't encode character '{escaped}' in position {start}: {reason}")
        }
        _ => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    })
}

pub fn type_error(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::TypeError, msg)
}
pub fn value_error(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::ValueError, msg)
}
pub fn index_error(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::IndexError, msg)
}
pub fn attribute_error(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::AttributeError, msg)
}
pub fn runtime_error(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, msg)
}
pub fn zero_division(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::ZeroDivisionError, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::OverflowError, msg)
}
pub fn not_implemented(feature: impl Into<String>) -> Box<Exc> {
    Exc::new(
        ExcType::NotImplementedError,
        format!("{} is not supported by nabla yet", feature.into()),
    )
}
