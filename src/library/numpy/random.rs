//! `numpy.random`: the Rust kernels (bit generators as native objects, bulk draws by distribution name,
//! bounded integers, shuffles) under stdlib/numpy/random.py, which writes NumPy's Python-level API
//! (RandomState, Generator, SeedSequence, argument checks and broadcasting) after mtrand.pyx/_generator.pyx.

use super::array::*;
use super::methods::arg_tensor;
use crate::interp::exceptions::{not_implemented, type_error, value_error};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::{args, Def};
use crate::tensor::dtype::DType;
use crate::tensor::random::mt19937::N;
use crate::tensor::random::numpy_bitgen::{self as nb, BitGen, SmallBuf};
use crate::tensor::random::numpy_distributions as dist;
use crate::tensor::random::seed_sequence;
use crate::tensor::Tensor;
use std::cell::RefCell;
use std::rc::Rc;

/// Interp state key of the native class that holds a `BitGen`.
const CLASS_KEY: &str = "numpy.random.bitgen";

fn new_bitgen(me: &mut Interp, g: BitGen) -> Res<Value> {
    let class = match me.state.get(CLASS_KEY) {
        Some(c) => c.borrow().downcast_ref::<Rc<Class>>().cloned(),
        None => None,
    };
    let class = match class {
        Some(c) => c,
        None => {
            let c = crate::interp::new_class(
                "_BitState",
                "numpy.random",
                vec![me.types.object.clone()],
            )
            .map_err(value_error)?;
            me.state
                .insert(CLASS_KEY, Rc::new(RefCell::new(Box::new(c.clone()))));
            c
        }
    };
    Ok(Value::Native(Rc::new(Native {
        class,
        data: RefCell::new(Box::new(g)),
        hash_as: None,
    })))
}

fn with_gen<T>(v: &Value, f: impl FnOnce(&mut BitGen) -> T) -> Res<T> {
    if let Value::Native(n) = v {
        if let Some(g) = n.data.borrow_mut().downcast_mut::<BitGen>() {
            return Ok(f(g));
        }
    }
    Err(type_error("expected a numpy.random bit generator state"))
}

fn u32_words(me: &mut Interp, v: &Value) -> Res<Vec<u32>> {
    me.collect(v)?
        .iter()
        .map(|w| {
            let x = args::int(w, "")?;
            u32::try_from(x).map_err(|_| value_error("Seed must be between 0 and 2**32 - 1"))
        })
        .collect()
}

/// `_mt19937(kind, words)`: kind 0 seeds with one word (`init_genrand`), 1 with a key (`init_by_array`),
/// 2 with 624 state words (seeding from entropy).
fn mt19937(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let kind = args::int(&a[0], "")?;
    let words = u32_words(me, &a[1])?;
    let g = match kind {
        0 => BitGen::mt19937_word(words.first().copied().unwrap_or(0)),
        1 => BitGen::mt19937_key(&words),
        _ => {
            let arr: [u32; N] = words
                .try_into()
                .map_err(|_| value_error("MT19937 state must have 624 words"))?;
            BitGen::mt19937_words(&arr)
        }
    };
    new_bitgen(me, g)
}

/// `_pcg64(words)`: eight u32 words of `generate_state(8)`, low word of each u64 first.
fn pcg64(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let w = u32_words(me, &a[0])?;
    if w.len() != 8 {
        return Err(value_error("PCG64 needs 8 seed words"));
    }
    let u = |k: usize| w[2 * k] as u64 | (w[2 * k + 1] as u64) << 32;
    new_bitgen(me, BitGen::pcg64([u(0), u(1), u(2), u(3)]))
}

fn seedseq_state(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let entropy = u32_words(me, &a[0])?;
    let pool_size = args::int(&a[1], "")?.max(1) as usize;
    let n = args::int(&a[2], "")?.max(0) as usize;
    let pool = seed_sequence::mix_entropy(&entropy, pool_size);
    let out = seed_sequence::generate_state(&pool, n);
    Ok(Value::list(
        out.into_iter().map(|x| Value::Int(x as i64)).collect(),
    ))
}

/// `_entropy()`: a 128-bit Python int of fresh entropy for `SeedSequence(None)` and `seed(None)`: the clock's
/// nanoseconds and a per-process counter through SplitMix64 (no OS randomness source is reachable here, and
/// Python's `random` state must not be disturbed).
fn entropy(_me: &mut Interp, _a: Vec<Value>) -> Res<Value> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut x = t
        ^ COUNTER
            .fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
            .rotate_left(17)
        ^ (std::process::id() as u64) << 32;
    let mut words = Vec::with_capacity(4);
    for _ in 0..2 {
        // SplitMix64.
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        words.push(z as u32);
        words.push((z >> 32) as u32);
    }
    Ok(Value::from_bigint(num_bigint::BigInt::from_slice(
        num_bigint::Sign::Plus,
        &words,
    )))
}

fn words_of(x: u128) -> Vec<Value> {
    (0..4)
        .map(|k| Value::Int((x >> (32 * k)) as u32 as i64))
        .collect()
}

fn u128_of(w: &[u32]) -> u128 {
    w.iter().rev().fold(0u128, |a, &x| (a << 32) | x as u128)
}

/// `_get_state(bitgen)`: legacy `(key words, pos, has_gauss, gauss)` or PCG64 `(state words, inc words,
/// has_uint32, uinteger)` (u128 values as four little-endian u32 words).
fn get_state(_me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let v = with_gen(&a[0], |g| {
        if let Some((w, pos)) = g.mt_state() {
            let words = w.into_iter().map(|x| Value::Int(x as i64)).collect();
            let (has, gauss) = match g.gauss {
                Some(x) => (1, x),
                None => (0, 0.0),
            };
            return vec![
                Value::list(words),
                Value::Int(pos as i64),
                Value::Int(has),
                Value::Float(gauss),
            ];
        }
        let (s, i, u) = g.pcg_state().unwrap_or((0, 0, None));
        vec![
            Value::list(words_of(s)),
            Value::list(words_of(i)),
            Value::Int(u.is_some() as i64),
            Value::Int(u.unwrap_or(0) as i64),
        ]
    })?;
    Ok(Value::tuple(v))
}

/// `_set_state(bitgen, a, b, c, d)`: the inverse of `_get_state`.
fn set_state(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let legacy = with_gen(&a[0], |g| g.is_legacy())?;
    if legacy {
        let words = u32_words(me, &a[1])?;
        let arr: [u32; N] = words
            .try_into()
            .map_err(|_| value_error("MT19937 state must have 624 words"))?;
        let pos =
            usize::try_from(args::int(&a[2], "")?).map_err(|_| value_error("invalid state"))?;
        let gauss = if me.truthy(&a[3])? {
            Some(args::float(&a[4])?)
        } else {
            None
        };
        with_gen(&a[0], |g| {
            g.gauss = gauss;
            g.set_mt_state(&arr, pos)
        })?
        .map_err(value_error)?;
    } else {
        let s = u128_of(&u32_words(me, &a[1])?);
        let i = u128_of(&u32_words(me, &a[2])?);
        let u = if me.truthy(&a[3])? {
            Some(args::int(&a[4], "")? as u32)
        } else {
            None
        };
        with_gen(&a[0], |g| g.set_pcg_state(s, i, u))?;
    }
    Ok(Value::None)
}

fn shape_arg(me: &mut Interp, v: &Value) -> Res<Vec<usize>> {
    me.collect(v)?
        .iter()
        .map(|d| {
            let x = args::int(d, "")?;
            usize::try_from(x).map_err(|_| value_error("negative dimensions are not allowed"))
        })
        .collect()
}

/// Parameters for `n` draws: a Python number repeats, an array (already broadcast by the caller) gives one
/// value per draw.
fn params(me: &mut Interp, v: &Value, n: usize) -> Res<Vec<Vec<f64>>> {
    me.collect(v)?
        .iter()
        .map(|p| match p {
            Value::Int(i) => Ok(vec![*i as f64; n]),
            Value::Float(f) => Ok(vec![*f; n]),
            other => {
                let t = arg_tensor(me, other)?;
                if t.numel() == 1 {
                    Ok(vec![t.to_vec::<f64>()[0]; n])
                } else if t.numel() == n {
                    Ok(t.to_vec::<f64>())
                } else {
                    Err(value_error("parameter does not match the output size"))
                }
            }
        })
        .collect()
}

fn draw<T>(
    me: &mut Interp,
    a: &[Value],
    table: &[(&str, usize, fn(&mut BitGen, &[f64]) -> T)],
) -> Res<(Vec<T>, Vec<usize>)> {
    let name = args::string(&a[1], "")?;
    let shape = shape_arg(me, &a[2])?;
    let n: usize = shape.iter().product();
    let ps = params(me, &a[3], n)?;
    let Some((_, nargs, f)) = table.iter().find(|(k, _, _)| **k == *name) else {
        return Err(not_implemented(format!("numpy.random distribution {name}")));
    };
    if ps.len() != *nargs {
        return Err(type_error(format!("{name} takes {nargs} parameters")));
    }
    let mut row = vec![0.0; *nargs];
    let out = with_gen(&a[0], |g| {
        (0..n)
            .map(|i| {
                for (k, p) in ps.iter().enumerate() {
                    row[k] = p[i];
                }
                f(g, &row)
            })
            .collect()
    })?;
    Ok((out, shape))
}

/// `_cont_draws(bitgen, name, shape, params, float32=False)`: float64 (or float32) draws of a distribution.
fn cont(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if me.truthy(&a[4])? {
        let name = args::string(&a[1], "")?;
        let shape = shape_arg(me, &a[2])?;
        let n: usize = shape.iter().product();
        let Some((_, f)) = dist::FLOAT32.iter().find(|(k, _)| **k == *name) else {
            return Err(not_implemented(format!(
                "numpy.random {name} with dtype float32"
            )));
        };
        let v: Vec<f32> = with_gen(&a[0], |g| (0..n).map(|_| f(g)).collect())?;
        return wrap_array(me, Tensor::from_vec(v, shape));
    }
    let (v, shape) = draw(me, &a, dist::CONTINUOUS)?;
    wrap_array(me, Tensor::from_vec(v, shape))
}

/// `_disc_draws(bitgen, name, shape, params)`: int64 draws of a discrete distribution.
fn disc(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let (v, shape) = draw(me, &a, dist::DISCRETE)?;
    wrap_array(me, Tensor::from_vec(v, shape))
}

/// Integer bounds as the unsigned bit patterns NumPy's C code works on (`(uint64_t)(int64_t)low`).
fn bounds(me: &mut Interp, v: &Value, n: usize) -> Res<Vec<u64>> {
    let t = match v {
        Value::Int(i) => return Ok(vec![*i as u64; n]),
        other => arg_tensor(me, other)?,
    };
    let w = if t.dtype() == DType::U64 {
        t.to_vec::<u64>()
    } else {
        t.to_vec::<i64>().into_iter().map(|x| x as u64).collect()
    };
    match w.len() {
        1 => Ok(vec![w[0]; n]),
        k if k == n => Ok(w),
        _ => Err(value_error("bounds do not match the output size")),
    }
}

/// `_bounded(bitgen, low, high, shape, dtype, masked)`: integers in the closed `[low, high]` (checked by the
/// caller), drawn as NumPy's `random_bounded_*` for the dtype's width.
fn bounded(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let shape = shape_arg(me, &a[3])?;
    let n: usize = shape.iter().product();
    let lo = bounds(me, &a[1], n)?;
    let hi = bounds(me, &a[2], n)?;
    let dname = args::string(&a[4], "")?;
    let d = DType::parse(&dname)
        .ok_or_else(|| type_error(format!("data type '{dname}' not understood")))?;
    let masked = me.truthy(&a[5])?;
    let bits: u32 = match d {
        DType::Bool => 1,
        DType::I8 | DType::U8 => 8,
        DType::I16 | DType::U16 => 16,
        DType::I32 | DType::U32 => 32,
        DType::I64 | DType::U64 => 64,
        _ => {
            return Err(type_error(format!(
                "Unsupported dtype {dname:?} for randint"
            )))
        }
    };
    let width_mask = if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let v: Vec<u64> = with_gen(&a[0], |g| {
        let mut b = SmallBuf::default();
        (0..n)
            .map(|i| {
                let rng = hi[i].wrapping_sub(lo[i]) & width_mask;
                nb::bounded(g, bits, lo[i] & width_mask, rng, masked, &mut b) & width_mask
            })
            .collect()
    })?;
    // Reinterpret the low `bits` bits in the dtype (two's complement for the signed types).
    let t = match d {
        DType::Bool => Tensor::from_vec(v.iter().map(|&x| x != 0).collect::<Vec<bool>>(), shape),
        DType::I8 => Tensor::from_vec(v.iter().map(|&x| x as u8 as i8).collect::<Vec<i8>>(), shape),
        DType::U8 => Tensor::from_vec(v.iter().map(|&x| x as u8).collect::<Vec<u8>>(), shape),
        DType::I16 => Tensor::from_vec(
            v.iter().map(|&x| x as u16 as i16).collect::<Vec<i16>>(),
            shape,
        ),
        DType::U16 => Tensor::from_vec(v.iter().map(|&x| x as u16).collect::<Vec<u16>>(), shape),
        DType::I32 => Tensor::from_vec(
            v.iter().map(|&x| x as u32 as i32).collect::<Vec<i32>>(),
            shape,
        ),
        DType::U32 => Tensor::from_vec(v.iter().map(|&x| x as u32).collect::<Vec<u32>>(), shape),
        DType::I64 => Tensor::from_vec(v.iter().map(|&x| x as i64).collect::<Vec<i64>>(), shape),
        _ => Tensor::from_vec(v, shape),
    };
    wrap_array(me, t)
}

/// `_multinomial(bitgen, n, pvals, rows)`: `rows` rows of multinomial counts, as an int64 (rows, d) array.
fn multinomial(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = args::int(&a[1], "")?;
    let pvals = arg_tensor(me, &a[2])?.to_vec::<f64>();
    let rows = usize::try_from(args::int(&a[3], "")?).map_err(|_| value_error("negative size"))?;
    let d = pvals.len();
    let out: Vec<i64> = with_gen(&a[0], |g| {
        (0..rows)
            .flat_map(|_| dist::multinomial(g, n, &pvals))
            .collect()
    })?;
    wrap_array(me, Tensor::from_vec(out, vec![rows, d]))
}

fn index_array(me: &mut Interp, v: Vec<i64>) -> Res<Value> {
    let n = v.len();
    wrap_array(me, Tensor::from_vec(v, vec![n]))
}

/// `_shuffle_perm(bitgen, n)`: where each of `n` items lands after NumPy's Fisher–Yates `shuffle`.
fn shuffle_perm(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let n = usize::try_from(args::int(&a[1], "")?).map_err(|_| value_error("negative size"))?;
    let p = with_gen(&a[0], |g| nb::shuffle_permutation(g, n))?;
    index_array(me, p.into_iter().map(|x| x as i64).collect())
}

/// `_choice_noreplace(bitgen, pop_size, size, shuffle)`: `Generator.choice` without replacement or `p`.
fn choice_noreplace(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let pop = usize::try_from(args::int(&a[1], "")?).map_err(|_| value_error("negative size"))?;
    let size = usize::try_from(args::int(&a[2], "")?).map_err(|_| value_error("negative size"))?;
    let shuffle = me.truthy(&a[3])?;
    let v = with_gen(&a[0], |g| {
        nb::choice_without_replace(g, pop, size.min(pop), shuffle)
    })?;
    index_array(me, v)
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// The kernels; their docs carry examples of the public API built on them (stdlib/numpy/random.py).
pub const FUNCTIONS: &[Def] = defs! {
    "_mt19937", "kind, words", "A legacy MT19937 state (RandomState, np.random.seed): init_genrand, init_by_array or raw words.\n\n>>> np.random.seed(0); np.random.rand(2)\narray([0.5488135 , 0.71518937])\n>>> np.random.seed(0); np.random.randn()\n1.764052345967664\n>>> np.random.seed(0); np.random.randint(0, 10, 5)\narray([5, 0, 3, 3, 7])" => mt19937;
    "_pcg64", "words", "A PCG64 state from eight SeedSequence words (default_rng).\n\n>>> rng = np.random.default_rng(0); rng.random()\n0.6369616873214543\n>>> np.random.default_rng(0).integers(0, 10, 5)\narray([8, 6, 5, 2, 3])" => pcg64;
    "_seedseq_state", "entropy, pool_size, n_words", "SeedSequence hash mixing: n_words uint32 words for the entropy words.\n\n>>> np.random.SeedSequence(0).generate_state(2)\narray([2968811710, 3677149159], dtype=uint32)" => seedseq_state;
    "_cont_draws", "bitgen, name, shape, params, float32=False", "Draws of a continuous distribution by name.\n\n>>> np.random.default_rng(0).standard_normal(2)\narray([ 0.12573022, -0.13210486])" => cont;
    "_disc_draws", "bitgen, name, shape, params", "Draws of a discrete distribution (binomial, poisson) by name.\n\n>>> np.random.seed(0); np.random.poisson(5, 4)\narray([9, 5, 6, 5])" => disc;
    "_bounded", "bitgen, low, high, shape, dtype, masked", "Integers in the closed [low, high] for a dtype (masked rejection or Lemire)." => bounded;
    "_get_state", "bitgen", "The generator's state words (RandomState.get_state, PCG64.state).\n\n>>> np.random.seed(0); np.random.get_state()[2]\n624" => get_state;
    "_set_state", "bitgen, a, b, c, d", "Restore a state from _get_state's parts (RandomState.set_state)." => set_state;
    "_multinomial", "bitgen, n, pvals, rows", "Rows of multinomial counts.\n\n>>> np.random.seed(0); np.random.multinomial(20, [0.2, 0.3, 0.5])\narray([4, 7, 9])" => multinomial;
    "_entropy", "", "128 bits of fresh entropy as an int (SeedSequence() without a seed)." => entropy;
    "_shuffle_perm", "bitgen, n", "The permutation NumPy's shuffle applies to n items.\n\n>>> np.random.seed(0); np.random.permutation(5)\narray([2, 0, 1, 3, 4])" => shuffle_perm;
    "_choice_noreplace", "bitgen, pop_size, size, shuffle", "Generator.choice without replacement (Floyd's algorithm or a tail shuffle)." => choice_noreplace;
};

/// Build `numpy.random` (these kernels, then the stdlib API over them) and bind it in numpy.
pub fn install(me: &mut Interp, numpy: &Value) -> Res<Value> {
    let mut items: Vec<(&str, Value)> = FUNCTIONS
        .iter()
        .map(|d| (d.name, Value::Builtin(Rc::new(d.builtin(None)))))
        .collect();
    items.push(("_np", numpy.clone()));
    let module = me.make_module(
        "numpy.random",
        "NumPy-compatible random numbers (legacy MT19937 and PCG64 Generator streams, bit for bit).\n\n>>> np.random.seed(0)\n>>> np.random.randint(0, 10, size=3)\narray([5, 0, 3])\n>>> np.random.default_rng(42).integers(0, 10, size=3)\narray([0, 7, 6])",
        items,
    );
    if let Value::Module(m) = &module {
        super::run_stdlib(me, &m.globals, STDLIB_NAME, STDLIB_TEXT)?;
    }
    Ok(module)
}

const STDLIB_NAME: &str = "stdlib/numpy/random.py";
const STDLIB_TEXT: &str = include_str!("../../../stdlib/numpy/random.py");

/// `import numpy.random`: the submodule of the numpy module.
pub fn import_init(me: &mut Interp) -> Res<Value> {
    let np = me.import("numpy")?;
    me.getattr(&np, "random")
}
