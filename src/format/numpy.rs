//! NumPy 2.x array and scalar printing.
//!
//! A port of the printing algorithm of NumPy 2.4 (`numpy/_core/arrayprint.py`, the
//! Dragon4 float formatter `numpy/_core/src/multiarray/dragon4.c`, and the scalar
//! `str`/`repr` of `scalartypes.c.src`). The output is meant to be
//! byte-for-byte identical to NumPy's `repr(a)`, `str(a)`, `repr(scalar)` and
//! `str(scalar)` for the dtypes bool, int8..int64, uint8..uint64, float16, float32,
//! float64, complex64 and complex128.
//!
//! User format functions (`formatter=`) are applied by the caller, which passes their text as
//! [`Elements::Formatted`]; this module lays it out. Of the `legacy=` modes, the observable
//! differences of '1.21' and later are implemented ('1.13' is not).
//!
//! Not implemented (NumPy features outside this module's API): `legacy='1.13'`, `floatmode`
//! values beyond the four listed, `override_repr`, longdouble,
//! datetime/timedelta, strings, structured and object dtypes, non-native byte order
//! and ndarray subclasses (`MaskedArray(` prefixes, `matrix`).

use std::cmp::Ordering;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/// `np.set_printoptions(floatmode=...)`.
#[derive(Clone, Debug, PartialEq)]
pub enum FloatMode {
    /// `'fixed'`: always print exactly `precision` fractional digits.
    Fixed,
    /// `'unique'`: shortest round-trip digits, `precision` ignored.
    Unique,
    /// `'maxprec'` (default): at most `precision` digits, each element as short as it can be.
    MaxPrec,
    /// `'maxprec_equal'`: at most `precision` digits, all elements with the same count.
    MaxPrecEqual,
}

/// The subset of `np.get_printoptions()` that affects numeric arrays.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    pub precision: usize,
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub suppress: bool,
    /// `'-'`, `'+'` or `' '` (anything else acts as `'-'`).
    pub sign: char,
    pub floatmode: FloatMode,
    pub nanstr: String,
    pub infstr: String,
    /// NumPy's internal legacy level: 121 for `legacy='1.21'`, 125, 201, 202, or [`LEGACY_OFF`].
    pub legacy: u32,
}

/// `legacy=False` (NumPy stores `sys.maxsize`; every `legacy <= N` test is then false).
pub const LEGACY_OFF: u32 = u32::MAX;

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            sign: '-',
            floatmode: FloatMode::MaxPrec,
            nanstr: "nan".to_string(),
            infstr: "inf".to_string(),
            legacy: LEGACY_OFF,
        }
    }
}

/// Which IEEE binary format the float values belong to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatKind {
    F16,
    F32,
    F64,
}

/// Array elements in C order.
pub enum Elements<'a> {
    Bool(&'a [bool]),
    /// Any signed int dtype, values already widened.
    Int(&'a [i64]),
    /// Any unsigned int dtype, values already widened.
    UInt(&'a [u64]),
    /// Values exactly representable in the kind (f32/f16 values widened).
    Float(&'a [f64], FloatKind),
    /// complex64 → F32 parts, complex128 → F64 parts.
    Complex(&'a [(f64, f64)], FloatKind),
    /// String dtypes: each element as Python's `repr` (`'ab'`, `b'x'`), which arrays print unpadded, and as
    /// `str` (what a 0-d array's `str` shows).
    Text {
        repr: &'a [String],
        plain: &'a [String],
    },
    /// Elements already turned into text by a user's format function (`formatter=`): `text[k]` is the
    /// element at flat index `shown[k]` (see [`shown_indices`]); the others are never printed.
    Formatted {
        shown: &'a [usize],
        text: &'a [String],
        len: usize,
    },
}

impl Elements<'_> {
    fn len(&self) -> usize {
        match self {
            Elements::Bool(v) => v.len(),
            Elements::Int(v) => v.len(),
            Elements::UInt(v) => v.len(),
            Elements::Float(v, _) => v.len(),
            Elements::Complex(v, _) => v.len(),
            Elements::Text { repr, .. } => repr.len(),
            Elements::Formatted { len, .. } => *len,
        }
    }
}

/// `repr(a)`: e.g. `array([1., 2.])`, `array([1, 2], dtype=int32)`,
/// `array([], shape=(2, 0), dtype=float64)`, 0-d `array(5)`, summarized
/// `array([0, 1, 2, ..., 7, 8, 9], shape=(1001,))`.
pub fn array_repr(data: &Elements, shape: &[usize], dtype: &str, opts: &PrintOptions) -> String {
    let shape = effective_shape(data, shape);
    let size = shape_size(&shape);
    let prefix = "array(";
    let lst = if size == 0 {
        "[]".to_string()
    } else {
        // array2string reduces the line width by len(suffix) == len(")").
        let lw = opts.linewidth as i64 - 1;
        array2string(data, &shape, opts, ", ", prefix.len(), lw)
    };
    let mut extras: Vec<String> = Vec::new();
    // NumPy tests `legacy > 210` here (not 201), so '2.2' also leaves the shape out.
    if (size == 0 && shape.as_slice() != [0]) || (opts.legacy > 210 && size > opts.threshold) {
        extras.push(format!("shape={}", shape_repr(&shape)));
    }
    if !dtype_is_implied(dtype) || size == 0 {
        extras.push(format!("dtype={}", dtype_short_repr(dtype)));
    }
    if extras.is_empty() {
        return format!("{}{})", prefix, lst);
    }
    let arr_str = format!("{}{},", prefix, lst);
    let extra_str = format!("{})", extras.join(", "));
    let last_line_len = match arr_str.rfind('\n') {
        Some(p) => char_len(&arr_str[p + 1..]),
        None => char_len(&arr_str),
    };
    let spacer = if last_line_len + char_len(&extra_str) + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    format!("{}{}{}", arr_str, spacer, extra_str)
}

/// `str(a)` / `print(a)`: `[1. 2.]`; 0-d arrays print like their scalar (`5`, `1.5`).
pub fn array_str(data: &Elements, shape: &[usize], opts: &PrintOptions) -> String {
    let shape = effective_shape(data, shape);
    if shape.is_empty() {
        return scalar_str(data, "", opts);
    }
    if shape_size(&shape) == 0 {
        return "[]".to_string();
    }
    array2string(data, &shape, opts, " ", 0, opts.linewidth as i64)
}

/// NumPy 2 scalar repr: `np.float64(1.5)`, `np.int64(3)`, `np.True_`,
/// `np.float32(0.33333334)`, `np.complex128(1+2j)`, `np.uint8(7)`. With `legacy='1.25'` or
/// older, numbers print as their `str` and strings as Python's repr (`'hi'`).
pub fn scalar_repr(data: &Elements, dtype: &str, opts: &PrintOptions) -> String {
    if opts.legacy <= 125 {
        return match data {
            Elements::Text { repr, .. } => repr.first().cloned().unwrap_or_default(),
            _ => scalar_str(data, dtype, opts),
        };
    }
    match data {
        Elements::Bool(v) => match v.first() {
            Some(true) => "np.True_".to_string(),
            Some(false) => "np.False_".to_string(),
            None => String::new(),
        },
        Elements::Int(v) => match v.first() {
            Some(x) => format!("np.{}({})", int_scalar_name(dtype, "int64"), x),
            None => String::new(),
        },
        Elements::UInt(v) => match v.first() {
            Some(x) => format!("np.{}({})", int_scalar_name(dtype, "uint64"), x),
            None => String::new(),
        },
        Elements::Float(v, kind) => match v.first() {
            Some(&x) => format!("np.{}({})", float_name(*kind), float_scalar_str(x, *kind)),
            None => String::new(),
        },
        Elements::Complex(v, kind) => match v.first() {
            Some(&(re, im)) => {
                let body = complex_scalar_body(re, im, *kind);
                format!("np.{}({})", complex_name(*kind), body)
            }
            None => String::new(),
        },
        Elements::Text { repr, .. } => match repr.first() {
            Some(r) if r.starts_with('b') => format!("np.bytes_({r})"),
            Some(r) => format!("np.str_({r})"),
            None => String::new(),
        },
        Elements::Formatted { text, .. } => text.first().cloned().unwrap_or_default(),
    }
}

/// `str()` of a NumPy scalar: `1.5`, `3`, `True`, `0.33333334`, `(1+2j)`.
pub fn scalar_str(data: &Elements, _dtype: &str, _opts: &PrintOptions) -> String {
    match data {
        Elements::Bool(v) => match v.first() {
            Some(true) => "True".to_string(),
            Some(false) => "False".to_string(),
            None => String::new(),
        },
        Elements::Int(v) => v.first().map(|x| x.to_string()).unwrap_or_default(),
        Elements::UInt(v) => v.first().map(|x| x.to_string()).unwrap_or_default(),
        Elements::Float(v, kind) => v
            .first()
            .map(|&x| float_scalar_str(x, *kind))
            .unwrap_or_default(),
        Elements::Complex(v, kind) => match v.first() {
            Some(&(re, im)) => {
                let body = complex_scalar_body(re, im, *kind);
                if real_is_plain_zero(re) {
                    body
                } else {
                    format!("({})", body)
                }
            }
            None => String::new(),
        },
        Elements::Text { plain, .. } => plain.first().cloned().unwrap_or_default(),
        Elements::Formatted { text, .. } => text.first().cloned().unwrap_or_default(),
    }
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

fn char_len(s: &str) -> usize {
    s.chars().count()
}

fn shape_size(shape: &[usize]) -> usize {
    shape.iter().fold(1usize, |acc, &d| acc.saturating_mul(d))
}

/// The shape to print with: the given one when it matches the data length,
/// otherwise a 1-D shape covering all the data (never panics on bad input).
fn effective_shape(data: &Elements, shape: &[usize]) -> Vec<usize> {
    if shape_size(shape) == data.len() {
        shape.to_vec()
    } else {
        vec![data.len()]
    }
}

/// Python's `repr` of a shape tuple: `()`, `(3,)`, `(2, 0)`.
pub(super) fn shape_repr(shape: &[usize]) -> String {
    match shape.len() {
        0 => "()".to_string(),
        1 => format!("({},)", shape[0]),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// Dtypes whose repr omits `dtype=` (NumPy's `_typelessdata` on 64-bit Linux).
fn dtype_is_implied(dtype: &str) -> bool {
    matches!(dtype, "int64" | "float64" | "complex128" | "bool")
}

fn dtype_short_repr(dtype: &str) -> String {
    let ok = dtype.chars().next().is_some_and(|c| c.is_alphabetic())
        && dtype.chars().all(|c| c.is_alphanumeric());
    if ok {
        dtype.to_string()
    } else {
        format!("'{}'", dtype)
    }
}

fn int_scalar_name<'a>(dtype: &'a str, default: &'a str) -> &'a str {
    if dtype.is_empty() {
        default
    } else {
        dtype
    }
}

fn float_name(kind: FloatKind) -> &'static str {
    match kind {
        FloatKind::F16 => "float16",
        FloatKind::F32 => "float32",
        FloatKind::F64 => "float64",
    }
}

fn complex_name(kind: FloatKind) -> &'static str {
    match kind {
        FloatKind::F64 => "complex128",
        _ => "complex64",
    }
}

fn real_is_plain_zero(re: f64) -> bool {
    re == 0.0 && !re.is_sign_negative()
}

// ---------------------------------------------------------------------------
// IEEE helpers: rounding to float16 / float32, decomposition
// ---------------------------------------------------------------------------

/// Round an f64 to the nearest binary16 (ties to even); returns the bit pattern.
fn f64_to_f16_bits(x: f64) -> u16 {
    let bits = x.to_bits();
    let sign = ((bits >> 63) as u16) << 15;
    if x.is_nan() {
        return sign | 0x7e00;
    }
    let a = x.abs();
    if a.is_infinite() || a >= 65520.0 {
        return sign | 0x7c00;
    }
    if a == 0.0 {
        return sign;
    }
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1023;
    if exp < -25 {
        return sign;
    }
    let mant53: u64 = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let q = exp.max(-14) - 10; // exponent of the f16 ulp
    let shift = (q - (exp - 52)) as u32; // in 42..=53
    let mut m = mant53 >> shift;
    let rem = mant53 & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if rem > half || (rem == half && (m & 1) == 1) {
        m += 1;
    }
    let mut q = q;
    if m >= 2048 {
        m >>= 1;
        q += 1;
    }
    if m >= 1024 {
        let biased = q + 10 + 15;
        if biased >= 31 {
            return sign | 0x7c00;
        }
        sign | ((biased as u16) << 10) | ((m - 1024) as u16)
    } else {
        sign | (m as u16)
    }
}

fn f16_bits_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    if e == 0x1f {
        return if m == 0.0 {
            sign * f64::INFINITY
        } else {
            f64::NAN
        };
    }
    if e == 0 {
        sign * m * 2f64.powi(-24)
    } else {
        sign * (1024.0 + m) * 2f64.powi(e - 25)
    }
}

/// Round a value to the given kind (what NumPy does when a Python float meets a
/// float32/float16 scalar under NEP 50).
fn cast_to_kind(x: f64, kind: FloatKind) -> f64 {
    match kind {
        FloatKind::F64 => x,
        FloatKind::F32 => x as f32 as f64,
        FloatKind::F16 => f16_bits_to_f64(f64_to_f16_bits(x)),
    }
}

/// `a / b` computed the way NumPy computes it for the kind.
fn kind_div(a: f64, b: f64, kind: FloatKind) -> f64 {
    match kind {
        FloatKind::F64 => a / b,
        FloatKind::F32 => ((a as f32) / (b as f32)) as f64,
        // npy_half division goes through float32 and rounds back to half.
        FloatKind::F16 => cast_to_kind(((a as f32) / (b as f32)) as f64, FloatKind::F16),
    }
}

enum Decomposed {
    Nan,
    Inf {
        negative: bool,
    },
    Finite {
        negative: bool,
        mantissa: u64,
        exponent: i32,
        mantissa_bit: u32,
        unequal: bool,
    },
}

fn decompose(x: f64, kind: FloatKind) -> Decomposed {
    let (bits, ebits, mbits, bias): (u64, u32, u32, i32) = match kind {
        FloatKind::F64 => (x.to_bits(), 11, 52, 1023),
        FloatKind::F32 => ((x as f32).to_bits() as u64, 8, 23, 127),
        FloatKind::F16 => (f64_to_f16_bits(x) as u64, 5, 10, 15),
    };
    let negative = (bits >> (ebits + mbits)) & 1 == 1;
    let fexp = ((bits >> mbits) & ((1u64 << ebits) - 1)) as i32;
    let fmant = bits & ((1u64 << mbits) - 1);
    if fexp == (1i32 << ebits) - 1 {
        return if fmant == 0 {
            Decomposed::Inf { negative }
        } else {
            Decomposed::Nan
        };
    }
    if fexp != 0 {
        Decomposed::Finite {
            negative,
            mantissa: (1u64 << mbits) | fmant,
            exponent: fexp - bias - mbits as i32,
            mantissa_bit: mbits,
            unequal: fexp != 1 && fmant == 0,
        }
    } else {
        let mantissa_bit = if fmant == 0 {
            0
        } else {
            63 - fmant.leading_zeros()
        };
        Decomposed::Finite {
            negative,
            mantissa: fmant,
            exponent: 1 - bias - mbits as i32,
            mantissa_bit,
            unequal: false,
        }
    }
}

// ---------------------------------------------------------------------------
// Minimal unsigned big integers for Dragon4
// ---------------------------------------------------------------------------

/// Little-endian base-2^32 digits, no high zero blocks (zero is empty).
#[derive(Clone, Debug, Default)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }
    fn pow2(n: u32) -> Big {
        let mut v = vec![0u32; (n / 32) as usize + 1];
        let last = v.len() - 1;
        v[last] = 1u32 << (n % 32);
        Big(v)
    }
    fn pow10(n: u32) -> Big {
        let mut b = Big::from_u64(1);
        let mut n = n;
        while n >= 9 {
            b.mul_small(1_000_000_000);
            n -= 9;
        }
        if n > 0 {
            b.mul_small(10u32.pow(n));
        }
        b
    }
    fn shl(&mut self, n: u32) {
        if self.is_zero() || n == 0 {
            return;
        }
        let blocks = (n / 32) as usize;
        let bits = n % 32;
        let mut out = vec![0u32; blocks];
        if bits == 0 {
            out.extend_from_slice(&self.0);
        } else {
            let mut carry = 0u32;
            for &b in &self.0 {
                out.push((b << bits) | carry);
                carry = b >> (32 - bits);
            }
            if carry != 0 {
                out.push(carry);
            }
        }
        self.0 = out;
        self.trim();
    }
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for b in self.0.iter_mut() {
            let p = (*b as u64) * (m as u64) + carry;
            *b = p as u32;
            carry = p >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }
    fn mul(&self, o: &Big) -> Big {
        if self.is_zero() || o.is_zero() {
            return Big::default();
        }
        let mut r = vec![0u32; self.0.len() + o.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.0.iter().enumerate() {
                let t = (a as u64) * (b as u64) + r[i + j] as u64 + carry;
                r[i + j] = t as u32;
                carry = t >> 32;
            }
            let mut k = i + o.0.len();
            while carry != 0 && k < r.len() {
                let t = r[k] as u64 + carry;
                r[k] = t as u32;
                carry = t >> 32;
                k += 1;
            }
        }
        let mut b = Big(r);
        b.trim();
        b
    }
    fn add(&self, o: &Big) -> Big {
        let n = self.0.len().max(o.0.len());
        let mut r = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let a = *self.0.get(i).unwrap_or(&0) as u64;
            let b = *o.0.get(i).unwrap_or(&0) as u64;
            let t = a + b + carry;
            r.push(t as u32);
            carry = t >> 32;
        }
        if carry != 0 {
            r.push(carry as u32);
        }
        let mut b = Big(r);
        b.trim();
        b
    }
    /// `self -= o`, requires `self >= o`.
    fn sub_assign(&mut self, o: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let b = *o.0.get(i).unwrap_or(&0) as i64;
            let mut t = self.0[i] as i64 - b - borrow;
            if t < 0 {
                t += 1i64 << 32;
                borrow = 1;
            } else {
                borrow = 0;
            }
            self.0[i] = t as u32;
        }
        self.trim();
    }
    fn cmp(&self, o: &Big) -> Ordering {
        if self.0.len() != o.0.len() {
            return self.0.len().cmp(&o.0.len());
        }
        for i in (0..self.0.len()).rev() {
            match self.0[i].cmp(&o.0[i]) {
                Ordering::Equal => continue,
                ord => return ord,
            }
        }
        Ordering::Equal
    }
    /// Quotient (expected in 0..=9) of `self / d`; `self` becomes the remainder.
    fn div_rem_small(&mut self, d: &Big) -> u32 {
        let mut q = 0u32;
        while self.cmp(d) != Ordering::Less {
            self.sub_assign(d);
            q += 1;
        }
        q
    }
}

// ---------------------------------------------------------------------------
// Dragon4
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Trim {
    /// `'k'`: keep trailing zeros and the decimal point.
    None,
    /// `'.'`: trim trailing zeros, keep the decimal point.
    Zeros,
    /// `'0'`: trim trailing zeros but leave one after the point.
    LeaveOneZero,
    /// `'-'`: trim trailing zeros and the decimal point.
    DptZeros,
}

/// Upper bound on digits, as NumPy's 16384-byte output buffer.
const BUFFER_SIZE: i32 = 16383;

/// Returns (digits, exponent of the first digit).
#[allow(clippy::too_many_arguments)]
fn dragon4(
    mantissa: u64,
    exponent: i32,
    mantissa_bit: u32,
    unequal: bool,
    unique: bool,
    fraction_cutoff: bool,
    cutoff_max: i32,
    cutoff_min: i32,
) -> (Vec<u8>, i32) {
    if mantissa == 0 {
        return (vec![b'0'], 0);
    }
    let is_even = mantissa & 1 == 0;
    let mut value = Big::from_u64(mantissa);
    let mut scale;
    let mut margin_low;
    let mut margin_high: Option<Big>;
    if unequal {
        if exponent > 0 {
            value.shl(exponent as u32 + 2);
            scale = Big::from_u64(4);
            margin_low = Big::pow2(exponent as u32);
            margin_high = Some(Big::pow2(exponent as u32 + 1));
        } else {
            value.shl(2);
            scale = Big::pow2((-exponent + 2) as u32);
            margin_low = Big::from_u64(1);
            margin_high = Some(Big::from_u64(2));
        }
    } else if exponent > 0 {
        value.shl(exponent as u32 + 1);
        scale = Big::from_u64(2);
        margin_low = Big::pow2(exponent as u32);
        margin_high = None;
    } else {
        value.shl(1);
        scale = Big::pow2((-exponent + 1) as u32);
        margin_low = Big::from_u64(1);
        margin_high = None;
    }

    let mut digit_exponent =
        ((mantissa_bit as i32 + exponent) as f64 * std::f64::consts::LOG10_2 - 0.69).ceil() as i32;
    if cutoff_max >= 0 && fraction_cutoff && digit_exponent <= -cutoff_max {
        digit_exponent = -cutoff_max + 1;
    }
    if digit_exponent > 0 {
        scale = scale.mul(&Big::pow10(digit_exponent as u32));
    } else if digit_exponent < 0 {
        let p = Big::pow10((-digit_exponent) as u32);
        value = value.mul(&p);
        margin_low = margin_low.mul(&p);
        if margin_high.is_some() {
            let mut h = margin_low.clone();
            h.shl(1);
            margin_high = Some(h);
        }
    }
    if value.cmp(&scale) != Ordering::Less {
        digit_exponent += 1;
    } else {
        value.mul_small(10);
        margin_low.mul_small(10);
        if margin_high.is_some() {
            let mut h = margin_low.clone();
            h.shl(1);
            margin_high = Some(h);
        }
    }

    let mut cutoff_max_exp = digit_exponent - BUFFER_SIZE;
    if cutoff_max >= 0 {
        let desired = if fraction_cutoff {
            -cutoff_max
        } else {
            digit_exponent - cutoff_max
        };
        if desired > cutoff_max_exp {
            cutoff_max_exp = desired;
        }
    }
    let mut cutoff_min_exp = digit_exponent;
    if cutoff_min >= 0 {
        let desired = if fraction_cutoff {
            -cutoff_min
        } else {
            digit_exponent - cutoff_min
        };
        if desired < cutoff_min_exp {
            cutoff_min_exp = desired;
        }
    }
    let mut out_exponent = digit_exponent - 1;

    let mut digits: Vec<u8> = Vec::new();
    let mut low = false;
    let mut high = false;
    let mut output_digit;
    if unique {
        loop {
            digit_exponent -= 1;
            output_digit = value.div_rem_small(&scale);
            let mh = margin_high.as_ref().unwrap_or(&margin_low);
            let value_high = value.add(mh);
            let c = value.cmp(&margin_low);
            low = if is_even {
                c != Ordering::Greater
            } else {
                c == Ordering::Less
            };
            let c = value_high.cmp(&scale);
            high = if is_even {
                c != Ordering::Less
            } else {
                c == Ordering::Greater
            };
            if ((low || high) && digit_exponent <= cutoff_min_exp)
                || digit_exponent == cutoff_max_exp
            {
                break;
            }
            digits.push(b'0' + output_digit.min(9) as u8);
            value.mul_small(10);
            margin_low.mul_small(10);
            if margin_high.is_some() {
                let mut h = margin_low.clone();
                h.shl(1);
                margin_high = Some(h);
            }
        }
    } else {
        loop {
            digit_exponent -= 1;
            output_digit = value.div_rem_small(&scale);
            if value.is_zero() || digit_exponent == cutoff_max_exp {
                break;
            }
            digits.push(b'0' + output_digit.min(9) as u8);
            value.mul_small(10);
        }
    }

    let mut round_down = low;
    if low == high {
        value.shl(1);
        let c = value.cmp(&scale);
        round_down = c == Ordering::Less;
        if c == Ordering::Equal {
            round_down = output_digit & 1 == 0;
        }
    }
    if round_down {
        digits.push(b'0' + output_digit.min(9) as u8);
    } else if output_digit >= 9 {
        loop {
            match digits.pop() {
                None => {
                    digits.push(b'1');
                    out_exponent += 1;
                    break;
                }
                Some(d) if d != b'9' => {
                    digits.push(d + 1);
                    break;
                }
                Some(_) => {}
            }
        }
    } else {
        digits.push(b'0' + output_digit as u8 + 1);
    }
    (digits, out_exponent)
}

/// Options of NumPy's `dragon4_positional` / `dragon4_scientific`; `-1` means None.
#[derive(Clone, Copy)]
struct D4 {
    unique: bool,
    precision: i32,
    min_digits: i32,
    sign: bool,
    trim: Trim,
    pad_left: i32,
    pad_right: i32,
    exp_digits: i32,
    /// Positional only: cutoffs count fractional digits (`fractional=True`).
    fractional: bool,
}

fn special_str(d: &Decomposed, sign_plus: bool) -> Option<String> {
    match d {
        Decomposed::Nan => Some("nan".to_string()),
        Decomposed::Inf { negative } => Some(
            if *negative {
                "-inf"
            } else if sign_plus {
                "+inf"
            } else {
                "inf"
            }
            .to_string(),
        ),
        Decomposed::Finite { .. } => None,
    }
}

fn format_positional(x: f64, kind: FloatKind, o: &D4) -> String {
    let d = decompose(x, kind);
    if let Some(s) = special_str(&d, o.sign) {
        return s;
    }
    let Decomposed::Finite {
        negative,
        mantissa,
        exponent,
        mantissa_bit,
        unequal,
    } = d
    else {
        return String::new();
    };
    let mut buf = String::new();
    let mut has_sign = 0i32;
    if negative {
        buf.push('-');
        has_sign = 1;
    } else if o.sign {
        buf.push('+');
        has_sign = 1;
    }
    let (digits, print_exp) = dragon4(
        mantissa,
        exponent,
        mantissa_bit,
        unequal,
        o.unique,
        o.fractional,
        o.precision,
        o.min_digits,
    );
    let num_digits = digits.len() as i32;
    let num_whole;
    let mut num_frac = 0i32;
    if print_exp >= 0 {
        num_whole = print_exp + 1;
        if num_digits <= num_whole {
            buf.extend(digits.iter().map(|&c| c as char));
            for _ in 0..(num_whole - num_digits) {
                buf.push('0');
            }
        } else {
            let w = num_whole as usize;
            buf.extend(digits[..w].iter().map(|&c| c as char));
            buf.push('.');
            buf.extend(digits[w..].iter().map(|&c| c as char));
            num_frac = num_digits - num_whole;
        }
    } else {
        let zeros = -(print_exp + 1);
        buf.push_str("0.");
        for _ in 0..zeros {
            buf.push('0');
        }
        buf.extend(digits.iter().map(|&c| c as char));
        num_frac = num_digits + zeros;
        num_whole = 1;
    }
    if o.trim != Trim::DptZeros && num_frac == 0 {
        buf.push('.');
    }
    let add_digits = if o.unique { o.min_digits } else { o.precision };
    let mut desired_frac = add_digits.max(0);
    if !o.fractional {
        desired_frac = add_digits - num_whole;
    }
    if o.trim == Trim::LeaveOneZero {
        if num_frac == 0 {
            buf.push('0');
            num_frac += 1;
        }
    } else if o.trim == Trim::None && desired_frac > num_frac {
        for _ in 0..(desired_frac - num_frac) {
            buf.push('0');
        }
        num_frac = desired_frac;
    }
    if o.trim != Trim::None && num_frac > 0 {
        while buf.ends_with('0') {
            buf.pop();
            num_frac -= 1;
        }
        if buf.ends_with('.') {
            if o.trim == Trim::LeaveOneZero {
                buf.push('0');
                num_frac += 1;
            } else if o.trim == Trim::DptZeros {
                buf.pop();
            }
        }
    }
    if o.pad_right >= num_frac {
        if o.trim == Trim::DptZeros && num_frac == 0 {
            buf.push(' ');
        }
        for _ in 0..(o.pad_right - num_frac) {
            buf.push(' ');
        }
    }
    if o.pad_left > num_whole + has_sign {
        let shift = (o.pad_left - (num_whole + has_sign)) as usize;
        buf = format!("{}{}", " ".repeat(shift), buf);
    }
    buf
}

fn format_scientific(x: f64, kind: FloatKind, o: &D4) -> String {
    let d = decompose(x, kind);
    if let Some(s) = special_str(&d, o.sign) {
        return s;
    }
    let Decomposed::Finite {
        negative,
        mantissa,
        exponent,
        mantissa_bit,
        unequal,
    } = d
    else {
        return String::new();
    };
    let mut buf = String::new();
    let sign_char = if negative {
        Some('-')
    } else if o.sign {
        Some('+')
    } else {
        None
    };
    let leftchars = 1 + sign_char.is_some() as i32;
    if o.pad_left > leftchars {
        for _ in 0..(o.pad_left - leftchars) {
            buf.push(' ');
        }
    }
    if let Some(c) = sign_char {
        buf.push(c);
    }
    let (digits, mut print_exp) = dragon4(
        mantissa,
        exponent,
        mantissa_bit,
        unequal,
        o.unique,
        false,
        if o.precision < 0 { -1 } else { o.precision + 1 },
        if o.min_digits < 0 {
            -1
        } else {
            o.min_digits + 1
        },
    );
    buf.push(digits.first().map(|&c| c as char).unwrap_or('0'));
    let mut num_frac = digits.len() as i32 - 1;
    if num_frac > 0 {
        buf.push('.');
        buf.extend(digits[1..].iter().map(|&c| c as char));
    }
    if o.trim != Trim::DptZeros && num_frac == 0 {
        buf.push('.');
    }
    let add_digits = (if o.unique { o.min_digits } else { o.precision }).max(0);
    if o.trim == Trim::LeaveOneZero {
        if num_frac == 0 {
            buf.push('0');
            num_frac += 1;
        }
    } else if o.trim == Trim::None && add_digits > num_frac {
        for _ in 0..(add_digits - num_frac) {
            buf.push('0');
        }
        num_frac = add_digits;
    }
    if o.trim != Trim::None && num_frac > 0 {
        while buf.ends_with('0') {
            buf.pop();
        }
        if o.trim == Trim::LeaveOneZero && buf.ends_with('.') {
            buf.push('0');
        }
    }
    let exp_digits = if o.exp_digits > 5 {
        5
    } else if o.exp_digits < 0 {
        2
    } else {
        o.exp_digits
    };
    buf.push('e');
    if print_exp >= 0 {
        buf.push('+');
    } else {
        buf.push('-');
        print_exp = -print_exp;
    }
    let mut ed = [0u8; 5];
    let mut p = print_exp;
    for slot in ed.iter_mut() {
        *slot = (p % 10) as u8;
        p /= 10;
    }
    let mut size = 5usize;
    while size as i32 > exp_digits && ed[size - 1] == 0 {
        size -= 1;
    }
    for i in (0..size).rev() {
        buf.push((b'0' + ed[i]) as char);
    }
    buf
}

// ---------------------------------------------------------------------------
// Scalar str (scalartypes.c.src)
// ---------------------------------------------------------------------------

/// `str(np.floatXX(x))`.
fn float_scalar_str(x: f64, kind: FloatKind) -> String {
    float_scalar_either(x, kind, Trim::LeaveOneZero, Trim::DptZeros, false)
}

fn float_scalar_either(
    x: f64,
    kind: FloatKind,
    trim_pos: Trim,
    trim_sci: Trim,
    sign: bool,
) -> String {
    let x = cast_to_kind(x, kind);
    let absval = x.abs();
    let use_positional = match kind {
        // halftype_str: compares the float value (NaN goes to the scientific branch,
        // which prints it the same way).
        FloatKind::F16 => absval == 0.0 || (1.0e-4..1.0e3).contains(&absval),
        FloatKind::F32 => x.is_nan() || x == 0.0 || (1.0e-4..1.0e6).contains(&absval),
        FloatKind::F64 => x.is_nan() || x == 0.0 || (1.0e-4..1.0e16).contains(&absval),
    };
    let o = D4 {
        unique: true,
        precision: -1,
        min_digits: -1,
        sign,
        trim: if use_positional { trim_pos } else { trim_sci },
        pad_left: -1,
        pad_right: -1,
        exp_digits: -1,
        fractional: false,
    };
    if use_positional {
        format_positional(x, kind, &o)
    } else {
        format_scientific(x, kind, &o)
    }
}

/// The text inside `np.complex128(...)`, and `str()` without the parentheses.
fn complex_scalar_body(re: f64, im: f64, kind: FloatKind) -> String {
    let (re, im) = (cast_to_kind(re, kind), cast_to_kind(im, kind));
    let part =
        |v: f64, sign: bool| float_scalar_either(v, kind, Trim::DptZeros, Trim::DptZeros, sign);
    if real_is_plain_zero(re) {
        return format!("{}j", part(im, false));
    }
    let rstr = if re.is_finite() {
        part(re, false)
    } else if re.is_nan() {
        "nan".to_string()
    } else if re > 0.0 {
        "inf".to_string()
    } else {
        "-inf".to_string()
    };
    let istr = if im.is_finite() {
        part(im, true)
    } else if im.is_nan() {
        "+nan".to_string()
    } else if im > 0.0 {
        "+inf".to_string()
    } else {
        "-inf".to_string()
    };
    format!("{}{}j", rstr, istr)
}

// ---------------------------------------------------------------------------
// Element formatters (arrayprint.py: FloatingFormat, IntegerFormat, ...)
// ---------------------------------------------------------------------------

struct FloatingFormat {
    kind: FloatKind,
    sign: char,
    exp_format: bool,
    precision: i32,
    min_digits: i32,
    unique: bool,
    trim: Trim,
    pad_left: i32,
    pad_right: i32,
    exp_size: i32,
    nanstr: String,
    infstr: String,
}

fn normalize_sign(c: char) -> char {
    if c == '+' || c == ' ' {
        c
    } else {
        '-'
    }
}

impl FloatingFormat {
    fn new(data: &[f64], kind: FloatKind, opts: &PrintOptions, sign: char) -> FloatingFormat {
        let floatmode = &opts.floatmode;
        let precision = if *floatmode == FloatMode::Unique {
            -1
        } else {
            opts.precision.min(BUFFER_SIZE as usize) as i32
        };
        let mut f = FloatingFormat {
            kind,
            sign,
            exp_format: false,
            precision,
            min_digits: -1,
            unique: true,
            trim: Trim::Zeros,
            pad_left: 0,
            pad_right: 0,
            exp_size: -1,
            nanstr: opts.nanstr.clone(),
            infstr: opts.infstr.clone(),
        };
        let finite: Vec<f64> = data.iter().copied().filter(|v| v.is_finite()).collect();
        let abs_non_zero: Vec<f64> = finite
            .iter()
            .filter(|&&v| v != 0.0)
            .map(|v| v.abs())
            .collect();
        if !abs_non_zero.is_empty() {
            let max_val = abs_non_zero
                .iter()
                .copied()
                .fold(f64::NEG_INFINITY, f64::max);
            let min_val = abs_non_zero.iter().copied().fold(f64::INFINITY, f64::min);
            // 10 ** min(8, finfo(dtype).precision); `legacy='2.2'` and older use 1e8 for every dtype.
            let cutoff = match kind {
                _ if opts.legacy <= 202 => 1.0e8,
                FloatKind::F16 => 1.0e3,
                FloatKind::F32 => 1.0e6,
                FloatKind::F64 => 1.0e8,
            };
            let small = cast_to_kind(0.0001, kind);
            if max_val >= cutoff
                || (!opts.suppress
                    && (min_val < small || kind_div(max_val, min_val, kind) > 1000.0))
            {
                f.exp_format = true;
            }
        }
        let sign_plus = sign == '+';
        if finite.is_empty() {
            f.pad_left = 0;
            f.pad_right = 0;
            f.trim = Trim::Zeros;
            f.exp_size = -1;
            f.unique = true;
            f.min_digits = -1;
        } else if f.exp_format {
            let (trim, unique) = if *floatmode == FloatMode::Fixed {
                (Trim::None, false)
            } else {
                (Trim::Zeros, true)
            };
            let o = D4 {
                unique,
                precision: f.precision,
                min_digits: -1,
                sign: sign_plus,
                trim,
                pad_left: -1,
                pad_right: -1,
                exp_digits: -1,
                fractional: false,
            };
            let mut max_int = 0usize;
            let mut max_frac = 0usize;
            let mut max_exp = 0usize;
            for &x in &finite {
                let s = format_scientific(x, kind, &o);
                let (mant, exp) = match s.find('e') {
                    Some(p) => (&s[..p], &s[p + 1..]),
                    None => (s.as_str(), ""),
                };
                let (ip, fp) = match mant.find('.') {
                    Some(p) => (&mant[..p], &mant[p + 1..]),
                    None => (mant, ""),
                };
                max_int = max_int.max(ip.len());
                max_frac = max_frac.max(fp.len());
                max_exp = max_exp.max(exp.len());
            }
            f.exp_size = max_exp as i32 - 1;
            f.trim = Trim::None;
            f.precision = max_frac as i32;
            f.min_digits = f.precision;
            f.unique = unique;
            f.pad_left = max_int as i32;
            f.pad_right = f.exp_size + 2 + f.precision;
        } else {
            let (trim, unique) = if *floatmode == FloatMode::Fixed {
                (Trim::None, false)
            } else {
                (Trim::Zeros, true)
            };
            let o = D4 {
                unique,
                precision: f.precision,
                min_digits: -1,
                sign: sign_plus,
                trim,
                pad_left: -1,
                pad_right: -1,
                exp_digits: -1,
                fractional: true,
            };
            let mut max_int = 0usize;
            let mut max_frac = 0usize;
            for &x in &finite {
                let s = format_positional(x, kind, &o);
                let (ip, fp) = match s.find('.') {
                    Some(p) => (&s[..p], &s[p + 1..]),
                    None => (s.as_str(), ""),
                };
                max_int = max_int.max(ip.len());
                max_frac = max_frac.max(fp.len());
            }
            f.pad_left = max_int as i32;
            f.pad_right = max_frac as i32;
            f.exp_size = -1;
            f.unique = unique;
            if matches!(floatmode, FloatMode::Fixed | FloatMode::MaxPrecEqual) {
                f.precision = f.pad_right;
                f.min_digits = f.pad_right;
                f.trim = Trim::None;
            } else {
                f.trim = Trim::Zeros;
                f.min_digits = 0;
            }
        }
        if sign == ' ' && !finite.iter().any(|v| v.is_sign_negative()) {
            f.pad_left += 1;
        }
        if data.len() != finite.len() {
            let neginf = (sign != '-' || data.iter().any(|v| v.is_infinite() && *v < 0.0)) as i32;
            let offset = f.pad_right + 1;
            f.pad_left = f
                .pad_left
                .max(char_len(&f.nanstr) as i32 - offset)
                .max(char_len(&f.infstr) as i32 + neginf - offset);
        }
        f
    }

    fn format(&self, x: f64) -> String {
        let x = cast_to_kind(x, self.kind);
        if !x.is_finite() {
            let ret = if x.is_nan() {
                format!("{}{}", if self.sign == '+' { "+" } else { "" }, self.nanstr)
            } else {
                let s = if x < 0.0 {
                    "-"
                } else if self.sign == '+' {
                    "+"
                } else {
                    ""
                };
                format!("{}{}", s, self.infstr)
            };
            let width = self.pad_left + self.pad_right + 1 - char_len(&ret) as i32;
            return format!("{}{}", " ".repeat(width.max(0) as usize), ret);
        }
        let o = D4 {
            unique: self.unique,
            precision: self.precision,
            min_digits: self.min_digits,
            sign: self.sign == '+',
            trim: self.trim,
            pad_left: self.pad_left,
            pad_right: self.pad_right,
            exp_digits: self.exp_size,
            fractional: true,
        };
        if self.exp_format {
            format_scientific(x, self.kind, &D4 { pad_right: -1, ..o })
        } else {
            format_positional(x, self.kind, &o)
        }
    }
}

/// Python's `'{:{sign}{width}d}'.format(x)` for an integer given as its decimal text.
fn format_int_text(digits: &str, negative: bool, sign: char, width: usize) -> String {
    let s = if negative {
        format!("-{}", digits)
    } else if sign == '+' {
        format!("+{}", digits)
    } else if sign == ' ' {
        format!(" {}", digits)
    } else {
        digits.to_string()
    };
    let n = s.len();
    if n < width {
        format!("{}{}", " ".repeat(width - n), s)
    } else {
        s
    }
}

struct IntegerFormat {
    sign: char,
    width: usize,
}

impl IntegerFormat {
    /// `vals`: (max, min) of the shown data, each as (negative, decimal text of |v|, is >= 0).
    fn new(max: Option<(bool, String)>, min: Option<(bool, String)>, sign: char) -> IntegerFormat {
        let (Some((max_neg, max_txt)), Some((min_neg, min_txt))) = (max, min) else {
            return IntegerFormat { sign, width: 0 };
        };
        let mut sign = sign;
        let mut data_max_len = max_txt.len() + max_neg as usize;
        if sign == ' ' && min_neg {
            sign = '-';
        }
        if !max_neg && (sign == '+' || sign == ' ') {
            data_max_len += 1;
        }
        let width = data_max_len.max(min_txt.len() + min_neg as usize);
        IntegerFormat { sign, width }
    }
    fn format_i64(&self, x: i64) -> String {
        format_int_text(&x.unsigned_abs().to_string(), x < 0, self.sign, self.width)
    }
    fn format_u64(&self, x: u64) -> String {
        format_int_text(&x.to_string(), false, self.sign, self.width)
    }
}

enum Formatter {
    Bool {
        truestr: &'static str,
    },
    Int(IntegerFormat),
    Float(FloatingFormat),
    Complex(FloatingFormat, FloatingFormat),
    /// Strings print as their repr, unpadded.
    Text,
    /// A user's format function's text, found by flat index.
    Custom,
}

impl Formatter {
    fn build(data: &Elements, shown: &[usize], is_0d: bool, opts: &PrintOptions) -> Formatter {
        let sign = normalize_sign(opts.sign);
        match data {
            Elements::Bool(_) => Formatter::Bool {
                truestr: if is_0d { "True" } else { " True" },
            },
            Elements::Int(v) => {
                let vals = shown.iter().filter_map(|&i| v.get(i).copied());
                let max = vals.clone().max();
                let min = vals.min();
                let conv = |x: i64| (x < 0, x.unsigned_abs().to_string());
                Formatter::Int(IntegerFormat::new(max.map(conv), min.map(conv), sign))
            }
            Elements::UInt(v) => {
                let vals = shown.iter().filter_map(|&i| v.get(i).copied());
                let max = vals.clone().max();
                let min = vals.min();
                let conv = |x: u64| (false, x.to_string());
                Formatter::Int(IntegerFormat::new(max.map(conv), min.map(conv), sign))
            }
            Elements::Float(v, kind) => {
                let vals: Vec<f64> = shown
                    .iter()
                    .filter_map(|&i| v.get(i).map(|&x| cast_to_kind(x, *kind)))
                    .collect();
                Formatter::Float(FloatingFormat::new(&vals, *kind, opts, sign))
            }
            Elements::Complex(v, kind) => {
                let re: Vec<f64> = shown
                    .iter()
                    .filter_map(|&i| v.get(i).map(|&(r, _)| cast_to_kind(r, *kind)))
                    .collect();
                let im: Vec<f64> = shown
                    .iter()
                    .filter_map(|&i| v.get(i).map(|&(_, m)| cast_to_kind(m, *kind)))
                    .collect();
                Formatter::Complex(
                    FloatingFormat::new(&re, *kind, opts, sign),
                    FloatingFormat::new(&im, *kind, opts, '+'),
                )
            }
            Elements::Text { .. } => Formatter::Text,
            Elements::Formatted { .. } => Formatter::Custom,
        }
    }

    fn format(&self, data: &Elements, i: usize) -> String {
        match (self, data) {
            (Formatter::Bool { truestr }, Elements::Bool(v)) => match v.get(i) {
                Some(true) => truestr.to_string(),
                Some(false) => "False".to_string(),
                None => String::new(),
            },
            (Formatter::Int(f), Elements::Int(v)) => {
                v.get(i).map(|&x| f.format_i64(x)).unwrap_or_default()
            }
            (Formatter::Int(f), Elements::UInt(v)) => {
                v.get(i).map(|&x| f.format_u64(x)).unwrap_or_default()
            }
            (Formatter::Float(f), Elements::Float(v, _)) => {
                v.get(i).map(|&x| f.format(x)).unwrap_or_default()
            }
            (Formatter::Complex(fr, fi), Elements::Complex(v, _)) => match v.get(i) {
                Some(&(re, im)) => {
                    let r = fr.format(re);
                    let m = fi.format(im);
                    // add the 'j' before the terminal whitespace of the imaginary part
                    let sp = m.trim_end().len();
                    format!("{}{}j{}", r, &m[..sp], &m[sp..])
                }
                None => String::new(),
            },
            (Formatter::Text, Elements::Text { repr, .. }) => {
                repr.get(i).cloned().unwrap_or_default()
            }
            (Formatter::Custom, Elements::Formatted { shown, text, .. }) => shown
                .binary_search(&i)
                .ok()
                .and_then(|k| text.get(k))
                .cloned()
                .unwrap_or_default(),
            _ => String::new(),
        }
    }
}

// ---------------------------------------------------------------------------
// array2string / _formatArray
// ---------------------------------------------------------------------------

pub(super) fn c_strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1usize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1].saturating_mul(shape[i + 1]);
    }
    strides
}

/// Flat indices of `_leading_trailing(a, edgeitems)`.
pub(super) fn leading_trailing(
    shape: &[usize],
    strides: &[usize],
    edge: usize,
    axis: usize,
    offset: usize,
    out: &mut Vec<usize>,
) {
    if axis == shape.len() {
        out.push(offset);
        return;
    }
    let n = shape[axis];
    let st = strides[axis];
    if n > edge.saturating_mul(2) {
        for i in 0..edge {
            leading_trailing(shape, strides, edge, axis + 1, offset + i * st, out);
        }
        // `a[-edge:]`; with edge == 0 Python's `a[-0:]` is the whole axis.
        let start = if edge == 0 { 0 } else { n - edge };
        for i in start..n {
            leading_trailing(shape, strides, edge, axis + 1, offset + i * st, out);
        }
    } else {
        for i in 0..n {
            leading_trailing(shape, strides, edge, axis + 1, offset + i * st, out);
        }
    }
}

fn extend_line(
    s: &mut String,
    line: &mut String,
    word: &str,
    line_width: i64,
    next_line_prefix: &str,
) {
    let mut needs_wrap = (char_len(line) + char_len(word)) as i64 > line_width;
    if char_len(line) <= char_len(next_line_prefix) {
        needs_wrap = false;
    }
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = next_line_prefix.to_string();
    }
    line.push_str(word);
}

/// `_extendLine_pretty`: a word of several lines (a user's format function may return one) is laid out as a
/// block, its first line where the line is and the rest under it.
fn extend_line_pretty(
    s: &mut String,
    line: &mut String,
    word: &str,
    line_width: i64,
    next_line_prefix: &str,
) {
    let words: Vec<&str> = super::python::splitlines(word, false);
    if words.len() <= 1 {
        return extend_line(s, line, word, line_width, next_line_prefix);
    }
    let max_word_length = words.iter().map(|w| char_len(w)).max().unwrap_or(0);
    let indent = if (char_len(line) + max_word_length) as i64 > line_width
        && char_len(line) > char_len(next_line_prefix)
    {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = format!("{}{}", next_line_prefix, words[0]);
        next_line_prefix.to_string()
    } else {
        let indent = " ".repeat(char_len(line));
        line.push_str(words[0]);
        indent
    };
    for w in &words[1..] {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = format!("{}{}", indent, w);
    }
    let last = words.last().map_or(0, |w| char_len(w));
    line.push_str(&" ".repeat(max_word_length - last));
}

struct ArrayCtx<'a> {
    data: &'a Elements<'a>,
    shape: &'a [usize],
    strides: Vec<usize>,
    formatter: Formatter,
    separator: &'a str,
    edge_items: usize,
    summarize: bool,
}

impl ArrayCtx<'_> {
    fn recurse(&self, axis: usize, offset: usize, hanging_indent: &str, curr_width: i64) -> String {
        let ndim = self.shape.len();
        let axes_left = ndim - axis;
        if axes_left == 0 {
            return self.formatter.format(self.data, offset);
        }
        let next_hanging_indent = format!("{} ", hanging_indent);
        let next_width = curr_width - 1;
        let a_len = self.shape[axis];
        let st = self.strides[axis];
        let show_summary = self.summarize && self.edge_items.saturating_mul(2) < a_len;
        let (leading, trailing) = if show_summary {
            (self.edge_items, self.edge_items)
        } else {
            (0, a_len)
        };
        let child =
            |i: usize| self.recurse(axis + 1, offset + i * st, &next_hanging_indent, next_width);
        let mut s = String::new();
        if axes_left == 1 {
            let sep_len = char_len(self.separator.trim_end()).max(1) as i64;
            let elem_width = curr_width - sep_len;
            let mut line = hanging_indent.to_string();
            for i in 0..leading {
                let word = child(i);
                extend_line_pretty(&mut s, &mut line, &word, elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            if show_summary {
                extend_line(&mut s, &mut line, "...", elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            for i in (2..=trailing).rev() {
                let word = child(a_len - i);
                extend_line_pretty(&mut s, &mut line, &word, elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            let word = child(a_len - 1);
            extend_line_pretty(&mut s, &mut line, &word, elem_width, hanging_indent);
            s.push_str(&line);
        } else {
            let line_sep = format!(
                "{}{}",
                self.separator.trim_end(),
                "\n".repeat(axes_left - 1)
            );
            for i in 0..leading {
                s.push_str(hanging_indent);
                s.push_str(&child(i));
                s.push_str(&line_sep);
            }
            if show_summary {
                s.push_str(hanging_indent);
                s.push_str("...");
                s.push_str(&line_sep);
            }
            for i in (2..=trailing).rev() {
                s.push_str(hanging_indent);
                s.push_str(&child(a_len - i));
                s.push_str(&line_sep);
            }
            s.push_str(hanging_indent);
            s.push_str(&child(a_len - 1));
        }
        let body = s.strip_prefix(hanging_indent).unwrap_or(&s);
        format!("[{}]", body)
    }
}

/// Flat indices, in C order, of the elements that printing an array of this shape shows (all of them unless
/// the array is summarized): a user's format function is called on these only, in this order.
pub fn shown_indices(shape: &[usize], opts: &PrintOptions) -> Vec<usize> {
    let size = shape_size(shape);
    if size > opts.threshold {
        let mut v = Vec::new();
        leading_trailing(shape, &c_strides(shape), opts.edgeitems, 0, 0, &mut v);
        v
    } else {
        (0..size).collect()
    }
}

/// `np.array2string`: `[]` for an empty array, else the body laid out as after `prefix`, leaving room for
/// `suffix` on the last line.
pub fn array2string_public(
    data: &Elements,
    shape: &[usize],
    opts: &PrintOptions,
    separator: &str,
    prefix_len: usize,
    suffix_len: usize,
) -> String {
    let shape = effective_shape(data, shape);
    if shape_size(&shape) == 0 {
        return "[]".to_string();
    }
    let lw = opts.linewidth as i64 - suffix_len as i64;
    array2string(data, &shape, opts, separator, prefix_len, lw)
}

/// `_array2string` for a non-empty array whose shape matches the data.
fn array2string(
    data: &Elements,
    shape: &[usize],
    opts: &PrintOptions,
    separator: &str,
    prefix_len: usize,
    line_width: i64,
) -> String {
    let summarize = shape_size(shape) > opts.threshold;
    let shown = shown_indices(shape, opts);
    let strides = c_strides(shape);
    let formatter = Formatter::build(data, &shown, shape.is_empty(), opts);
    let next_line_prefix = " ".repeat(1 + prefix_len);
    let ctx = ArrayCtx {
        data,
        shape,
        strides,
        formatter,
        separator,
        edge_items: opts.edgeitems,
        summarize,
    };
    ctx.recurse(0, 0, &next_line_prefix, line_width)
}

#[cfg(test)]
#[path = "numpy_cases.rs"]
mod cases;

#[cfg(test)]
mod tests {
    use super::*;

    enum Owned {
        B(Vec<bool>),
        I(Vec<i64>),
        U(Vec<u64>),
        F(Vec<f64>, FloatKind),
        C(Vec<(f64, f64)>, FloatKind),
    }

    impl Owned {
        fn view(&self) -> Elements<'_> {
            match self {
                Owned::B(v) => Elements::Bool(v),
                Owned::I(v) => Elements::Int(v),
                Owned::U(v) => Elements::UInt(v),
                Owned::F(v, k) => Elements::Float(v, *k),
                Owned::C(v, k) => Elements::Complex(v, *k),
            }
        }
    }

    fn kind_of(dtype: &str) -> FloatKind {
        match dtype {
            "float16" => FloatKind::F16,
            "float32" | "complex64" => FloatKind::F32,
            _ => FloatKind::F64,
        }
    }

    fn int_bits(dtype: &str) -> u32 {
        dtype
            .trim_start_matches("uint")
            .trim_start_matches("int")
            .parse()
            .unwrap()
    }

    fn hexf(s: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(s, 16).unwrap())
    }

    fn parse_opts(s: &str) -> PrintOptions {
        let mut o = PrintOptions::default();
        for part in s.split_whitespace() {
            let (k, v) = part.split_once('=').unwrap();
            match k {
                "p" => o.precision = v.parse().unwrap(),
                "t" => o.threshold = v.parse().unwrap(),
                "e" => o.edgeitems = v.parse().unwrap(),
                "l" => o.linewidth = v.parse().unwrap(),
                "s" => o.suppress = v == "1",
                "g" => {
                    o.sign = if v == "_" {
                        ' '
                    } else {
                        v.chars().next().unwrap()
                    }
                }
                "m" => {
                    o.floatmode = match v {
                        "fixed" => FloatMode::Fixed,
                        "unique" => FloatMode::Unique,
                        "maxprec" => FloatMode::MaxPrec,
                        "maxprec_equal" => FloatMode::MaxPrecEqual,
                        _ => panic!("floatmode {v}"),
                    }
                }
                "n" => o.nanstr = v.to_string(),
                "i" => o.infstr = v.to_string(),
                _ => panic!("option {k}"),
            }
        }
        o
    }

    fn build(dtype: &str, data: &str) -> Owned {
        if let Some(rest) = data.strip_prefix("@mod3 ") {
            let n: usize = rest.parse().unwrap();
            return Owned::B((0..n).map(|i| i % 3 == 0).collect());
        }
        if let Some(rest) = data.strip_prefix("@arange ") {
            let mut it = rest.split_whitespace();
            let n: usize = it.next().unwrap().parse().unwrap();
            let mul = it.next().unwrap();
            let add = it.next().unwrap();
            let overrides: Vec<(usize, f64)> = it
                .map(|p| {
                    let (i, h) = p.trim_start_matches('!').split_once('=').unwrap();
                    (i.parse().unwrap(), hexf(h))
                })
                .collect();
            let mut owned = match dtype {
                "bool" => unreachable!(),
                d if d.starts_with("int") || d.starts_with("uint") => {
                    let (m, a): (i64, i64) = (mul.parse().unwrap(), add.parse().unwrap());
                    let bits = int_bits(d);
                    let vals = (0..n as i64).map(|i| i.wrapping_mul(m).wrapping_add(a));
                    if d.starts_with('u') {
                        let mask = if bits == 64 {
                            u64::MAX
                        } else {
                            (1u64 << bits) - 1
                        };
                        Owned::U(vals.map(|v| (v as u64) & mask).collect())
                    } else {
                        let sh = 64 - bits;
                        Owned::I(vals.map(|v| (v << sh) >> sh).collect())
                    }
                }
                d if d.starts_with("complex") => {
                    let (m, a): (f64, f64) = (mul.parse().unwrap(), add.parse().unwrap());
                    Owned::C(
                        (0..n).map(|i| (i as f64 * m + a, 0.0)).collect(),
                        kind_of(d),
                    )
                }
                "float32" => {
                    let (m, a): (f32, f32) = (mul.parse().unwrap(), add.parse().unwrap());
                    Owned::F(
                        (0..n).map(|i| ((i as f32) * m + a) as f64).collect(),
                        FloatKind::F32,
                    )
                }
                d => {
                    let (m, a): (f64, f64) = (mul.parse().unwrap(), add.parse().unwrap());
                    let k = kind_of(d);
                    Owned::F(
                        (0..n).map(|i| cast_to_kind(i as f64 * m + a, k)).collect(),
                        k,
                    )
                }
            };
            if let Owned::F(v, _) = &mut owned {
                for (i, x) in overrides {
                    v[i] = x;
                }
            }
            return owned;
        }
        let toks = data.split_whitespace();
        match dtype {
            "bool" => Owned::B(toks.map(|t| t == "1").collect()),
            d if d.starts_with("int") => Owned::I(toks.map(|t| t.parse().unwrap()).collect()),
            d if d.starts_with("uint") => Owned::U(toks.map(|t| t.parse().unwrap()).collect()),
            d if d.starts_with("complex") => Owned::C(
                toks.map(|t| {
                    let (r, i) = t.split_once(',').unwrap();
                    (hexf(r), hexf(i))
                })
                .collect(),
                kind_of(d),
            ),
            d => Owned::F(toks.map(hexf).collect(), kind_of(d)),
        }
    }

    #[test]
    fn numpy_oracle_cases() {
        let mut failures = Vec::new();
        for (n, &(dtype, shape, data, opts, repr, str_, srepr, sstr)) in
            cases::CASES.iter().enumerate()
        {
            let owned = build(dtype, data);
            let el = owned.view();
            let o = parse_opts(opts);
            let got = array_repr(&el, shape, dtype, &o);
            if got != repr {
                failures.push(format!(
                    "#{n} repr {dtype} {shape:?} [{opts}]\n  want {repr:?}\n  got  {got:?}"
                ));
            }
            let got = array_str(&el, shape, &o);
            if got != str_ {
                failures.push(format!(
                    "#{n} str {dtype} {shape:?} [{opts}]\n  want {str_:?}\n  got  {got:?}"
                ));
            }
            if let Some(want) = srepr {
                let got = scalar_repr(&el, dtype, &o);
                if got != want {
                    failures.push(format!(
                        "#{n} scalar repr {dtype}\n  want {want:?}\n  got  {got:?}"
                    ));
                }
            }
            if let Some(want) = sstr {
                let got = scalar_str(&el, dtype, &o);
                if got != want {
                    failures.push(format!(
                        "#{n} scalar str {dtype}\n  want {want:?}\n  got  {got:?}"
                    ));
                }
            }
        }
        for f in failures.iter().take(40) {
            eprintln!("{f}");
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed",
            failures.len(),
            cases::CASES.len()
        );
    }

    #[test]
    fn no_panic_on_bad_input() {
        let o = PrintOptions::default();
        let v = [1.0, 2.0, 3.0];
        let e = Elements::Float(&v, FloatKind::F64);
        assert_eq!(
            array_repr(&e, &[2, 2], "float64", &o),
            "array([1., 2., 3.])"
        );
        assert_eq!(array_str(&e, &[usize::MAX, 3], &o), "[1. 2. 3.]");
        let empty: [f64; 0] = [];
        let e = Elements::Float(&empty, FloatKind::F64);
        assert_eq!(scalar_repr(&e, "float64", &o), "");
        assert_eq!(array_str(&e, &[], &o), "[]");
        let tiny = PrintOptions {
            linewidth: 0,
            threshold: 0,
            edgeitems: 0,
            precision: 0,
            ..o.clone()
        };
        let w = [1.5f64, -2.0, f64::NAN, f64::INFINITY, 1e300, 5e-324];
        let e = Elements::Float(&w, FloatKind::F64);
        let _ = array_repr(&e, &[2, 3], "float64", &tiny);
        let huge = PrintOptions {
            precision: 100_000,
            floatmode: FloatMode::Fixed,
            ..o.clone()
        };
        let _ = array_repr(&e, &[6], "float64", &huge);
        let c = [(f64::NAN, -0.0), (1e-320, 3.0)];
        let e = Elements::Complex(&c, FloatKind::F16);
        let _ = array_repr(&e, &[2], "complex32", &o);
        let _ = scalar_repr(&e, "complex32", &o);
    }

    /// Text from a user's format function, laid out as `np.array2string` with `formatter=` does (expected
    /// strings from NumPy 2.4), and the `legacy=` levels.
    #[test]
    fn formatted_elements_and_legacy() {
        let o = PrintOptions::default();
        let shown: Vec<usize> = (0..4).collect();
        let text: Vec<String> = ["a", "bb\nc", "d", "e"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let e = Elements::Formatted {
            shown: &shown,
            text: &text,
            len: 4,
        };
        assert_eq!(array_str(&e, &[4], &o), "[a bb\n   c  d e]");
        assert_eq!(
            array_repr(&e, &[2, 2], "int32", &o),
            "array([[a, bb\n           c ],\n       [d, e]], dtype=int32)"
        );
        let summarized = PrintOptions {
            threshold: 3,
            edgeitems: 1,
            ..o.clone()
        };
        assert_eq!(shown_indices(&[2, 3], &summarized), vec![0, 2, 3, 5]);
        let v = [1.5f64];
        let f = Elements::Float(&v, FloatKind::F32);
        let legacy = PrintOptions {
            legacy: 125,
            ..o.clone()
        };
        assert_eq!(scalar_repr(&f, "float32", &o), "np.float32(1.5)");
        assert_eq!(scalar_repr(&f, "float32", &legacy), "1.5");
        let big = [1e7f64];
        let f = Elements::Float(&big, FloatKind::F32);
        assert_eq!(array_str(&f, &[1], &o), "[1.e+07]");
        assert_eq!(array_str(&f, &[1], &legacy), "[10000000.]");
    }
}
