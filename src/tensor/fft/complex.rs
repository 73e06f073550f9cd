//! Complex FFTs as pocketfft computes them: FFTPACK-style passes for factors 2, 3, 4, 5, 7, 8, 11 and a generic
//! odd factor, and Bluestein's algorithm for lengths with large prime factors.
//!
//! Every pass keeps pocketfft's order of operations (which sums come first, where twiddles multiply), because
//! NumPy users see the last bits: `np.fft.fft(np.arange(5))` prints the rounding noise of this exact arithmetic.

use super::twiddle::{factorize, good_size_cmplx, SinCos};
use super::Real;
use num_complex::Complex;

type C<T> = Complex<T>;

#[inline(always)]
fn add<T: Real>(a: C<T>, b: C<T>) -> C<T> {
    C::new(a.re + b.re, a.im + b.im)
}

#[inline(always)]
fn sub<T: Real>(a: C<T>, b: C<T>) -> C<T> {
    C::new(a.re - b.re, a.im - b.im)
}

#[inline(always)]
pub(super) fn scale<T: Real>(a: C<T>, s: T) -> C<T> {
    C::new(a.re * s, a.im * s)
}

/// `v * w` going backward, `v * conj(w)` going forward (pocketfft's `special_mul`).
#[inline(always)]
fn twiddle<const FWD: bool, T: Real>(v: C<T>, w: C<T>) -> C<T> {
    if FWD {
        C::new(v.re * w.re + v.im * w.im, v.im * w.re - v.re * w.im)
    } else {
        C::new(v.re * w.re - v.im * w.im, v.re * w.im + v.im * w.re)
    }
}

/// Multiplication by `-i` going forward, `+i` going backward.
#[inline(always)]
fn rot90<const FWD: bool, T: Real>(a: C<T>) -> C<T> {
    if FWD {
        C::new(a.im, -a.re)
    } else {
        C::new(-a.im, a.re)
    }
}

fn rot45<const FWD: bool, T: Real>(a: C<T>) -> C<T> {
    let h = T::from_f64(std::f64::consts::FRAC_1_SQRT_2);
    if FWD {
        C::new(h * (a.re + a.im), h * (a.im - a.re))
    } else {
        C::new(h * (a.re - a.im), h * (a.im + a.re))
    }
}

fn rot135<const FWD: bool, T: Real>(a: C<T>) -> C<T> {
    let h = T::from_f64(std::f64::consts::FRAC_1_SQRT_2);
    if FWD {
        C::new(h * (a.im - a.re), h * (-a.re - a.im))
    } else {
        C::new(h * (-a.re - a.im), h * (a.re - a.im))
    }
}

/// `cos(2 pi m / p)` and `sin(2 pi m / p)` for m = 1..=(p-1)/2, as the decimal constants pocketfft hard-codes for
/// its odd factors 3, 5, 7 and 11.
fn odd_factor_roots(p: usize) -> &'static [(f64, f64)] {
    match p {
        3 => &[(-0.5, 0.8660254037844386467637231707529362)],
        5 => &[
            (
                0.3090169943749474241022934171828191,
                0.9510565162951535721164393333793821,
            ),
            (
                -0.8090169943749474241022934171828191,
                0.5877852522924731291687059546390728,
            ),
        ],
        7 => &[
            (
                0.6234898018587335305250048840042398,
                0.7818314824680298087084445266740578,
            ),
            (
                -0.2225209339563144042889025644967948,
                0.9749279121818236070181316829939312,
            ),
            (
                -0.9009688679024191262361023195074451,
                0.433883739117558120475768332848359,
            ),
        ],
        _ => &[
            (
                0.8412535328311811688618116489193677,
                0.5406408174555975821076359543186917,
            ),
            (
                0.4154150130018864255292741492296232,
                0.9096319953545183714117153830790285,
            ),
            (
                -0.1423148382732851404437926686163697,
                0.9898214418809327323760920377767188,
            ),
            (
                -0.6548607339452850640569250724662936,
                0.7557495743542582837740358439723444,
            ),
            (
                -0.9594929736144973898903680570663277,
                0.2817325568414296977114179153466169,
            ),
        ],
    }
}

struct Factor<T> {
    ip: usize,
    /// Twiddles `(ip-1) x (ido-1)`: `tw[(j-1)*(ido-1) + i-1]`.
    tw: Vec<C<T>>,
    /// The `ip`-th roots of unity, for the generic pass (factors above 11).
    roots: Vec<C<T>>,
}

/// A factor plan (pocketfft's `cfftp`).
pub struct FactorPlan<T> {
    len: usize,
    factors: Vec<Factor<T>>,
}

impl<T: Real> FactorPlan<T> {
    pub fn new(len: usize) -> FactorPlan<T> {
        let ips = factorize(len, &[8, 4]);
        let circle = SinCos::new(len.max(1));
        let at = |k: usize| {
            let w = circle.at(k);
            C::new(T::from_f64(w.re), T::from_f64(w.im))
        };
        let mut l1 = 1;
        let mut factors = Vec::with_capacity(ips.len());
        for ip in ips {
            let ido = len / (l1 * ip);
            let mut tw = Vec::with_capacity((ip - 1) * (ido - 1));
            for j in 1..ip {
                for i in 1..ido {
                    tw.push(at(j * l1 * i));
                }
            }
            let roots = if ip > 11 {
                (0..ip).map(|j| at(j * l1 * ido)).collect()
            } else {
                Vec::new()
            };
            factors.push(Factor { ip, tw, roots });
            l1 *= ip;
        }
        FactorPlan { len, factors }
    }

    pub fn exec(&self, c: &mut [C<T>], fct: T, forward: bool) {
        if forward {
            self.pass_all::<true>(c, fct)
        } else {
            self.pass_all::<false>(c, fct)
        }
    }

    fn pass_all<const FWD: bool>(&self, c: &mut [C<T>], fct: T) {
        let len = self.len;
        if len == 1 {
            c[0] = scale(c[0], fct);
            return;
        }
        let mut ch = vec![C::new(T::ZERO, T::ZERO); len];
        // Whether the latest result is in `c` (else in `ch`).
        let mut in_c = true;
        let mut l1 = 1;
        for f in &self.factors {
            let ido = len / (l1 * f.ip);
            let (src, dst): (&mut [C<T>], &mut [C<T>]) = if in_c {
                (&mut *c, &mut ch[..])
            } else {
                (&mut ch[..], &mut *c)
            };
            match f.ip {
                2 => pass2::<FWD, T>(ido, l1, src, dst, &f.tw),
                4 => pass4::<FWD, T>(ido, l1, src, dst, &f.tw),
                8 => pass8::<FWD, T>(ido, l1, src, dst, &f.tw),
                3 => pass_odd::<3, FWD, T>(ido, l1, src, dst, &f.tw),
                5 => pass_odd::<5, FWD, T>(ido, l1, src, dst, &f.tw),
                7 => pass_odd::<7, FWD, T>(ido, l1, src, dst, &f.tw),
                11 => pass_odd::<11, FWD, T>(ido, l1, src, dst, &f.tw),
                ip => {
                    // The generic pass leaves its result where its input was.
                    passg::<FWD, T>(ido, ip, l1, src, dst, &f.tw, &f.roots);
                    in_c = !in_c;
                }
            }
            in_c = !in_c;
            l1 *= f.ip;
        }
        super::settle(c, &ch, in_c, fct != T::from_f64(1.0), |v| scale(v, fct));
    }
}

fn pass2<const FWD: bool, T: Real>(
    ido: usize,
    l1: usize,
    cc: &[C<T>],
    ch: &mut [C<T>],
    wa: &[C<T>],
) {
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + 2 * c);
    for k in 0..l1 {
        for i in 0..ido {
            let (x, y) = (cc[cci(i, 0, k)], cc[cci(i, 1, k)]);
            ch[chi(i, k, 0)] = add(x, y);
            let d = sub(x, y);
            ch[chi(i, k, 1)] = if i == 0 {
                d
            } else {
                twiddle::<FWD, T>(d, wa[i - 1])
            };
        }
    }
}

fn pass4<const FWD: bool, T: Real>(
    ido: usize,
    l1: usize,
    cc: &[C<T>],
    ch: &mut [C<T>],
    wa: &[C<T>],
) {
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + 4 * c);
    let w = |x: usize, i: usize| wa[i - 1 + x * (ido - 1)];
    for k in 0..l1 {
        for i in 0..ido {
            let (c0, c1, c2, c3) = (
                cc[cci(i, 0, k)],
                cc[cci(i, 1, k)],
                cc[cci(i, 2, k)],
                cc[cci(i, 3, k)],
            );
            let (t2, t1) = (add(c0, c2), sub(c0, c2));
            let (t3, t4) = (add(c1, c3), sub(c1, c3));
            let t4 = rot90::<FWD, T>(t4);
            ch[chi(i, k, 0)] = add(t2, t3);
            let (y1, y2, y3) = (add(t1, t4), sub(t2, t3), sub(t1, t4));
            if i == 0 {
                ch[chi(0, k, 1)] = y1;
                ch[chi(0, k, 2)] = y2;
                ch[chi(0, k, 3)] = y3;
            } else {
                ch[chi(i, k, 1)] = twiddle::<FWD, T>(y1, w(0, i));
                ch[chi(i, k, 2)] = twiddle::<FWD, T>(y2, w(1, i));
                ch[chi(i, k, 3)] = twiddle::<FWD, T>(y3, w(2, i));
            }
        }
    }
}

fn pass8<const FWD: bool, T: Real>(
    ido: usize,
    l1: usize,
    cc: &[C<T>],
    ch: &mut [C<T>],
    wa: &[C<T>],
) {
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + 8 * c);
    for k in 0..l1 {
        for i in 0..ido {
            let x = |m: usize| cc[cci(i, m, k)];
            let (a1, a5) = (add(x(1), x(5)), sub(x(1), x(5)));
            let (a3, a7) = (add(x(3), x(7)), sub(x(3), x(7)));
            let (a1, a3) = (add(a1, a3), sub(a1, a3));
            let a3 = rot90::<FWD, T>(a3);
            let a7 = rot90::<FWD, T>(a7);
            let (a5, a7) = (add(a5, a7), sub(a5, a7));
            let a5 = rot45::<FWD, T>(a5);
            let a7 = rot135::<FWD, T>(a7);
            let (a0, a4) = (add(x(0), x(4)), sub(x(0), x(4)));
            let (a2, a6) = (add(x(2), x(6)), sub(x(2), x(6)));
            let (a0, a2) = (add(a0, a2), sub(a0, a2));
            let a6 = rot90::<FWD, T>(a6);
            let (a4, a6) = (add(a4, a6), sub(a4, a6));
            let outs = [
                add(a0, a1),
                add(a4, a5),
                add(a2, a3),
                add(a6, a7),
                sub(a0, a1),
                sub(a4, a5),
                sub(a2, a3),
                sub(a6, a7),
            ];
            for (m, y) in outs.into_iter().enumerate() {
                ch[chi(i, k, m)] = if i == 0 || m == 0 {
                    y
                } else {
                    twiddle::<FWD, T>(y, wa[i - 1 + (m - 1) * (ido - 1)])
                };
            }
        }
    }
}

/// The hard-coded odd factors 3, 5, 7 and 11: sums and differences of mirrored inputs, then one rotation per
/// output pair, each sum taken left to right as pocketfft's unrolled code does.
fn pass_odd<const P: usize, const FWD: bool, T: Real>(
    ido: usize,
    l1: usize,
    cc: &[C<T>],
    ch: &mut [C<T>],
    wa: &[C<T>],
) {
    let half = (P - 1) / 2;
    let roots = odd_factor_roots(P);
    let sign = if FWD { -1.0 } else { 1.0 };
    // coef[u][m]: (cos, signed sin) multiplying the m-th mirrored pair in output pair u.
    let mut coef = [[(T::ZERO, T::ZERO); 5]; 5];
    for u in 1..=half {
        for m in 1..=half {
            let idx = (u * m) % P;
            let (r, s) = if idx <= half {
                (roots[idx - 1].0, roots[idx - 1].1)
            } else {
                (roots[P - idx - 1].0, -roots[P - idx - 1].1)
            };
            coef[u - 1][m - 1] = (T::from_f64(r), T::from_f64(s * sign));
        }
    }
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + P * c);
    let mut plus = [C::new(T::ZERO, T::ZERO); 5];
    let mut minus = [C::new(T::ZERO, T::ZERO); 5];
    for k in 0..l1 {
        for i in 0..ido {
            let t0 = cc[cci(i, 0, k)];
            for m in 1..=half {
                let (a, b) = (cc[cci(i, m, k)], cc[cci(i, P - m, k)]);
                plus[m - 1] = add(a, b);
                minus[m - 1] = sub(a, b);
            }
            let mut sum = t0;
            for p in &plus[..half] {
                sum = add(sum, *p);
            }
            ch[chi(i, k, 0)] = sum;
            for u in 1..=half {
                let cf = &coef[u - 1];
                let (mut ar, mut ai) = (t0.re, t0.im);
                let (mut bi, mut br) = (cf[0].1 * minus[0].re, cf[0].1 * minus[0].im);
                ar = ar + cf[0].0 * plus[0].re;
                ai = ai + cf[0].0 * plus[0].im;
                for m in 1..half {
                    ar = ar + cf[m].0 * plus[m].re;
                    ai = ai + cf[m].0 * plus[m].im;
                    bi = bi + cf[m].1 * minus[m].re;
                    br = br + cf[m].1 * minus[m].im;
                }
                let (ca, cb) = (C::new(ar, ai), C::new(-br, bi));
                let (y1, y2) = (add(ca, cb), sub(ca, cb));
                if i == 0 {
                    ch[chi(0, k, u)] = y1;
                    ch[chi(0, k, P - u)] = y2;
                } else {
                    ch[chi(i, k, u)] = twiddle::<FWD, T>(y1, wa[i - 1 + (u - 1) * (ido - 1)]);
                    ch[chi(i, k, P - u)] =
                        twiddle::<FWD, T>(y2, wa[i - 1 + (P - u - 1) * (ido - 1)]);
                }
            }
        }
    }
}

/// Any other odd factor (pocketfft's `passg`); the result ends in `cc`.
fn passg<const FWD: bool, T: Real>(
    ido: usize,
    ip: usize,
    l1: usize,
    cc: &mut [C<T>],
    ch: &mut [C<T>],
    wa: &[C<T>],
    roots: &[C<T>],
) {
    let ipph = (ip + 1) / 2;
    let idl1 = ido * l1;
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + ip * c);
    let cxi = chi;
    let x2 = |a: usize, b: usize| a + idl1 * b;
    let wal: Vec<C<T>> = (0..ip)
        .map(|i| {
            if i == 0 {
                C::new(T::from_f64(1.0), T::ZERO)
            } else {
                C::new(roots[i].re, if FWD { -roots[i].im } else { roots[i].im })
            }
        })
        .collect();

    for k in 0..l1 {
        for i in 0..ido {
            ch[chi(i, k, 0)] = cc[cci(i, 0, k)];
        }
    }
    for (j, jc) in (1..ipph).zip((ipph..ip).rev()) {
        for k in 0..l1 {
            for i in 0..ido {
                let (a, b) = (cc[cci(i, j, k)], cc[cci(i, jc, k)]);
                ch[chi(i, k, j)] = add(a, b);
                ch[chi(i, k, jc)] = sub(a, b);
            }
        }
    }
    for k in 0..l1 {
        for i in 0..ido {
            let mut tmp = ch[chi(i, k, 0)];
            for j in 1..ipph {
                tmp = add(tmp, ch[chi(i, k, j)]);
            }
            cc[cxi(i, k, 0)] = tmp;
        }
    }
    for (l, lc) in (1..ipph).zip((ipph..ip).rev()) {
        let (w1, w2) = (wal[l], wal[2 * l]);
        for ik in 0..idl1 {
            let (h0, h1, h2) = (ch[x2(ik, 0)], ch[x2(ik, 1)], ch[x2(ik, 2)]);
            let (hl1, hl2) = (ch[x2(ik, ip - 1)], ch[x2(ik, ip - 2)]);
            cc[x2(ik, l)] = C::new(
                h0.re + w1.re * h1.re + w2.re * h2.re,
                h0.im + w1.re * h1.im + w2.re * h2.im,
            );
            cc[x2(ik, lc)] = C::new(
                -w1.im * hl1.im - w2.im * hl2.im,
                w1.im * hl1.re + w2.im * hl2.re,
            );
        }
        let mut iwal = 2 * l;
        let (mut j, mut jc) = (3, ip - 3);
        while j + 1 < ipph {
            iwal += l;
            if iwal > ip {
                iwal -= ip;
            }
            let xw = wal[iwal];
            iwal += l;
            if iwal > ip {
                iwal -= ip;
            }
            let xw2 = wal[iwal];
            for ik in 0..idl1 {
                let (a, b) = (ch[x2(ik, j)], ch[x2(ik, j + 1)]);
                let (c, d) = (ch[x2(ik, jc)], ch[x2(ik, jc - 1)]);
                let o = &mut cc[x2(ik, l)];
                o.re = o.re + (a.re * xw.re + b.re * xw2.re);
                o.im = o.im + (a.im * xw.re + b.im * xw2.re);
                let o = &mut cc[x2(ik, lc)];
                o.re = o.re - (c.im * xw.im + d.im * xw2.im);
                o.im = o.im + (c.re * xw.im + d.re * xw2.im);
            }
            j += 2;
            jc -= 2;
        }
        while j < ipph {
            iwal += l;
            if iwal > ip {
                iwal -= ip;
            }
            let xw = wal[iwal];
            for ik in 0..idl1 {
                let (a, c) = (ch[x2(ik, j)], ch[x2(ik, jc)]);
                let o = &mut cc[x2(ik, l)];
                o.re = o.re + a.re * xw.re;
                o.im = o.im + a.im * xw.re;
                let o = &mut cc[x2(ik, lc)];
                o.re = o.re - c.im * xw.im;
                o.im = o.im + c.re * xw.im;
            }
            j += 1;
            jc -= 1;
        }
    }

    // Shuffling and twiddling.
    for (j, jc) in (1..ipph).zip((ipph..ip).rev()) {
        for k in 0..l1 {
            for i in 0..ido {
                let (t1, t2) = (cc[cxi(i, k, j)], cc[cxi(i, k, jc)]);
                let (x1, y2) = (add(t1, t2), sub(t1, t2));
                if i == 0 {
                    cc[cxi(0, k, j)] = x1;
                    cc[cxi(0, k, jc)] = y2;
                } else {
                    cc[cxi(i, k, j)] = twiddle::<FWD, T>(x1, wa[(j - 1) * (ido - 1) + i - 1]);
                    cc[cxi(i, k, jc)] = twiddle::<FWD, T>(y2, wa[(jc - 1) * (ido - 1) + i - 1]);
                }
            }
        }
    }
}

/// Bluestein's algorithm: a length-n transform as a convolution of padded length `good_size(2n-1)`.
pub struct BluesteinPlan<T> {
    n: usize,
    n2: usize,
    plan: FactorPlan<T>,
    bk: Vec<C<T>>,
    bkf: Vec<C<T>>,
}

impl<T: Real> BluesteinPlan<T> {
    pub fn new(n: usize) -> BluesteinPlan<T> {
        let n2 = good_size_cmplx(n * 2 - 1);
        let plan = FactorPlan::new(n2);
        let circle = SinCos::new(2 * n);
        let mut bk = vec![C::new(T::ZERO, T::ZERO); n];
        bk[0] = C::new(T::from_f64(1.0), T::ZERO);
        let mut coeff = 0;
        for (m, b) in bk.iter_mut().enumerate().skip(1) {
            coeff += 2 * m - 1;
            if coeff >= 2 * n {
                coeff -= 2 * n;
            }
            let w = circle.at(coeff);
            *b = C::new(T::from_f64(w.re), T::from_f64(w.im));
        }
        let xn2 = T::from_f64(1.0) / T::from_usize(n2);
        let mut tbkf = vec![C::new(T::ZERO, T::ZERO); n2];
        tbkf[0] = scale(bk[0], xn2);
        for m in 1..n {
            tbkf[m] = scale(bk[m], xn2);
            tbkf[n2 - m] = tbkf[m];
        }
        plan.exec(&mut tbkf, T::from_f64(1.0), true);
        tbkf.truncate(n2 / 2 + 1);
        BluesteinPlan {
            n,
            n2,
            plan,
            bk,
            bkf: tbkf,
        }
    }

    pub fn exec(&self, c: &mut [C<T>], fct: T, forward: bool) {
        if forward {
            self.fft::<true>(c, fct)
        } else {
            self.fft::<false>(c, fct)
        }
    }

    fn fft<const FWD: bool>(&self, c: &mut [C<T>], fct: T) {
        let (n, n2) = (self.n, self.n2);
        let mut akf = vec![C::new(T::ZERO, T::ZERO); n2];
        for m in 0..n {
            akf[m] = twiddle::<FWD, T>(c[m], self.bk[m]);
        }
        // pocketfft pads with `akf[0] * 0`, which keeps the signs of zero (and NaN) of the first value.
        let zero = scale(akf[0], T::ZERO);
        for a in &mut akf[n..] {
            *a = zero;
        }
        self.plan.exec(&mut akf, T::from_f64(1.0), true);
        // The convolution multiplies by the transformed chirp, conjugated going forward.
        let conv = |a: C<T>, b: C<T>| {
            if FWD {
                twiddle::<false, T>(a, b)
            } else {
                twiddle::<true, T>(a, b)
            }
        };
        akf[0] = conv(akf[0], self.bkf[0]);
        for m in 1..(n2 + 1) / 2 {
            akf[m] = conv(akf[m], self.bkf[m]);
            akf[n2 - m] = conv(akf[n2 - m], self.bkf[m]);
        }
        if n2 & 1 == 0 {
            akf[n2 / 2] = conv(akf[n2 / 2], self.bkf[n2 / 2]);
        }
        self.plan.exec(&mut akf, T::from_f64(1.0), false);
        for m in 0..n {
            c[m] = scale(twiddle::<FWD, T>(akf[m], self.bk[m]), fct);
        }
    }

    /// A real transform through the complex one, in FFTPACK's halfcomplex order (pocketfft's `exec_r`).
    pub fn exec_real(&self, c: &mut [T], fct: T, forward: bool) {
        let n = self.n;
        let mut tmp = vec![C::new(T::ZERO, T::ZERO); n];
        if forward {
            let zero = T::ZERO * c[0];
            for (t, v) in tmp.iter_mut().zip(c.iter()) {
                *t = C::new(*v, zero);
            }
            self.fft::<true>(&mut tmp, fct);
            c[0] = tmp[0].re;
            for (k, v) in c[1..].iter_mut().enumerate() {
                let z = tmp[1 + k / 2];
                *v = if k % 2 == 0 { z.re } else { z.im };
            }
        } else {
            tmp[0] = C::new(c[0], c[0] * T::ZERO);
            for (k, v) in c[1..].iter().enumerate() {
                let z = &mut tmp[1 + k / 2];
                if k % 2 == 0 {
                    z.re = *v;
                } else {
                    z.im = *v;
                }
            }
            if n & 1 == 0 {
                tmp[n / 2].im = T::ZERO * c[0];
            }
            let mut m = 1;
            while 2 * m < n {
                tmp[n - m] = C::new(tmp[m].re, -tmp[m].im);
                m += 1;
            }
            self.fft::<false>(&mut tmp, fct);
            for (v, t) in c.iter_mut().zip(&tmp) {
                *v = t.re;
            }
        }
    }
}
