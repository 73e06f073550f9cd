//! NumPy's `SeedSequence` entropy pool (numpy/random/bit_generator.pyx): the hash mixing of the assembled
//! entropy words into a pool, and `generate_state`. Turning Python ints, sequences and spawn keys into the
//! assembled `u32` words is the caller's job.

const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;

/// `hashmix`: hash one word, advancing the running multiplier.
fn hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut v = value ^ *hash_const;
    *hash_const = hash_const.wrapping_mul(MULT_A);
    v = v.wrapping_mul(*hash_const);
    v ^ (v >> XSHIFT)
}

fn mix(x: u32, y: u32) -> u32 {
    let r = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    r ^ (r >> XSHIFT)
}

/// `mix_entropy`: the pool of `pool_size` words for the assembled entropy.
pub fn mix_entropy(entropy: &[u32], pool_size: usize) -> Vec<u32> {
    let mut hash_const = INIT_A;
    let mut pool: Vec<u32> = (0..pool_size)
        .map(|i| hashmix(entropy.get(i).copied().unwrap_or(0), &mut hash_const))
        .collect();
    // Mix all bits together so late bits can affect earlier ones.
    for src in 0..pool_size {
        for dst in 0..pool_size {
            if src != dst {
                let h = hashmix(pool[src], &mut hash_const);
                pool[dst] = mix(pool[dst], h);
            }
        }
    }
    // Entropy beyond the pool size is mixed into every pool word.
    for &word in entropy.iter().skip(pool_size) {
        for dst in 0..pool_size {
            let h = hashmix(word, &mut hash_const);
            pool[dst] = mix(pool[dst], h);
        }
    }
    pool
}

/// `generate_state(n_words)` as `u32` words (a `uint64` request takes twice as many, low word first).
pub fn generate_state(pool: &[u32], n_words: usize) -> Vec<u32> {
    let mut hash_const = INIT_B;
    (0..n_words)
        .map(|i| {
            let mut v = pool[i % pool.len()] ^ hash_const;
            hash_const = hash_const.wrapping_mul(MULT_B);
            v = v.wrapping_mul(hash_const);
            v ^ (v >> XSHIFT)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_zero() {
        let pool = mix_entropy(&[0], 4);
        assert_eq!(
            generate_state(&pool, 4),
            [2968811710, 3677149159, 745650761, 2884920346]
        );
    }

    #[test]
    fn long_entropy_and_many_words() {
        // SeedSequence([1, 2, 3, 4, 5, 6, 7, 0xdeadbeef]).generate_state(1000): first, last, xor of all.
        let pool = mix_entropy(&[1, 2, 3, 4, 5, 6, 7, 0xdead_beef], 4);
        let s = generate_state(&pool, 1000);
        assert_eq!(s[0], FIRST);
        assert_eq!(s[999], LAST);
        assert_eq!(s.iter().fold(0, |a, b| a ^ b), XOR);
    }

    // Recorded from NumPy 2.4.6.
    const FIRST: u32 = 3442775334;
    const LAST: u32 = 1369731849;
    const XOR: u32 = 944048005;
}
