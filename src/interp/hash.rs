//! CPython's hash values and set-table layout, so that sets iterate and print in CPython's order
//! (bit-exact for ints, floats, tuples, and strings under PYTHONHASHSEED=0).

use super::value::{HKey, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

const MODULUS: i128 = (1 << 61) - 1;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn int_hash(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = num_integer::Integer::mod_floor(&b.abs(), &m)
        .to_i64()
        .unwrap_or(0);
    fix(if b.is_negative() { -r } else { r })
}

fn small_int_hash(i: i64) -> i64 {
    let r = (i.unsigned_abs() as i128 % MODULUS) as i64;
    fix(if i < 0 { -r } else { r })
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: i128 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as i128;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64;
    fix(if f < 0.0 { -h } else { h })
}

/// SipHash-1-3 with a zero key: CPython's `str` hash when PYTHONHASHSEED=0.
fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    };
    let chunks = data.chunks_exact(8);
    let tail = chunks.remainder();
    for c in chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut b: u64 = (data.len() as u64) << 56;
    for (i, &byte) in tail.iter().enumerate() {
        b |= (byte as u64) << (8 * i);
    }
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    // CPython hashes its compact representation: 1, 2 or 4 bytes per code point.
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let bytes: Vec<u8> = if max < 0x100 {
        s.chars().map(|c| c as u8).collect()
    } else if max < 0x10000 {
        s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect()
    } else {
        s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
    };
    fix(siphash13(&bytes) as i64)
}

/// The hash CPython would give a hashable builtin value (objects fall back to their identity).
pub fn py_hash(v: &Value) -> i64 {
    match v {
        Value::Bool(b) => *b as i64,
        Value::Int(i) => small_int_hash(*i),
        Value::BigInt(b) => int_hash(b),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.0e18 {
                small_int_hash(*f as i64)
            } else {
                float_hash(*f)
            }
        }
        Value::Complex(re, im) => {
            let h = (float_hash(*re) as u64)
                .wrapping_add((float_hash(*im) as u64).wrapping_mul(1000003));
            fix(h as i64)
        }
        Value::Str(s) => str_hash(s),
        Value::Tuple(items) => tuple_hash(items),
        Value::None => 0xFCA86420_u64 as i64 >> 4,
        other => (other.identity() >> 4) as i64,
    }
}

fn tuple_hash(items: &[Value]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for it in items {
        let lane = py_hash(it) as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Indices of `keys` (given in insertion order) in the order CPython's set table would iterate them.
pub fn set_order(keys: &[HKey]) -> Vec<usize> {
    let hashes: Vec<i64> = keys.iter().map(|k| py_hash(&k.0)).collect();
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut used = 0usize;
    for (idx, &h) in hashes.iter().enumerate() {
        insert(&mut table, idx, h);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for i in old.into_iter().flatten() {
                insert(&mut table, i, hashes[i]);
            }
        }
    }
    table.into_iter().flatten().collect()
}

fn insert(table: &mut [Option<usize>], idx: usize, hash: i64) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some(idx);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some(idx);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(py_hash(&Value::Int(-1)), -2);
        assert_eq!(py_hash(&Value::Float(0.5)), 1152921504606846976);
        assert_eq!(py_hash(&Value::Float(1.5)), 1152921504606846977);
        // PYTHONHASHSEED=0 python3 -c "print(hash('a'), hash('abc'), hash((1, 2)))"
        assert_eq!(str_hash("a"), 4644417185603328019);
        assert_eq!(str_hash("abc"), -4594863902769663758);
        assert_eq!(
            py_hash(&Value::tuple(vec![Value::Int(1), Value::Int(2)])),
            -3550055125485641917
        );
    }

    #[test]
    fn small_int_sets_iterate_sorted() {
        let keys: Vec<HKey> = [3, 1, 2].iter().map(|&i| HKey(Value::Int(i))).collect();
        assert_eq!(set_order(&keys), vec![1, 2, 0]);
    }
}
