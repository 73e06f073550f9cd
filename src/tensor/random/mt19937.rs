//! Bit-exact MT19937 Mersenne Twister (Matsumoto & Nishimura's `mt19937ar.c`), the shared core of Python's `random`, NumPy's legacy `RandomState` and PyTorch's CPU generator.
//!
//! The algorithms are transcribed from the reference `mt19937ar.c` as embedded in
//! CPython's `Modules/_randommodule.c`.  Every arithmetic step is done on `u32`
//! with explicit wrapping so that the output stream is identical to the C code
//! (where `unsigned long` overflow wraps silently).
//!
//! Nothing here knows about any front-end: seeding policy (how a Python int, a
//! NumPy seed array or a Torch seed turns into a key) lives in the callers.

use std::fmt;

/// Number of 32-bit words of state.
pub const N: usize = 624;
/// Middle-word offset used by the twist.
const M: usize = 397;
/// Constant vector `a` of the twist (applied when the low bit of `y` is set).
const MATRIX_A: u32 = 0x9908_b0df;
/// Most significant `w - r` bits.
const UPPER_MASK: u32 = 0x8000_0000;
/// Least significant `r` bits.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 generator state: 624 words plus the index of the next word to temper.
///
/// `index == N` means "the block is exhausted; twist before the next output",
/// which is also the state right after seeding (the reference code sets
/// `mti = N` at the end of `init_genrand`).
#[derive(Clone, PartialEq, Eq)]
pub struct Mt19937 {
    mt: [u32; N],
    index: usize,
}

impl fmt::Debug for Mt19937 {
    // 624 words are useless in a debug dump; show the position and a peek.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mt19937")
            .field("index", &self.index)
            .field("mt[0..4]", &&self.mt[..4])
            .finish_non_exhaustive()
    }
}

impl Default for Mt19937 {
    /// The reference generator's default seed (5489), as used by `genrand_int32`
    /// when it was never seeded and by C++ `std::mt19937`.
    fn default() -> Self {
        Self::new_with_seed(5489)
    }
}

impl Mt19937 {
    /// `init_genrand(s)`: seed from a single 32-bit word.
    ///
    /// This is what NumPy's legacy `RandomState.seed(int < 2**32)` (via
    /// `mt19937_seed`) and PyTorch's CPU generator use.
    pub fn new_with_seed(seed: u32) -> Self {
        let mut mt = [0u32; N];
        Self::init_genrand(&mut mt, seed);
        Mt19937 { mt, index: N }
    }

    /// Knuth's linear-congruential fill (TAOCP Vol.2 3rd Ed. p.106).
    fn init_genrand(mt: &mut [u32; N], s: u32) {
        mt[0] = s;
        for i in 1..N {
            let prev = mt[i - 1];
            // `i as u32` is exact: i < 624.
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
    }

    /// `init_by_array(init_key, key_length)`: seed from an arbitrary-length key.
    ///
    /// CPython's `random.seed(int)` passes `abs(n)` split into little-endian
    /// 32-bit words; NumPy's `RandomState.seed(array)` passes the array.
    ///
    /// The reference code reads `init_key[0]` even when `key_length == 0`
    /// (undefined behaviour); callers never do that, and here an empty key is
    /// treated as `[0]` — the key CPython builds for `seed(0)` — so the
    /// function is total.
    pub fn from_key(key: &[u32]) -> Self {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut mt = [0u32; N];
        Self::init_genrand(&mut mt, 19_650_218);
        let mut i: usize = 1;
        let mut j: usize = 0;
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = mt[i - 1];
            // Non-linear mixing; `j` is a C `size_t` added to an unsigned
            // 32-bit value, so it is truncated to 32 bits — `as u32` matches.
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        // MSB is 1, assuring a non-zero initial array.
        mt[0] = 0x8000_0000;
        Mt19937 { mt, index: N }
    }

    /// Regenerate all N words at once (the "twist").
    fn twist(&mut self) {
        let mt = &mut self.mt;
        // mag01[y & 1] from the reference code, written branch-free.
        let mag = |y: u32| if y & 1 != 0 { MATRIX_A } else { 0 };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// `genrand_int32`: the next tempered 32-bit output.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        // Tempering.
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `genrand_res53`: a double in `[0, 1)` with 53-bit resolution, built from
    /// two outputs (27 high bits of the first, 26 of the second).
    ///
    /// This is exactly `random.random()` in CPython and `random_sample()` in
    /// NumPy's legacy `RandomState`; the expression and its evaluation order
    /// are kept verbatim so the rounding is identical.
    #[inline]
    pub fn next_f64_53(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// The raw state words and the index of the next word to be tempered
    /// (`0..=624`; 624 means a twist happens before the next output).
    ///
    /// This is the `(key, pos)` pair used by CPython's `getstate()` (as the
    /// last element of the internal tuple) and NumPy's `get_state()`.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.mt, self.index)
    }

    /// Restore a state obtained from [`state`](Self::state) (or from a
    /// Python/NumPy state tuple).
    ///
    /// Mirrors CPython's `random_setstate` check: an index outside `0..=624`
    /// is rejected with CPython's message (`ValueError: invalid state`), and
    /// the generator is left unchanged.
    pub fn set_state(&mut self, words: &[u32; N], index: usize) -> Result<(), String> {
        if index > N {
            return Err("invalid state".to_string());
        }
        self.mt = *words;
        self.index = index;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_default_seed_5489() {
        // First outputs of std::mt19937 / mt19937ar.c seeded with 5489.
        let mut g = Mt19937::new_with_seed(5489);
        let got: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(got, EXPECT_5489);
        assert_eq!(Mt19937::default(), Mt19937::new_with_seed(5489));
    }

    #[test]
    fn ten_thousandth_output_5489() {
        // The C++ standard ([rand.predef]) requires the 10000th output of a
        // default-constructed mt19937 to be 4123659995.
        let mut g = Mt19937::new_with_seed(5489);
        for _ in 0..9999 {
            g.next_u32();
        }
        assert_eq!(g.next_u32(), 4_123_659_995);
    }

    #[test]
    fn mt19937ar_reference_init_by_array() {
        // mt19937ar.out: init_by_array({0x123, 0x234, 0x345, 0x456}), first outputs.
        let mut g = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let got: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(
            got,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn python_seed_matches_from_key() {
        // random.seed(n); random.getrandbits(32) for n = 0, 1, 42, 2**40+7.
        for (key, expect) in PY_KEYS_U32 {
            let mut g = Mt19937::from_key(key);
            let got: Vec<u32> = (0..4).map(|_| g.next_u32()).collect();
            assert_eq!(&got[..], &expect[..], "key {:?}", key);
        }
    }

    #[test]
    fn python_random_res53() {
        // random.seed(42); random.random() x3
        let mut g = Mt19937::from_key(&[42]);
        for e in PY_SEED42_RANDOM {
            assert_eq!(g.next_f64_53().to_bits(), e.to_bits());
        }
    }

    #[test]
    fn empty_key_is_zero_key() {
        assert_eq!(Mt19937::from_key(&[]), Mt19937::from_key(&[0]));
    }

    #[test]
    fn state_round_trip() {
        let mut g = Mt19937::new_with_seed(7);
        for _ in 0..700 {
            g.next_u32();
        }
        let (w, i) = g.state();
        let (w, i) = (*w, i);
        let a: Vec<u32> = (0..1000).map(|_| g.next_u32()).collect();
        let mut h = Mt19937::new_with_seed(0);
        h.set_state(&w, i).unwrap();
        let b: Vec<u32> = (0..1000).map(|_| h.next_u32()).collect();
        assert_eq!(a, b);
        assert_eq!(h.set_state(&w, 625), Err("invalid state".to_string()));
        // Index 624 is valid: forces a twist on the next call.
        assert!(h.set_state(&w, 624).is_ok());
    }

    // ---- expected values (generated with CPython 3.11 / reference outputs) ----
    const EXPECT_5489: [u32; 5] = [3499211612, 581869302, 3890346734, 3586334585, 545404204];
    const PY_KEYS_U32: [(&[u32], [u32; 4]); 4] = [
        (&[0], [3626764237, 1654615998, 3255389356, 3823568514]), // seed 0
        (&[1], [577090037, 2444712010, 3639700191, 3445702192]),  // seed 1
        (&[42], [2746317213, 478163327, 107420369, 3184935163]),  // seed 42
        (&[7, 256], [2635837658, 3209733218, 3500038837, 4028389051]), // seed 1099511627783
    ];
    const PY_SEED42_RANDOM: [f64; 3] = [
        0.6394267984578837,
        0.025010755222666936,
        0.27502931836911926,
    ];
}
