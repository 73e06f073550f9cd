//! PCG64 (O'Neill's 128-bit LCG with the XSL-RR output function), as NumPy's `PCG64` bit generator.
//!
//! Seeding follows pcg's `pcg_setseq_128_srandom_r` (NumPy's `pcg64_set_seed`): the increment is
//! `(initseq << 1) | 1`, then step, add `initstate`, step again. Each output steps first and then
//! applies XSL-RR to the new state.

/// The 128-bit LCG multiplier of `PCG_DEFAULT_MULTIPLIER_128`.
const MULTIPLIER: u128 = 0x2360_ED05_1FC6_5DA4_4385_DF64_9FCC_F645;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pcg64 {
    state: u128,
    inc: u128,
}

impl Pcg64 {
    pub fn new(initstate: u128, initseq: u128) -> Self {
        let mut g = Pcg64 {
            state: 0,
            inc: (initseq << 1) | 1,
        };
        g.step();
        g.state = g.state.wrapping_add(initstate);
        g.step();
        g
    }

    /// The raw `(state, increment)` pair (NumPy's `bit_generator.state['state']`).
    pub fn raw(&self) -> (u128, u128) {
        (self.state, self.inc)
    }

    /// Restore a raw pair; the increment's low bit is forced on, as pcg requires an odd increment.
    pub fn from_raw(state: u128, inc: u128) -> Self {
        Pcg64 {
            state,
            inc: inc | 1,
        }
    }

    #[inline]
    fn step(&mut self) {
        self.state = self.state.wrapping_mul(MULTIPLIER).wrapping_add(self.inc);
    }

    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.step();
        let s = self.state;
        // XSL-RR: xor the halves, rotate right by the top 6 bits.
        ((s >> 64) as u64 ^ s as u64).rotate_right((s >> 122) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numpy_pcg64_seed_zero_raw_stream() {
        // np.random.PCG64(0).random_raw(1000): seed words are SeedSequence(0).generate_state(4, np.uint64).
        let w: [u64; 4] = [
            0xdb2c_d7e7_b0f4_78be,
            0xabf4_641a_2c71_ba49,
            0x20c6_ed6d_9d7b_8d41,
            0x2c40_99de_223c_39d4,
        ];
        let mut g = Pcg64::new(
            ((w[0] as u128) << 64) | w[1] as u128,
            ((w[2] as u128) << 64) | w[3] as u128,
        );
        let raw: Vec<u64> = (0..1000).map(|_| g.next_u64()).collect();
        assert_eq!(raw[0], 11749869230777074271);
        assert_eq!(raw[1], 4976686463289251617);
        assert_eq!(raw[999], 7009908415182357424);
        assert_eq!(raw.iter().fold(0, |a, b| a ^ b), 15834850195019364023);
    }
}
