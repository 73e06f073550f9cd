//! Twiddle factors and length heuristics of pocketfft (the FFT under NumPy), computed as it computes them.
//!
//! NumPy's results depend on the exact twiddle values, so they are computed the way pocketfft's `sincos_2pibyn`
//! does: the angle `pi / (4 n)` as x86 long double arithmetic rounds it, octant folding before calling the C
//! library's `cos`/`sin`, and a two-table product (`v1[i & mask] * v2[i >> shift]`) instead of one call per index.

use num_complex::Complex;

/// `pi` as an x87 long double: a 64-bit significand times 2^-62 (the constant pocketfft divides).
const PI_LONG_DOUBLE_SIGNIFICAND: u64 = 0xC90F_DAA2_2168_C235;

/// `0.25L * pi / n` computed in x87 extended precision (64-bit significand, round half to even) and then rounded
/// to a double, as `Thigh(0.25L*pi/n)` does: two roundings, emulated exactly with integers.
fn quarter_pi_over(n: usize) -> f64 {
    // 0.25 * pi_ld = SIGNIFICAND * 2^-64, so the quotient is (SIGNIFICAND << 64) / n * 2^-128.
    let num = (PI_LONG_DOUBLE_SIGNIFICAND as u128) << 64;
    let (q, rem) = (num / n as u128, num % n as u128);
    let bits = 128 - q.leading_zeros();
    // n <= 2^63 leaves the quotient at least 65 bits long.
    let shift = bits - 64;
    let mut keep = (q >> shift) as u64;
    let dropped = q & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let mut exp = shift as i32 - 128;
    if dropped > half || (dropped == half && (rem != 0 || keep & 1 == 1)) {
        keep = match keep.checked_add(1) {
            Some(k) => k,
            None => {
                exp += 1;
                1 << 63
            }
        };
    }
    // Second rounding: 64 to 53 significant bits, half to even, on an exact value.
    let low = keep & 0x7ff;
    let mut m = keep >> 11;
    exp += 11;
    if low > 0x400 || (low == 0x400 && m & 1 == 1) {
        m += 1;
    }
    m as f64 * 2f64.powi(exp)
}

/// `exp(2 pi i k / n)` for `k < n`, as pocketfft's `sincos_2pibyn<T>` returns it (computed in double).
pub struct SinCos {
    n: usize,
    mask: usize,
    shift: u32,
    v1: Vec<Complex<f64>>,
    v2: Vec<Complex<f64>>,
}

impl SinCos {
    pub fn new(n: usize) -> SinCos {
        let ang = quarter_pi_over(n);
        let nval = (n + 2) / 2;
        let mut shift = 1u32;
        while (1usize << shift) * (1usize << shift) < nval {
            shift += 1;
        }
        let mask = (1usize << shift) - 1;
        let mut v1 = vec![Complex::new(1.0, 0.0); mask + 1];
        for (i, v) in v1.iter_mut().enumerate().skip(1) {
            *v = octant_point(i, n, ang);
        }
        let mut v2 = vec![Complex::new(1.0, 0.0); (nval + mask) / (mask + 1)];
        for (i, v) in v2.iter_mut().enumerate().skip(1) {
            *v = octant_point(i * (mask + 1), n, ang);
        }
        SinCos {
            n,
            mask,
            shift,
            v1,
            v2,
        }
    }

    pub fn at(&self, idx: usize) -> Complex<f64> {
        let (k, sign) = if 2 * idx <= self.n {
            (idx, 1.0)
        } else {
            (self.n - idx, -1.0)
        };
        let (a, b) = (self.v1[k & self.mask], self.v2[k >> self.shift]);
        Complex::new(
            a.re * b.re - a.im * b.im,
            sign * (a.re * b.im + a.im * b.re),
        )
    }
}

/// One point of the circle, `exp(2 pi i x / n)`, folded into the first octant before the trigonometric call so
/// that the argument stays small (pocketfft's `calc`).
fn octant_point(x: usize, n: usize, ang: f64) -> Complex<f64> {
    let c = Complex::new;
    let at = |v: usize| v as f64 * ang;
    let mut x = x << 3;
    if x < 4 * n {
        if x < 2 * n {
            if x < n {
                return c(at(x).cos(), at(x).sin());
            }
            return c(at(2 * n - x).sin(), at(2 * n - x).cos());
        }
        x -= 2 * n;
        if x < n {
            return c(-at(x).sin(), at(x).cos());
        }
        return c(-at(2 * n - x).cos(), at(2 * n - x).sin());
    }
    x = 8 * n - x;
    if x < 2 * n {
        if x < n {
            return c(at(x).cos(), -at(x).sin());
        }
        return c(at(2 * n - x).sin(), -at(2 * n - x).cos());
    }
    x -= 2 * n;
    if x < n {
        return c(-at(x).sin(), -at(x).cos());
    }
    c(-at(2 * n - x).cos(), -at(2 * n - x).sin())
}

/// pocketfft's factor list of `len`: as many of each unrolled power of two (`powers`, largest first) as divide it,
/// a remaining 2 moved to the front, then the odd primes ascending.
pub fn factorize(len: usize, powers: &[usize]) -> Vec<usize> {
    let mut ips = Vec::new();
    let mut n = len;
    if len <= 1 {
        return ips;
    }
    for &p in powers {
        while n % p == 0 {
            ips.push(p);
            n /= p;
        }
    }
    if n % 2 == 0 {
        n /= 2;
        ips.push(2);
        let last = ips.len() - 1;
        ips.swap(0, last);
    }
    let mut d = 3;
    while d * d <= n {
        while n % d == 0 {
            ips.push(d);
            n /= d;
        }
        d += 2;
    }
    if n > 1 {
        ips.push(n);
    }
    ips
}

pub fn largest_prime_factor(mut n: usize) -> usize {
    let mut res = 1;
    while n & 1 == 0 {
        res = 2;
        n >>= 1;
    }
    let mut x = 3;
    while x * x <= n {
        while n % x == 0 {
            res = x;
            n /= x;
        }
        x += 2;
    }
    if n > 1 {
        res = n;
    }
    res
}

/// pocketfft's operation-count estimate, which decides between the factor plan and Bluestein's algorithm.
pub fn cost_guess(mut n: usize) -> f64 {
    const LARGE_FACTOR_PENALTY: f64 = 1.1;
    let ni = n;
    let mut result = 0.0;
    while n & 1 == 0 {
        result += 2.0;
        n >>= 1;
    }
    let mut x = 3;
    while x * x <= n {
        while n % x == 0 {
            result += if x <= 5 {
                x as f64
            } else {
                LARGE_FACTOR_PENALTY * x as f64
            };
            n /= x;
        }
        x += 2;
    }
    if n > 1 {
        result += if n <= 5 {
            n as f64
        } else {
            LARGE_FACTOR_PENALTY * n as f64
        };
    }
    result * ni as f64
}

/// The smallest product of 2, 3, 5, 7 and 11 that is at least `n` (Bluestein's padded length).
pub fn good_size_cmplx(n: usize) -> usize {
    if n <= 12 {
        return n;
    }
    let mut best = 2 * n;
    let mut f11 = 1;
    while f11 < best {
        let mut f117 = f11;
        while f117 < best {
            let mut f1175 = f117;
            while f1175 < best {
                let mut x = f1175;
                while x < n {
                    x *= 2;
                }
                loop {
                    if x < n {
                        x *= 3;
                    } else if x > n {
                        best = best.min(x);
                        if x & 1 == 1 {
                            break;
                        }
                        x >>= 1;
                    } else {
                        return n;
                    }
                }
                f1175 *= 5;
            }
            f117 *= 7;
        }
        f11 *= 11;
    }
    best
}

/// Whether pocketfft transforms `n` points with Bluestein's algorithm rather than its factor plan; `real_factor`
/// is 1 for complex transforms and 0.5 for real ones (a real plan costs about half).
pub fn use_bluestein(n: usize, real_factor: f64) -> bool {
    let lpf = if n < 50 { 0 } else { largest_prime_factor(n) };
    if lpf * lpf <= n {
        return false;
    }
    let direct = real_factor * cost_guess(n);
    let padded = 2.0 * cost_guess(good_size_cmplx(2 * n - 1)) * 1.5;
    padded < direct
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarter_pi_matches_long_double_arithmetic() {
        // float(np.longdouble(0.25) * np.longdouble(pi) / n) on x86-64 Linux.
        assert_eq!(quarter_pi_over(1), 0.7853981633974483);
        assert_eq!(quarter_pi_over(3), 0.26179938779914946);
        assert_eq!(quarter_pi_over(999999), 7.853989487963971e-07);
        assert_eq!(quarter_pi_over(5), 0.15707963267948966);
        assert_eq!(quarter_pi_over(1000), 0.0007853981633974483);
    }

    #[test]
    fn circle_points() {
        let t = SinCos::new(8);
        // exp(i pi/4) folds to (sin(pi/4), cos(pi/4)) of the rounded angle: the C library's sin gives the lower
        // neighbour of 1/sqrt(2).
        let p = t.at(1);
        assert_eq!((p.re, p.im), (0.7071067811865475, 0.7071067811865476));
        let p = t.at(6);
        assert_eq!((p.re, p.im), (0.0, -1.0));
    }

    #[test]
    fn sizes() {
        assert_eq!(good_size_cmplx(13), 14);
        assert_eq!(good_size_cmplx(2 * 101 - 1), 210);
        assert_eq!(largest_prime_factor(2 * 3 * 101), 101);
        assert!(use_bluestein(1009, 1.0));
        assert!(!use_bluestein(1024, 1.0));
    }
}
