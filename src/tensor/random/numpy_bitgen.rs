//! NumPy's bit generators behind one interface (legacy MT19937 with the Box–Muller cache, PCG64 with its
//! buffered 32-bit draws) and the bounded-integer and shuffle algorithms of numpy/random/src/distributions.
//!
//! Everything here consumes the generator in exactly NumPy's order, so streams match bit for bit.

use super::mt19937::Mt19937;
use super::pcg64::Pcg64;

#[derive(Clone, Debug)]
enum Core {
    Mt(Box<Mt19937>),
    Pcg(Pcg64),
}

/// One NumPy bit generator with the per-generator extras NumPy keeps beside it.
#[derive(Clone, Debug)]
pub struct BitGen {
    core: Core,
    /// PCG64's `next_uint32` hands out the high half of a 64-bit draw on the call after the low half.
    uinteger: Option<u32>,
    /// The legacy polar Box–Muller second value (`aug_bitgen_t.gauss`); `seed` clears it.
    pub gauss: Option<f64>,
}

impl BitGen {
    /// Legacy seeding with one 32-bit word (`init_genrand`).
    pub fn mt19937_word(seed: u32) -> Self {
        Self::from_mt(Mt19937::new_with_seed(seed))
    }

    /// Legacy seeding with an array of words (`init_by_array`).
    pub fn mt19937_key(key: &[u32]) -> Self {
        Self::from_mt(Mt19937::from_key(key))
    }

    /// Legacy seeding with `None`: 623 words of `SeedSequence` state after the fixed first word 0x80000000.
    pub fn mt19937_words(words: &[u32; super::mt19937::N]) -> Self {
        let mut mt = Mt19937::new_with_seed(0);
        let mut w = *words;
        w[0] = 0x8000_0000;
        // Index N: a twist happens before the first output, as after any seeding.
        let _ = mt.set_state(&w, super::mt19937::N);
        Self::from_mt(mt)
    }

    fn from_mt(mt: Mt19937) -> Self {
        BitGen {
            core: Core::Mt(Box::new(mt)),
            uinteger: None,
            gauss: None,
        }
    }

    /// PCG64 from `SeedSequence.generate_state(4, uint64)`: state words 0,1 and increment words 2,3.
    pub fn pcg64(w: [u64; 4]) -> Self {
        let hi_lo = |a: u64, b: u64| ((a as u128) << 64) | b as u128;
        BitGen {
            core: Core::Pcg(Pcg64::new(hi_lo(w[0], w[1]), hi_lo(w[2], w[3]))),
            uinteger: None,
            gauss: None,
        }
    }

    /// The MT19937 words and position, when this is the legacy generator.
    pub fn mt_state(&self) -> Option<(Vec<u32>, usize)> {
        match &self.core {
            Core::Mt(m) => {
                let (w, i) = m.state();
                Some((w.to_vec(), i))
            }
            Core::Pcg(_) => None,
        }
    }

    /// Replace the legacy generator's words and position (`RandomState.set_state`).
    pub fn set_mt_state(
        &mut self,
        words: &[u32; super::mt19937::N],
        pos: usize,
    ) -> Result<(), String> {
        match &mut self.core {
            Core::Mt(m) => m.set_state(words, pos),
            Core::Pcg(_) => Err("state must be for a PCG64 PRNG".into()),
        }
    }

    /// PCG64's `(state, increment)` and the buffered high half of a 32-bit draw.
    pub fn pcg_state(&self) -> Option<(u128, u128, Option<u32>)> {
        match &self.core {
            Core::Pcg(p) => {
                let (s, i) = p.raw();
                Some((s, i, self.uinteger))
            }
            Core::Mt(_) => None,
        }
    }

    pub fn set_pcg_state(&mut self, state: u128, inc: u128, uinteger: Option<u32>) {
        self.core = Core::Pcg(Pcg64::from_raw(state, inc));
        self.uinteger = uinteger;
    }

    pub fn is_legacy(&self) -> bool {
        matches!(self.core, Core::Mt(_))
    }

    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        match &mut self.core {
            // mt19937_next64: the first word is the high half.
            Core::Mt(m) => {
                let hi = m.next_u32() as u64;
                (hi << 32) | m.next_u32() as u64
            }
            Core::Pcg(p) => p.next_u64(),
        }
    }

    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        match &mut self.core {
            Core::Mt(m) => m.next_u32(),
            Core::Pcg(p) => match self.uinteger.take() {
                Some(v) => v,
                None => {
                    let v = p.next_u64();
                    self.uinteger = Some((v >> 32) as u32);
                    v as u32
                }
            },
        }
    }

    #[inline]
    pub fn next_double(&mut self) -> f64 {
        match &mut self.core {
            Core::Mt(m) => m.next_f64_53(),
            Core::Pcg(p) => (p.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0),
        }
    }

    #[inline]
    pub fn next_float(&mut self) -> f32 {
        (self.next_u32() >> 8) as f32 * (1.0 / 16_777_216.0)
    }
}

/// The 32-bit buffer NumPy's 8-, 16-bit and bool bounded generators share across one fill.
#[derive(Default)]
pub struct SmallBuf {
    cnt: u32,
    buf: u32,
}

impl SmallBuf {
    fn take(&mut self, g: &mut BitGen, bits: u32) -> u32 {
        if self.cnt == 0 {
            self.buf = g.next_u32();
            self.cnt = 32 / bits - 1;
        } else {
            self.buf >>= bits;
            self.cnt -= 1;
        }
        if bits == 32 {
            self.buf
        } else {
            self.buf & ((1 << bits) - 1)
        }
    }
}

/// Smallest all-ones mask covering `max`.
pub fn gen_mask(max: u64) -> u64 {
    let mut m = max;
    for s in [1, 2, 4, 8, 16, 32] {
        m |= m >> s;
    }
    m
}

/// Lemire's nearly-divisionless method on `bits`-wide draws (8, 16, 32); `rng` < 2^bits - 1.
fn lemire_small(g: &mut BitGen, rng: u64, bits: u32, b: &mut SmallBuf) -> u64 {
    let full: u64 = (1 << bits) - 1;
    let excl = rng + 1;
    let mut draw = |g: &mut BitGen| -> u64 {
        if bits == 32 {
            g.next_u32() as u64
        } else {
            b.take(g, bits) as u64
        }
    };
    let mut m = draw(g) * excl;
    let mut leftover = m & full;
    if leftover < excl {
        let threshold = (full - rng) % excl;
        while leftover < threshold {
            m = draw(g) * excl;
            leftover = m & full;
        }
    }
    m >> bits
}

fn lemire64(g: &mut BitGen, rng: u64) -> u64 {
    let excl = rng + 1;
    let mut m = g.next_u64() as u128 * excl as u128;
    let mut leftover = m as u64;
    if leftover < excl {
        let threshold = (u64::MAX - rng) % excl;
        while leftover < threshold {
            m = g.next_u64() as u128 * excl as u128;
            leftover = m as u64;
        }
    }
    (m >> 64) as u64
}

fn masked_small(g: &mut BitGen, rng: u64, bits: u32, b: &mut SmallBuf) -> u64 {
    let mask = gen_mask(rng);
    loop {
        let v = if bits == 32 {
            g.next_u32() as u64
        } else {
            b.take(g, bits) as u64
        } & mask;
        if v <= rng {
            return v;
        }
    }
}

/// One draw in `[off, off + rng]` (wrapping in the output width) for an output of `bits` bits (1 = bool),
/// as NumPy's `random_bounded_uint64` / `random_buffered_bounded_uint{32,16,8}` / `..._bool`; `masked`
/// selects the legacy masked rejection instead of Lemire's method.
pub fn bounded(
    g: &mut BitGen,
    bits: u32,
    off: u64,
    rng: u64,
    masked: bool,
    b: &mut SmallBuf,
) -> u64 {
    if rng == 0 {
        return off;
    }
    let v = match bits {
        1 => b.take(g, 1) as u64,
        64 if rng > 0xFFFF_FFFF => {
            if rng == u64::MAX {
                g.next_u64()
            } else if masked {
                let mask = gen_mask(rng);
                loop {
                    let v = g.next_u64() & mask;
                    if v <= rng {
                        break v;
                    }
                }
            } else {
                lemire64(g, rng)
            }
        }
        _ => {
            // 64-bit outputs with a range under 2^32 take 32-bit draws.
            let w = bits.min(32);
            if rng == (1u64 << w) - 1 {
                if w == 32 {
                    g.next_u32() as u64
                } else {
                    b.take(g, w) as u64
                }
            } else if masked {
                masked_small(g, rng, w, b)
            } else {
                lemire_small(g, rng, w, b)
            }
        }
    };
    off.wrapping_add(v)
}

/// The Fisher–Yates swaps NumPy's `shuffle` (legacy and `Generator` alike) applies to `n` items, composed
/// into the permutation `out[i]` = the index of the item that ends at position `i`; `j` in `[0, i]` comes
/// from `random_interval` (masked rejection).
pub fn shuffle_permutation(g: &mut BitGen, n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = random_interval(g, i as u64) as usize;
        idx.swap(i, j);
    }
    idx
}

/// `Generator.choice`'s `_shuffle_int`: the same swaps for `i` from `n - 1` down to `first`, with `j` drawn by
/// Lemire's method (`random_bounded_uint64(0, i)`).
pub fn shuffle_int(g: &mut BitGen, data: &mut [i64], first: usize) {
    let mut b = SmallBuf::default();
    for i in (first.max(1)..data.len()).rev() {
        let j = bounded(g, 64, 0, i as u64, false, &mut b) as usize;
        data.swap(i, j);
    }
    // i == 0 would draw from [0, 0] without consuming the generator: nothing to do.
}

/// `Generator.choice(pop, size, replace=False)` without `p`: a tail shuffle of `arange(pop)` when the sample
/// is a large part of a large population, Floyd's algorithm otherwise (then shuffled when `shuffle`).
pub fn choice_without_replace(g: &mut BitGen, pop: usize, size: usize, shuffle: bool) -> Vec<i64> {
    let cutoff = if shuffle { 50 } else { 20 };
    if pop > 10000 && size > pop / cutoff {
        let mut idx: Vec<i64> = (0..pop as i64).collect();
        shuffle_int(g, &mut idx, pop.saturating_sub(size).max(1));
        return idx[pop - size..].to_vec();
    }
    let mut b = SmallBuf::default();
    let mut seen = std::collections::HashSet::with_capacity(size);
    let mut idx = Vec::with_capacity(size);
    for j in pop - size..pop {
        let val = bounded(g, 64, 0, j as u64, false, &mut b);
        let pick = if seen.insert(val) { val } else { j as u64 };
        seen.insert(pick);
        idx.push(pick as i64);
    }
    if shuffle {
        shuffle_int(g, &mut idx, 1);
    }
    idx
}

/// `random_interval(max)`: masked rejection, 32-bit draws while `max` fits.
pub fn random_interval(g: &mut BitGen, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = gen_mask(max);
    loop {
        let v = if max <= 0xFFFF_FFFF {
            g.next_u32() as u64 & mask
        } else {
            g.next_u64() & mask
        };
        if v <= max {
            return v;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_rand_seed0() {
        let mut g = BitGen::mt19937_word(0);
        let v: Vec<f64> = (0..3).map(|_| g.next_double()).collect();
        assert_eq!(
            v,
            [0.5488135039273248, 0.7151893663724195, 0.6027633760716439]
        );
    }

    #[test]
    fn legacy_randint_masked() {
        // np.random.seed(0); np.random.randint(0, 10, 5)
        let mut g = BitGen::mt19937_word(0);
        let mut b = SmallBuf::default();
        let v: Vec<u64> = (0..5)
            .map(|_| bounded(&mut g, 64, 0, 9, true, &mut b))
            .collect();
        assert_eq!(v, [5, 0, 3, 3, 7]);
    }
}
