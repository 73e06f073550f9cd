//! NumPy's floating-point error handling: the modes that `np.seterr` and `np.errstate` set for the divide, over,
//! under and invalid conditions, the `np.seterrcall` handler, and what a ufunc does with the conditions its
//! kernel raised (ignore, warn, raise, call, print or log). The kernels find the conditions (`tensor::fpe`);
//! this module decides what they mean to the program.

use super::array::tensor_error;
use crate::interp::exceptions::{type_error, value_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::Def;
use crate::tensor::fpe::{self, FpFlags};
use crate::tensor::{TResult, Tensor};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Ignore,
    Warn,
    Raise,
    Call,
    Print,
    Log,
}

const MODE_NAMES: [(&str, Mode); 6] = [
    ("ignore", Mode::Ignore),
    ("warn", Mode::Warn),
    ("raise", Mode::Raise),
    ("call", Mode::Call),
    ("print", Mode::Print),
    ("log", Mode::Log),
];

impl Mode {
    fn name(self) -> &'static str {
        MODE_NAMES
            .iter()
            .find(|(_, m)| *m == self)
            .map_or("ignore", |(n, _)| n)
    }

    /// A mode argument: None leaves the setting alone.
    fn parse(me: &mut Interp, v: &Value) -> Res<Option<Mode>> {
        if matches!(v, Value::None) {
            return Ok(None);
        }
        if let Value::Str(s) = v {
            if let Some((_, m)) = MODE_NAMES.iter().find(|(n, _)| **n == **s) {
                return Ok(Some(*m));
            }
        }
        Err(value_error(format!("invalid error mode {}", me.repr(v)?)))
    }
}

/// The four conditions in the order NumPy handles them, with `geterr()`'s keys and the words of the messages.
const CONDITIONS: [(FpFlags, &str, &str); 4] = [
    (FpFlags::DIVIDE, "divide", "divide by zero"),
    (FpFlags::OVERFLOW, "over", "overflow"),
    (FpFlags::UNDERFLOW, "under", "underflow"),
    (FpFlags::INVALID, "invalid", "invalid value"),
];

/// One setting of the four modes, with the conditions not ignored: those the kernels look for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Modes {
    modes: [Mode; 4],
    watch: FpFlags,
}

impl Modes {
    const DEFAULT: Modes = Modes {
        modes: [Mode::Warn, Mode::Warn, Mode::Ignore, Mode::Warn],
        watch: FpFlags::DIVIDE
            .union(FpFlags::OVERFLOW)
            .union(FpFlags::INVALID),
    };

    fn new(modes: [Mode; 4]) -> Modes {
        let mut watch = FpFlags::NONE;
        for (m, (flag, ..)) in modes.iter().zip(CONDITIONS) {
            if *m != Mode::Ignore {
                watch |= flag;
            }
        }
        Modes { modes, watch }
    }
}

thread_local! {
    /// This thread's session's modes (a session resets them when it installs numpy).
    static MODES: Cell<Modes> = const { Cell::new(Modes::DEFAULT) };
    /// The `np.seterrcall` handler: a callable ('call') or an object with a `write` method ('log').
    static HANDLER: RefCell<Value> = const { RefCell::new(Value::None) };
    /// Inside `collecting`: the conditions raised so far, kept for the caller instead of handled.
    static COLLECTED: Cell<Option<FpFlags>> = const { Cell::new(None) };
}

/// NumPy's defaults: warn on divide, over and invalid; ignore underflow; no handler.
pub fn reset() {
    MODES.with(|m| m.set(Modes::DEFAULT));
    HANDLER.with(|h| *h.borrow_mut() = Value::None);
}

fn modes() -> Modes {
    MODES.with(|m| m.get())
}

/// Run a ufunc's kernel with the conditions that are not ignored watched, then handle those it raised. `name`
/// is the ufunc's; NumPy's scalar operators (`np.float64(1) / 0`) report `scalar <name>`.
pub fn checked<T>(
    me: &mut Interp,
    name: &str,
    scalar: bool,
    f: impl FnOnce() -> TResult<T>,
) -> Res<T> {
    let (r, raised) = fpe::checked(modes().watch, f);
    let r = r.map_err(tensor_error)?;
    if !raised.is_empty() {
        let name = if scalar {
            format!("scalar {name}")
        } else {
            name.to_string()
        };
        dispatch(me, raised, &name)?;
    }
    Ok(r)
}

/// Handle what NumPy's sum/product reduction loops raise, read from their float result: a NaN from NaN-free
/// input is an invalid operation (inf - inf), an infinity from finite input an overflow. The input is scanned
/// only when the result holds one of them.
pub fn check_reduction(me: &mut Interp, input: &Tensor, result: &Tensor) -> Res<()> {
    let watch = modes().watch;
    if !watch.intersects(FpFlags::OVERFLOW | FpFlags::INVALID) || !result.dtype().is_float() {
        return Ok(());
    }
    let r = result.to_vec::<f64>();
    let (r_nan, r_inf) = (
        r.iter().any(|v| v.is_nan()),
        r.iter().any(|v| v.is_infinite()),
    );
    if !(r_nan || r_inf) {
        return Ok(());
    }
    let x = input.to_vec::<f64>();
    let mut raised = FpFlags::NONE;
    if r_nan && !x.iter().any(|v| v.is_nan()) {
        raised |= FpFlags::INVALID;
    }
    if r_inf && x.iter().all(|v| v.is_finite()) {
        raised |= FpFlags::OVERFLOW;
    }
    let raised = raised & watch;
    if raised.is_empty() {
        return Ok(());
    }
    dispatch(me, raised, "reduce")
}

/// Run `f` with the conditions its ufuncs raise collected rather than handled; returns them. A composite
/// (`divmod` made of `floor_divide` and `remainder`) then handles them once under its own name, as NumPy's
/// single loop would.
pub fn collecting<R>(f: impl FnOnce() -> R) -> (R, FpFlags) {
    struct Restore(Option<FpFlags>);
    impl Drop for Restore {
        fn drop(&mut self) {
            COLLECTED.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(COLLECTED.with(|c| c.replace(Some(FpFlags::NONE))));
    let r = f();
    (r, COLLECTED.with(|c| c.get()).unwrap_or(FpFlags::NONE))
}

/// Handle conditions raised by the ufunc `name`, or keep them for an enclosing `collecting`.
pub fn dispatch(me: &mut Interp, raised: FpFlags, name: &str) -> Res<()> {
    if let Some(acc) = COLLECTED.with(|c| c.get()) {
        COLLECTED.with(|c| c.set(Some(acc | raised)));
        return Ok(());
    }
    handle(me, raised, name)
}

/// What NumPy does with the conditions a ufunc raised: each in turn, by its mode.
fn handle(me: &mut Interp, raised: FpFlags, name: &str) -> Res<()> {
    let current = modes();
    for (mode, (flag, _, what)) in current.modes.iter().zip(CONDITIONS) {
        if !raised.contains(flag) {
            continue;
        }
        let msg = format!("{what} encountered in {name}");
        match mode {
            Mode::Ignore => {}
            Mode::Warn => me.warn(ExcType::RuntimeWarning, msg),
            Mode::Raise => return Err(Exc::new(ExcType::FloatingPointError, msg)),
            // NumPy writes straight to the C stderr.
            Mode::Print => eprintln!("Warning: {msg}"),
            Mode::Call => {
                let h = HANDLER.with(|h| h.borrow().clone());
                if matches!(h, Value::None) {
                    return Err(Exc::new(
                        ExcType::NameError,
                        format!(
                            "python callback specified for {what} (in  {name}) but no function found."
                        ),
                    ));
                }
                let status = Value::Int(i64::from(raised.bits()));
                me.call(&h, vec![Value::str(what), status], vec![])?;
            }
            Mode::Log => {
                let h = HANDLER.with(|h| h.borrow().clone());
                let write = match h {
                    Value::None => None,
                    h => me.getattr(&h, "write").ok(),
                };
                let Some(write) = write else {
                    return Err(Exc::new(
                        ExcType::NameError,
                        format!("log specified for {what} (in {name}) but no object with write method found."),
                    ));
                };
                me.call(
                    &write,
                    vec![Value::str(&format!("Warning: {msg}\n"))],
                    vec![],
                )?;
            }
        }
    }
    Ok(())
}

fn settings_dict(m: Modes) -> Value {
    let mut d = Dict::default();
    for (mode, (_, key, _)) in m.modes.iter().zip(CONDITIONS) {
        d.insert(HKey(Value::str(key)), Value::str(mode.name()));
    }
    Value::dict(d)
}

/// The modes after `all` and then the individual arguments (`a[0..5]`: all, divide, over, under, invalid) are
/// applied to `base`; every argument is checked before anything changes.
fn updated(me: &mut Interp, base: Modes, a: &[Value]) -> Res<Modes> {
    let all = Mode::parse(me, &a[0])?;
    let mut out = base.modes;
    for (i, slot) in out.iter_mut().enumerate() {
        if let Some(m) = Mode::parse(me, &a[i + 1])?.or(all) {
            *slot = m;
        }
    }
    Ok(Modes::new(out))
}

fn geterr(_: &mut Interp, _: Vec<Value>) -> Res<Value> {
    Ok(settings_dict(modes()))
}

fn seterr(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let old = modes();
    let new = updated(me, old, &a)?;
    MODES.with(|m| m.set(new));
    Ok(settings_dict(old))
}

fn check_handler(me: &mut Interp, h: &Value) -> Res<()> {
    if matches!(h, Value::None) || crate::library::builtins::is_callable(me, h) {
        return Ok(());
    }
    match me.getattr(h, "write") {
        Ok(w) if crate::library::builtins::is_callable(me, &w) => Ok(()),
        _ => Err(type_error(
            "python object must be callable or have a callable write method",
        )),
    }
}

fn seterrcall(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    check_handler(me, &a[0])?;
    Ok(HANDLER.with(|h| std::mem::replace(&mut *h.borrow_mut(), a[0].clone())))
}

fn geterrcall(_: &mut Interp, _: Vec<Value>) -> Res<Value> {
    Ok(HANDLER.with(|h| h.borrow().clone()))
}

/// The whole state as a value `np.errstate` keeps while it is active: the four mode names and the handler.
fn token() -> Value {
    let m = modes();
    let mut items: Vec<Value> = m.modes.iter().map(|x| Value::str(x.name())).collect();
    items.push(HANDLER.with(|h| h.borrow().clone()));
    Value::tuple(items)
}

/// `errstate.__enter__`: apply the settings (`a`: all, divide, over, under, invalid, then `call` when given),
/// returning the token that `_errstate_exit` restores.
fn errstate_enter(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let new = updated(me, modes(), &a[..5])?;
    let call = match &a[5] {
        Value::Tuple(t) if t.len() == 1 => {
            check_handler(me, &t[0])?;
            Some(t[0].clone())
        }
        _ => None,
    };
    let old = token();
    MODES.with(|m| m.set(new));
    if let Some(h) = call {
        HANDLER.with(|x| *x.borrow_mut() = h);
    }
    Ok(old)
}

/// `errstate.__exit__`: put back the state that `_errstate_enter` replaced.
fn errstate_exit(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::Tuple(t) = &a[0] else {
        return Err(type_error("_errstate_exit: not an errstate token"));
    };
    if t.len() != 5 {
        return Err(type_error("_errstate_exit: not an errstate token"));
    }
    let mut restored = Modes::DEFAULT.modes;
    for (slot, v) in restored.iter_mut().zip(t.iter()) {
        *slot = Mode::parse(me, v)?.unwrap_or(Mode::Ignore);
    }
    MODES.with(|m| m.set(Modes::new(restored)));
    HANDLER.with(|h| *h.borrow_mut() = t[4].clone());
    Ok(Value::None)
}

/// `_ufunc_errors(name, func)`: call `func()` (a stdlib composite's body), then handle the conditions its
/// ufuncs raised once, as the ufunc `name`.
fn ufunc_errors(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let name = crate::library::args::string(&a[0], "_ufunc_errors")?;
    let (r, raised) = collecting(|| me.call(&a[1], vec![], vec![]));
    let r = r?;
    if !raised.is_empty() {
        dispatch(me, raised, &name)?;
    }
    Ok(r)
}

pub const FUNCTIONS: &[Def] = &[
    Def {
        name: "geterr",
        sig: "",
        doc: "The current handling of floating-point errors: a dict of 'divide', 'over', 'under' and 'invalid'.\n\n>>> np.geterr()\n{'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}",
        func: geterr,
    },
    Def {
        name: "seterr",
        sig: "all=None, divide=None, over=None, under=None, invalid=None",
        doc: "Set how floating-point errors are handled ('ignore', 'warn', 'raise', 'call', 'print' or 'log'); returns the previous settings.\n\n>>> np.seterr(divide='ignore')['divide']\n'warn'",
        func: seterr,
    },
    Def {
        name: "seterrcall",
        sig: "func",
        doc: "Set the function called (mode 'call') or the object written to (mode 'log') on floating-point errors; returns the previous one. `np.errstate(call=...)` sets it for a block.\n\n>>> with np.errstate(call=lambda kind, flags: print('error:', kind, flags), divide='call'):\n...     r = np.array([1.0]) / 0\nerror: divide by zero 1",
        func: seterrcall,
    },
    Def {
        name: "geterrcall",
        sig: "",
        doc: "The function or log object set by seterrcall (None when unset).\n\n>>> np.geterrcall() is None\nTrue",
        func: geterrcall,
    },
    Def {
        name: "_errstate_enter",
        sig: "all, divide, over, under, invalid, call",
        doc: "errstate.__enter__: apply the settings (call is () when not given, else (handler,)); returns the state to restore.",
        func: errstate_enter,
    },
    Def {
        name: "_ufunc_errors",
        sig: "name, func, /",
        doc: "Call func() and handle the floating-point errors its ufuncs raised once, as the ufunc name (for composites).",
        func: ufunc_errors,
    },
    Def {
        name: "_errstate_exit",
        sig: "token",
        doc: "errstate.__exit__: restore the state _errstate_enter returned.",
        func: errstate_exit,
    },
];
