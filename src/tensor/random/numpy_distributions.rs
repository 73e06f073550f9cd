//! NumPy's continuous and discrete distributions, transcribed from numpy/random/src/distributions/distributions.c
//! (the `Generator` algorithms) and numpy/random/src/legacy/legacy-distributions.c (the frozen `RandomState`
//! ones), keeping each expression's evaluation order so results round identically.
//!
//! The library picks a distribution by name from [`CONTINUOUS`] / [`DISCRETE`]; `legacy_` names are the
//! `RandomState` variants.

use super::numpy_bitgen::BitGen;
use super::ziggurat::*;

/// Ziggurat standard normal (`random_standard_normal`): one 64-bit draw per try.
pub fn standard_normal(g: &mut BitGen) -> f64 {
    loop {
        let mut r = g.next_u64();
        let idx = (r & 0xff) as usize;
        r >>= 8;
        let sign = r & 1;
        let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
        let mut x = rabs as f64 * WI_DOUBLE[idx];
        if sign & 1 != 0 {
            x = -x;
        }
        if rabs < KI_DOUBLE[idx] {
            return x;
        }
        if idx == 0 {
            loop {
                // 1 - U avoids log(0).
                let xx = -ZIGGURAT_NOR_INV_R * (-g.next_double()).ln_1p();
                let yy = -(-g.next_double()).ln_1p();
                if yy + yy > xx * xx {
                    return if (rabs >> 8) & 1 != 0 {
                        -(ZIGGURAT_NOR_R + xx)
                    } else {
                        ZIGGURAT_NOR_R + xx
                    };
                }
            }
        } else if (FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * g.next_double() + FI_DOUBLE[idx]
            < (-0.5 * x * x).exp()
        {
            return x;
        }
    }
}

/// Ziggurat standard normal in float32 (`random_standard_normal_f`): one 32-bit draw per try.
pub fn standard_normal_f(g: &mut BitGen) -> f32 {
    loop {
        let r = g.next_u32();
        let idx = (r & 0xff) as usize;
        let sign = (r >> 8) & 1;
        let rabs = (r >> 9) & 0x0007_fffff;
        let mut x = rabs as f32 * WI_FLOAT[idx];
        if sign & 1 != 0 {
            x = -x;
        }
        if rabs < KI_FLOAT[idx] {
            return x;
        }
        if idx == 0 {
            loop {
                let xx = -ZIGGURAT_NOR_INV_R_F * (-g.next_float()).ln_1p();
                let yy = -(-g.next_float()).ln_1p();
                if yy + yy > xx * xx {
                    return if (rabs >> 8) & 1 != 0 {
                        -(ZIGGURAT_NOR_R_F + xx)
                    } else {
                        ZIGGURAT_NOR_R_F + xx
                    };
                }
            }
        } else if (((FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * g.next_float() + FI_FLOAT[idx]) as f64)
            < (-0.5 * x as f64 * x as f64).exp()
        {
            // C evaluates `exp(-0.5 * x * x)` in double with float x promoted.
            return x;
        }
    }
}

/// Ziggurat standard exponential (`random_standard_exponential`).
pub fn standard_exponential(g: &mut BitGen) -> f64 {
    loop {
        let mut ri = g.next_u64();
        ri >>= 3;
        let idx = (ri & 0xff) as usize;
        ri >>= 8;
        let x = ri as f64 * WE_DOUBLE[idx];
        if ri < KE_DOUBLE[idx] {
            return x;
        }
        if idx == 0 {
            return ZIGGURAT_EXP_R - (-g.next_double()).ln_1p();
        }
        if (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * g.next_double() + FE_DOUBLE[idx] < (-x).exp() {
            return x;
        }
        // Otherwise NumPy recurses: draw afresh.
    }
}

/// Ziggurat standard exponential in float32 (`random_standard_exponential_f`): one 32-bit draw per try.
pub fn standard_exponential_f(g: &mut BitGen) -> f32 {
    loop {
        let mut ri = g.next_u32();
        ri >>= 1;
        let idx = (ri & 0xff) as usize;
        ri >>= 8;
        let x = ri as f32 * WE_FLOAT[idx];
        if ri < KE_FLOAT[idx] {
            return x;
        }
        if idx == 0 {
            return ZIGGURAT_EXP_R_F - (-g.next_float()).ln_1p();
        }
        if (FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * g.next_float() + FE_FLOAT[idx] < (-x).exp() {
            return x;
        }
    }
}

/// Marsaglia–Tsang gamma (shape >= 1), Ahrens–Dieter style rejection for shape < 1 (`random_standard_gamma`,
/// and `legacy_standard_gamma` with the legacy normal and exponential).
fn standard_gamma_with(
    g: &mut BitGen,
    shape: f64,
    normal: fn(&mut BitGen) -> f64,
    exponential: fn(&mut BitGen) -> f64,
) -> f64 {
    if shape == 1.0 {
        return exponential(g);
    }
    if shape == 0.0 {
        return 0.0;
    }
    if shape < 1.0 {
        loop {
            let u = g.next_double();
            let v = exponential(g);
            if u <= 1.0 - shape {
                let x = u.powf(1.0 / shape);
                if x <= v {
                    return x;
                }
            } else {
                let y = -((1.0 - u) / shape).ln();
                let x = (1.0 - shape + shape * y).powf(1.0 / shape);
                if x <= v + y {
                    return x;
                }
            }
        }
    }
    let b = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * b).sqrt();
    loop {
        let (mut x, mut v);
        loop {
            x = normal(g);
            v = 1.0 + c * x;
            if v > 0.0 {
                break;
            }
        }
        v = v * v * v;
        let u = g.next_double();
        if u < 1.0 - 0.0331 * (x * x) * (x * x) {
            return b * v;
        }
        if u.ln() < 0.5 * x * x + b * (1.0 - v + v.ln()) {
            return b * v;
        }
    }
}

pub fn standard_gamma(g: &mut BitGen, shape: f64) -> f64 {
    standard_gamma_with(g, shape, standard_normal, standard_exponential)
}

/// `legacy_gauss`: polar Box–Muller, the second value cached on the generator.
pub fn legacy_gauss(g: &mut BitGen) -> f64 {
    if let Some(v) = g.gauss.take() {
        return v;
    }
    loop {
        let x1 = 2.0 * g.next_double() - 1.0;
        let x2 = 2.0 * g.next_double() - 1.0;
        let r2 = x1 * x1 + x2 * x2;
        if r2 >= 1.0 || r2 == 0.0 {
            continue;
        }
        let f = (-2.0 * r2.ln() / r2).sqrt();
        g.gauss = Some(f * x1);
        return f * x2;
    }
}

/// `legacy_standard_exponential`: `-log(1 - U)`.
pub fn legacy_standard_exponential(g: &mut BitGen) -> f64 {
    -(1.0 - g.next_double()).ln()
}

pub fn legacy_standard_gamma(g: &mut BitGen, shape: f64) -> f64 {
    standard_gamma_with(g, shape, legacy_gauss, legacy_standard_exponential)
}

/// `random_beta`: Johnk's algorithm when both parameters are <= 1, a ratio of gammas otherwise.
pub fn beta(g: &mut BitGen, a: f64, b: f64) -> f64 {
    if a <= 1.0 && b <= 1.0 {
        if a < 3e-103 && b < 3e-103 {
            let u = g.next_double();
            return if (a + b) * u < a { 1.0 } else { 0.0 };
        }
        loop {
            let u = g.next_double();
            let v = g.next_double();
            let x = u.powf(1.0 / a);
            let y = v.powf(1.0 / b);
            let xpy = x + y;
            if xpy <= 1.0 && u + v > 0.0 {
                if x > 0.0 && y > 0.0 {
                    return x / xpy;
                }
                let log_x = u.ln() / a;
                let log_y = v.ln() / b;
                let delta = log_x - log_y;
                return if delta > 0.0 {
                    (-(-delta).exp().ln_1p()).exp()
                } else {
                    (delta - delta.exp().ln_1p()).exp()
                };
            }
        }
    }
    let ga = standard_gamma(g, a);
    let gb = standard_gamma(g, b);
    ga / (ga + gb)
}

/// `legacy_beta` (NumPy 1.16's Johnk variant).
pub fn legacy_beta(g: &mut BitGen, a: f64, b: f64) -> f64 {
    if a <= 1.0 && b <= 1.0 {
        loop {
            let u = g.next_double();
            let v = g.next_double();
            let x = u.powf(1.0 / a);
            let y = v.powf(1.0 / b);
            if x + y <= 1.0 {
                if x + y > 0.0 {
                    return x / (x + y);
                }
                let mut log_x = u.ln() / a;
                let mut log_y = v.ln() / b;
                let log_m = if log_x > log_y { log_x } else { log_y };
                log_x -= log_m;
                log_y -= log_m;
                return (log_x - (log_x.exp() + log_y.exp()).ln()).exp();
            }
        }
    }
    let ga = legacy_standard_gamma(g, a);
    let gb = legacy_standard_gamma(g, b);
    ga / (ga + gb)
}

/// `random_poisson` (shared by both APIs): multiplication for lam < 10, Hörmann's PTRS otherwise.
pub fn poisson(g: &mut BitGen, lam: f64) -> i64 {
    if lam >= 10.0 {
        poisson_ptrs(g, lam)
    } else if lam == 0.0 {
        0
    } else {
        let enlam = (-lam).exp();
        let mut x = 0;
        let mut prod = 1.0;
        loop {
            prod *= g.next_double();
            if prod > enlam {
                x += 1;
            } else {
                return x;
            }
        }
    }
}

fn poisson_ptrs(g: &mut BitGen, lam: f64) -> i64 {
    let slam = lam.sqrt();
    let loglam = lam.ln();
    let b = 0.931 + 2.53 * slam;
    let a = -0.059 + 0.02483 * b;
    let invalpha = 1.1239 + 1.1328 / (b - 3.4);
    let vr = 0.9277 - 3.6224 / (b - 2.0);
    loop {
        let u = g.next_double() - 0.5;
        let v = g.next_double();
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + lam + 0.43).floor() as i64;
        if us >= 0.07 && v <= vr {
            return k;
        }
        if k < 0 || (us < 0.013 && v > us) {
            continue;
        }
        if v.ln() + invalpha.ln() - (a / (us * us) + b).ln()
            <= -lam + k as f64 * loglam - loggam(k as f64 + 1.0)
        {
            return k;
        }
    }
}

/// `random_loggam`: log-gamma from SPECFUN (Zhang & Jin).
pub fn loggam(x: f64) -> f64 {
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.410256410256410e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let n: i64 = if x < 7.0 { (7.0 - x) as i64 } else { 0 };
    let mut x0 = x + n as f64;
    let x2 = (1.0 / x0) * (1.0 / x0);
    let lg2pi = 1.8378770664093453e+00;
    let mut gl0 = A[9];
    for k in (0..9).rev() {
        gl0 *= x2;
        gl0 += A[k];
    }
    let mut gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * x0.ln() - x0;
    if x < 7.0 {
        for _ in 1..=n {
            gl -= (x0 - 1.0).ln();
            x0 -= 1.0;
        }
    }
    gl
}

/// `random_laplace`: inversion, redrawing U == 0.
pub fn laplace(g: &mut BitGen, loc: f64, scale: f64) -> f64 {
    loop {
        let u = g.next_double();
        if u >= 0.5 {
            return loc - scale * (2.0 - u - u).ln();
        } else if u > 0.0 {
            return loc + scale * (u + u).ln();
        }
    }
}

/// `random_gumbel`: redrawing U == 1 (after 1 - U).
pub fn gumbel(g: &mut BitGen, loc: f64, scale: f64) -> f64 {
    loop {
        let u = 1.0 - g.next_double();
        if u < 1.0 {
            return loc - scale * (-u.ln()).ln();
        }
    }
}

/// `random_logistic`: redrawing U == 0.
pub fn logistic(g: &mut BitGen, loc: f64, scale: f64) -> f64 {
    loop {
        let u = g.next_double();
        if u > 0.0 {
            return loc + scale * (u / (1.0 - u)).ln();
        }
    }
}

fn chisquare(g: &mut BitGen, df: f64) -> f64 {
    2.0 * standard_gamma(g, df / 2.0)
}

fn legacy_chisquare(g: &mut BitGen, df: f64) -> f64 {
    2.0 * legacy_standard_gamma(g, df / 2.0)
}

/// Binomial by inversion (n * min(p, q) <= 30). `legacy` computes q^n as `exp(n log q)` like NumPy 1.16.
fn binomial_inversion(g: &mut BitGen, n: i64, p: f64, legacy: bool) -> i64 {
    let q = 1.0 - p;
    let qn = if legacy {
        (n as f64 * q.ln()).exp()
    } else {
        (n as f64 * (-p).ln_1p()).exp()
    };
    let np = n as f64 * p;
    let bound = (n as f64).min(np + 10.0 * (np * q + 1.0).sqrt()) as i64;
    let mut x = 0;
    let mut px = qn;
    let mut u = g.next_double();
    while u > px {
        x += 1;
        if x > bound {
            x = 0;
            px = qn;
            u = g.next_double();
        } else {
            u -= px;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    x
}

/// Kachitvichyanukul & Schmeiser's BTPE (`random_binomial_btpe`), shared by both APIs.
fn binomial_btpe(g: &mut BitGen, n: i64, p: f64) -> i64 {
    let nf = n as f64;
    let r = p.min(1.0 - p);
    let q = 1.0 - r;
    let fm = nf * r + r;
    let m = fm.floor() as i64;
    let mf = m as f64;
    let p1 = (2.195 * (nf * r * q).sqrt() - 4.6 * q).floor() + 0.5;
    let xm = mf + 0.5;
    let xl = xm - p1;
    let xr = xm + p1;
    let c = 0.134 + 20.5 / (15.3 + mf);
    let a = (fm - xl) / (fm - xl * r);
    let laml = a * (1.0 + a / 2.0);
    let a = (xr - fm) / (xr * q);
    let lamr = a * (1.0 + a / 2.0);
    let p2 = p1 * (1.0 + 2.0 * c);
    let p3 = p2 + c / laml;
    let p4 = p3 + c / lamr;
    let stirling = |v: f64, v2: f64, k: f64| {
        (k - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.
    };
    let y = 'outer: loop {
        // Step 10.
        let nrq = nf * r * q;
        let u = g.next_double() * p4;
        let mut v = g.next_double();
        let y: i64;
        if u <= p1 {
            break 'outer (xm - p1 * v + u).floor() as i64;
        }
        if u <= p2 {
            // Step 20.
            let x = xl + (u - p1) / c;
            v = v * c + 1.0 - (mf - x + 0.5).abs() / p1;
            if v > 1.0 {
                continue;
            }
            y = x.floor() as i64;
        } else if u <= p3 {
            // Step 30.
            let yf = (xl + v.ln() / laml).floor();
            if yf < 0.0 || v == 0.0 {
                continue;
            }
            y = yf as i64;
            v = v * (u - p2) * laml;
        } else {
            // Step 40.
            let yf = (xr - v.ln() / lamr).floor();
            if yf > nf || v == 0.0 {
                continue;
            }
            y = yf as i64;
            v = v * (u - p3) * lamr;
        }
        // Step 50.
        let k = (y - m).abs();
        let kf = k as f64;
        if !(k > 20 && kf < nrq / 2.0 - 1.0) {
            let s = r / q;
            let a = s * (nf + 1.0);
            let mut f = 1.0;
            if m < y {
                for i in m + 1..=y {
                    f *= a / i as f64 - s;
                }
            } else if m > y {
                for i in y + 1..=m {
                    f /= a / i as f64 - s;
                }
            }
            if v > f {
                continue;
            }
            break y;
        }
        // Step 52.
        let rho = (kf / nrq) * ((kf * (kf / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        let t = -kf * kf / (2.0 * nrq);
        let big_a = v.ln();
        if big_a < t - rho {
            break y;
        }
        if big_a > t + rho {
            continue;
        }
        let x1 = y as f64 + 1.0;
        let f1 = mf + 1.0;
        let z = nf + 1.0 - mf;
        let w = nf - y as f64 + 1.0;
        let (x2, f2, z2, w2) = (x1 * x1, f1 * f1, z * z, w * w);
        let head = xm * (f1 / x1).ln()
            + (nf - mf + 0.5) * (z / w).ln()
            + (y - m) as f64 * (w * r / (x1 * q)).ln();
        // NumPy <= 2.4 (the reference) adds all four Stirling terms with 13680, in both APIs; NumPy 2.5 corrects
        // Generator's to 13860 with the last two subtracted and keeps this form for RandomState.
        let bound = head
            + stirling(f1, f2, 13680.)
            + stirling(z, z2, 13680.)
            + stirling(x1, x2, 13680.)
            + stirling(w, w2, 13680.);
        if big_a > bound {
            continue;
        }
        break y;
    };
    // Step 60: `p` here is already <= 0.5 (the caller flips), so this never fires; kept for fidelity.
    if p > 0.5 {
        n - y
    } else {
        y
    }
}

fn binomial_with(g: &mut BitGen, n: i64, p: f64, legacy: bool) -> i64 {
    let (pp, flip) = if p <= 0.5 {
        (p, false)
    } else {
        (1.0 - p, true)
    };
    let y = if pp * n as f64 <= 30.0 {
        binomial_inversion(g, n, pp, legacy)
    } else {
        binomial_btpe(g, n, pp)
    };
    if flip {
        n - y
    } else {
        y
    }
}

/// `random_binomial`: zero without drawing when n == 0 or p == 0.
pub fn binomial(g: &mut BitGen, n: i64, p: f64) -> i64 {
    if n == 0 || p == 0.0 {
        return 0;
    }
    binomial_with(g, n, p, false)
}

/// `legacy_random_binomial`: draws even when the answer is certain, as NumPy 1.16 did.
pub fn legacy_binomial(g: &mut BitGen, n: i64, p: f64) -> i64 {
    binomial_with(g, n, p, true)
}

/// `random_multinomial`: one row of counts, by successive conditional binomials. NumPy 2.4's RandomState uses
/// it too (with the `Generator` binomial, which draws nothing for n == 0 or p == 0).
pub fn multinomial(g: &mut BitGen, n: i64, pvals: &[f64]) -> Vec<i64> {
    let d = pvals.len();
    let mut out = vec![0i64; d];
    let mut remaining_p = 1.0;
    let mut dn = n;
    for j in 0..d.saturating_sub(1) {
        let p = pvals[j] / remaining_p;
        out[j] = binomial(g, dn, p);
        dn -= out[j];
        if dn <= 0 {
            break;
        }
        remaining_p -= pvals[j];
    }
    if dn > 0 && d > 0 {
        out[d - 1] = dn;
    }
    out
}

pub type ContFn = fn(&mut BitGen, &[f64]) -> f64;
pub type DiscFn = fn(&mut BitGen, &[f64]) -> i64;

/// Continuous distributions by name: (name, number of parameters, draw).
pub const CONTINUOUS: &[(&str, usize, ContFn)] = &[
    ("random", 0, |g, _| g.next_double()),
    ("uniform", 2, |g, p| p[0] + p[1] * g.next_double()),
    ("standard_normal", 0, |g, _| standard_normal(g)),
    ("normal", 2, |g, p| p[0] + p[1] * standard_normal(g)),
    ("standard_exponential", 0, |g, _| standard_exponential(g)),
    // `standard_exponential(method='inv')`.
    ("standard_exponential_inv", 0, |g, _| {
        -(-g.next_double()).ln_1p()
    }),
    ("exponential", 1, |g, p| p[0] * standard_exponential(g)),
    ("standard_gamma", 1, |g, p| standard_gamma(g, p[0])),
    ("gamma", 2, |g, p| p[1] * standard_gamma(g, p[0])),
    ("beta", 2, |g, p| beta(g, p[0], p[1])),
    ("chisquare", 1, |g, p| chisquare(g, p[0])),
    ("f", 2, |g, p| {
        let num = chisquare(g, p[0]) * p[1];
        num / (chisquare(g, p[1]) * p[0])
    }),
    ("standard_cauchy", 0, |g, _| {
        let num = standard_normal(g);
        num / standard_normal(g)
    }),
    ("standard_t", 1, |g, p| {
        let num = standard_normal(g);
        let denom = standard_gamma(g, p[0] / 2.0);
        (p[0] / 2.0).sqrt() * num / denom.sqrt()
    }),
    ("pareto", 1, |g, p| {
        (standard_exponential(g) / p[0]).exp_m1()
    }),
    ("weibull", 1, |g, p| {
        if p[0] == 0.0 {
            0.0
        } else {
            standard_exponential(g).powf(1.0 / p[0])
        }
    }),
    ("power", 1, |g, p| {
        (-(-standard_exponential(g)).exp_m1()).powf(1.0 / p[0])
    }),
    ("rayleigh", 1, |g, p| {
        p[0] * (2.0 * standard_exponential(g)).sqrt()
    }),
    ("laplace", 2, |g, p| laplace(g, p[0], p[1])),
    ("gumbel", 2, |g, p| gumbel(g, p[0], p[1])),
    ("logistic", 2, |g, p| logistic(g, p[0], p[1])),
    ("lognormal", 2, |g, p| {
        (p[0] + p[1] * standard_normal(g)).exp()
    }),
    ("legacy_gauss", 0, |g, _| legacy_gauss(g)),
    ("legacy_normal", 2, |g, p| p[0] + p[1] * legacy_gauss(g)),
    ("legacy_standard_exponential", 0, |g, _| {
        legacy_standard_exponential(g)
    }),
    ("legacy_exponential", 1, |g, p| {
        p[0] * legacy_standard_exponential(g)
    }),
    ("legacy_standard_gamma", 1, |g, p| {
        legacy_standard_gamma(g, p[0])
    }),
    ("legacy_gamma", 2, |g, p| {
        p[1] * legacy_standard_gamma(g, p[0])
    }),
    ("legacy_beta", 2, |g, p| legacy_beta(g, p[0], p[1])),
    ("legacy_chisquare", 1, |g, p| legacy_chisquare(g, p[0])),
    ("legacy_f", 2, |g, p| {
        let num = legacy_chisquare(g, p[0]) * p[1];
        num / (legacy_chisquare(g, p[1]) * p[0])
    }),
    ("legacy_standard_cauchy", 0, |g, _| {
        let num = legacy_gauss(g);
        num / legacy_gauss(g)
    }),
    ("legacy_standard_t", 1, |g, p| {
        let num = legacy_gauss(g);
        let denom = legacy_standard_gamma(g, p[0] / 2.0);
        (p[0] / 2.0).sqrt() * num / denom.sqrt()
    }),
    ("legacy_pareto", 1, |g, p| {
        (legacy_standard_exponential(g) / p[0]).exp() - 1.0
    }),
    ("legacy_weibull", 1, |g, p| {
        if p[0] == 0.0 {
            0.0
        } else {
            legacy_standard_exponential(g).powf(1.0 / p[0])
        }
    }),
    ("legacy_power", 1, |g, p| {
        (1.0 - (-legacy_standard_exponential(g)).exp()).powf(1.0 / p[0])
    }),
    ("legacy_rayleigh", 1, |g, p| {
        p[0] * (-2.0 * (-g.next_double()).ln_1p()).sqrt()
    }),
    ("legacy_laplace", 2, |g, p| laplace(g, p[0], p[1])),
    ("legacy_gumbel", 2, |g, p| gumbel(g, p[0], p[1])),
    ("legacy_logistic", 2, |g, p| logistic(g, p[0], p[1])),
    ("legacy_lognormal", 2, |g, p| {
        (p[0] + p[1] * legacy_gauss(g)).exp()
    }),
];

/// Discrete distributions by name; integer parameters arrive as exact f64 (NumPy's int64 fits below 2^53 here).
pub const DISCRETE: &[(&str, usize, DiscFn)] = &[
    ("binomial", 2, |g, p| binomial(g, p[0] as i64, p[1])),
    ("legacy_binomial", 2, |g, p| {
        legacy_binomial(g, p[0] as i64, p[1])
    }),
    ("poisson", 1, |g, p| poisson(g, p[0])),
];

/// Single-precision draws by name (`Generator` methods with `dtype=np.float32`).
pub const FLOAT32: &[(&str, fn(&mut BitGen) -> f32)] = &[
    ("random", |g| g.next_float()),
    ("standard_normal", standard_normal_f),
    ("standard_exponential", standard_exponential_f),
    ("standard_exponential_inv", |g| -(-g.next_float()).ln_1p()),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tensor::random::numpy_bitgen::{
        bounded, choice_without_replace, shuffle_permutation, SmallBuf,
    };
    use crate::tensor::random::seed_sequence::{generate_state, mix_entropy};

    /// `np.random.seed(0)`.
    fn legacy() -> BitGen {
        BitGen::mt19937_word(0)
    }

    /// `np.random.default_rng(0)`.
    fn pcg() -> BitGen {
        let w = generate_state(&mix_entropy(&[0], 4), 8);
        let u = |k: usize| w[2 * k] as u64 | (w[2 * k + 1] as u64) << 32;
        BitGen::pcg64([u(0), u(1), u(2), u(3)])
    }

    /// 1000 draws: the last one bit for bit, and the sum (NumPy sums pairwise, so compare closely, not exactly).
    fn check(name: &str, v: Vec<f64>, last: f64, sum: f64) {
        assert_eq!(v.len(), 1000);
        assert_eq!(
            v[999].to_bits(),
            last.to_bits(),
            "{name}: last {} vs {last}",
            v[999]
        );
        let s: f64 = v.iter().sum();
        assert!(
            (s - sum).abs() <= 1e-9 * sum.abs().max(1.0),
            "{name}: sum {s} vs {sum}"
        );
    }

    fn run(mut g: BitGen, f: impl Fn(&mut BitGen) -> f64) -> Vec<f64> {
        (0..1000).map(|_| f(&mut g)).collect()
    }

    // Reference values: NumPy 2.4.6, e.g. `np.random.seed(0); a = np.random.standard_normal(1000); a[-1], a.sum()`.
    #[test]
    fn legacy_streams() {
        check(
            "gauss",
            run(legacy(), legacy_gauss),
            -0.35811407547985674,
            -45.25670749019538,
        );
        check(
            "exp",
            run(legacy(), legacy_standard_exponential),
            1.1305400299356234,
            1003.540208760709,
        );
        check(
            "gamma",
            run(legacy(), |g| legacy_standard_gamma(g, 2.5)),
            1.6774052218837294,
            2465.978051696806,
        );
        check(
            "gamma<1",
            run(legacy(), |g| legacy_standard_gamma(g, 0.3)),
            0.4531842862759827,
            316.0178851135622,
        );
        check(
            "beta",
            run(legacy(), |g| legacy_beta(g, 0.5, 0.7)),
            0.016166683160007602,
            415.49671819431626,
        );
        check(
            "binomial",
            run(legacy(), |g| legacy_binomial(g, 1000, 0.3) as f64),
            316.0,
            300370.0,
        );
        check(
            "binomial inv",
            run(legacy(), |g| legacy_binomial(g, 20, 0.6) as f64),
            11.0,
            12014.0,
        );
        check(
            "poisson",
            run(legacy(), |g| poisson(g, 40.0) as f64),
            48.0,
            40135.0,
        );
        let mut g = legacy();
        let p = shuffle_permutation(&mut g, 1000);
        assert_eq!(p[999], 684);
    }

    #[test]
    fn generator_streams() {
        check(
            "normal",
            run(pcg(), standard_normal),
            -0.22997115548100328,
            -48.02827676298692,
        );
        check(
            "normal f32",
            run(pcg(), |g| standard_normal_f(g) as f64),
            -0.2856717109680176,
            10.678553459409159,
        );
        check(
            "exp",
            run(pcg(), standard_exponential),
            1.5069626639257818,
            1022.0494130646559,
        );
        check(
            "gamma",
            run(pcg(), |g| standard_gamma(g, 2.5)),
            1.5979607079948743,
            2508.694111251254,
        );
        check(
            "beta",
            run(pcg(), |g| beta(g, 0.5, 0.7)),
            0.8323724968552051,
            421.9617982476095,
        );
        check(
            "binomial",
            run(pcg(), |g| binomial(g, 1000, 0.3) as f64),
            313.0,
            300428.0,
        );
        check(
            "binomial inv",
            run(pcg(), |g| binomial(g, 20, 0.6) as f64),
            13.0,
            11911.0,
        );
        check(
            "poisson",
            run(pcg(), |g| poisson(g, 40.0) as f64),
            37.0,
            40035.0,
        );
        check(
            "poisson<10",
            run(pcg(), |g| poisson(g, 3.0) as f64),
            3.0,
            3015.0,
        );
        let ints = |rng: u64, bits: u32| {
            let mut g = pcg();
            let mut b = SmallBuf::default();
            run_ints(&mut g, |g| bounded(g, bits, 0, rng, false, &mut b) as f64)
        };
        check("integers", ints(999, 64), 843.0, 515458.0);
        check(
            "integers 2^40",
            ints((1 << 40) - 1, 64),
            417823100994.0,
            568344529395481.0,
        );
        check("integers uint8", ints(99, 8), 91.0, 48389.0);
        let mut g = pcg();
        let c = choice_without_replace(&mut g, 100000, 1000, true);
        assert_eq!((c[999], c.iter().sum::<i64>()), (84002, 51475449));
        let mut g = pcg();
        let c = choice_without_replace(&mut g, 1000, 100, true);
        assert_eq!((c[99], c.iter().sum::<i64>()), (379, 51076));
    }

    // rng = np.random.default_rng(0); a = rng.standard_exponential(1000, dtype=np.float32)
    const EXP_F32_LAST: f64 = 0.30751219391822815;
    const EXP_F32_SUM: f64 = 1022.6259723804833;

    #[test]
    fn generator_float32_exponential_stream() {
        let mut g = pcg();
        let v: Vec<f64> = (0..1000)
            .map(|_| standard_exponential_f(&mut g) as f64)
            .collect();
        check("standard_exponential float32", v, EXP_F32_LAST, EXP_F32_SUM);
    }

    fn run_ints(g: &mut BitGen, mut f: impl FnMut(&mut BitGen) -> f64) -> Vec<f64> {
        (0..1000).map(|_| f(g)).collect()
    }
}
