//! PyTorch's CPU generator (ATen `CPUGeneratorImpl`), bit-exact: its mt19937 stream, state bytes, and the sampling
//! kernels behind `torch.rand`, `randn`, `randint`, `randperm`, `bernoulli`, `multinomial` and `exponential_`.
//!
//! The transformations follow ATen's `TransformationHelper.h` / `DistributionsHelper.h` and the CPU kernels of
//! `native/cpu/DistributionTemplates.h`. Where the C++ is compiled with FMA contraction (the AVX2 kernels that
//! x86 builds dispatch to), the same multiply-adds are fused here, which is what makes the results bit-exact.
//! Kernels that depend on the CPU (MKL's bernoulli on Intel, AVX-512 builds) follow the AMD/AVX2 behaviour.

use super::mt19937::{Mt19937, N};

/// Size of PyTorch's `CPUGeneratorImplState`, the byte tensor of `get_rng_state()`.
pub const STATE_BYTES: usize = 5056;

/// The seed of a generator made by `torch.Generator()` (ATen's `default_rng_seed_val`).
pub const DEFAULT_SEED: u64 = 67_280_421_310_721;

/// One CPU generator: the mt19937 engine, its 64-bit seed, and the cached second normal samples.
#[derive(Clone, Debug)]
pub struct TorchGenerator {
    mt: Mt19937,
    seed: u64,
    /// No number drawn since seeding: ATen's engine then reports `next_ == 0` (it reports 624 once a block has
    /// been used up, although both states twist on the next draw).
    fresh: bool,
    next_double_normal: Option<f64>,
    next_float_normal: Option<f32>,
}

/// Round through IEEE half precision (PyTorch's `float16`).
pub fn round_f16(x: f32) -> f32 {
    half::f16::from_f32(x).to_f32()
}

/// Round through bfloat16.
pub fn round_bf16(x: f32) -> f32 {
    half::bf16::from_f32(x).to_f32()
}

/// The floating dtypes the kernels distinguish (they differ in the uniform draw and in rounding).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Float {
    F16,
    BF16,
    F32,
    F64,
}

impl Float {
    /// Round an `f32` intermediate to this type (identity for f32; f64 never goes through f32).
    fn round(self, x: f32) -> f32 {
        match self {
            Float::F16 => round_f16(x),
            Float::BF16 => round_bf16(x),
            _ => x,
        }
    }
}

/// The integer-like dtypes of `random_` (their `uniform_int` ranges differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    Bool,
    U8,
    I8,
    I16,
    I32,
    I64,
    F16,
    BF16,
    F32,
    F64,
}

impl Default for TorchGenerator {
    fn default() -> Self {
        TorchGenerator::new(DEFAULT_SEED)
    }
}

impl TorchGenerator {
    /// A generator seeded with `seed` (mt19937 takes its low 32 bits; `initial_seed` keeps all 64).
    pub fn new(seed: u64) -> Self {
        TorchGenerator {
            mt: Mt19937::new_with_seed(seed as u32),
            seed,
            fresh: true,
            next_double_normal: None,
            next_float_normal: None,
        }
    }

    /// `manual_seed(seed)`: reseed and drop the cached normal samples.
    pub fn manual_seed(&mut self, seed: u64) {
        *self = TorchGenerator::new(seed);
    }

    pub fn initial_seed(&self) -> u64 {
        self.seed
    }

    /// `random()`: one 32-bit draw.
    pub fn random(&mut self) -> u32 {
        self.fresh = false;
        self.mt.next_u32()
    }

    /// `random64()`: two draws, the first one the high half.
    pub fn random64(&mut self) -> u64 {
        let hi = self.random() as u64;
        let lo = self.random() as u64;
        (hi << 32) | lo
    }

    /// `uniform_real_distribution<double>(from, to)`.
    pub fn uniform_f64(&mut self, from: f64, to: f64) -> f64 {
        let x = (self.random64() & ((1u64 << 53) - 1)) as f64 * (1.0 / (1u64 << 53) as f64);
        x.mul_add(to - from, from)
    }

    /// `uniform_real_distribution<float>(from, to)` from one 32-bit draw (24 bits); `from` and `to` are already
    /// values of `kind`, the type the result will be rounded to.
    fn uniform_f32(&mut self, kind: Float, from: f32, to: f32) -> f32 {
        let x = (self.random() & ((1 << 24) - 1)) as f32 * (1.0 / (1u32 << 24) as f32);
        // The reduced types subtract in their own precision (c10's Half - Half returns Half).
        let span = kind.round(to - from);
        x.mul_add(span, from)
    }

    /// One uniform value of `kind` in `[from, to)`, as f64 (exact in the type).
    pub fn uniform(&mut self, kind: Float, from: f64, to: f64) -> f64 {
        match kind {
            Float::F64 => self.uniform_f64(from, to),
            // float16/bfloat16 draw float's 24-bit uniform and round it (what PyTorch 2.x does on the CPU).
            k => {
                let (from, to) = (k.round(from as f32), k.round(to as f32));
                k.round(self.uniform_f32(k, from, to)) as f64
            }
        }
    }

    /// `normal_distribution<double>(mean, std)`: Box–Muller from two uniform doubles, the sine sample kept for
    /// the next call.
    pub fn normal_f64(&mut self, mean: f64, std: f64) -> f64 {
        if let Some(v) = self.next_double_normal.take() {
            return v.mul_add(std, mean);
        }
        let u1 = self.uniform_f64(0.0, 1.0);
        let u2 = self.uniform_f64(0.0, 1.0);
        let r = (-2.0 * (-u2).ln_1p()).sqrt();
        let theta = 2.0 * std::f64::consts::PI * u1;
        self.next_double_normal = Some(r * theta.sin());
        (r * theta.cos()).mul_add(std, mean)
    }

    /// `normal_kernel`: `n` normal values of `kind` for a tensor that is contiguous or not. Tensors of 16 or
    /// more contiguous elements use the block-of-16 Box–Muller fill (float32 through the AVX2 kernel); others
    /// draw `normal_distribution<double>` element by element.
    pub fn normal(
        &mut self,
        kind: Float,
        n: usize,
        contiguous: bool,
        mean: f64,
        std: f64,
    ) -> Vec<f64> {
        if n >= 16 && contiguous {
            return match kind {
                Float::F64 => self.normal_fill_f64(n, mean, std),
                Float::F32 => self
                    .normal_fill_f32(n, mean as f32, std as f32)
                    .into_iter()
                    .map(f64::from)
                    .collect(),
                k => self.normal_fill_reduced(k, n, mean, std),
            };
        }
        (0..n)
            .map(|_| {
                let v = self.normal_f64(mean, std);
                match kind {
                    Float::F64 => v,
                    Float::F32 => v as f32 as f64,
                    Float::F16 => half::f16::from_f64(v).to_f64(),
                    Float::BF16 => half::bf16::from_f64(v).to_f64(),
                }
            })
            .collect()
    }

    /// Fill with uniforms, then transform in blocks of 16 (`block`); when `n` is not a multiple of 16 the last
    /// 16 slots get fresh uniforms and are transformed again (ATen's `normal_fill`).
    fn fill_blocks<T: Copy>(
        &mut self,
        n: usize,
        mut uniform: impl FnMut(&mut Self) -> T,
        block: impl Fn(&mut [T]),
    ) -> Vec<T> {
        let mut d: Vec<T> = (0..n).map(|_| uniform(self)).collect();
        for chunk in d.chunks_exact_mut(16) {
            block(chunk);
        }
        if n % 16 != 0 {
            let tail = &mut d[n - 16..];
            for v in tail.iter_mut() {
                *v = uniform(self);
            }
            block(tail);
        }
        d
    }

    fn normal_fill_f64(&mut self, n: usize, mean: f64, std: f64) -> Vec<f64> {
        self.fill_blocks(
            n,
            |g| g.uniform_f64(0.0, 1.0),
            |b| {
                for j in 0..8 {
                    let u1 = 1.0 - b[j];
                    let u2 = b[j + 8];
                    let radius = (-2.0 * u1.ln()).sqrt();
                    let theta = 2.0 * std::f64::consts::PI * u2;
                    b[j] = (radius * theta.cos()).mul_add(std, mean);
                    b[j + 8] = (radius * theta.sin()).mul_add(std, mean);
                }
            },
        )
    }

    /// float32 through `normal_fill_16_AVX2`, with avx_mathfun's `log256_ps`/`sincos256_ps` done lane by lane.
    fn normal_fill_f32(&mut self, n: usize, mean: f32, std: f32) -> Vec<f32> {
        let two_pi = (2.0 * std::f64::consts::PI) as f32;
        self.fill_blocks(
            n,
            |g| g.uniform_f32(Float::F32, 0.0, 1.0),
            |b| {
                for j in 0..8 {
                    let u1 = 1.0 - b[j];
                    let u2 = b[j + 8];
                    let radius = (-2.0 * cephes_logf(u1)).sqrt();
                    let (s, c) = cephes_sincosf(two_pi * u2);
                    b[j] = (radius * c).mul_add(std, mean);
                    b[j + 8] = (radius * s).mul_add(std, mean);
                }
            },
        )
    }

    /// float16/bfloat16 through the scalar `normal_fill<scalar_t>`: every named intermediate is a value of the
    /// type, the arithmetic is float's.
    fn normal_fill_reduced(&mut self, kind: Float, n: usize, mean: f64, std: f64) -> Vec<f64> {
        let (mean, std) = (kind.round(mean as f32), kind.round(std as f32));
        let two_pi = 2.0 * std::f64::consts::PI;
        let out = self.fill_blocks(
            n,
            |g| kind.round(g.uniform_f32(kind, 0.0, 1.0)),
            |b| {
                for j in 0..8 {
                    let u1 = kind.round(1.0 - b[j]);
                    let u2 = b[j + 8];
                    let radius = kind.round((-2.0 * u1.ln()).sqrt());
                    let theta = kind.round((two_pi * u2 as f64) as f32);
                    b[j] = kind.round((radius * theta.cos()).mul_add(std, mean));
                    b[j + 8] = kind.round((radius * theta.sin()).mul_add(std, mean));
                }
            },
        );
        out.into_iter().map(f64::from).collect()
    }

    /// `uniform_int_from_to_distribution`: `draw % range + base`, with a 64-bit draw when the range needs it
    /// and the type is one that can hold it.
    pub fn random_from_to(&mut self, kind: IntKind, range: u64, base: i64) -> i64 {
        let wide = matches!(
            kind,
            IntKind::I64 | IntKind::F64 | IntKind::F32 | IntKind::BF16
        );
        let v = if wide && range >= 1u64 << 32 {
            self.random64()
        } else {
            self.random() as u64
        };
        (v % range).wrapping_add(base as u64) as i64
    }

    /// `uniform_int_distribution` (`random_()` without bounds): the type's whole non-negative integer range.
    pub fn random_full(&mut self, kind: IntKind) -> i64 {
        let v = match kind {
            IntKind::I64 | IntKind::F64 => self.random64(),
            _ => self.random() as u64,
        };
        let modulus: u64 = match kind {
            IntKind::Bool => 2,
            IntKind::U8 => 256,
            IntKind::I8 => 128,
            IntKind::I16 => 1 << 15,
            IntKind::I32 => 1 << 31,
            IntKind::I64 => 1 << 63,
            IntKind::F16 => (1 << 11) + 1,
            IntKind::BF16 => (1 << 8) + 1,
            IntKind::F32 => (1 << 24) + 1,
            IntKind::F64 => (1 << 53) + 1,
        };
        (v % modulus) as i64
    }

    /// `randperm(n)` (n below 2^32 / 20): the identity, then swap position `i` with `i + random() % (n - i)`.
    pub fn randperm(&mut self, n: usize) -> Vec<i64> {
        let mut r: Vec<i64> = (0..n as i64).collect();
        for i in 0..n.saturating_sub(1) {
            let z = self.random() as usize % (n - i);
            r.swap(i, i + z);
        }
        r
    }

    /// `bernoulli_distribution`: 1 when a uniform of the probability's type is below `p` (a double `p` draws a
    /// double uniform, a float one a float uniform).
    pub fn bernoulli(&mut self, p: f64, double: bool) -> bool {
        if double {
            self.uniform_f64(0.0, 1.0) < p
        } else {
            (self.uniform_f32(Float::F32, 0.0, 1.0) as f64) < p
        }
    }

    /// `exponential_distribution<double>(lambda)`: `-1/lambda * log1p(-u)`.
    pub fn exponential(&mut self, lambda: f64) -> f64 {
        let u = self.uniform_f64(0.0, 1.0);
        -1.0 / lambda * (-u).ln_1p()
    }

    /// `sample_poisson` (ATen's `Distributions.cpp`, after NumPy): Hörmann's transformed rejection for
    /// `lambda >= 10`, Knuth's product of uniforms below. `lambda` must not be negative.
    pub fn poisson(&mut self, lambda: f64) -> i64 {
        if lambda >= 10.0 {
            let slam = lambda.sqrt();
            let loglam = lambda.ln();
            let b = 0.931 + 2.53 * slam;
            let a = -0.059 + 0.02483 * b;
            let invalpha = 1.1239 + 1.1328 / (b - 3.4);
            let vr = 0.9277 - 3.6224 / (b - 2.0);
            loop {
                let u = self.uniform_f64(0.0, 1.0) - 0.5;
                let v = self.uniform_f64(0.0, 1.0);
                let us = 0.5 - u.abs();
                let k = ((2.0 * a / us + b) * u + lambda + 0.43).floor() as i64;
                if us >= 0.07 && v <= vr {
                    return k;
                }
                if k < 0 || (us < 0.013 && v > us) {
                    continue;
                }
                let lhs = v.ln() + invalpha.ln() - (a / (us * us) + b).ln();
                if lhs <= -lambda + k as f64 * loglam - libm::lgamma(k as f64 + 1.0) {
                    return k;
                }
            }
        }
        if lambda == 0.0 {
            return 0;
        }
        let enlam = (-lambda).exp();
        let mut x = 0;
        let mut prod = 1.0;
        loop {
            prod *= self.uniform_f64(0.0, 1.0);
            if prod > enlam {
                x += 1;
            } else {
                return x;
            }
        }
    }

    /// `multinomial` with replacement (the CPU kernel): per row, the cumulative distribution in the
    /// probabilities' precision (`single`: float), normalised, then a binary search per double uniform.
    /// `rows` holds validated, finite, non-negative rows with a positive sum.
    pub fn multinomial_with_replacement(
        &mut self,
        rows: &[Vec<f64>],
        single: bool,
        n_sample: usize,
    ) -> Vec<i64> {
        let mut out = Vec::with_capacity(rows.len() * n_sample);
        for row in rows {
            let mut cum: Vec<f64> = Vec::with_capacity(row.len());
            if single {
                let mut sum = 0f32;
                for &v in row {
                    sum += v as f32;
                    cum.push(sum as f64);
                }
                for c in cum.iter_mut() {
                    *c = (*c as f32 / sum) as f64;
                }
            } else {
                let mut sum = 0f64;
                for &v in row {
                    sum += v;
                    cum.push(sum);
                }
                for c in cum.iter_mut() {
                    *c /= sum;
                }
            }
            if let Some(last) = cum.last_mut() {
                *last = 1.0;
            }
            for _ in 0..n_sample {
                let u = self.uniform_f64(0.0, 1.0);
                out.push(cum.partition_point(|&c| c < u) as i64);
            }
        }
        out
    }

    /// The state as PyTorch's `CPUGeneratorImplState` bytes (little-endian): seed, `left`, `seeded`, `next`,
    /// the 624 words widened to 64 bits, the legacy normal fields, then the float normal cache.
    pub fn get_state(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(STATE_BYTES);
        let (words, index) = self.mt.state();
        let next: u64 = if self.fresh { 0 } else { index as u64 };
        let left = (N + 1 - index) as i32;
        b.extend_from_slice(&self.seed.to_le_bytes());
        b.extend_from_slice(&left.to_le_bytes());
        b.extend_from_slice(&1i32.to_le_bytes());
        b.extend_from_slice(&next.to_le_bytes());
        for w in words {
            b.extend_from_slice(&(*w as u64).to_le_bytes());
        }
        b.extend_from_slice(&0f64.to_le_bytes()); // normal_x (unused)
        b.extend_from_slice(&self.next_double_normal.unwrap_or(0.0).to_le_bytes());
        b.extend_from_slice(&0f64.to_le_bytes()); // normal_rho (unused)
        b.extend_from_slice(&(self.next_double_normal.is_some() as i32).to_le_bytes());
        b.extend_from_slice(&[0; 4]); // padding
        b.extend_from_slice(&self.next_float_normal.unwrap_or(0.0).to_le_bytes());
        b.push(self.next_float_normal.is_some() as u8);
        b.resize(STATE_BYTES, 0);
        b
    }

    /// Restore from `get_state` bytes, with PyTorch's checks. A state whose `left` and `next` disagree (only a
    /// hand-made one) resumes at `next` and twists after the block.
    pub fn set_state(&mut self, b: &[u8]) -> Result<(), String> {
        if b.len() != STATE_BYTES {
            return Err(format!(
                "Expected a CPUGeneratorImplState of size {STATE_BYTES} but found the input RNG state size to be {}",
                b.len()
            ));
        }
        let u64_at = |o: usize| {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[o..o + 8]);
            u64::from_le_bytes(a)
        };
        let i32_at = |o: usize| {
            let mut a = [0u8; 4];
            a.copy_from_slice(&b[o..o + 4]);
            i32::from_le_bytes(a)
        };
        let seed = u64_at(0);
        let left = i32_at(8);
        let seeded = i32_at(12);
        let next = u64_at(16) as u32 as usize;
        if seeded == 0 || !(1..=N as i32).contains(&left) || next > N {
            return Err("Invalid mt19937 state".to_string());
        }
        let mut words = [0u32; N];
        for (i, w) in words.iter_mut().enumerate() {
            *w = u64_at(24 + 8 * i) as u32;
        }
        let index = if left == 1 { N } else { next };
        self.mt.set_state(&words, index)?;
        self.seed = seed;
        self.fresh = index == N && next == 0;
        let normal_valid = i32_at(24 + 8 * N + 24) != 0;
        self.next_double_normal = normal_valid.then(|| f64::from_bits(u64_at(24 + 8 * N + 8)));
        let mut f = [0u8; 4];
        f.copy_from_slice(&b[5048..5052]);
        self.next_float_normal = (b[5052] != 0).then(|| f32::from_le_bytes(f));
        Ok(())
    }
}

// ---- avx_mathfun.h (Cephes single precision), one lane at a time. The multiply-adds fused here are the ones
// GCC contracts in PyTorch's AVX2 build: the polynomial steps, not the range reduction (checked bit for bit on
// 32000 samples). The constants are avx_mathfun's literals, rounded to f32 as the C++ does.

/// `log256_ps` for one positive lane.
#[allow(clippy::excessive_precision)]
fn cephes_logf(x: f32) -> f32 {
    const P: [f32; 9] = [
        7.0376836292E-2,
        -1.1514610310E-1,
        1.1676998740E-1,
        -1.2420140846E-1,
        1.4249322787E-1,
        -1.6668057665E-1,
        2.0000714765E-1,
        -2.4999993993E-1,
        3.3333331174E-1,
    ];
    let x = x.max(f32::from_bits(0x0080_0000));
    let exponent = ((x.to_bits() >> 23) as i32) - 0x7f;
    let mut m = f32::from_bits((x.to_bits() & !0x7f80_0000) | 0.5f32.to_bits());
    let mut e = exponent as f32 + 1.0;
    let small = m < std::f32::consts::FRAC_1_SQRT_2;
    let tmp = if small { m } else { 0.0 };
    m -= 1.0;
    if small {
        e -= 1.0;
    }
    m += tmp;
    let z = m * m;
    let mut y = P[0];
    for p in &P[1..] {
        y = y.mul_add(m, *p);
    }
    y *= m;
    y = y * z + e * -2.12194440e-4;
    y -= z * 0.5;
    let r = m + y;
    r + e * 0.693359375
}

/// `sincos256_ps` for one lane: (sin, cos).
#[allow(clippy::excessive_precision)]
fn cephes_sincosf(x: f32) -> (f32, f32) {
    let sign_in = x.to_bits() & 0x8000_0000;
    let mut x = x.abs();
    let mut j = (x * 1.27323954473516) as i32;
    j = (j + 1) & !1;
    let y = j as f32;
    let swap_sin = ((j & 4) as u32) << 29;
    let sin_poly = (j & 2) == 0;
    x += y * -0.78515625;
    x += y * -2.4187564849853515625e-4;
    x += y * -3.77489497744594108e-8;
    let sign_cos = ((!(j - 2) & 4) as u32) << 29;
    let sign_sin = sign_in ^ swap_sin;
    let z = x * x;
    let mut c = 2.443315711809948E-005f32;
    c = c.mul_add(z, -1.388731625493765E-003);
    c = c.mul_add(z, 4.166664568298827E-002);
    c *= z;
    c = c.mul_add(z, -(z * 0.5));
    c += 1.0;
    let mut s = -1.9515295891E-4f32;
    s = s.mul_add(z, 8.3321608736E-3);
    s = s.mul_add(z, -1.6666654611E-1);
    s *= z;
    s = s.mul_add(x, x);
    let (sin_v, cos_v) = if sin_poly { (s, c) } else { (c, s) };
    (
        f32::from_bits(sin_v.to_bits() ^ sign_sin),
        f32::from_bits(cos_v.to_bits() ^ sign_cos),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits32(v: &[f64]) -> Vec<u32> {
        v.iter().map(|x| (*x as f32).to_bits()).collect()
    }

    #[test]
    fn rand_seed0() {
        let mut g = TorchGenerator::new(0);
        let v: Vec<f64> = (0..3).map(|_| g.uniform(Float::F32, 0.0, 1.0)).collect();
        assert_eq!(
            v,
            [0.49625658988952637, 0.7682217955589294, 0.08847743272781372]
        );
        g.manual_seed(0);
        let v: Vec<f64> = (0..3).map(|_| g.uniform(Float::F64, 0.0, 1.0)).collect();
        assert_eq!(
            v,
            [0.9700530018065531, 0.707819864399788, 0.45938294312745087]
        );
    }

    #[test]
    fn randn_small_and_blocked() {
        let mut g = TorchGenerator::new(0);
        let v = g.normal(Float::F32, 3, true, 0.0, 1.0);
        assert_eq!(
            bits32(&v),
            bits32(&[1.5409960746765137, -0.293428897857666, -2.1787893772125244])
        );
        let mut g = TorchGenerator::new(0);
        let v = g.normal(Float::F32, 20, true, 0.0, 1.0);
        assert_eq!(
            bits32(&v[..4]),
            bits32(&[
                -1.1258398294448853,
                -1.152360200881958,
                -0.2505785822868347,
                -0.4338788092136383
            ])
        );
    }

    #[test]
    fn randn_seed123_recorded() {
        // torch.manual_seed(123); torch.randn(50) at [0, 7, 15, 16, 33, 49], as float32 bits (the tail block redone).
        let mut g = TorchGenerator::new(123);
        let v = g.normal(Float::F32, 50, true, 0.0, 1.0);
        let got: Vec<u32> = [0, 7, 15, 16, 33, 49]
            .iter()
            .map(|&i| (v[i] as f32).to_bits())
            .collect();
        assert_eq!(
            got,
            [1051507657, 3200393868, 1049220197, 3181231305, 1043772914, 3197320554]
        );
        // torch.manual_seed(123); torch.randn(20, dtype=torch.float64) at [0, 9, 19]
        let mut g = TorchGenerator::new(123);
        let v = g.normal(Float::F64, 20, true, 0.0, 1.0);
        assert_eq!(
            [v[0], v[9], v[19]],
            [0.9097575322111796, 0.9521867294080819, -0.07914745139728685]
        );
    }

    #[test]
    fn multinomial_with_replacement_seed123() {
        // torch.manual_seed(123); torch.multinomial(torch.tensor([0.1, 0.2, 0.3, 0.4]), 8, True)
        let mut g = TorchGenerator::new(123);
        let rows = vec![vec![
            0.1f32 as f64,
            0.2f32 as f64,
            0.3f32 as f64,
            0.4f32 as f64,
        ]];
        assert_eq!(
            g.multinomial_with_replacement(&rows, true, 8),
            [2, 0, 2, 0, 2, 2, 3, 2]
        );
    }

    #[test]
    fn randint_randperm_seed0() {
        let mut g = TorchGenerator::new(0);
        let v: Vec<i64> = (0..5)
            .map(|_| g.random_from_to(IntKind::I64, 10, 0))
            .collect();
        assert_eq!(v, [4, 9, 3, 0, 3]);
        let mut g = TorchGenerator::new(0);
        assert_eq!(g.randperm(5), [4, 0, 1, 3, 2]);
    }

    #[test]
    fn exponential_seed0() {
        // torch.manual_seed(0); torch.empty(3, dtype=torch.float64).exponential_()
        let mut g = TorchGenerator::new(0);
        let v: Vec<f64> = (0..3).map(|_| g.exponential(1.0)).collect();
        assert_eq!(
            v,
            [3.508326186707642, 1.2303847641796768, 0.6150440938940115]
        );
    }

    #[test]
    fn state_bytes_layout() {
        // torch.manual_seed(0); torch.randn(1, dtype=torch.float64); torch.get_rng_state()
        let mut g = TorchGenerator::new(0);
        g.normal(Float::F64, 1, true, 0.0, 1.0);
        let s = g.get_state();
        assert_eq!(
            &s[8..24],
            &[109, 2, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0]
        );
        assert_eq!(&s[24..28], &[18, 13, 161, 145]);
        assert_eq!(&s[5024..5032], &[234, 111, 124, 8, 138, 199, 210, 191]);
        assert_eq!(s[5040], 1);
        let mut h = TorchGenerator::new(5);
        h.set_state(&s).unwrap();
        assert_eq!(h.get_state(), s);
        assert_eq!(
            TorchGenerator::new(0).get_state()[8..24],
            [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        );
    }
}
