//! The `time` module: wall clock, monotonic counters, sleep (interruptible by Ctrl-C).

use super::args;
use super::Def;
use crate::interp::exceptions::value_error;
use crate::interp::value::*;
use crate::interp::Interp;
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn counter() -> f64 {
    START.with(|s| s.elapsed().as_secs_f64())
}

pub const FUNCTIONS: &[Def] = &[
    Def {
        name: "time",
        sig: "",
        doc: "Seconds since the Unix epoch.",
        func: |_, _| Ok(Value::Float(now())),
    },
    Def {
        name: "time_ns",
        sig: "",
        doc: "Nanoseconds since the Unix epoch.",
        func: |_, _| Ok(Value::Int((now() * 1e9) as i64)),
    },
    Def {
        name: "perf_counter",
        sig: "",
        doc: "A high-resolution monotonic clock, in seconds.",
        func: |_, _| Ok(Value::Float(counter())),
    },
    Def {
        name: "perf_counter_ns",
        sig: "",
        doc: "perf_counter() in nanoseconds.",
        func: |_, _| Ok(Value::Int((counter() * 1e9) as i64)),
    },
    Def {
        name: "monotonic",
        sig: "",
        doc: "A monotonic clock, in seconds.",
        func: |_, _| Ok(Value::Float(counter())),
    },
    Def {
        name: "process_time",
        sig: "",
        doc: "Process time (approximated by the monotonic clock).",
        func: |_, _| Ok(Value::Float(counter())),
    },
    Def {
        name: "sleep",
        sig: "secs, /",
        doc: "Sleep for secs seconds.",
        func: sleep,
    },
];

fn sleep(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let secs = args::float(&a[0])?;
    if secs < 0.0 || secs.is_nan() {
        return Err(value_error("sleep length must be non-negative"));
    }
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    // Sleep in short slices so Ctrl-C interrupts promptly.
    loop {
        me.check_interrupt()?;
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        std::thread::sleep(left.min(Duration::from_millis(20)));
    }
    Ok(Value::None)
}

pub fn init(me: &mut Interp) -> Res<Value> {
    START.with(|_| ());
    let items = FUNCTIONS
        .iter()
        .map(|d| (d.name, Value::Builtin(Rc::new(d.builtin(None)))))
        .collect();
    Ok(me.make_module("time", "Time access.", items))
}
