//! torch's random sampling on the CPU generator (`torch.manual_seed`, `rand`, `randn`, `randint`, `randperm`,
//! `normal`, `bernoulli`, `multinomial`, the in-place `uniform_`/`normal_`/`random_`/... methods, dropout) and
//! `torch.Generator` objects, bit-exact with PyTorch through `tensor::random::torch_cpu`.

use super::creation::{check_device, check_out, leaf, requires_grad_arg, size_args};
use super::elementwise::c_type_word;
use super::tensor::{commit_inplace, torch_type_word};
use super::*;
use crate::autograd::ops as aops;
use crate::library::args;
use crate::tensor::random::torch_cpu::{Float, IntKind, TorchGenerator};

const STATE_KEY: &str = "torch.random";

/// The data of a `torch.Generator` object (shared, so `torch.default_generator` is the global generator).
#[derive(Clone)]
struct GenRef(Rc<RefCell<TorchGenerator>>);

/// The Generator class and the default generator's object.
struct RandomState {
    class: Rc<Class>,
    default: Value,
}

fn runtime(m: impl Into<String>) -> Box<Exc> {
    Exc::new(ExcType::RuntimeError, m.into())
}

/// A double as C++'s `ostream` prints it in ATen's messages (`2`, `1.5`).
fn cpp(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e16 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Make the Generator class and the default generator (once per session).
fn state(me: &mut Interp) -> Res<(Rc<Class>, Value)> {
    if let Some(c) = me.state.get(STATE_KEY).cloned() {
        let b = c.borrow();
        if let Some(s) = b.downcast_ref::<RandomState>() {
            return Ok((s.class.clone(), s.default.clone()));
        }
    }
    let class = crate::interp::new_class("Generator", "torch._C", vec![me.types.object.clone()])
        .map_err(runtime)?;
    for d in GENERATOR_METHODS {
        Interp::add_method(&class, d.builtin(Some("torch._C.Generator")));
    }
    // PyTorch seeds its default generator non-deterministically at start.
    let default = generator_object(&class, TorchGenerator::new(fresh_seed()));
    let s = RandomState {
        class: class.clone(),
        default: default.clone(),
    };
    me.state
        .insert(STATE_KEY, Rc::new(RefCell::new(Box::new(s))));
    Ok((class, default))
}

fn generator_object(class: &Rc<Class>, g: TorchGenerator) -> Value {
    Value::Native(Rc::new(Native {
        class: class.clone(),
        data: RefCell::new(Box::new(GenRef(Rc::new(RefCell::new(g))))),
        hash_as: None,
    }))
}

/// A non-deterministic 64-bit seed (`torch.seed()`), from the clock and a per-process counter.
fn fresh_seed() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    // splitmix64 of the clock, so close calls give unrelated seeds.
    let mut z = t ^ COUNT
        .fetch_add(1, Ordering::Relaxed)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn gen_ref(v: &Value) -> Option<GenRef> {
    let Value::Native(n) = v else { return None };
    let d = n.data.borrow();
    d.downcast_ref::<GenRef>().cloned()
}

/// The generator a `generator=` argument names (None: the default one).
fn generator(me: &mut Interp, v: &Value) -> Res<GenRef> {
    let v = match v {
        Value::None => state(me)?.1,
        v => v.clone(),
    };
    gen_ref(&v).ok_or_else(|| {
        type_error(format!(
            "generator must be a torch.Generator, not {}",
            v.type_name()
        ))
    })
}

/// Run `f` on the generator of a `generator=` argument.
fn with_gen<T>(me: &mut Interp, g: &Value, f: impl FnOnce(&mut TorchGenerator) -> T) -> Res<T> {
    let g = generator(me, g)?;
    let mut b = g.0.borrow_mut();
    Ok(f(&mut b))
}

/// A seed argument: any int in [-2^63, 2^64) (negative ones wrap, as PyTorch's unsigned seed), or a float's int.
fn seed_arg(v: &Value) -> Res<u64> {
    use num_traits::ToPrimitive;
    let overflow = || Exc::new(ExcType::ValueError, "Overflow when unpacking long long");
    match v {
        Value::Int(i) => Ok(*i as u64),
        Value::Bool(b) => Ok(*b as u64),
        Value::BigInt(b) => b.to_u64().ok_or_else(overflow),
        Value::Float(f) if f.is_finite() => {
            let i = f.trunc();
            if (-9.223_372_036_854_775_808e18..1.844_674_407_370_955_2e19).contains(&i) {
                Ok(if i < 0.0 { i as i64 as u64 } else { i as u64 })
            } else {
                Err(overflow())
            }
        }
        other => Err(type_error(format!(
            "manual_seed expected a long, but got {}",
            other.type_name()
        ))),
    }
}

fn float_kind(d: DType) -> Option<Float> {
    match d {
        DType::F16 => Some(Float::F16),
        DType::BF16 => Some(Float::BF16),
        DType::F32 => Some(Float::F32),
        DType::F64 => Some(Float::F64),
        _ => None,
    }
}

fn int_kind(d: DType) -> Option<IntKind> {
    Some(match d {
        DType::Bool => IntKind::Bool,
        DType::U8 => IntKind::U8,
        DType::I8 => IntKind::I8,
        DType::I16 => IntKind::I16,
        DType::I32 => IntKind::I32,
        DType::I64 => IntKind::I64,
        DType::F16 => IntKind::F16,
        DType::BF16 => IntKind::BF16,
        DType::F32 => IntKind::F32,
        DType::F64 => IntKind::F64,
        _ => return None,
    })
}

/// PyTorch's refusal of a sampling kernel for a dtype (`"normal_kernel_cpu" not implemented for 'Long'`).
fn no_kernel(name: &str, d: DType) -> Box<Exc> {
    Exc::new(
        ExcType::NotImplementedError,
        format!("\"{name}\" not implemented for '{}'", torch_type_word(d)),
    )
}

fn floating_kind(d: DType, kernel: &str) -> Res<Float> {
    float_kind(d).ok_or_else(|| no_kernel(kernel, d))
}

/// Uniform values in [from, to) for a tensor of `d` (`uniform_`, `rand`).
fn uniform_values(g: &mut TorchGenerator, d: DType, n: usize, from: f64, to: f64) -> Res<Vec<f64>> {
    let k = floating_kind(d, "check_uniform_bounds")?;
    if from > to {
        return Err(runtime(format!(
            "uniform_ expects to return a [from, to) range, but found from={} > to={}",
            cpp(from),
            cpp(to)
        )));
    }
    Ok((0..n).map(|_| g.uniform(k, from, to)).collect())
}

fn check_std(std: f64) -> Res<()> {
    if std < 0.0 {
        return Err(runtime(format!(
            "normal expects std >= 0.0, but found std {}",
            cpp(std)
        )));
    }
    Ok(())
}

/// Normal values for a tensor of `d` and `n` elements (`normal_`, `randn`).
fn normal_values(
    g: &mut TorchGenerator,
    d: DType,
    n: usize,
    contiguous: bool,
    mean: f64,
    std: f64,
) -> Res<Vec<f64>> {
    let k = floating_kind(d, "normal_kernel_cpu")?;
    check_std(std)?;
    Ok(g.normal(k, n, contiguous, mean, std))
}

/// Standard normal values for `randn`/`randn_like`: a complex tensor is sampled as PyTorch does it, as the
/// (real, imaginary) pairs of its `view_as_real`, each part with standard deviation `1 / sqrt(2)`.
fn standard_normal(g: &mut TorchGenerator, d: DType, n: usize) -> Res<Vec<f64>> {
    if d.is_complex() {
        return normal_values(
            g,
            d.real(),
            2 * n,
            true,
            0.0,
            std::f64::consts::FRAC_1_SQRT_2,
        );
    }
    normal_values(g, d, n, true, 0.0, 1.0)
}

/// The dtype of a creation function: `dtype=` or the default float dtype.
fn float_dtype(me: &Interp, v: &Value) -> Res<DType> {
    Ok(dtype_arg(me, v)?.unwrap_or_else(|| default_dtype(me)))
}

/// A new leaf of `d` holding `vals` (for a complex dtype: (real, imaginary) pairs).
fn make(me: &mut Interp, vals: Vec<f64>, shape: Vec<usize>, d: DType, rg: &Value) -> Res<Value> {
    let t = if d.is_complex() {
        let mut pairs = shape.clone();
        pairs.push(2);
        Tensor::from_vec(vals, pairs)
            .cast(d.real())
            .complex_of_pairs()
            .ok_or_else(|| Exc::new(ExcType::RuntimeError, "internal: complex samples"))?
    } else {
        Tensor::from_vec(vals, shape).cast(d)
    };
    let rg = requires_grad_arg(me, rg)?;
    leaf(me, t, rg)
}

fn make_int(
    me: &mut Interp,
    vals: Vec<i64>,
    shape: Vec<usize>,
    d: DType,
    rg: &Value,
) -> Res<Value> {
    let t = Tensor::from_vec(vals, shape).cast(d);
    let rg = requires_grad_arg(me, rg)?;
    leaf(me, t, rg)
}

/// The bounds of `random_(from, to)` in the type: ATen's `check_from_to_in_range`.
fn check_int_range(d: DType, from: i64, to_inc: i64) -> Res<()> {
    let (lo, hi): (i64, i64) = match d {
        DType::Bool => (0, 1),
        DType::U8 => (0, 255),
        DType::I8 => (-128, 127),
        DType::I16 => (-32768, 32767),
        DType::I32 => (i32::MIN as i64, i32::MAX as i64),
        DType::F16 => (-(1 << 11), 1 << 11),
        DType::BF16 => (-(1 << 8), 1 << 8),
        DType::F32 => (-(1 << 24), 1 << 24),
        DType::F64 => (-(1 << 53), 1 << 53),
        _ => (i64::MIN, i64::MAX),
    };
    let word = c_type_word(d);
    if from < lo || from > hi {
        return Err(runtime(format!("from is out of bounds for {word}")));
    }
    if to_inc < lo || to_inc > hi {
        return Err(runtime(format!("to - 1 is out of bounds for {word}")));
    }
    Ok(())
}

/// `n` values of `random_(from, to)` for a tensor of `d`, with ATen's checks.
fn random_from_to_values(
    g: &mut TorchGenerator,
    d: DType,
    n: usize,
    from: i64,
    to: i64,
) -> Res<Vec<i64>> {
    let kind = int_kind(d).ok_or_else(|| no_kernel("random_from_to_kernel_cpu", d))?;
    if from >= to {
        return Err(runtime(format!(
            "random_ expects 'from' to be less than 'to', but got from={from} >= to={to}"
        )));
    }
    check_int_range(d, from, to - 1)?;
    let range = (to as u64).wrapping_sub(from as u64);
    Ok((0..n)
        .map(|_| g.random_from_to(kind, range, from))
        .collect())
}

// ------------------------------------------------------------------ torch.* functions

/// `torch.randint(high, size)` / `torch.randint(low, high, size)`: the positional ints and the size.
fn randint_bounds(me: &mut Interp, a: &[Value], size_kw: &Value) -> Res<(i64, i64, Vec<usize>)> {
    let mut pos = me.collect(&a[0])?;
    let size = match size_kw {
        Value::None => pos.pop().ok_or_else(|| {
            type_error("randint() missing 1 required positional arguments: \"size\"")
        })?,
        v => v.clone(),
    };
    let (low, high) = match pos.as_slice() {
        [h] => (0, args::int(h, "high")?),
        [l, h] => (args::int(l, "low")?, args::int(h, "high")?),
        _ => {
            return Err(type_error(
                "randint() received an invalid combination of arguments",
            ))
        }
    };
    let shape = size_args(me, &Value::tuple(vec![size]))?;
    Ok((low, high, shape))
}

/// Arguments of `torch.normal` (mean, std, size, generator, dtype, requires_grad) in its four overloads.
fn normal(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    check_out(&a[6])?;
    let (mean, std, size, gen) = (&a[0], &a[1], &a[2], &a[3]);
    let (tm, ts) = (as_var(mean), as_var(std));
    if crate::autograd::grad_enabled()
        && [&tm, &ts]
            .iter()
            .any(|v| v.as_ref().is_some_and(|v| v.requires_grad()))
    {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "torch.normal with a mean or std that requires grad (NormalBackward) is not implemented in nabla yet",
        ));
    }
    let out = match (tm, ts) {
        (Some(m), Some(s)) => {
            let shape =
                crate::tensor::broadcast_shapes(&m.t.shape, &s.t.shape).map_err(tensor_error)?;
            let z = standard(me, gen, m.dtype(), &shape)?;
            if s.t.to_vec::<f64>().iter().any(|v| *v < 0.0) {
                return Err(runtime("normal expects all elements of std >= 0.0"));
            }
            let scaled = aops::mul(&z, &Var::constant(s.t.cast(m.dtype()))).map_err(grad_error)?;
            aops::add(&scaled, &Var::constant(m.t.cast(m.dtype()))).map_err(grad_error)?
        }
        (Some(m), None) => {
            let s = number_arg(std, 1.0)?;
            check_std(s)?;
            let n = m.t.numel();
            let vals = with_gen(me, gen, |g| normal_values(g, m.dtype(), n, true, 0.0, s))??;
            let z = Var::constant(Tensor::from_vec(vals, m.t.shape.clone()).cast(m.dtype()));
            aops::add(&z, &Var::constant(m.t.clone())).map_err(grad_error)?
        }
        (None, Some(s)) => {
            let mu = number_arg(mean, 0.0)?;
            let z = standard(me, gen, s.dtype(), &s.t.shape)?;
            if s.t.to_vec::<f64>().iter().any(|v| *v < 0.0) {
                return Err(runtime("normal expects all elements of std >= 0.0"));
            }
            let scaled = aops::mul(&z, &Var::constant(s.t.clone())).map_err(grad_error)?;
            let m = Var::constant(Tensor::scalar(mu).cast(s.dtype()));
            aops::add(&scaled, &m).map_err(grad_error)?
        }
        (None, None) => {
            if matches!(size, Value::None) {
                return Err(type_error(
                    "normal() received an invalid combination of arguments - got (float, float), but expected one of:",
                ));
            }
            let (mu, s) = (number_arg(mean, 0.0)?, number_arg(std, 1.0)?);
            let shape = size_args(me, size)?;
            let d = float_dtype(me, &a[4])?;
            let n = shape.iter().product();
            let vals = with_gen(me, gen, |g| normal_values(g, d, n, true, mu, s))??;
            return make(me, vals, shape, d, &a[5]);
        }
    };
    let rg = requires_grad_arg(me, &a[5])?;
    leaf(me, out.t, rg)
}

fn number_arg(v: &Value, default: f64) -> Res<f64> {
    match v {
        Value::None => Ok(default),
        v => args::float(v),
    }
}

/// A standard normal tensor of `d` shaped `shape` (the first step of the tensor overloads of `torch.normal`).
fn standard(me: &mut Interp, gen: &Value, d: DType, shape: &[usize]) -> Res<Var> {
    let n = shape.iter().product();
    let vals = with_gen(me, gen, |g| normal_values(g, d, n, true, 0.0, 1.0))??;
    Ok(Var::constant(
        Tensor::from_vec(vals, shape.to_vec()).cast(d),
    ))
}

/// Bernoulli draws for each probability of `p` (ATen's tensor kernel: a double `p` draws double uniforms).
fn bernoulli_tensor(g: &mut TorchGenerator, p: &Tensor) -> Res<Vec<f64>> {
    let vals = p.cast(DType::F64).to_vec::<f64>();
    if vals.iter().any(|v| !(0.0..=1.0).contains(v)) {
        return Err(runtime("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)"));
    }
    let double = p.dtype() == DType::F64;
    Ok(vals
        .iter()
        .map(|&q| g.bernoulli(q, double) as u8 as f64)
        .collect())
}

fn bernoulli_scalar(g: &mut TorchGenerator, n: usize, p: f64) -> Res<Vec<f64>> {
    if !(0.0..=1.0).contains(&p) {
        return Err(runtime(format!(
            "bernoulli_ expects p to be in [0, 1], but got p={}",
            cpp(p)
        )));
    }
    Ok((0..n).map(|_| g.bernoulli(p, true) as u8 as f64).collect())
}

/// `torch.bernoulli(input, p=None)`: draws shaped and typed like `input`, with `input`'s or `p`'s probabilities.
fn bernoulli(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if let Some(out) = a.get(3) {
        check_out(out)?;
    }
    let x = this(&a[0])?;
    let n = x.t.numel();
    let vals = match &a[1] {
        Value::None => with_gen(me, &a[2], |g| bernoulli_tensor(g, &x.t))??,
        p => {
            let p = args::float(p)?;
            with_gen(me, &a[2], |g| bernoulli_scalar(g, n, p))??
        }
    };
    make(me, vals, x.t.shape.clone(), x.dtype(), &Value::Bool(false))
}

/// `torch.multinomial(input, num_samples, replacement=False)`.
fn multinomial(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    if let Some(out) = a.get(4) {
        check_out(out)?;
    }
    let x = this(&a[0])?;
    let n_sample = args::int(&a[1], "num_samples")?;
    let replacement = me.truthy(&a[2])?;
    let d = x.dtype();
    if x.t.ndim() == 0 || x.t.ndim() > 2 {
        return Err(runtime("prob_dist must be 1 or 2 dim"));
    }
    if !d.is_float() {
        return Err(runtime(format!(
            "multinomial only supports floating-point dtypes for input, got: {}",
            torch_type_word(d)
        )));
    }
    if n_sample <= 0 {
        return Err(runtime("cannot sample n_sample <= 0 samples"));
    }
    let n_cat = *x.t.shape.last().unwrap_or(&1);
    if !replacement && n_sample as usize > n_cat {
        return Err(runtime(
            "cannot sample n_sample > prob_dist.size(-1) samples without replacement",
        ));
    }
    if n_cat > 1 << 24 {
        return Err(runtime("number of categories cannot exceed 2^24"));
    }
    let n_sample = n_sample as usize;
    let flat = x.t.cast(DType::F64).to_vec::<f64>();
    let rows: Vec<Vec<f64>> = if n_cat == 0 {
        Vec::new()
    } else {
        flat.chunks(n_cat).map(|r| r.to_vec()).collect()
    };
    let out = if !replacement || n_sample == 1 {
        if flat.iter().any(|v| !(*v >= 0.0) || v.is_infinite()) {
            return Err(runtime(
                "probability tensor contains either `inf`, `nan` or element < 0",
            ));
        }
        if rows.iter().any(|r| r.iter().sum::<f64>() == 0.0) {
            return Err(runtime(
                "invalid multinomial distribution (sum of probabilities <= 0)",
            ));
        }
        // Gumbel-max as ATen does it: argmax / top-k of p / q with q ~ Exp(1), q in the input's dtype.
        let k = floating_kind(d, "exponential_cpu")?;
        let q: Vec<f64> = with_gen(me, &a[3], |g| {
            (0..flat.len())
                .map(|_| round_to(k, g.exponential(1.0)))
                .collect()
        })?;
        let mut out = Vec::with_capacity(rows.len() * n_sample);
        for (r, row) in rows.iter().enumerate() {
            let score: Vec<f64> = row
                .iter()
                .zip(&q[r * n_cat..])
                .map(|(p, q)| round_to(k, p / q))
                .collect();
            let mut idx: Vec<usize> = (0..n_cat).collect();
            idx.sort_by(|&i, &j| score[j].total_cmp(&score[i]));
            out.extend(idx[..n_sample].iter().map(|&i| i as i64));
        }
        out
    } else {
        for v in &flat {
            if *v < 0.0 {
                return Err(runtime(
                    "invalid multinomial distribution (encountering probability entry < 0)",
                ));
            }
            if !v.is_finite() {
                return Err(runtime("invalid multinomial distribution (encountering probability entry = infinity or NaN)"));
            }
        }
        if rows.iter().any(|r| r.iter().sum::<f64>() <= 0.0) {
            return Err(runtime(
                "invalid multinomial distribution (sum of probabilities <= 0)",
            ));
        }
        let single = d != DType::F64;
        with_gen(me, &a[3], |g| {
            g.multinomial_with_replacement(&rows, single, n_sample)
        })?
    };
    let shape = if x.t.ndim() == 1 {
        vec![n_sample]
    } else {
        vec![rows.len(), n_sample]
    };
    make_int(me, out, shape, DType::I64, &Value::Bool(false))
}

/// A double rounded to the precision of `k` (kernels that compute in double and store the type).
fn round_to(k: Float, v: f64) -> f64 {
    match k {
        Float::F64 => v,
        Float::F32 => v as f32 as f64,
        Float::F16 => half::f16::from_f64(v).to_f64(),
        Float::BF16 => half::bf16::from_f64(v).to_f64(),
    }
}

/// `dropout` on the CPU (ATen's `_dropout_impl`): `input * mask`, the mask `bernoulli_(1 - p)` divided by
/// `1 - p` in the input's dtype, so the result records `MulBackward0`.
fn dropout(me: &mut Interp, x: &Var, p: f64, train: bool, gen: &Value) -> Res<Var> {
    if p == 0.0 || !train || x.t.numel() == 0 {
        return Ok(x.clone());
    }
    let d = x.dtype();
    if p == 1.0 {
        return aops::mul(x, &Var::constant(Tensor::zeros(d, vec![]))).map_err(grad_error);
    }
    let n = x.t.numel();
    let keep = with_gen(me, gen, |g| bernoulli_scalar(g, n, 1.0 - p))??;
    let mask = Tensor::from_vec(keep, x.t.shape.clone()).cast(d);
    let scale = Tensor::scalar(1.0 - p).cast(d);
    let mask = crate::tensor::ops::binary(crate::tensor::ops::BinaryOp::Div, &mask, &scale, d)
        .map_err(tensor_error)?;
    aops::mul(x, &Var::constant(mask)).map_err(grad_error)
}

/// `F.dropout(input, p=0.5, training=True, inplace=False)`.
fn functional_dropout(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let x = this(&a[0])?;
    let p = args::float(&a[1])?;
    if !(0.0..=1.0).contains(&p) {
        return Err(Exc::new(
            ExcType::ValueError,
            format!("dropout probability has to be between 0 and 1, but got {p}"),
        ));
    }
    let train = me.truthy(&a[2])?;
    if !train || p == 0.0 || x.t.numel() == 0 {
        return Ok(a[0].clone());
    }
    if me.truthy(&a[3])? {
        // `input.mul_(mask)`: the product of the values from before the write, committed in place.
        let r = super::tensor::compute_before_write(me, &a[0], &[], |me| {
            let before = this(&a[0])?;
            dropout(me, &before, p, train, &Value::None)
        })?;
        return commit_inplace(&a[0], &x, &r);
    }
    let r = dropout(me, &x, p, train, &Value::None)?;
    wrap(me, r)
}

/// `rand`/`randn` (*size, generator, out, dtype, layout, device, requires_grad): `sample(generator, dtype,
/// numel)` shaped `size`, in `dtype=` or the default float dtype.
fn float_sized(
    me: &mut Interp,
    a: &[Value],
    sample: impl FnOnce(&mut TorchGenerator, DType, usize) -> Res<Vec<f64>>,
) -> Res<Value> {
    check_out(&a[2])?;
    check_device(&a[5])?;
    let shape = size_args(me, &a[0])?;
    let d = float_dtype(me, &a[3])?;
    let vals = with_gen(me, &a[1], |g| sample(g, d, shape.iter().product()))??;
    make(me, vals, shape, d, &a[6])
}

/// `rand_like`/`randn_like` (input, generator, dtype, layout, device, requires_grad): `sample(generator, dtype,
/// numel)` shaped like the input, in its dtype unless `dtype=` says otherwise.
fn float_like(
    me: &mut Interp,
    a: &[Value],
    sample: impl FnOnce(&mut TorchGenerator, DType, usize) -> Res<Vec<f64>>,
) -> Res<Value> {
    check_device(&a[4])?;
    let x = this(&a[0])?;
    let d = dtype_arg(me, &a[2])?.unwrap_or(x.dtype());
    let vals = with_gen(me, &a[1], |g| sample(g, d, x.t.numel()))??;
    make(me, vals, x.t.shape.clone(), d, &a[5])
}

/// Call a Generator method on the default generator (`torch.manual_seed(s)` is `default_generator.manual_seed(s)`).
fn on_default(
    me: &mut Interp,
    a: &[Value],
    method: fn(&mut Interp, Vec<Value>) -> Res<Value>,
) -> Res<Value> {
    let g = state(me)?.1;
    let mut args = vec![g];
    args.extend_from_slice(a);
    method(me, args)
}

fn the_generator(v: &Value) -> Res<GenRef> {
    gen_ref(v).ok_or_else(|| type_error("expected a torch.Generator"))
}

fn gen_manual_seed(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let s = seed_arg(&a[1])?;
    the_generator(&a[0])?.0.borrow_mut().manual_seed(s);
    Ok(a[0].clone())
}

fn gen_initial_seed(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let s = the_generator(&a[0])?.0.borrow().initial_seed();
    Ok(Value::from_bigint(num_bigint::BigInt::from(s)))
}

fn gen_seed(_: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let s = fresh_seed();
    the_generator(&a[0])?.0.borrow_mut().manual_seed(s);
    Ok(Value::from_bigint(num_bigint::BigInt::from(s)))
}

pub const RANDOM_FUNCTIONS: &[Def] = &[
    Def {
        name: "manual_seed",
        sig: "seed",
        doc: "Seed the default generator (returns it).\n\n>>> _ = torch.manual_seed(0); torch.rand(2)\ntensor([0.4963, 0.7682])",
        func: |me, a| on_default(me, &a, gen_manual_seed),
    },
    Def {
        name: "initial_seed",
        sig: "",
        doc: "The seed the default generator was last seeded with.\n\n>>> _ = torch.manual_seed(7); torch.initial_seed()\n7",
        func: |me, a| on_default(me, &a, gen_initial_seed),
    },
    Def {
        name: "seed",
        sig: "",
        doc: "Seed the default generator non-deterministically; returns the seed.\n\n>>> torch.seed() >= 0\nTrue",
        func: |me, a| on_default(me, &a, gen_seed),
    },
    Def {
        name: "get_rng_state",
        sig: "",
        doc: "The default generator's state as a uint8 tensor (PyTorch's layout).\n\n>>> torch.get_rng_state().shape\ntorch.Size([5056])",
        func: |me, a| on_default(me, &a, |me, a| get_state(me, &a[0])),
    },
    Def {
        name: "set_rng_state",
        sig: "new_state",
        doc: "Restore the default generator from get_rng_state().\n\n>>> s = torch.get_rng_state(); a = torch.rand(2); torch.set_rng_state(s); bool((torch.rand(2) == a).all())\nTrue",
        func: |me, a| {
            on_default(me, &a, |_, a| set_state(&a[0], &a[1]))?;
            Ok(Value::None)
        },
    },
    Def {
        name: "rand",
        sig: "*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False",
        doc: "Uniform samples in [0, 1).\n\n>>> _ = torch.manual_seed(0); torch.rand(3)\ntensor([0.4963, 0.7682, 0.0885])",
        func: |me, a| float_sized(me, &a, |g, d, n| uniform_values(g, d, n, 0.0, 1.0)),
    },
    Def {
        name: "randn",
        sig: "*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False",
        doc: "Standard normal samples.\n\n>>> _ = torch.manual_seed(0); torch.randn(3)\ntensor([ 1.5410, -0.2934, -2.1788])",
        func: |me, a| float_sized(me, &a, standard_normal),
    },
    Def {
        name: "randint",
        sig: "*args, size=None, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False",
        doc: "Integers drawn uniformly from [low, high): randint(high, size) or randint(low, high, size).\n\n>>> _ = torch.manual_seed(0); torch.randint(0, 10, (5,))\ntensor([4, 9, 3, 0, 3])",
        func: |me, a| {
            check_out(&a[3])?;
            check_device(&a[6])?;
            let (low, high, shape) = randint_bounds(me, &a, &a[1])?;
            let d = dtype_arg(me, &a[4])?.unwrap_or(DType::I64);
            let n = shape.iter().product();
            let vals = with_gen(me, &a[2], |g| random_from_to_values(g, d, n, low, high))??;
            make_int(me, vals, shape, d, &a[7])
        },
    },
    Def {
        name: "randperm",
        sig: "n, *, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False",
        doc: "A random permutation of 0..n-1.\n\n>>> _ = torch.manual_seed(0); torch.randperm(5)\ntensor([4, 0, 1, 3, 2])",
        func: |me, a| {
            check_out(&a[2])?;
            check_device(&a[5])?;
            let n = size_args(me, &Value::tuple(vec![a[0].clone()]))?[0];
            let d = dtype_arg(me, &a[3])?.unwrap_or(DType::I64);
            let vals = with_gen(me, &a[1], |g| g.randperm(n))?;
            make_int(me, vals, vec![n], d, &a[6])
        },
    },
    Def {
        name: "rand_like",
        sig: "input, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None",
        doc: "Uniform samples shaped like input.\n\n>>> _ = torch.manual_seed(0); torch.rand_like(torch.zeros(2))\ntensor([0.4963, 0.7682])",
        func: |me, a| float_like(me, &a, |g, d, n| uniform_values(g, d, n, 0.0, 1.0)),
    },
    Def {
        name: "randn_like",
        sig: "input, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None",
        doc: "Standard normal samples shaped like input.\n\n>>> _ = torch.manual_seed(0); torch.randn_like(torch.zeros(2))\ntensor([ 1.5410, -0.2934])",
        func: |me, a| float_like(me, &a, standard_normal),
    },
    Def {
        name: "randint_like",
        sig: "input, low, high=None, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None",
        doc: "Integers from [low, high) shaped like input: randint_like(input, high) or (input, low, high).\n\n>>> _ = torch.manual_seed(0); torch.randint_like(torch.zeros(3), 10)\ntensor([4., 9., 3.])",
        func: |me, a| {
            check_device(&a[6])?;
            let x = this(&a[0])?;
            let (low, high) = match &a[2] {
                Value::None => (0, args::int(&a[1], "high")?),
                h => (args::int(&a[1], "low")?, args::int(h, "high")?),
            };
            let d = dtype_arg(me, &a[4])?.unwrap_or(x.dtype());
            let n = x.t.numel();
            let vals = with_gen(me, &a[3], |g| random_from_to_values(g, d, n, low, high))??;
            make_int(me, vals, x.t.shape.clone(), d, &a[7])
        },
    },
    Def {
        name: "normal",
        sig: "mean, std=None, size=None, *, generator=None, dtype=None, requires_grad=False, out=None, layout=None, device=None, pin_memory=False",
        doc: "Normal samples: tensors of means and/or stds, or floats and a size.\n\n>>> _ = torch.manual_seed(0); torch.normal(2.0, 3.0, (2,))\ntensor([6.6230, 1.1197])",
        func: normal,
    },
    Def {
        name: "bernoulli",
        sig: "input, p=None, *, generator=None, out=None",
        doc: "0/1 draws with the probabilities in input (or p).\n\n>>> _ = torch.manual_seed(0); torch.bernoulli(torch.full((4,), 0.5))\ntensor([1., 0., 1., 1.])",
        func: bernoulli,
    },
    Def {
        name: "multinomial",
        sig: "input, num_samples, replacement=False, *, generator=None, out=None",
        doc: "Indices drawn with the weights in each row of input.\n\n>>> _ = torch.manual_seed(0); torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 4, True)\ntensor([2, 2, 2, 2])",
        func: multinomial,
    },
    Def {
        name: "poisson",
        sig: "input, generator=None",
        doc: "Poisson draws with the rates in input.\n\n>>> _ = torch.manual_seed(0); torch.poisson(torch.tensor([1.0, 4.0, 20.0]))\ntensor([ 2.,  5., 17.])",
        func: |me, a| {
            let x = this(&a[0])?;
            let k = floating_kind(x.dtype(), "poisson_cpu")?;
            let rates = x.t.cast(DType::F64).to_vec::<f64>();
            let vals = with_gen(me, &a[1], |g| {
                rates
                    .iter()
                    .map(|&l| {
                        if l >= 0.0 {
                            Ok(round_to(k, g.poisson(l) as f64))
                        } else {
                            Err(runtime("invalid Poisson rate, expected rate to be non-negative"))
                        }
                    })
                    .collect::<Res<Vec<f64>>>()
            })??;
            make(me, vals, x.t.shape.clone(), x.dtype(), &Value::Bool(false))
        },
    },
    Def {
        name: "dropout",
        sig: "input, p, train",
        doc: "Zero elements with probability p and scale the rest by 1/(1-p) when train.\n\n>>> _ = torch.manual_seed(0); torch.dropout(torch.ones(4), 0.5, True)\ntensor([0., 0., 2., 0.])",
        func: |me, a| {
            let x = this(&a[0])?;
            let p = args::float(&a[1])?;
            let train = me.truthy(&a[2])?;
            let r = dropout(me, &x, p, train, &Value::None)?;
            wrap(me, r)
        },
    },
];

/// `torch.nn.functional.dropout`.
pub const RANDOM_FUNCTIONAL: &[Def] = &[Def {
    name: "dropout",
    sig: "input, p=0.5, training=True, inplace=False",
    doc: "Dropout: zero elements with probability p, scale the rest by 1/(1-p).\n\n>>> _ = torch.manual_seed(0); F = torch.nn.functional; F.dropout(torch.ones(4), 0.5)\ntensor([0., 0., 2., 0.])",
    func: functional_dropout,
}];

fn get_state(me: &mut Interp, g: &Value) -> Res<Value> {
    let r = the_generator(g)?;
    let bytes = r.0.borrow().get_state();
    let n = bytes.len();
    leaf(me, Tensor::from_vec(bytes, vec![n]), false)
}

fn set_state(g: &Value, s: &Value) -> Res<Value> {
    let r = the_generator(g)?;
    let t = match as_var(s) {
        Some(v) if v.dtype() == DType::U8 => v.t,
        _ => return Err(type_error("RNG state must be a torch.ByteTensor")),
    };
    let bytes = t.contiguous().to_vec::<u8>();
    let result = r.0.borrow_mut().set_state(&bytes);
    result.map_err(runtime)?;
    Ok(g.clone())
}

/// Methods of `torch.Generator`.
const GENERATOR_METHODS: &[Def] = &[
    Def {
        name: "__new__",
        sig: "cls, device='cpu'",
        doc: "A new CPU random generator (seeded with PyTorch's default seed).",
        func: |me, a| {
            if let Some(s) = a[1].as_str() {
                if &**s != "cpu" {
                    return Err(Exc::new(
                        ExcType::NotImplementedError,
                        "nabla has CPU generators only",
                    ));
                }
            }
            let (class, _) = state(me)?;
            Ok(generator_object(&class, TorchGenerator::default()))
        },
    },
    Def {
        name: "manual_seed",
        sig: "self, seed",
        doc: "Seed this generator; returns it.\n\n>>> g = torch.Generator().manual_seed(0)\n>>> torch.rand(2, generator=g)\ntensor([0.4963, 0.7682])\n>>> _ = g.manual_seed(0); torch.rand(2, generator=g)\ntensor([0.4963, 0.7682])",
        func: gen_manual_seed,
    },
    Def {
        name: "initial_seed",
        sig: "self",
        doc: "The seed this generator was last seeded with.\n\n>>> g = torch.Generator().manual_seed(42)\n>>> g.initial_seed()\n42",
        func: gen_initial_seed,
    },
    Def {
        name: "seed",
        sig: "self",
        doc: "Seed this generator non-deterministically; returns the seed.\n\n>>> g = torch.Generator()\n>>> s = g.seed()\n>>> isinstance(s, int), g.initial_seed() == s\n(True, True)",
        func: gen_seed,
    },
    Def {
        name: "get_state",
        sig: "self",
        doc: "The state as a uint8 tensor (PyTorch's CPUGeneratorImplState layout).\n\n>>> g = torch.Generator().manual_seed(0)\n>>> state = g.get_state()\n>>> state.dtype, state.shape\n(torch.uint8, torch.Size([5056]))\n>>> a = torch.rand(3, generator=g)\n>>> _ = g.set_state(state)\n>>> torch.equal(torch.rand(3, generator=g), a)\nTrue",
        func: |me, a| get_state(me, &a[0]),
    },
    Def {
        name: "set_state",
        sig: "self, new_state",
        doc: "Restore a state from get_state(); returns the generator.\n\n>>> g = torch.Generator().manual_seed(0)\n>>> state = g.get_state()\n>>> torch.randint(10, (4,), generator=g)\ntensor([4, 9, 3, 0])\n>>> g.set_state(state) is g\nTrue\n>>> torch.randint(10, (4,), generator=g)\ntensor([4, 9, 3, 0])",
        func: |_, a| set_state(&a[0], &a[1]),
    },
];

/// `torch.Generator` and `torch.default_generator`, for the torch module.
pub fn items(me: &mut Interp) -> Res<Vec<(&'static str, Value)>> {
    let (class, default) = state(me)?;
    Ok(vec![
        ("Generator", Value::Class(class)),
        ("default_generator", default),
    ])
}

// ------------------------------------------------------------------ in-place Tensor methods

/// Write `vals` (in the tensor's dtype) into the tensor object `target`, as an in-place op.
fn write(target: &Value, x: &Var, vals: Tensor) -> Res<Value> {
    super::tensor::check_inplace(x)?;
    if crate::autograd::grad_enabled() && x.requires_grad() {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "in-place random sampling into a tensor recorded by autograd is not implemented in nabla yet",
        ));
    }
    // TensorIterator fills a strided tensor in memory order: outermost the dimension of the largest stride.
    let mut order: Vec<usize> = (0..x.t.ndim()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(x.t.strides[i].unsigned_abs()));
    let shape: Vec<isize> = order.iter().map(|&i| x.t.shape[i] as isize).collect();
    let mut back = vec![0; order.len()];
    for (k, &i) in order.iter().enumerate() {
        back[i] = k;
    }
    let in_memory_order = vals.reshape(&shape).map_err(tensor_error)?;
    let r = Var::constant(in_memory_order.permute(&back).cast(x.dtype()));
    commit_inplace(target, x, &r)
}

fn fill_f64(target: &Value, x: &Var, vals: Vec<f64>) -> Res<Value> {
    let n = vals.len();
    write(target, x, Tensor::from_vec(vals, vec![n]))
}

fn random_(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let x = this(&a[0])?;
    let d = x.dtype();
    let n = x.t.numel();
    let (from, to) = match (&a[1], &a[2]) {
        (Value::None, Value::None) => {
            let kind = int_kind(d).ok_or_else(|| no_kernel("random_kernel_cpu", d))?;
            let vals: Vec<i64> =
                with_gen(me, &a[3], |g| (0..n).map(|_| g.random_full(kind)).collect())?;
            return write(&a[0], &x, Tensor::from_vec(vals, vec![n]));
        }
        // random_(to)
        (t, Value::None) => (0, args::int(t, "to")?),
        (f, t) => (args::int(f, "from")?, args::int(t, "to")?),
    };
    let vals = with_gen(me, &a[3], |g| random_from_to_values(g, d, n, from, to))??;
    write(&a[0], &x, Tensor::from_vec(vals, vec![n]))
}

pub const RANDOM_METHODS: &[Def] = &[
    Def {
        name: "uniform_",
        sig: "self, from_=0.0, to=1.0, *, generator=None",
        doc: "Fill with uniform samples from [from_, to).\n\n>>> _ = torch.manual_seed(0); torch.zeros(2).uniform_(-1, 1)\ntensor([-0.0075,  0.5364])",
        func: |me, a| {
            let x = this(&a[0])?;
            let (from, to) = (args::float(&a[1])?, args::float(&a[2])?);
            let vals = with_gen(me, &a[3], |g| uniform_values(g, x.dtype(), x.t.numel(), from, to))??;
            fill_f64(&a[0], &x, vals)
        },
    },
    Def {
        name: "normal_",
        sig: "self, mean=0.0, std=1.0, *, generator=None",
        doc: "Fill with normal samples.\n\n>>> _ = torch.manual_seed(0); torch.zeros(2).normal_(1.0, 0.5)\ntensor([1.7705, 0.8533])",
        func: |me, a| {
            let x = this(&a[0])?;
            let (mean, std) = (args::float(&a[1])?, args::float(&a[2])?);
            let contiguous = x.t.is_contiguous();
            let vals = with_gen(me, &a[3], |g| {
                normal_values(g, x.dtype(), x.t.numel(), contiguous, mean, std)
            })??;
            fill_f64(&a[0], &x, vals)
        },
    },
    Def {
        name: "random_",
        sig: "self, from_=None, to=None, *, generator=None",
        doc: "Fill with integers: random_() over the dtype's range, random_(to), random_(from, to).\n\n>>> _ = torch.manual_seed(0); torch.zeros(3).random_(10)\ntensor([4., 9., 3.])",
        func: random_,
    },
    Def {
        name: "exponential_",
        sig: "self, lambd=1.0, *, generator=None",
        doc: "Fill with exponential samples of rate lambd.\n\n>>> _ = torch.manual_seed(0); torch.zeros(2, dtype=torch.float64).exponential_()\ntensor([3.5083, 1.2304], dtype=torch.float64)",
        func: |me, a| {
            let x = this(&a[0])?;
            let lambda = args::float(&a[1])?;
            let k = floating_kind(x.dtype(), "exponential_cpu")?;
            if !(lambda > 0.0) {
                return Err(runtime(format!(
                    "exponential_ expects lambda > 0.0, but found lambda={}",
                    cpp(lambda)
                )));
            }
            let n = x.t.numel();
            let vals = with_gen(me, &a[2], |g| (0..n).map(|_| round_to(k, g.exponential(lambda))).collect())?;
            fill_f64(&a[0], &x, vals)
        },
    },
    Def {
        name: "bernoulli_",
        sig: "self, p=0.5, *, generator=None",
        doc: "Fill with 0/1 draws of probability p (a float or a tensor).\n\n>>> _ = torch.manual_seed(0); torch.zeros(4).bernoulli_(0.5)\ntensor([0., 0., 1., 0.])",
        func: |me, a| {
            let x = this(&a[0])?;
            let n = x.t.numel();
            let vals = match as_var(&a[1]) {
                Some(p) => {
                    let p = p.t.broadcast_to(&x.t.shape).map_err(tensor_error)?;
                    with_gen(me, &a[2], |g| bernoulli_tensor(g, &p))??
                }
                None => {
                    let p = args::float(&a[1])?;
                    with_gen(me, &a[2], |g| bernoulli_scalar(g, n, p))??
                }
            };
            fill_f64(&a[0], &x, vals)
        },
    },
    Def {
        name: "bernoulli",
        sig: "self, p=None, *, generator=None",
        doc: "0/1 draws with this tensor's probabilities (or p).\n\n>>> _ = torch.manual_seed(0); torch.full((3,), 0.5).bernoulli()\ntensor([1., 0., 1.])",
        func: bernoulli,
    },
    Def {
        name: "multinomial",
        sig: "self, num_samples, replacement=False, *, generator=None",
        doc: "Indices drawn with the weights in each row.\n\n>>> _ = torch.manual_seed(0); torch.tensor([0.0, 1.0]).multinomial(2)\ntensor([1, 0])",
        func: multinomial,
    },
];
