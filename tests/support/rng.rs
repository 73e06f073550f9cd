//! The seeded random generator of the property tests: a failure names (family, case), and the same seed replays it.
#![allow(dead_code)]

/// splitmix64: tiny, fast and good enough to drive a property test; no crate needed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

pub fn base_seed() -> u64 {
    std::env::var("NABLA_PROP_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0x6e61_626c_6120)
}

pub fn scale() -> usize {
    std::env::var("NABLA_PROP_SCALE")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(1)
}

/// The generator of one case: a failure names (family, case), and the same seed replays it.
pub fn case_rng(family: &str, case: usize) -> Rng {
    let mut h = base_seed() ^ 0xcbf2_9ce4_8422_2325;
    for b in family.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    let mut r = Rng::new(h ^ (case as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    r.next();
    r
}
