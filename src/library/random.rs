//! The `random` module, bit-exact with CPython's Mersenne Twister for a given seed.

use super::args;
use super::Def;
use crate::interp::exceptions::{type_error, Exc, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::tensor::random::python_random::PyRandom;
use num_traits::Signed;
use std::cell::RefCell;
use std::rc::Rc;

const STATE_KEY: &str = "random";

fn with_rng<T>(me: &mut Interp, f: impl FnOnce(&mut PyRandom) -> T) -> Res<T> {
    let cell = me
        .state
        .get(STATE_KEY)
        .cloned()
        .ok_or_else(|| type_error("random state missing"))?;
    let mut b = cell.borrow_mut();
    let rng = b
        .downcast_mut::<PyRandom>()
        .ok_or_else(|| type_error("random state missing"))?;
    Ok(f(rng))
}

fn value_err(m: String) -> Box<Exc> {
    Exc::new(ExcType::ValueError, m)
}

fn seed(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let key = match &a[0] {
        Value::None => {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            PyRandom::key_from_magnitude_words(&[(t & 0xffff_ffff) as u32, (t >> 32) as u32])
        }
        Value::Int(i) => PyRandom::key_from_i64(*i),
        Value::Bool(b) => PyRandom::key_from_i64(*b as i64),
        Value::BigInt(b) => PyRandom::key_from_magnitude_words(&b.abs().to_u32_digits().1),
        Value::Float(f) => {
            // CPython hashes floats to seed; integral floats hash to the int.
            if f.fract() == 0.0 && f.abs() < 9.0e18 {
                PyRandom::key_from_i64(*f as i64)
            } else {
                return Err(crate::interp::exceptions::not_implemented(
                    "random.seed() with a non-integral float",
                ));
            }
        }
        _ => {
            return Err(crate::interp::exceptions::not_implemented(
                "random.seed() with a str, bytes or object seed",
            ))
        }
    };
    with_rng(me, |r| r.seed_from_u32_words(&key))?;
    Ok(Value::None)
}

fn choice(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = super::builtins::length(me, &a[0])?;
    let i = with_rng(me, |r| r.choice_index(n))?.map_err(|m| Exc::new(ExcType::IndexError, m))?;
    me.getitem(&a[0], Value::Int(i as i64))
}

fn shuffle(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let Value::List(l) = &a[0] else {
        return Err(type_error(format!(
            "'{}' object does not support item assignment",
            a[0].type_name()
        )));
    };
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = with_rng(me, |r| r.shuffle(&mut items));
    *l.borrow_mut() = items;
    r?;
    Ok(Value::None)
}

fn sample(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let items = me.collect(&a[0])?;
    let k = args::int(&a[1], "")?;
    if k < 0 {
        return Err(value_err(
            "Sample larger than population or is negative".into(),
        ));
    }
    let idx = with_rng(me, |r| r.sample_indices(items.len(), k as usize))?.map_err(value_err)?;
    Ok(Value::list(
        idx.into_iter().map(|i| items[i].clone()).collect(),
    ))
}

pub const FUNCTIONS: &[Def] = &[
    Def {
        name: "seed",
        sig: "a=None, version=2",
        doc: "Initialize the generator from an integer seed.",
        func: seed,
    },
    Def {
        name: "random",
        sig: "",
        doc: "A float in [0.0, 1.0).\n\n>>> random.seed(0); random.random()\n0.8444218515250481",
        func: |me, _| Ok(Value::Float(with_rng(me, |r| r.random())?)),
    },
    Def {
        name: "uniform",
        sig: "a, b",
        doc: "A float between a and b.",
        func: |me, a| {
            let (x, y) = (args::float(&a[0])?, args::float(&a[1])?);
            Ok(Value::Float(with_rng(me, |r| r.uniform(x, y))?))
        },
    },
    Def {
        name: "randint",
        sig: "a, b",
        doc: "An integer in [a, b].",
        func: |me, a| {
            let (x, y) = (args::int(&a[0], "")?, args::int(&a[1], "")?);
            Ok(Value::Int(
                with_rng(me, |r| r.randint(x, y))?.map_err(value_err)?,
            ))
        },
    },
    Def {
        name: "randrange",
        sig: "start, stop=None, step=1",
        doc: "An integer from range(start, stop, step).",
        func: |me, a| {
            let start = args::int(&a[0], "")?;
            let step = args::int(&a[2], "")?;
            let r = match &a[1] {
                Value::None => with_rng(me, |r| r.randrange_stop(start))?,
                stop => {
                    let stop = args::int(stop, "")?;
                    with_rng(me, |r| r.randrange(start, stop, step))?
                }
            };
            Ok(Value::Int(r.map_err(value_err)?))
        },
    },
    Def {
        name: "getrandbits",
        sig: "k, /",
        doc: "An integer with k random bits.",
        func: |me, a| {
            let k = args::int(&a[0], "")?;
            if k < 0 {
                return Err(value_err("number of bits must be non-negative".into()));
            }
            let words = with_rng(me, |r| r.getrandbits(k as u32))?;
            Ok(Value::from_bigint(num_bigint::BigInt::from_slice(
                num_bigint::Sign::Plus,
                &words,
            )))
        },
    },
    Def {
        name: "choice",
        sig: "seq",
        doc: "A random element of a non-empty sequence.",
        func: choice,
    },
    Def {
        name: "shuffle",
        sig: "x",
        doc: "Shuffle a list in place.",
        func: shuffle,
    },
    Def {
        name: "sample",
        sig: "population, k, *, counts=None",
        doc: "k unique elements chosen from the population.",
        func: sample,
    },
    Def {
        name: "gauss",
        sig: "mu=0.0, sigma=1.0",
        doc: "Gaussian distribution (cached pairs).",
        func: |me, a| {
            let (m, s) = (args::float(&a[0])?, args::float(&a[1])?);
            Ok(Value::Float(with_rng(me, |r| r.gauss(m, s))?))
        },
    },
    Def {
        name: "normalvariate",
        sig: "mu=0.0, sigma=1.0",
        doc: "Normal distribution (Kinderman-Monahan).",
        func: |me, a| {
            let (m, s) = (args::float(&a[0])?, args::float(&a[1])?);
            Ok(Value::Float(with_rng(me, |r| r.normalvariate(m, s))?))
        },
    },
    Def {
        name: "expovariate",
        sig: "lambd=1.0",
        doc: "Exponential distribution.",
        func: |me, a| {
            let l = args::float(&a[0])?;
            Ok(Value::Float(
                with_rng(me, |r| r.expovariate(l))?
                    .map_err(|m| Exc::new(ExcType::ZeroDivisionError, m))?,
            ))
        },
    },
];

pub fn init(me: &mut Interp) -> Res<Value> {
    if !me.state.contains_key(STATE_KEY) {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let rng = PyRandom::from_seed_words(&[(t & 0xffff_ffff) as u32, (t >> 32) as u32]);
        me.state
            .insert(STATE_KEY, Rc::new(RefCell::new(Box::new(rng))));
    }
    let items = FUNCTIONS
        .iter()
        .map(|d| (d.name, Value::Builtin(Rc::new(d.builtin(None)))))
        .collect();
    Ok(me.make_module(
        "random",
        "Pseudo-random numbers (Mersenne Twister, as CPython).",
        items,
    ))
}
