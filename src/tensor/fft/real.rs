//! Real FFTs as pocketfft computes them (FFTPACK's `rfftp`): forward passes `radf*` turn n reals into the
//! halfcomplex layout `r0, r1, i1, r2, i2, ...`, backward passes `radb*` undo it; factors 2, 3, 4, 5 are unrolled
//! and any other factor goes through the generic pass. The order of every sum follows pocketfft's.

use super::twiddle::{factorize, SinCos};
use super::Real;

const TAUI: f64 = 0.8660254037844386467637231707529362;
const HSQT2: f64 = 0.707106781186547524400844362104849;
const SQRT2: f64 = 1.414213562373095048801688724209698;
const TR11: f64 = 0.3090169943749474241022934171828191;
const TI11: f64 = 0.9510565162951535721164393333793821;
const TR12: f64 = -0.8090169943749474241022934171828191;
const TI12: f64 = 0.5877852522924731291687059546390728;

/// `(a, b) = conj(c + i d) * (e + i f)`, pocketfft's `MULPM`.
#[inline(always)]
fn mulpm<T: Real>(c: T, d: T, e: T, f: T) -> (T, T) {
    (c * e + d * f, c * f - d * e)
}

struct Factor<T> {
    ip: usize,
    tw: Vec<T>,
    /// cos/sin pairs of the `ip`-th roots of unity, for the generic passes (factors above 5).
    roots: Vec<T>,
}

/// A real factor plan (pocketfft's `rfftp`).
pub struct RealPlan<T> {
    len: usize,
    factors: Vec<Factor<T>>,
}

impl<T: Real> RealPlan<T> {
    pub fn new(len: usize) -> RealPlan<T> {
        let ips = factorize(len, &[4]);
        let circle = SinCos::new(len.max(1));
        let nf = ips.len();
        let mut l1 = 1;
        let mut factors = Vec::with_capacity(nf);
        for (k, &ip) in ips.iter().enumerate() {
            let ido = len / (l1 * ip);
            let mut tw = Vec::new();
            if k + 1 < nf {
                tw = vec![T::ZERO; (ip - 1) * (ido - 1)];
                for j in 1..ip {
                    for i in 1..=(ido - 1) / 2 {
                        let w = circle.at(j * l1 * i);
                        tw[(j - 1) * (ido - 1) + 2 * i - 2] = T::from_f64(w.re);
                        tw[(j - 1) * (ido - 1) + 2 * i - 1] = T::from_f64(w.im);
                    }
                }
            }
            let mut roots = Vec::new();
            if ip > 5 {
                roots = vec![T::ZERO; 2 * ip];
                roots[0] = T::from_f64(1.0);
                let (mut i, mut ic) = (2, 2 * ip - 2);
                while i <= ic {
                    let w = circle.at(i / 2 * (len / ip));
                    roots[i] = T::from_f64(w.re);
                    roots[i + 1] = T::from_f64(w.im);
                    roots[ic] = T::from_f64(w.re);
                    roots[ic + 1] = -T::from_f64(w.im);
                    i += 2;
                    ic -= 2;
                }
            }
            factors.push(Factor { ip, tw, roots });
            l1 *= ip;
        }
        RealPlan { len, factors }
    }

    /// Forward (`r2hc`): reals to halfcomplex; backward: halfcomplex to reals. Scaled by `fct` at the end.
    pub fn exec(&self, c: &mut [T], fct: T, r2hc: bool) {
        let len = self.len;
        if len == 1 {
            c[0] = c[0] * fct;
            return;
        }
        let mut ch = vec![T::ZERO; len];
        let mut in_c = true;
        if r2hc {
            let mut l1 = len;
            for f in self.factors.iter().rev() {
                let ido = len / l1;
                l1 /= f.ip;
                let (src, dst): (&mut [T], &mut [T]) = if in_c {
                    (&mut *c, &mut ch[..])
                } else {
                    (&mut ch[..], &mut *c)
                };
                match f.ip {
                    2 => radf2(ido, l1, src, dst, &f.tw),
                    3 => radf3(ido, l1, src, dst, &f.tw),
                    4 => radf4(ido, l1, src, dst, &f.tw),
                    5 => radf5(ido, l1, src, dst, &f.tw),
                    ip => {
                        // The generic pass leaves its result where its input was.
                        radfg(ido, ip, l1, src, dst, &f.tw, &f.roots);
                        in_c = !in_c;
                    }
                }
                in_c = !in_c;
            }
        } else {
            let mut l1 = 1;
            for f in &self.factors {
                let ido = len / (f.ip * l1);
                let (src, dst): (&mut [T], &mut [T]) = if in_c {
                    (&mut *c, &mut ch[..])
                } else {
                    (&mut ch[..], &mut *c)
                };
                match f.ip {
                    2 => radb2(ido, l1, src, dst, &f.tw),
                    3 => radb3(ido, l1, src, dst, &f.tw),
                    4 => radb4(ido, l1, src, dst, &f.tw),
                    5 => radb5(ido, l1, src, dst, &f.tw),
                    ip => radbg(ido, ip, l1, src, dst, &f.tw, &f.roots),
                }
                in_c = !in_c;
                l1 *= f.ip;
            }
        }
        super::settle(c, &ch, in_c, fct != T::from_f64(1.0), |v| v * fct);
    }
}

fn radf2<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + 2 * c);
    for k in 0..l1 {
        let (a, b) = (cc[cci(0, k, 0)], cc[cci(0, k, 1)]);
        ch[chi(0, 0, k)] = a + b;
        ch[chi(ido - 1, 1, k)] = a - b;
    }
    if ido & 1 == 0 {
        for k in 0..l1 {
            ch[chi(0, 1, k)] = -cc[cci(ido - 1, k, 1)];
            ch[chi(ido - 1, 0, k)] = cc[cci(ido - 1, k, 0)];
        }
    }
    if ido <= 2 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let (tr2, ti2) = mulpm(wa[i - 2], wa[i - 1], cc[cci(i - 1, k, 1)], cc[cci(i, k, 1)]);
            let (r, im) = (cc[cci(i - 1, k, 0)], cc[cci(i, k, 0)]);
            ch[chi(i - 1, 0, k)] = r + tr2;
            ch[chi(ic - 1, 1, k)] = r - tr2;
            ch[chi(i, 0, k)] = ti2 + im;
            ch[chi(ic, 1, k)] = ti2 - im;
        }
    }
}

fn radf3<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let (taur, taui) = (T::from_f64(-0.5), T::from_f64(TAUI));
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + 3 * c);
    let w = |x: usize, i: usize| wa[i + x * (ido - 1)];
    for k in 0..l1 {
        let cr2 = cc[cci(0, k, 1)] + cc[cci(0, k, 2)];
        ch[chi(0, 0, k)] = cc[cci(0, k, 0)] + cr2;
        ch[chi(0, 2, k)] = taui * (cc[cci(0, k, 2)] - cc[cci(0, k, 1)]);
        ch[chi(ido - 1, 1, k)] = cc[cci(0, k, 0)] + taur * cr2;
    }
    if ido == 1 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let (dr2, di2) = mulpm(
                w(0, i - 2),
                w(0, i - 1),
                cc[cci(i - 1, k, 1)],
                cc[cci(i, k, 1)],
            );
            let (dr3, di3) = mulpm(
                w(1, i - 2),
                w(1, i - 1),
                cc[cci(i - 1, k, 2)],
                cc[cci(i, k, 2)],
            );
            let (dr2, di2, dr3, di3) = (dr2 + dr3, di2 + di3, di2 - di3, dr3 - dr2);
            let (r0, i0) = (cc[cci(i - 1, k, 0)], cc[cci(i, k, 0)]);
            ch[chi(i - 1, 0, k)] = r0 + dr2;
            ch[chi(i, 0, k)] = i0 + di2;
            let (tr2, ti2) = (r0 + taur * dr2, i0 + taur * di2);
            let (tr3, ti3) = (taui * dr3, taui * di3);
            ch[chi(i - 1, 2, k)] = tr2 + tr3;
            ch[chi(ic - 1, 1, k)] = tr2 - tr3;
            ch[chi(i, 2, k)] = ti3 + ti2;
            ch[chi(ic, 1, k)] = ti3 - ti2;
        }
    }
}

fn radf4<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let hsqt2 = T::from_f64(HSQT2);
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + 4 * c);
    let w = |x: usize, i: usize| wa[i + x * (ido - 1)];
    for k in 0..l1 {
        let (c0, c1, c2, c3) = (
            cc[cci(0, k, 0)],
            cc[cci(0, k, 1)],
            cc[cci(0, k, 2)],
            cc[cci(0, k, 3)],
        );
        let tr1 = c3 + c1;
        ch[chi(0, 2, k)] = c3 - c1;
        let tr2 = c0 + c2;
        ch[chi(ido - 1, 1, k)] = c0 - c2;
        ch[chi(0, 0, k)] = tr2 + tr1;
        ch[chi(ido - 1, 3, k)] = tr2 - tr1;
    }
    if ido & 1 == 0 {
        for k in 0..l1 {
            let (c0, c1, c2, c3) = (
                cc[cci(ido - 1, k, 0)],
                cc[cci(ido - 1, k, 1)],
                cc[cci(ido - 1, k, 2)],
                cc[cci(ido - 1, k, 3)],
            );
            let ti1 = -hsqt2 * (c1 + c3);
            let tr1 = hsqt2 * (c1 - c3);
            ch[chi(ido - 1, 0, k)] = c0 + tr1;
            ch[chi(ido - 1, 2, k)] = c0 - tr1;
            ch[chi(0, 3, k)] = ti1 + c2;
            ch[chi(0, 1, k)] = ti1 - c2;
        }
    }
    if ido <= 2 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let (cr2, ci2) = mulpm(
                w(0, i - 2),
                w(0, i - 1),
                cc[cci(i - 1, k, 1)],
                cc[cci(i, k, 1)],
            );
            let (cr3, ci3) = mulpm(
                w(1, i - 2),
                w(1, i - 1),
                cc[cci(i - 1, k, 2)],
                cc[cci(i, k, 2)],
            );
            let (cr4, ci4) = mulpm(
                w(2, i - 2),
                w(2, i - 1),
                cc[cci(i - 1, k, 3)],
                cc[cci(i, k, 3)],
            );
            let (tr1, tr4) = (cr4 + cr2, cr4 - cr2);
            let (ti1, ti4) = (ci2 + ci4, ci2 - ci4);
            let (r0, i0) = (cc[cci(i - 1, k, 0)], cc[cci(i, k, 0)]);
            let (tr2, tr3) = (r0 + cr3, r0 - cr3);
            let (ti2, ti3) = (i0 + ci3, i0 - ci3);
            ch[chi(i - 1, 0, k)] = tr2 + tr1;
            ch[chi(ic - 1, 3, k)] = tr2 - tr1;
            ch[chi(i, 0, k)] = ti1 + ti2;
            ch[chi(ic, 3, k)] = ti1 - ti2;
            ch[chi(i - 1, 2, k)] = tr3 + ti4;
            ch[chi(ic - 1, 1, k)] = tr3 - ti4;
            ch[chi(i, 2, k)] = tr4 + ti3;
            ch[chi(ic, 1, k)] = tr4 - ti3;
        }
    }
}

fn radf5<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let (tr11, ti11, tr12, ti12) = (
        T::from_f64(TR11),
        T::from_f64(TI11),
        T::from_f64(TR12),
        T::from_f64(TI12),
    );
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + 5 * c);
    let w = |x: usize, i: usize| wa[i + x * (ido - 1)];
    for k in 0..l1 {
        let x = |m: usize| cc[cci(0, k, m)];
        let (cr2, ci5) = (x(4) + x(1), x(4) - x(1));
        let (cr3, ci4) = (x(3) + x(2), x(3) - x(2));
        ch[chi(0, 0, k)] = x(0) + cr2 + cr3;
        ch[chi(ido - 1, 1, k)] = x(0) + tr11 * cr2 + tr12 * cr3;
        ch[chi(0, 2, k)] = ti11 * ci5 + ti12 * ci4;
        ch[chi(ido - 1, 3, k)] = x(0) + tr12 * cr2 + tr11 * cr3;
        ch[chi(0, 4, k)] = ti12 * ci5 - ti11 * ci4;
    }
    if ido == 1 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let d = |m: usize| {
                mulpm(
                    w(m - 1, i - 2),
                    w(m - 1, i - 1),
                    cc[cci(i - 1, k, m)],
                    cc[cci(i, k, m)],
                )
            };
            let ((dr2, di2), (dr3, di3), (dr4, di4), (dr5, di5)) = (d(1), d(2), d(3), d(4));
            let (dr2, di2, dr5, di5) = (dr2 + dr5, di2 + di5, di2 - di5, dr5 - dr2);
            let (dr3, di3, dr4, di4) = (dr3 + dr4, di3 + di4, di3 - di4, dr4 - dr3);
            let (r0, i0) = (cc[cci(i - 1, k, 0)], cc[cci(i, k, 0)]);
            ch[chi(i - 1, 0, k)] = r0 + dr2 + dr3;
            ch[chi(i, 0, k)] = i0 + di2 + di3;
            let tr2 = r0 + tr11 * dr2 + tr12 * dr3;
            let ti2 = i0 + tr11 * di2 + tr12 * di3;
            let tr3 = r0 + tr12 * dr2 + tr11 * dr3;
            let ti3 = i0 + tr12 * di2 + tr11 * di3;
            let tr5 = ti11 * dr5 + ti12 * dr4;
            let ti5 = ti11 * di5 + ti12 * di4;
            let tr4 = ti12 * dr5 - ti11 * dr4;
            let ti4 = ti12 * di5 - ti11 * di4;
            ch[chi(i - 1, 2, k)] = tr2 + tr5;
            ch[chi(ic - 1, 1, k)] = tr2 - tr5;
            ch[chi(i, 2, k)] = ti5 + ti2;
            ch[chi(ic, 1, k)] = ti5 - ti2;
            ch[chi(i - 1, 4, k)] = tr3 + tr4;
            ch[chi(ic - 1, 3, k)] = tr3 - tr4;
            ch[chi(i, 4, k)] = ti4 + ti3;
            ch[chi(ic, 3, k)] = ti4 - ti3;
        }
    }
}

/// The generic forward pass; the result ends in `cc`.
fn radfg<T: Real>(
    ido: usize,
    ip: usize,
    l1: usize,
    cc: &mut [T],
    ch: &mut [T],
    wa: &[T],
    csarr: &[T],
) {
    let ipph = (ip + 1) / 2;
    let idl1 = ido * l1;
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + ip * c);
    let c1 = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let chi = c1;
    let x2 = |a: usize, b: usize| a + idl1 * b;
    let pairs = || (1..ipph).zip((ipph..ip).rev());

    if ido > 1 {
        for (j, jc) in pairs() {
            let (is, is2) = ((j - 1) * (ido - 1), (jc - 1) * (ido - 1));
            for k in 0..l1 {
                let (mut idij, mut idij2) = (is, is2);
                let mut i = 1;
                while i + 2 <= ido {
                    let (t1, t2) = (cc[c1(i, k, j)], cc[c1(i + 1, k, j)]);
                    let (t3, t4) = (cc[c1(i, k, jc)], cc[c1(i + 1, k, jc)]);
                    let x1 = wa[idij] * t1 + wa[idij + 1] * t2;
                    let x2_ = wa[idij] * t2 - wa[idij + 1] * t1;
                    let x3 = wa[idij2] * t3 + wa[idij2 + 1] * t4;
                    let x4 = wa[idij2] * t4 - wa[idij2 + 1] * t3;
                    cc[c1(i, k, j)] = x3 + x1;
                    cc[c1(i + 1, k, jc)] = x3 - x1;
                    cc[c1(i + 1, k, j)] = x2_ + x4;
                    cc[c1(i, k, jc)] = x2_ - x4;
                    idij += 2;
                    idij2 += 2;
                    i += 2;
                }
            }
        }
    }
    for (j, jc) in pairs() {
        for k in 0..l1 {
            let (a, b) = (cc[c1(0, k, jc)], cc[c1(0, k, j)]);
            cc[c1(0, k, jc)] = a - b;
            cc[c1(0, k, j)] = a + b;
        }
    }
    rotate_accumulate(ch, cc, ip, idl1, csarr, true);
    for ik in 0..idl1 {
        ch[x2(ik, 0)] = cc[x2(ik, 0)];
    }
    for j in 1..ipph {
        for ik in 0..idl1 {
            ch[x2(ik, 0)] = ch[x2(ik, 0)] + cc[x2(ik, j)];
        }
    }
    for k in 0..l1 {
        for i in 0..ido {
            cc[cci(i, 0, k)] = ch[chi(i, k, 0)];
        }
    }
    for (j, jc) in pairs() {
        let j2 = 2 * j - 1;
        for k in 0..l1 {
            cc[cci(ido - 1, j2, k)] = ch[chi(0, k, j)];
            cc[cci(0, j2 + 1, k)] = ch[chi(0, k, jc)];
        }
    }
    if ido == 1 {
        return;
    }
    for (j, jc) in pairs() {
        let j2 = 2 * j - 1;
        for k in 0..l1 {
            let mut i = 1;
            while i + 2 <= ido {
                let ic = ido - i - 2;
                cc[cci(i, j2 + 1, k)] = ch[chi(i, k, j)] + ch[chi(i, k, jc)];
                cc[cci(ic, j2, k)] = ch[chi(i, k, j)] - ch[chi(i, k, jc)];
                cc[cci(i + 1, j2 + 1, k)] = ch[chi(i + 1, k, j)] + ch[chi(i + 1, k, jc)];
                cc[cci(ic + 1, j2, k)] = ch[chi(i + 1, k, jc)] - ch[chi(i + 1, k, j)];
                i += 2;
            }
        }
    }
}

fn radb2<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let two = T::from_f64(2.0);
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + 2 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    for k in 0..l1 {
        let (a, b) = (cc[cci(0, 0, k)], cc[cci(ido - 1, 1, k)]);
        ch[chi(0, k, 0)] = a + b;
        ch[chi(0, k, 1)] = a - b;
    }
    if ido & 1 == 0 {
        for k in 0..l1 {
            ch[chi(ido - 1, k, 0)] = two * cc[cci(ido - 1, 0, k)];
            ch[chi(ido - 1, k, 1)] = -two * cc[cci(0, 1, k)];
        }
    }
    if ido <= 2 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let (a, b) = (cc[cci(i - 1, 0, k)], cc[cci(ic - 1, 1, k)]);
            ch[chi(i - 1, k, 0)] = a + b;
            let tr2 = a - b;
            let (a, b) = (cc[cci(i, 0, k)], cc[cci(ic, 1, k)]);
            let ti2 = a + b;
            ch[chi(i, k, 0)] = a - b;
            let (x, y) = mulpm(wa[i - 2], wa[i - 1], ti2, tr2);
            ch[chi(i, k, 1)] = x;
            ch[chi(i - 1, k, 1)] = y;
        }
    }
}

fn radb3<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let (taur, taui, two) = (T::from_f64(-0.5), T::from_f64(TAUI), T::from_f64(2.0));
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + 3 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let w = |x: usize, i: usize| wa[i + x * (ido - 1)];
    for k in 0..l1 {
        let tr2 = two * cc[cci(ido - 1, 1, k)];
        let cr2 = cc[cci(0, 0, k)] + taur * tr2;
        ch[chi(0, k, 0)] = cc[cci(0, 0, k)] + tr2;
        let ci3 = two * taui * cc[cci(0, 2, k)];
        ch[chi(0, k, 2)] = cr2 + ci3;
        ch[chi(0, k, 1)] = cr2 - ci3;
    }
    if ido == 1 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let tr2 = cc[cci(i - 1, 2, k)] + cc[cci(ic - 1, 1, k)];
            let ti2 = cc[cci(i, 2, k)] - cc[cci(ic, 1, k)];
            let cr2 = cc[cci(i - 1, 0, k)] + taur * tr2;
            let ci2 = cc[cci(i, 0, k)] + taur * ti2;
            ch[chi(i - 1, k, 0)] = cc[cci(i - 1, 0, k)] + tr2;
            ch[chi(i, k, 0)] = cc[cci(i, 0, k)] + ti2;
            let cr3 = taui * (cc[cci(i - 1, 2, k)] - cc[cci(ic - 1, 1, k)]);
            let ci3 = taui * (cc[cci(i, 2, k)] + cc[cci(ic, 1, k)]);
            let (dr3, dr2) = (cr2 + ci3, cr2 - ci3);
            let (di2, di3) = (ci2 + cr3, ci2 - cr3);
            let (x, y) = mulpm(w(0, i - 2), w(0, i - 1), di2, dr2);
            ch[chi(i, k, 1)] = x;
            ch[chi(i - 1, k, 1)] = y;
            let (x, y) = mulpm(w(1, i - 2), w(1, i - 1), di3, dr3);
            ch[chi(i, k, 2)] = x;
            ch[chi(i - 1, k, 2)] = y;
        }
    }
}

fn radb4<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let (sqrt2, two) = (T::from_f64(SQRT2), T::from_f64(2.0));
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + 4 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let w = |x: usize, i: usize| wa[i + x * (ido - 1)];
    for k in 0..l1 {
        let (a, b) = (cc[cci(0, 0, k)], cc[cci(ido - 1, 3, k)]);
        let (tr2, tr1) = (a + b, a - b);
        let tr3 = two * cc[cci(ido - 1, 1, k)];
        let tr4 = two * cc[cci(0, 2, k)];
        ch[chi(0, k, 0)] = tr2 + tr3;
        ch[chi(0, k, 2)] = tr2 - tr3;
        ch[chi(0, k, 3)] = tr1 + tr4;
        ch[chi(0, k, 1)] = tr1 - tr4;
    }
    if ido & 1 == 0 {
        for k in 0..l1 {
            let (a, b) = (cc[cci(0, 3, k)], cc[cci(0, 1, k)]);
            let (ti1, ti2) = (a + b, a - b);
            let (a, b) = (cc[cci(ido - 1, 0, k)], cc[cci(ido - 1, 2, k)]);
            let (tr2, tr1) = (a + b, a - b);
            ch[chi(ido - 1, k, 0)] = tr2 + tr2;
            ch[chi(ido - 1, k, 1)] = sqrt2 * (tr1 - ti1);
            ch[chi(ido - 1, k, 2)] = ti2 + ti2;
            ch[chi(ido - 1, k, 3)] = -sqrt2 * (tr1 + ti1);
        }
    }
    if ido <= 2 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let pm = |a: T, b: T| (a + b, a - b);
            let (tr2, tr1) = pm(cc[cci(i - 1, 0, k)], cc[cci(ic - 1, 3, k)]);
            let (ti1, ti2) = pm(cc[cci(i, 0, k)], cc[cci(ic, 3, k)]);
            let (tr4, ti3) = pm(cc[cci(i, 2, k)], cc[cci(ic, 1, k)]);
            let (tr3, ti4) = pm(cc[cci(i - 1, 2, k)], cc[cci(ic - 1, 1, k)]);
            let (h0, cr3) = pm(tr2, tr3);
            ch[chi(i - 1, k, 0)] = h0;
            let (h0, ci3) = pm(ti2, ti3);
            ch[chi(i, k, 0)] = h0;
            let (cr4, cr2) = pm(tr1, tr4);
            let (ci2, ci4) = pm(ti1, ti4);
            for (m, ci, cr) in [(1, ci2, cr2), (2, ci3, cr3), (3, ci4, cr4)] {
                let (x, y) = mulpm(w(m - 1, i - 2), w(m - 1, i - 1), ci, cr);
                ch[chi(i, k, m)] = x;
                ch[chi(i - 1, k, m)] = y;
            }
        }
    }
}

fn radb5<T: Real>(ido: usize, l1: usize, cc: &[T], ch: &mut [T], wa: &[T]) {
    let (tr11, ti11, tr12, ti12) = (
        T::from_f64(TR11),
        T::from_f64(TI11),
        T::from_f64(TR12),
        T::from_f64(TI12),
    );
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + 5 * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let w = |x: usize, i: usize| wa[i + x * (ido - 1)];
    for k in 0..l1 {
        let ti5 = cc[cci(0, 2, k)] + cc[cci(0, 2, k)];
        let ti4 = cc[cci(0, 4, k)] + cc[cci(0, 4, k)];
        let tr2 = cc[cci(ido - 1, 1, k)] + cc[cci(ido - 1, 1, k)];
        let tr3 = cc[cci(ido - 1, 3, k)] + cc[cci(ido - 1, 3, k)];
        let c0 = cc[cci(0, 0, k)];
        ch[chi(0, k, 0)] = c0 + tr2 + tr3;
        let cr2 = c0 + tr11 * tr2 + tr12 * tr3;
        let cr3 = c0 + tr12 * tr2 + tr11 * tr3;
        let (ci5, ci4) = mulpm(ti5, ti4, ti11, ti12);
        ch[chi(0, k, 4)] = cr2 + ci5;
        ch[chi(0, k, 1)] = cr2 - ci5;
        ch[chi(0, k, 3)] = cr3 + ci4;
        ch[chi(0, k, 2)] = cr3 - ci4;
    }
    if ido == 1 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let pm = |a: T, b: T| (a + b, a - b);
            let (tr2, tr5) = pm(cc[cci(i - 1, 2, k)], cc[cci(ic - 1, 1, k)]);
            let (ti5, ti2) = pm(cc[cci(i, 2, k)], cc[cci(ic, 1, k)]);
            let (tr3, tr4) = pm(cc[cci(i - 1, 4, k)], cc[cci(ic - 1, 3, k)]);
            let (ti4, ti3) = pm(cc[cci(i, 4, k)], cc[cci(ic, 3, k)]);
            let (r0, i0) = (cc[cci(i - 1, 0, k)], cc[cci(i, 0, k)]);
            ch[chi(i - 1, k, 0)] = r0 + tr2 + tr3;
            ch[chi(i, k, 0)] = i0 + ti2 + ti3;
            let cr2 = r0 + tr11 * tr2 + tr12 * tr3;
            let ci2 = i0 + tr11 * ti2 + tr12 * ti3;
            let cr3 = r0 + tr12 * tr2 + tr11 * tr3;
            let ci3 = i0 + tr12 * ti2 + tr11 * ti3;
            let (cr5, cr4) = mulpm(tr5, tr4, ti11, ti12);
            let (ci5, ci4) = mulpm(ti5, ti4, ti11, ti12);
            let (dr4, dr3) = pm(cr3, ci4);
            let (di3, di4) = pm(ci3, cr4);
            let (dr5, dr2) = pm(cr2, ci5);
            let (di2, di5) = pm(ci2, cr5);
            for (m, di, dr) in [(1, di2, dr2), (2, di3, dr3), (3, di4, dr4), (4, di5, dr5)] {
                let (x, y) = mulpm(w(m - 1, i - 2), w(m - 1, i - 1), di, dr);
                ch[chi(i, k, m)] = x;
                ch[chi(i - 1, k, m)] = y;
            }
        }
    }
}

/// The generic backward pass; the result ends in `ch`.
fn radbg<T: Real>(
    ido: usize,
    ip: usize,
    l1: usize,
    cc: &mut [T],
    ch: &mut [T],
    wa: &[T],
    csarr: &[T],
) {
    let two = T::from_f64(2.0);
    let ipph = (ip + 1) / 2;
    let idl1 = ido * l1;
    let cci = |a: usize, b: usize, c: usize| a + ido * (b + ip * c);
    let chi = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    let c1 = chi;
    let x2 = |a: usize, b: usize| a + idl1 * b;
    let pairs = || (1..ipph).zip((ipph..ip).rev());

    for k in 0..l1 {
        for i in 0..ido {
            ch[chi(i, k, 0)] = cc[cci(i, 0, k)];
        }
    }
    for (j, jc) in pairs() {
        let j2 = 2 * j - 1;
        for k in 0..l1 {
            ch[chi(0, k, j)] = two * cc[cci(ido - 1, j2, k)];
            ch[chi(0, k, jc)] = two * cc[cci(0, j2 + 1, k)];
        }
    }
    if ido != 1 {
        for (j, jc) in pairs() {
            let j2 = 2 * j - 1;
            for k in 0..l1 {
                let mut i = 1;
                while i + 2 <= ido {
                    let ic = ido - i - 2;
                    ch[chi(i, k, j)] = cc[cci(i, j2 + 1, k)] + cc[cci(ic, j2, k)];
                    ch[chi(i, k, jc)] = cc[cci(i, j2 + 1, k)] - cc[cci(ic, j2, k)];
                    ch[chi(i + 1, k, j)] = cc[cci(i + 1, j2 + 1, k)] - cc[cci(ic + 1, j2, k)];
                    ch[chi(i + 1, k, jc)] = cc[cci(i + 1, j2 + 1, k)] + cc[cci(ic + 1, j2, k)];
                    i += 2;
                }
            }
        }
    }
    rotate_accumulate(cc, ch, ip, idl1, csarr, false);
    for j in 1..ipph {
        for ik in 0..idl1 {
            ch[x2(ik, 0)] = ch[x2(ik, 0)] + ch[x2(ik, j)];
        }
    }
    for (j, jc) in pairs() {
        for k in 0..l1 {
            let (a, b) = (cc[c1(0, k, j)], cc[c1(0, k, jc)]);
            ch[chi(0, k, jc)] = a + b;
            ch[chi(0, k, j)] = a - b;
        }
    }
    if ido == 1 {
        return;
    }
    for (j, jc) in pairs() {
        for k in 0..l1 {
            let mut i = 1;
            while i + 2 <= ido {
                ch[chi(i, k, j)] = cc[c1(i, k, j)] - cc[c1(i + 1, k, jc)];
                ch[chi(i, k, jc)] = cc[c1(i, k, j)] + cc[c1(i + 1, k, jc)];
                ch[chi(i + 1, k, j)] = cc[c1(i + 1, k, j)] + cc[c1(i, k, jc)];
                ch[chi(i + 1, k, jc)] = cc[c1(i + 1, k, j)] - cc[c1(i, k, jc)];
                i += 2;
            }
        }
    }
    for j in 1..ip {
        let is = (j - 1) * (ido - 1);
        for k in 0..l1 {
            let mut idij = is;
            let mut i = 1;
            while i + 2 <= ido {
                let (t1, t2) = (ch[chi(i, k, j)], ch[chi(i + 1, k, j)]);
                ch[chi(i, k, j)] = wa[idij] * t1 - wa[idij + 1] * t2;
                ch[chi(i + 1, k, j)] = wa[idij] * t2 + wa[idij + 1] * t1;
                idij += 2;
                i += 2;
            }
        }
    }
}

/// The rotation sums of the generic passes: for each mirrored pair of outputs `(l, ip - l)`, the cosine-weighted
/// sum of the inputs into `dst[l]` and the sine-weighted one into `dst[ip - l]`, unrolled by four and two as
/// pocketfft sums them. The forward pass wraps the angle index at `ip`, the backward one only past it.
fn rotate_accumulate<T: Real>(
    dst: &mut [T],
    src: &[T],
    ip: usize,
    idl1: usize,
    csarr: &[T],
    forward: bool,
) {
    let ipph = (ip + 1) / 2;
    let x2 = |a: usize, b: usize| a + idl1 * b;
    for (l, lc) in (1..ipph).zip((ipph..ip).rev()) {
        for ik in 0..idl1 {
            dst[x2(ik, l)] =
                src[x2(ik, 0)] + csarr[2 * l] * src[x2(ik, 1)] + csarr[4 * l] * src[x2(ik, 2)];
            dst[x2(ik, lc)] =
                csarr[2 * l + 1] * src[x2(ik, ip - 1)] + csarr[4 * l + 1] * src[x2(ik, ip - 2)];
        }
        let mut iang = 2 * l;
        let (mut j, mut jc) = (3, ip - 3);
        let next = |iang: &mut usize| {
            *iang += l;
            if *iang > ip || (forward && *iang == ip) {
                *iang -= ip;
            }
            (csarr[2 * *iang], csarr[2 * *iang + 1])
        };
        while j + 3 < ipph {
            let (ar1, ai1) = next(&mut iang);
            let (ar2, ai2) = next(&mut iang);
            let (ar3, ai3) = next(&mut iang);
            let (ar4, ai4) = next(&mut iang);
            for ik in 0..idl1 {
                let s = ar1 * src[x2(ik, j)]
                    + ar2 * src[x2(ik, j + 1)]
                    + ar3 * src[x2(ik, j + 2)]
                    + ar4 * src[x2(ik, j + 3)];
                dst[x2(ik, l)] = dst[x2(ik, l)] + s;
                let s = ai1 * src[x2(ik, jc)]
                    + ai2 * src[x2(ik, jc - 1)]
                    + ai3 * src[x2(ik, jc - 2)]
                    + ai4 * src[x2(ik, jc - 3)];
                dst[x2(ik, lc)] = dst[x2(ik, lc)] + s;
            }
            j += 4;
            jc -= 4;
        }
        while j + 1 < ipph {
            let (ar1, ai1) = next(&mut iang);
            let (ar2, ai2) = next(&mut iang);
            for ik in 0..idl1 {
                dst[x2(ik, l)] = dst[x2(ik, l)] + (ar1 * src[x2(ik, j)] + ar2 * src[x2(ik, j + 1)]);
                dst[x2(ik, lc)] =
                    dst[x2(ik, lc)] + (ai1 * src[x2(ik, jc)] + ai2 * src[x2(ik, jc - 1)]);
            }
            j += 2;
            jc -= 2;
        }
        while j < ipph {
            let (ar, ai) = next(&mut iang);
            for ik in 0..idl1 {
                dst[x2(ik, l)] = dst[x2(ik, l)] + ar * src[x2(ik, j)];
                dst[x2(ik, lc)] = dst[x2(ik, lc)] + ai * src[x2(ik, jc)];
            }
            j += 1;
            jc -= 1;
        }
    }
}
