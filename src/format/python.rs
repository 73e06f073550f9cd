//! CPython 3.11-exact text formatting of floats, ints, complex numbers and strings (repr, format(), `%`).
//!
//! Digits come from Rust's float formatting, which is correctly rounded (ties to even on exact
//! decimal ties) just like CPython's dtoa, so the layout code below can follow CPython's
//! `format_float_short`, `calc_number_widths`, `fill_number` and `unicode_format_arg_output`
//! step by step; keeping that structure is what makes the odd corners (zero padding with
//! grouping, `inf` with '0', `#` forms) come out identical.
//!
//! Errors are `Err(message)` carrying the text of the exception CPython raises (ValueError
//! unless a comment says otherwise). A message from [`parse_format_spec`] that names the
//! formatted object's type contains the literal placeholder `{type}`: the caller replaces the
//! *last* occurrence of it with the type name (the spec text quoted earlier in the message may
//! itself contain `{type}`). Likewise the `percent_format_*` "unsupported format character"
//! message contains `{index}` for the caller to fill in. `Unknown format code` messages name
//! the base type ('int', 'float', 'str', 'complex'); a caller formatting a subclass such as
//! bool rewrites the name.
//!
//! Deliberate limits (CPython would try to allocate and may raise MemoryError): widths and
//! precisions above 100,000,000 give `Err("width too big")` / `Err("precision too big")`.
//! Decimal conversion of ints longer than 4300 digits fails like CPython's default
//! `sys.get_int_max_str_digits()`; code points in the surrogate range cannot be represented
//! in a Rust `char`, so `format(0xD800, 'c')` and `'%c' % 0xD800` return an error.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

/// Largest width/precision we are willing to materialise.
const MAX_FIELD: usize = 100_000_000;
/// CPython stores float precisions in a C int.
const C_INT_MAX: usize = i32::MAX as usize;
/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;
/// A double has at most 767 significant decimal digits and 1074 fractional ones, so asking
/// Rust for more than this only adds zeros, which the layout code appends itself.
const MAX_SIG_DIGITS: usize = 800;
const MAX_FRAC_DIGITS: usize = 1100;

// ---------------------------------------------------------------------------------------------
// Decimal digit generation (the `_Py_dg_dtoa` part)
// ---------------------------------------------------------------------------------------------

/// |x| as dtoa reports it: `0.d1d2d3... * 10**decpt`, no trailing zeros in `digits`.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Parses Rust's `{:e}` output ("1.2345e-5") into dtoa form.
fn parse_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // dtoa reports zero as "0" with the point after it.
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// dtoa mode 0: shortest digits that round-trip, and among those the closest to `a` with
/// ties going to an even last digit. Rust's shortest formatter can pick the other candidate
/// when two are equally close (e.g. 860628735885945.25 gives "...945.3", CPython "...945.2"),
/// so the correctly rounded string of the same length wins whenever it round-trips too.
fn shortest_digits(a: f64) -> Digits {
    let s = format!("{:e}", a);
    let n = s
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    if n > 1 {
        let closest = format!("{:.*e}", n - 1, a);
        if closest.parse::<f64>() == Ok(a) {
            return parse_sci(&closest);
        }
    }
    parse_sci(&s)
}

/// dtoa mode 2: `n` significant digits, correctly rounded.
fn sig_digits(a: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIG_DIGITS);
    parse_sci(&format!("{:.*e}", n - 1, a))
}

/// dtoa mode 3: `n` digits after the point, correctly rounded.
fn fixed_digits(a: f64, n: usize) -> Digits {
    if a == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let s = format!("{:.*}", n.min(MAX_FRAC_DIGITS), a);
    let (ip, fp) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let mut all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
    let lead = all.iter().take_while(|&&b| b == b'0').count();
    all.drain(..lead);
    let mut decpt = ip.len() as i64 - lead as i64;
    while all.last() == Some(&b'0') {
        all.pop();
    }
    if all.is_empty() {
        // Rounded to zero: dtoa returns no digits with the point `n` places left.
        decpt = -(n as i64);
    }
    Digits { digits: all, decpt }
}

#[derive(Clone, Copy, Default)]
struct DtsFlags {
    /// Always emit a sign (Py_DTSF_SIGN).
    sign: bool,
    /// Keep a ".0" on integral positional output (Py_DTSF_ADD_DOT_0).
    add_dot_0: bool,
    /// '#': keep trailing zeros / point (Py_DTSF_ALT).
    alt: bool,
    /// 'z': drop the sign of a result that rounds to zero (Py_DTSF_NO_NEG_0).
    no_neg_0: bool,
    /// 'E', 'F', 'G': "INF", "NAN", "E".
    upper: bool,
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&b| b as char));
}

/// `PyOS_double_to_string`: `code` is one of 'e', 'f', 'g', 'r' (lower case; case comes from
/// `flags.upper`); `precision` is the user-facing precision (ignored for 'r').
fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let mut out = String::new();
    if x.is_nan() {
        // The sign of a nan is never shown.
        if flags.sign {
            out.push('+');
        }
        out.push_str(if flags.upper { "NAN" } else { "nan" });
        return out;
    }
    if x.is_infinite() {
        if x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if flags.upper { "INF" } else { "inf" });
        return out;
    }
    let a = x.abs();
    let prec = precision as i64;
    let d = match code {
        'e' => sig_digits(a, precision + 1),
        'f' => fixed_digits(a, precision),
        'g' => sig_digits(a, precision.max(1)),
        _ => shortest_digits(a),
    };
    let digits = d.digits;
    let mut decpt = d.decpt;
    let digits_len = digits.len() as i64;
    let mut neg = x.is_sign_negative();
    if flags.no_neg_0 && neg && (digits.is_empty() || digits == b"0") {
        neg = false;
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = prec + 1;
        }
        'f' => vdigits_end = decpt + prec,
        'g' => {
            let p = prec.max(1);
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = p;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    if neg {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    // Zeros left of the digits, with the point if it falls there.
    if decpt <= 0 {
        push_n(&mut out, '0', decpt - vdigits_start);
        out.push('.');
        push_n(&mut out, '0', -decpt);
    } else {
        push_n(&mut out, '0', -vdigits_start);
    }
    // The digits, with the point if it falls inside them.
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, &digits);
    }
    // Zeros right of the digits, with the point if it falls there.
    if digits_len < decpt {
        push_n(&mut out, '0', decpt - digits_len);
        out.push('.');
        push_n(&mut out, '0', vdigits_end - decpt);
    } else {
        push_n(&mut out, '0', vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        // C's "%+.02d": sign and at least two digits.
        out.push_str(&format!(
            "{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.unsigned_abs()
        ));
    }
    out
}

/// `repr(float)` / `str(float)`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// `repr(complex)` / `str(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        // A +0 real part is left out, and so are the parentheses.
        let mut s = double_to_string(im, 'r', 0, DtsFlags::default());
        s.push('j');
        s
    } else {
        let r = double_to_string(re, 'r', 0, DtsFlags::default());
        let i = double_to_string(
            im,
            'r',
            0,
            DtsFlags {
                sign: true,
                ..DtsFlags::default()
            },
        );
        format!("({}{}j)", r, i)
    }
}

// ---------------------------------------------------------------------------------------------
// repr(str)
// ---------------------------------------------------------------------------------------------

/// `repr(str)`: CPython's quote choice and escapes, with the exact Unicode 14.0
/// `str.isprintable` table that CPython 3.11 uses.
pub fn str_repr(s: &str) -> String {
    let has_single = s.contains('\'');
    let has_double = s.contains('"');
    // Double quotes only when that avoids escaping.
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if cp < 0x20 || cp == 0x7f => out.push_str(&format!("\\x{:02x}", cp)),
            _ if cp < 0x7f => out.push(c),
            _ if is_printable(c) => out.push(c),
            _ if cp <= 0xff => out.push_str(&format!("\\x{:02x}", cp)),
            _ if cp <= 0xffff => out.push_str(&format!("\\u{:04x}", cp)),
            _ => out.push_str(&format!("\\U{:08x}", cp)),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable()` for one character (CPython 3.11, Unicode 14.0).
fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    // Binary search over the sorted, disjoint non-printable ranges.
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// Value of a Unicode decimal digit (category Nd), as `Py_UNICODE_TODECIMAL` accepts them in
/// widths and precisions.
fn decimal_value(c: char) -> Option<usize> {
    if c.is_ascii_digit() {
        return Some(c as usize - '0' as usize);
    }
    let cp = c as u32;
    DECIMAL_ZEROS
        .iter()
        .find(|&&z| cp >= z && cp < z + 10)
        .map(|&z| (cp - z) as usize)
}

// ---------------------------------------------------------------------------------------------
// Format spec mini-language
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

/// A parsed `format_spec`. `fill` is the effective fill character: [`parse_format_spec`]
/// already sets it to '0' when the '0' flag applies (`zero_pad`).
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Sign,
    /// 'z' flag.
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
    /// A sign character ('+', '-' or ' ') was written. `Sign::Minus` cannot tell an explicit
    /// '-' from none, and CPython rejects an explicit '-' for str and for int 'c'.
    pub explicit_sign: bool,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Minus,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            kind: None,
            explicit_sign: false,
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// CPython's `get_integer`: a run of Unicode decimal digits, bounded by Py_ssize_t.
/// Returns the value and the number of digits consumed.
fn get_integer(c: &[char], pos: &mut usize) -> Result<(usize, usize), String> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = c.get(*pos).and_then(|&ch| decimal_value(ch)) {
        if acc > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

fn char_code_repr(k: char) -> String {
    // CPython prints a type code as '%c' only when it is printable ASCII.
    let code = k as u32;
    if code > 32 && code < 128 {
        k.to_string()
    } else {
        format!("\\x{:x}", code)
    }
}

fn unknown_code(k: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        char_code_repr(k),
        type_name
    )
}

/// Parses a `format()` spec. The only type-dependent message, "Invalid format specifier",
/// contains the placeholder `{type}` (replace its last occurrence with the type name).
/// Checks that depend on the default presentation type of the object (e.g. ',' on a str) are
/// done by the `format_*` functions.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;

    if let Some(a) = c.get(1).and_then(|&ch| align_of(ch)) {
        out.align = Some(a);
        out.fill = c[0];
        fill_specified = true;
        pos = 2;
    } else if let Some(a) = c.first().and_then(|&ch| align_of(ch)) {
        out.align = Some(a);
        pos = 1;
    }
    if let Some(&ch) = c.get(pos) {
        let sign = match ch {
            '+' => Some(Sign::Plus),
            '-' => Some(Sign::Minus),
            ' ' => Some(Sign::Space),
            _ => None,
        };
        if let Some(s) = sign {
            out.sign = s;
            out.explicit_sign = true;
            pos += 1;
        }
    }
    if c.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if c.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // The '0' flag only counts when no explicit fill was given; otherwise it is width.
    if !fill_specified && c.get(pos) == Some(&'0') {
        out.zero_pad = true;
        out.fill = '0';
        pos += 1;
    }
    let (w, consumed) = get_integer(&c, &mut pos)?;
    if consumed > 0 {
        out.width = Some(w);
    }
    if c.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if c.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if c.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if c.get(pos) == Some(&'.') {
        pos += 1;
        let (p, consumed) = get_integer(&c, &mut pos)?;
        if consumed == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        out.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{{type}}'",
            spec
        ));
    }
    if end - pos == 1 {
        out.kind = Some(c[pos]);
    }
    if out.kind.is_some() {
        grouping_for(&out, out.kind)?;
    }
    Ok(out)
}

/// Group size and separator for the digits, or the CPython error for a kind that does not
/// allow the requested separator. `kind` is the effective presentation type.
fn grouping_for(spec: &FormatSpec, kind: Option<char>) -> Result<Option<(usize, char)>, String> {
    let sep = match spec.grouping {
        None => return Ok(None),
        Some(sep @ (',' | '_')) => sep,
        Some(other) => return Err(format!("Invalid grouping separator '{}'", other)),
    };
    match kind {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(Some((3, sep))),
        // PEP 515: '_' groups binary/octal/hex digits by four.
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(Some((4, '_'))),
        Some(k) => Err(format!(
            "Cannot specify '{}' with '{}'.",
            sep,
            char_code_repr(k)
        )),
    }
}

fn check_width(spec: &FormatSpec) -> Result<i64, String> {
    match spec.width {
        None => Ok(-1),
        Some(w) if w > MAX_FIELD => Err("width too big".to_string()),
        Some(w) => Ok(w as i64),
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right and, when `min_width`
/// asks for it (zero padding with '='), pads with zeros *inside* the grouping.
fn insert_grouping(digits: &str, min_width: i64, group: Option<(usize, char)>) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut rev: Vec<char> = Vec::with_capacity(d.len() * 2);
    let mut min_width = min_width.max(0);
    let mut remaining = d.len() as i64;
    let mut dpos = d.len();
    let mut use_sep = false;
    let emit =
        |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, sep: Option<char>, dpos: &mut usize| {
            if let Some(s) = sep {
                rev.push(s);
            }
            for _ in 0..n_chars {
                *dpos -= 1;
                rev.push(d[*dpos]);
            }
            for _ in 0..n_zeros {
                rev.push('0');
            }
        };
    let mut broken = false;
    if let Some((size, sep)) = group {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(
                &mut rev,
                n_chars,
                n_zeros,
                if use_sep { Some(sep) } else { None },
                &mut dpos,
            );
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = if use_sep { group.map(|g| g.1) } else { None };
        emit(&mut rev, n_chars, n_zeros, sep, &mut dpos);
    }
    rev.iter().rev().collect()
}

/// The pieces of a formatted number, as `calc_number_widths` sees them.
struct NumParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// Integer digits (grouped); may be empty (inf, nan, 'c').
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (or after the digits when there is none).
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`.
fn layout_number(
    p: &NumParts,
    sign: &Sign,
    fill: char,
    align: &Align,
    width: i64,
    group: Option<(usize, char)>,
) -> String {
    let sign_char = match sign {
        Sign::Plus => Some(if p.negative { '-' } else { '+' }),
        Sign::Space => Some(if p.negative { '-' } else { ' ' }),
        Sign::Minus => p.negative.then_some('-'),
    };
    let n_non_digit = sign_char.is_some() as i64
        + p.prefix.chars().count() as i64
        + p.has_decimal as i64
        + p.remainder.chars().count() as i64;
    let min_width = if fill == '0' && *align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(p.digits, min_width, group)
    };
    let n_padding = width - (n_non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    let mut out = String::new();
    push_n(&mut out, fill, lpad);
    if let Some(s) = sign_char {
        out.push(s);
    }
    out.push_str(p.prefix);
    push_n(&mut out, fill, spad);
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_n(&mut out, fill, rpad);
    out
}

/// `parse_number`: splits "1234.5e+10" (sign already removed) into digits / point / rest.
fn split_number(s: &str) -> (&str, bool, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = s.split_at(n);
    match rest.strip_prefix('.') {
        Some(r) => (digits, true, r),
        None => (digits, false, rest),
    }
}

/// Numbers default to right alignment; the '0' flag without an explicit alignment means '='.
fn numeric_align(spec: &FormatSpec) -> Align {
    spec.align.clone().unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    })
}

fn check_float_precision(spec: &FormatSpec) -> Result<(), String> {
    match spec.precision {
        Some(p) if p > C_INT_MAX || p > MAX_FIELD => Err("precision too big".to_string()),
        _ => Ok(()),
    }
}

/// `format_float_internal`, shared by float and by int with a float presentation type.
fn format_float_internal(x: f64, spec: &FormatSpec) -> Result<String, String> {
    check_float_precision(spec)?;
    let width = check_width(spec)?;
    let group = grouping_for(spec, spec.kind)?;
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut x = x;
    let mut add_pct = false;
    let mut code = match spec.kind {
        None => {
            // Like repr without a precision; with one, like 'g' but keeping a ".0".
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some('%') => {
            x *= 100.0;
            add_pct = true;
            'f'
        }
        Some(k @ ('E' | 'F' | 'G')) => {
            flags.upper = true;
            k.to_ascii_lowercase()
        }
        Some(k) => k,
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut buf = double_to_string(x, code, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let (digits, has_decimal, remainder) = split_number(body);
    let parts = NumParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    // 'n' uses the C locale: no grouping.
    let group = if spec.kind == Some('n') { None } else { group };
    Ok(layout_number(
        &parts,
        &spec.sign,
        spec.fill,
        &numeric_align(spec),
        width,
        group,
    ))
}

/// `format(x, f'.{precision}f')` without any width, sign or grouping: the digits torch's tensor printing uses.
pub fn format_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, DtsFlags::default())
}

/// `format(x, f'.{precision}e')` without any width, sign or grouping.
pub fn format_exponent(x: f64, precision: usize) -> String {
    double_to_string(x, 'e', precision, DtsFlags::default())
}

/// `format(float, spec)`.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    grouping_for(spec, spec.kind)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec)
        }
        Some(k) => Err(unknown_code(k, "float")),
    }
}

// ---------------------------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

const DIGIT_LIMIT_MSG: &str = "Exceeds the limit (4300 digits) for integer string conversion; \
use sys.set_int_max_str_digits() to increase the limit";

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// Digits of |x| in `radix` (2, 8, 10 or 16), lower case; decimal output is subject to
    /// CPython's int max str digits limit.
    fn magnitude(self, radix: u32) -> Result<String, String> {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                Ok(match radix {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    16 => format!("{:x}", m),
                    _ => m.to_string(),
                })
            }
            IntRef::Big(b) => {
                let mag = b.magnitude();
                if radix == 10 {
                    // 2**14285 already has more than 4300 digits: refuse before the
                    // (quadratic) conversion.
                    if mag.bits() > 14_290 {
                        return Err(DIGIT_LIMIT_MSG.to_string());
                    }
                    let s = mag.to_str_radix(10);
                    if s.len() > INT_MAX_STR_DIGITS {
                        return Err(DIGIT_LIMIT_MSG.to_string());
                    }
                    return Ok(s);
                }
                Ok(mag.to_str_radix(radix))
            }
        }
    }

    /// `PyLong_AsDouble`: correctly rounded; OverflowError when out of range.
    fn to_f64(self) -> Result<f64, String> {
        let f = match self {
            IntRef::Small(v) => v as f64,
            IntRef::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        };
        if f.is_finite() {
            Ok(f)
        } else {
            Err("int too large to convert to float".to_string())
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

fn format_int_impl(v: IntRef, spec: &FormatSpec) -> Result<String, String> {
    let kind = spec.kind.unwrap_or('d');
    let group = grouping_for(spec, Some(kind))?;
    let radix = match kind {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'c' | 'd' | 'n' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_internal(v.to_f64()?, spec),
        k => return Err(unknown_code(k, "int")),
    };
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let width = check_width(spec)?;
    let align = numeric_align(spec);
    if kind == 'c' {
        if spec.sign != Sign::Minus || spec.explicit_sign {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        // OverflowError in CPython.
        let code = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&code) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let ch = char::from_u32(code as u32).ok_or_else(|| {
            format!(
                "nabla: surrogate code point U+{:04X} is not supported",
                code
            )
        })?;
        let s = ch.to_string();
        // The character is laid out as a "remainder": no grouping, no sign.
        let parts = NumParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &s,
        };
        return Ok(layout_number(
            &parts,
            &Sign::Minus,
            spec.fill,
            &align,
            width,
            None,
        ));
    }
    let prefix = if spec.alternate {
        match kind {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        }
    } else {
        ""
    };
    let mut digits = v.magnitude(radix)?;
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let group = if kind == 'n' { None } else { group };
    let parts = NumParts {
        negative: v.is_negative(),
        prefix,
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(
        &parts, &spec.sign, spec.fill, &align, width, group,
    ))
}

/// `format(int, spec)`.
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    match x.to_i64() {
        Some(v) => format_int_impl(IntRef::Small(v), spec),
        None => format_int_impl(IntRef::Big(x), spec),
    }
}

/// `format(int, spec)` for a machine integer; same result as [`format_int`].
pub fn format_i64(x: i64, spec: &FormatSpec) -> Result<String, String> {
    format_int_impl(IntRef::Small(x), spec)
}

/// `hex()`, `oct()`, `bin()` style: "-0x1f", "0o17", "0b101"; radix 10 (and any radix outside
/// 2..=36, which cannot come from Python) gives plain decimal with no digit limit.
pub fn int_to_str_radix(x: &BigInt, radix: u32) -> String {
    let radix = if (2..=36).contains(&radix) { radix } else { 10 };
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if x.is_negative() { "-" } else { "" };
    format!("{}{}{}", sign, prefix, x.magnitude().to_str_radix(radix))
}

// ---------------------------------------------------------------------------------------------
// Strings and complex numbers
// ---------------------------------------------------------------------------------------------

/// `calc_padding`: (left, right) padding for `nchars` in `width`.
fn calc_padding(nchars: i64, width: i64, align: &Align) -> (i64, i64) {
    let total = if width >= 0 {
        nchars.max(width)
    } else {
        nchars
    };
    let lpad = match align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (lpad, total - nchars - lpad)
}

/// `format(str, spec)`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    let kind = spec.kind.unwrap_or('s');
    grouping_for(spec, Some(kind))?;
    if kind != 's' {
        return Err(unknown_code(kind, "str"));
    }
    if spec.sign == Sign::Space {
        return Err("Space not allowed in string format specifier".to_string());
    }
    if spec.sign != Sign::Minus || spec.explicit_sign {
        return Err("Sign not allowed in string format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some(Align::AfterSign) {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let width = check_width(spec)?;
    // Precision counts code points.
    let body: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    let (lpad, rpad) = calc_padding(
        body.chars().count() as i64,
        width,
        spec.align.as_ref().unwrap_or(&Align::Left),
    );
    let mut out = String::with_capacity(body.len() + (lpad + rpad).max(0) as usize);
    push_n(&mut out, spec.fill, lpad);
    out.push_str(body);
    push_n(&mut out, spec.fill, rpad);
    Ok(out)
}

/// `format(complex, spec)`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    grouping_for(spec, spec.kind)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(k) => return Err(unknown_code(k, "complex")),
    }
    check_float_precision(spec)?;
    if spec.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some(Align::AfterSign) {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let width = check_width(spec)?;
    let group = if spec.kind == Some('n') {
        None
    } else {
        grouping_for(spec, spec.kind)?
    };
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtsFlags::default()
    };
    let mut skip_re = false;
    let mut add_parens = false;
    let mut default_precision = 6;
    let mut code = match spec.kind {
        None => {
            // Like str(complex): no ".0", and a +0 real part is omitted.
            default_precision = 0;
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                add_parens = true;
            }
            'r'
        }
        Some('n') => 'g',
        Some(k @ ('E' | 'F' | 'G')) => {
            flags.upper = true;
            k.to_ascii_lowercase()
        }
        Some(k) => k,
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let part = |v: f64, sign: &Sign| -> String {
        let buf = double_to_string(v, code, precision, flags);
        let (negative, body) = match buf.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, buf.as_str()),
        };
        let (digits, has_decimal, remainder) = split_number(body);
        let parts = NumParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        };
        layout_number(&parts, sign, ' ', &Align::Left, -1, group)
    };
    let re_s = if skip_re {
        String::new()
    } else {
        part(re, &spec.sign)
    };
    // The imaginary part always carries a sign unless it stands alone.
    let im_s = part(im, if skip_re { &spec.sign } else { &Sign::Plus });
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    body.push_str(&re_s);
    body.push_str(&im_s);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let align = spec.align.clone().unwrap_or(Align::Right);
    let (lpad, rpad) = calc_padding(body.chars().count() as i64, width, &align);
    let mut out = String::new();
    push_n(&mut out, spec.fill, lpad);
    out.push_str(&body);
    push_n(&mut out, spec.fill, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// printf-style '%' formatting
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct PctFlags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

fn parse_pct_flags(flags: &str) -> Result<PctFlags, String> {
    let mut f = PctFlags::default();
    for c in flags.chars() {
        match c {
            '-' => f.ljust = true,
            '+' => f.sign = true,
            ' ' => f.blank = true,
            '#' => f.alt = true,
            '0' => f.zero = true,
            _ => return Err(format!("invalid '%' conversion flag '{}'", c)),
        }
    }
    Ok(f)
}

fn check_pct_limits(width: Option<usize>, precision: Option<usize>) -> Result<(), String> {
    if width.is_some_and(|w| w > MAX_FIELD) {
        return Err("width too big".to_string());
    }
    if precision.is_some_and(|p| p > MAX_FIELD) {
        return Err("precision too big".to_string());
    }
    Ok(())
}

fn unsupported_pct(conv: char) -> String {
    match conv {
        'r' | 's' | 'a' => format!("'%{}' must be formatted by the caller", conv),
        _ => {
            let shown = if (' '..='~').contains(&conv) {
                conv
            } else {
                '?'
            };
            format!(
                "unsupported format character '{}' (0x{:x}) at index {{index}}",
                shown, conv as u32
            )
        }
    }
}

/// `unicode_format_arg_output`: width, sign, '0'-fill and '#' prefix handling for one
/// converted value. `numeric` is CPython's `arg->sign` (true for d/i/u/o/x/X/e/f/g kinds).
fn pct_output(s: &str, f: &PctFlags, width: Option<usize>, conv: char, numeric: bool) -> String {
    let fill = if numeric && f.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut pindex = 0usize;
    let mut width = width.map_or(-1, |w| w as i64);
    let mut sign = numeric;
    let mut signchar = ' ';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex += 1;
            }
            _ if f.sign => signchar = '+',
            _ if f.blank => signchar = ' ',
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::with_capacity(width.max(0) as usize + 1);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = f.alt && matches!(conv, 'x' | 'X' | 'o');
    let push_prefix = |out: &mut String, pindex: &mut usize| {
        for _ in 0..2 {
            if let Some(&c) = chars.get(*pindex) {
                out.push(c);
            }
            *pindex += 1;
        }
    };
    if alt_prefix {
        if fill != ' ' {
            push_prefix(&mut out, &mut pindex);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !f.ljust {
        push_n(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            push_prefix(&mut out, &mut pindex);
        }
    }
    out.extend(chars.iter().skip(pindex).take(len.max(0) as usize));
    if width > len {
        push_n(&mut out, ' ', width - len);
    }
    out
}

/// `'%<flags><width>.<precision><conv>' % x` for a float. d/i/u truncate like `int(x)`;
/// `{index}` in the unsupported-character message is the caller's to fill in.
pub fn percent_format_float(
    x: f64,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, String> {
    let f = parse_pct_flags(flags)?;
    check_pct_limits(width, precision)?;
    match conv {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let dflags = DtsFlags {
                alt: f.alt,
                upper: conv.is_ascii_uppercase(),
                ..DtsFlags::default()
            };
            let s = double_to_string(x, conv.to_ascii_lowercase(), precision.unwrap_or(6), dflags);
            Ok(pct_output(&s, &f, width, conv, true))
        }
        'd' | 'i' | 'u' => {
            if x.is_nan() {
                return Err("cannot convert float NaN to integer".to_string());
            }
            // OverflowError in CPython.
            let b = BigInt::from_f64(x.trunc())
                .ok_or_else(|| "cannot convert float infinity to integer".to_string())?;
            percent_format_int(&b, flags, width, precision, conv)
        }
        // TypeError in CPython.
        'o' | 'x' | 'X' => Err(format!(
            "%{} format: an integer is required, not float",
            conv
        )),
        'c' => Err("%c requires int or char".to_string()),
        '%' => Ok("%".to_string()),
        _ => Err(unsupported_pct(conv)),
    }
}

/// `'%<flags><width>.<precision><conv>' % n` for an int; float conversions go through
/// `float(n)`.
pub fn percent_format_int(
    x: &BigInt,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, String> {
    let f = parse_pct_flags(flags)?;
    check_pct_limits(width, precision)?;
    let v = match x.to_i64() {
        Some(s) => IntRef::Small(s),
        None => IntRef::Big(x),
    };
    match conv {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            // `_PyUnicode_FormatLong`: sign, optional prefix, precision as minimum digits.
            let radix = match conv {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let mut digits = v.magnitude(radix)?;
            if conv == 'X' {
                digits.make_ascii_uppercase();
            }
            let mut s = String::new();
            if v.is_negative() {
                s.push('-');
            }
            if f.alt {
                s.push_str(match conv {
                    'o' => "0o",
                    'x' => "0x",
                    'X' => "0X",
                    _ => "",
                });
            }
            let prec = precision.unwrap_or(0);
            push_n(&mut s, '0', prec as i64 - digits.len() as i64);
            s.push_str(&digits);
            Ok(pct_output(&s, &f, width, conv, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            percent_format_float(v.to_f64()?, flags, width, precision, conv)
        }
        'c' => {
            // OverflowError in CPython, also for values beyond a C long.
            let code = v.to_i64().filter(|c| (0..=0x10ffff).contains(c));
            let code = code.ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
            let ch = char::from_u32(code as u32).ok_or_else(|| {
                format!(
                    "nabla: surrogate code point U+{:04X} is not supported",
                    code
                )
            })?;
            Ok(pct_output(&ch.to_string(), &f, width, conv, false))
        }
        '%' => Ok("%".to_string()),
        _ => Err(unsupported_pct(conv)),
    }
}

// ---------------------------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0)
// ---------------------------------------------------------------------------------------------

/// Code points >= U+0080 for which `str.isprintable()` is false, as inclusive ranges.
#[rustfmt::skip]
static NON_PRINTABLE: &[(u32, u32)] = &[
    (0x80, 0xa0), (0xad, 0xad), (0x378, 0x379), (0x380, 0x383), (0x38b, 0x38b), (0x38d, 0x38d), (0x3a2, 0x3a2), (0x530, 0x530),
    (0x557, 0x558), (0x58b, 0x58c), (0x590, 0x590), (0x5c8, 0x5cf), (0x5eb, 0x5ee), (0x5f5, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd),
    (0x70e, 0x70f), (0x74b, 0x74c), (0x7b2, 0x7bf), (0x7fb, 0x7fc), (0x82e, 0x82f), (0x83f, 0x83f), (0x85c, 0x85d), (0x85f, 0x85f),
    (0x86b, 0x86f), (0x88f, 0x897), (0x8e2, 0x8e2), (0x984, 0x984), (0x98d, 0x98e), (0x991, 0x992), (0x9a9, 0x9a9), (0x9b1, 0x9b1),
    (0x9b3, 0x9b5), (0x9ba, 0x9bb), (0x9c5, 0x9c6), (0x9c9, 0x9ca), (0x9cf, 0x9d6), (0x9d8, 0x9db), (0x9de, 0x9de), (0x9e4, 0x9e5),
    (0x9ff, 0xa00), (0xa04, 0xa04), (0xa0b, 0xa0e), (0xa11, 0xa12), (0xa29, 0xa29), (0xa31, 0xa31), (0xa34, 0xa34), (0xa37, 0xa37),
    (0xa3a, 0xa3b), (0xa3d, 0xa3d), (0xa43, 0xa46), (0xa49, 0xa4a), (0xa4e, 0xa50), (0xa52, 0xa58), (0xa5d, 0xa5d), (0xa5f, 0xa65),
    (0xa77, 0xa80), (0xa84, 0xa84), (0xa8e, 0xa8e), (0xa92, 0xa92), (0xaa9, 0xaa9), (0xab1, 0xab1), (0xab4, 0xab4), (0xaba, 0xabb),
    (0xac6, 0xac6), (0xaca, 0xaca), (0xace, 0xacf), (0xad1, 0xadf), (0xae4, 0xae5), (0xaf2, 0xaf8), (0xb00, 0xb00), (0xb04, 0xb04),
    (0xb0d, 0xb0e), (0xb11, 0xb12), (0xb29, 0xb29), (0xb31, 0xb31), (0xb34, 0xb34), (0xb3a, 0xb3b), (0xb45, 0xb46), (0xb49, 0xb4a),
    (0xb4e, 0xb54), (0xb58, 0xb5b), (0xb5e, 0xb5e), (0xb64, 0xb65), (0xb78, 0xb81), (0xb84, 0xb84), (0xb8b, 0xb8d), (0xb91, 0xb91),
    (0xb96, 0xb98), (0xb9b, 0xb9b), (0xb9d, 0xb9d), (0xba0, 0xba2), (0xba5, 0xba7), (0xbab, 0xbad), (0xbba, 0xbbd), (0xbc3, 0xbc5),
    (0xbc9, 0xbc9), (0xbce, 0xbcf), (0xbd1, 0xbd6), (0xbd8, 0xbe5), (0xbfb, 0xbff), (0xc0d, 0xc0d), (0xc11, 0xc11), (0xc29, 0xc29),
    (0xc3a, 0xc3b), (0xc45, 0xc45), (0xc49, 0xc49), (0xc4e, 0xc54), (0xc57, 0xc57), (0xc5b, 0xc5c), (0xc5e, 0xc5f), (0xc64, 0xc65),
    (0xc70, 0xc76), (0xc8d, 0xc8d), (0xc91, 0xc91), (0xca9, 0xca9), (0xcb4, 0xcb4), (0xcba, 0xcbb), (0xcc5, 0xcc5), (0xcc9, 0xcc9),
    (0xcce, 0xcd4), (0xcd7, 0xcdc), (0xcdf, 0xcdf), (0xce4, 0xce5), (0xcf0, 0xcf0), (0xcf3, 0xcff), (0xd0d, 0xd0d), (0xd11, 0xd11),
    (0xd45, 0xd45), (0xd49, 0xd49), (0xd50, 0xd53), (0xd64, 0xd65), (0xd80, 0xd80), (0xd84, 0xd84), (0xd97, 0xd99), (0xdb2, 0xdb2),
    (0xdbc, 0xdbc), (0xdbe, 0xdbf), (0xdc7, 0xdc9), (0xdcb, 0xdce), (0xdd5, 0xdd5), (0xdd7, 0xdd7), (0xde0, 0xde5), (0xdf0, 0xdf1),
    (0xdf5, 0xe00), (0xe3b, 0xe3e), (0xe5c, 0xe80), (0xe83, 0xe83), (0xe85, 0xe85), (0xe8b, 0xe8b), (0xea4, 0xea4), (0xea6, 0xea6),
    (0xebe, 0xebf), (0xec5, 0xec5), (0xec7, 0xec7), (0xece, 0xecf), (0xeda, 0xedb), (0xee0, 0xeff), (0xf48, 0xf48), (0xf6d, 0xf70),
    (0xf98, 0xf98), (0xfbd, 0xfbd), (0xfcd, 0xfcd), (0xfdb, 0xfff), (0x10c6, 0x10c6), (0x10c8, 0x10cc), (0x10ce, 0x10cf), (0x1249, 0x1249),
    (0x124e, 0x124f), (0x1257, 0x1257), (0x1259, 0x1259), (0x125e, 0x125f), (0x1289, 0x1289), (0x128e, 0x128f), (0x12b1, 0x12b1), (0x12b6, 0x12b7),
    (0x12bf, 0x12bf), (0x12c1, 0x12c1), (0x12c6, 0x12c7), (0x12d7, 0x12d7), (0x1311, 0x1311), (0x1316, 0x1317), (0x135b, 0x135c), (0x137d, 0x137f),
    (0x139a, 0x139f), (0x13f6, 0x13f7), (0x13fe, 0x13ff), (0x1680, 0x1680), (0x169d, 0x169f), (0x16f9, 0x16ff), (0x1716, 0x171e), (0x1737, 0x173f),
    (0x1754, 0x175f), (0x176d, 0x176d), (0x1771, 0x1771), (0x1774, 0x177f), (0x17de, 0x17df), (0x17ea, 0x17ef), (0x17fa, 0x17ff), (0x180e, 0x180e),
    (0x181a, 0x181f), (0x1879, 0x187f), (0x18ab, 0x18af), (0x18f6, 0x18ff), (0x191f, 0x191f), (0x192c, 0x192f), (0x193c, 0x193f), (0x1941, 0x1943),
    (0x196e, 0x196f), (0x1975, 0x197f), (0x19ac, 0x19af), (0x19ca, 0x19cf), (0x19db, 0x19dd), (0x1a1c, 0x1a1d), (0x1a5f, 0x1a5f), (0x1a7d, 0x1a7e),
    (0x1a8a, 0x1a8f), (0x1a9a, 0x1a9f), (0x1aae, 0x1aaf), (0x1acf, 0x1aff), (0x1b4d, 0x1b4f), (0x1b7f, 0x1b7f), (0x1bf4, 0x1bfb), (0x1c38, 0x1c3a),
    (0x1c4a, 0x1c4c), (0x1c89, 0x1c8f), (0x1cbb, 0x1cbc), (0x1cc8, 0x1ccf), (0x1cfb, 0x1cff), (0x1f16, 0x1f17), (0x1f1e, 0x1f1f), (0x1f46, 0x1f47),
    (0x1f4e, 0x1f4f), (0x1f58, 0x1f58), (0x1f5a, 0x1f5a), (0x1f5c, 0x1f5c), (0x1f5e, 0x1f5e), (0x1f7e, 0x1f7f), (0x1fb5, 0x1fb5), (0x1fc5, 0x1fc5),
    (0x1fd4, 0x1fd5), (0x1fdc, 0x1fdc), (0x1ff0, 0x1ff1), (0x1ff5, 0x1ff5), (0x1fff, 0x200f), (0x2028, 0x202f), (0x205f, 0x206f), (0x2072, 0x2073),
    (0x208f, 0x208f), (0x209d, 0x209f), (0x20c1, 0x20cf), (0x20f1, 0x20ff), (0x218c, 0x218f), (0x2427, 0x243f), (0x244b, 0x245f), (0x2b74, 0x2b75),
    (0x2b96, 0x2b96), (0x2cf4, 0x2cf8), (0x2d26, 0x2d26), (0x2d28, 0x2d2c), (0x2d2e, 0x2d2f), (0x2d68, 0x2d6e), (0x2d71, 0x2d7e), (0x2d97, 0x2d9f),
    (0x2da7, 0x2da7), (0x2daf, 0x2daf), (0x2db7, 0x2db7), (0x2dbf, 0x2dbf), (0x2dc7, 0x2dc7), (0x2dcf, 0x2dcf), (0x2dd7, 0x2dd7), (0x2ddf, 0x2ddf),
    (0x2e5e, 0x2e7f), (0x2e9a, 0x2e9a), (0x2ef4, 0x2eff), (0x2fd6, 0x2fef), (0x2ffc, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104),
    (0x3130, 0x3130), (0x318f, 0x318f), (0x31e4, 0x31ef), (0x321f, 0x321f), (0xa48d, 0xa48f), (0xa4c7, 0xa4cf), (0xa62c, 0xa63f), (0xa6f8, 0xa6ff),
    (0xa7cb, 0xa7cf), (0xa7d2, 0xa7d2), (0xa7d4, 0xa7d4), (0xa7da, 0xa7f1), (0xa82d, 0xa82f), (0xa83a, 0xa83f), (0xa878, 0xa87f), (0xa8c6, 0xa8cd),
    (0xa8da, 0xa8df), (0xa954, 0xa95e), (0xa97d, 0xa97f), (0xa9ce, 0xa9ce), (0xa9da, 0xa9dd), (0xa9ff, 0xa9ff), (0xaa37, 0xaa3f), (0xaa4e, 0xaa4f),
    (0xaa5a, 0xaa5b), (0xaac3, 0xaada), (0xaaf7, 0xab00), (0xab07, 0xab08), (0xab0f, 0xab10), (0xab17, 0xab1f), (0xab27, 0xab27), (0xab2f, 0xab2f),
    (0xab6c, 0xab6f), (0xabee, 0xabef), (0xabfa, 0xabff), (0xd7a4, 0xd7af), (0xd7c7, 0xd7ca), (0xd7fc, 0xf8ff), (0xfa6e, 0xfa6f), (0xfada, 0xfaff),
    (0xfb07, 0xfb12), (0xfb18, 0xfb1c), (0xfb37, 0xfb37), (0xfb3d, 0xfb3d), (0xfb3f, 0xfb3f), (0xfb42, 0xfb42), (0xfb45, 0xfb45), (0xfbc3, 0xfbd2),
    (0xfd90, 0xfd91), (0xfdc8, 0xfdce), (0xfdd0, 0xfdef), (0xfe1a, 0xfe1f), (0xfe53, 0xfe53), (0xfe67, 0xfe67), (0xfe6c, 0xfe6f), (0xfe75, 0xfe75),
    (0xfefd, 0xff00), (0xffbf, 0xffc1), (0xffc8, 0xffc9), (0xffd0, 0xffd1), (0xffd8, 0xffd9), (0xffdd, 0xffdf), (0xffe7, 0xffe7), (0xffef, 0xfffb),
    (0xfffe, 0xffff), (0x1000c, 0x1000c), (0x10027, 0x10027), (0x1003b, 0x1003b), (0x1003e, 0x1003e), (0x1004e, 0x1004f), (0x1005e, 0x1007f), (0x100fb, 0x100ff),
    (0x10103, 0x10106), (0x10134, 0x10136), (0x1018f, 0x1018f), (0x1019d, 0x1019f), (0x101a1, 0x101cf), (0x101fe, 0x1027f), (0x1029d, 0x1029f), (0x102d1, 0x102df),
    (0x102fc, 0x102ff), (0x10324, 0x1032c), (0x1034b, 0x1034f), (0x1037b, 0x1037f), (0x1039e, 0x1039e), (0x103c4, 0x103c7), (0x103d6, 0x103ff), (0x1049e, 0x1049f),
    (0x104aa, 0x104af), (0x104d4, 0x104d7), (0x104fc, 0x104ff), (0x10528, 0x1052f), (0x10564, 0x1056e), (0x1057b, 0x1057b), (0x1058b, 0x1058b), (0x10593, 0x10593),
    (0x10596, 0x10596), (0x105a2, 0x105a2), (0x105b2, 0x105b2), (0x105ba, 0x105ba), (0x105bd, 0x105ff), (0x10737, 0x1073f), (0x10756, 0x1075f), (0x10768, 0x1077f),
    (0x10786, 0x10786), (0x107b1, 0x107b1), (0x107bb, 0x107ff), (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836), (0x10839, 0x1083b), (0x1083d, 0x1083e),
    (0x10856, 0x10856), (0x1089f, 0x108a6), (0x108b0, 0x108df), (0x108f3, 0x108f3), (0x108f6, 0x108fa), (0x1091c, 0x1091e), (0x1093a, 0x1093e), (0x10940, 0x1097f),
    (0x109b8, 0x109bb), (0x109d0, 0x109d1), (0x10a04, 0x10a04), (0x10a07, 0x10a0b), (0x10a14, 0x10a14), (0x10a18, 0x10a18), (0x10a36, 0x10a37), (0x10a3b, 0x10a3e),
    (0x10a49, 0x10a4f), (0x10a59, 0x10a5f), (0x10aa0, 0x10abf), (0x10ae7, 0x10aea), (0x10af7, 0x10aff), (0x10b36, 0x10b38), (0x10b56, 0x10b57), (0x10b73, 0x10b77),
    (0x10b92, 0x10b98), (0x10b9d, 0x10ba8), (0x10bb0, 0x10bff), (0x10c49, 0x10c7f), (0x10cb3, 0x10cbf), (0x10cf3, 0x10cf9), (0x10d28, 0x10d2f), (0x10d3a, 0x10e5f),
    (0x10e7f, 0x10e7f), (0x10eaa, 0x10eaa), (0x10eae, 0x10eaf), (0x10eb2, 0x10eff), (0x10f28, 0x10f2f), (0x10f5a, 0x10f6f), (0x10f8a, 0x10faf), (0x10fcc, 0x10fdf),
    (0x10ff7, 0x10fff), (0x1104e, 0x11051), (0x11076, 0x1107e), (0x110bd, 0x110bd), (0x110c3, 0x110cf), (0x110e9, 0x110ef), (0x110fa, 0x110ff), (0x11135, 0x11135),
    (0x11148, 0x1114f), (0x11177, 0x1117f), (0x111e0, 0x111e0), (0x111f5, 0x111ff), (0x11212, 0x11212), (0x1123f, 0x1127f), (0x11287, 0x11287), (0x11289, 0x11289),
    (0x1128e, 0x1128e), (0x1129e, 0x1129e), (0x112aa, 0x112af), (0x112eb, 0x112ef), (0x112fa, 0x112ff), (0x11304, 0x11304), (0x1130d, 0x1130e), (0x11311, 0x11312),
    (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334), (0x1133a, 0x1133a), (0x11345, 0x11346), (0x11349, 0x1134a), (0x1134e, 0x1134f), (0x11351, 0x11356),
    (0x11358, 0x1135c), (0x11364, 0x11365), (0x1136d, 0x1136f), (0x11375, 0x113ff), (0x1145c, 0x1145c), (0x11462, 0x1147f), (0x114c8, 0x114cf), (0x114da, 0x1157f),
    (0x115b6, 0x115b7), (0x115de, 0x115ff), (0x11645, 0x1164f), (0x1165a, 0x1165f), (0x1166d, 0x1167f), (0x116ba, 0x116bf), (0x116ca, 0x116ff), (0x1171b, 0x1171c),
    (0x1172c, 0x1172f), (0x11747, 0x117ff), (0x1183c, 0x1189f), (0x118f3, 0x118fe), (0x11907, 0x11908), (0x1190a, 0x1190b), (0x11914, 0x11914), (0x11917, 0x11917),
    (0x11936, 0x11936), (0x11939, 0x1193a), (0x11947, 0x1194f), (0x1195a, 0x1199f), (0x119a8, 0x119a9), (0x119d8, 0x119d9), (0x119e5, 0x119ff), (0x11a48, 0x11a4f),
    (0x11aa3, 0x11aaf), (0x11af9, 0x11bff), (0x11c09, 0x11c09), (0x11c37, 0x11c37), (0x11c46, 0x11c4f), (0x11c6d, 0x11c6f), (0x11c90, 0x11c91), (0x11ca8, 0x11ca8),
    (0x11cb7, 0x11cff), (0x11d07, 0x11d07), (0x11d0a, 0x11d0a), (0x11d37, 0x11d39), (0x11d3b, 0x11d3b), (0x11d3e, 0x11d3e), (0x11d48, 0x11d4f), (0x11d5a, 0x11d5f),
    (0x11d66, 0x11d66), (0x11d69, 0x11d69), (0x11d8f, 0x11d8f), (0x11d92, 0x11d92), (0x11d99, 0x11d9f), (0x11daa, 0x11edf), (0x11ef9, 0x11faf), (0x11fb1, 0x11fbf),
    (0x11ff2, 0x11ffe), (0x1239a, 0x123ff), (0x1246f, 0x1246f), (0x12475, 0x1247f), (0x12544, 0x12f8f), (0x12ff3, 0x12fff), (0x1342f, 0x143ff), (0x14647, 0x167ff),
    (0x16a39, 0x16a3f), (0x16a5f, 0x16a5f), (0x16a6a, 0x16a6d), (0x16abf, 0x16abf), (0x16aca, 0x16acf), (0x16aee, 0x16aef), (0x16af6, 0x16aff), (0x16b46, 0x16b4f),
    (0x16b5a, 0x16b5a), (0x16b62, 0x16b62), (0x16b78, 0x16b7c), (0x16b90, 0x16e3f), (0x16e9b, 0x16eff), (0x16f4b, 0x16f4e), (0x16f88, 0x16f8e), (0x16fa0, 0x16fdf),
    (0x16fe5, 0x16fef), (0x16ff2, 0x16fff), (0x187f8, 0x187ff), (0x18cd6, 0x18cff), (0x18d09, 0x1afef), (0x1aff4, 0x1aff4), (0x1affc, 0x1affc), (0x1afff, 0x1afff),
    (0x1b123, 0x1b14f), (0x1b153, 0x1b163), (0x1b168, 0x1b16f), (0x1b2fc, 0x1bbff), (0x1bc6b, 0x1bc6f), (0x1bc7d, 0x1bc7f), (0x1bc89, 0x1bc8f), (0x1bc9a, 0x1bc9b),
    (0x1bca0, 0x1ceff), (0x1cf2e, 0x1cf2f), (0x1cf47, 0x1cf4f), (0x1cfc4, 0x1cfff), (0x1d0f6, 0x1d0ff), (0x1d127, 0x1d128), (0x1d173, 0x1d17a), (0x1d1eb, 0x1d1ff),
    (0x1d246, 0x1d2df), (0x1d2f4, 0x1d2ff), (0x1d357, 0x1d35f), (0x1d379, 0x1d3ff), (0x1d455, 0x1d455), (0x1d49d, 0x1d49d), (0x1d4a0, 0x1d4a1), (0x1d4a3, 0x1d4a4),
    (0x1d4a7, 0x1d4a8), (0x1d4ad, 0x1d4ad), (0x1d4ba, 0x1d4ba), (0x1d4bc, 0x1d4bc), (0x1d4c4, 0x1d4c4), (0x1d506, 0x1d506), (0x1d50b, 0x1d50c), (0x1d515, 0x1d515),
    (0x1d51d, 0x1d51d), (0x1d53a, 0x1d53a), (0x1d53f, 0x1d53f), (0x1d545, 0x1d545), (0x1d547, 0x1d549), (0x1d551, 0x1d551), (0x1d6a6, 0x1d6a7), (0x1d7cc, 0x1d7cd),
    (0x1da8c, 0x1da9a), (0x1daa0, 0x1daa0), (0x1dab0, 0x1deff), (0x1df1f, 0x1dfff), (0x1e007, 0x1e007), (0x1e019, 0x1e01a), (0x1e022, 0x1e022), (0x1e025, 0x1e025),
    (0x1e02b, 0x1e0ff), (0x1e12d, 0x1e12f), (0x1e13e, 0x1e13f), (0x1e14a, 0x1e14d), (0x1e150, 0x1e28f), (0x1e2af, 0x1e2bf), (0x1e2fa, 0x1e2fe), (0x1e300, 0x1e7df),
    (0x1e7e7, 0x1e7e7), (0x1e7ec, 0x1e7ec), (0x1e7ef, 0x1e7ef), (0x1e7ff, 0x1e7ff), (0x1e8c5, 0x1e8c6), (0x1e8d7, 0x1e8ff), (0x1e94c, 0x1e94f), (0x1e95a, 0x1e95d),
    (0x1e960, 0x1ec70), (0x1ecb5, 0x1ed00), (0x1ed3e, 0x1edff), (0x1ee04, 0x1ee04), (0x1ee20, 0x1ee20), (0x1ee23, 0x1ee23), (0x1ee25, 0x1ee26), (0x1ee28, 0x1ee28),
    (0x1ee33, 0x1ee33), (0x1ee38, 0x1ee38), (0x1ee3a, 0x1ee3a), (0x1ee3c, 0x1ee41), (0x1ee43, 0x1ee46), (0x1ee48, 0x1ee48), (0x1ee4a, 0x1ee4a), (0x1ee4c, 0x1ee4c),
    (0x1ee50, 0x1ee50), (0x1ee53, 0x1ee53), (0x1ee55, 0x1ee56), (0x1ee58, 0x1ee58), (0x1ee5a, 0x1ee5a), (0x1ee5c, 0x1ee5c), (0x1ee5e, 0x1ee5e), (0x1ee60, 0x1ee60),
    (0x1ee63, 0x1ee63), (0x1ee65, 0x1ee66), (0x1ee6b, 0x1ee6b), (0x1ee73, 0x1ee73), (0x1ee78, 0x1ee78), (0x1ee7d, 0x1ee7d), (0x1ee7f, 0x1ee7f), (0x1ee8a, 0x1ee8a),
    (0x1ee9c, 0x1eea0), (0x1eea4, 0x1eea4), (0x1eeaa, 0x1eeaa), (0x1eebc, 0x1eeef), (0x1eef2, 0x1efff), (0x1f02c, 0x1f02f), (0x1f094, 0x1f09f), (0x1f0af, 0x1f0b0),
    (0x1f0c0, 0x1f0c0), (0x1f0d0, 0x1f0d0), (0x1f0f6, 0x1f0ff), (0x1f1ae, 0x1f1e5), (0x1f203, 0x1f20f), (0x1f23c, 0x1f23f), (0x1f249, 0x1f24f), (0x1f252, 0x1f25f),
    (0x1f266, 0x1f2ff), (0x1f6d8, 0x1f6dc), (0x1f6ed, 0x1f6ef), (0x1f6fd, 0x1f6ff), (0x1f774, 0x1f77f), (0x1f7d9, 0x1f7df), (0x1f7ec, 0x1f7ef), (0x1f7f1, 0x1f7ff),
    (0x1f80c, 0x1f80f), (0x1f848, 0x1f84f), (0x1f85a, 0x1f85f), (0x1f888, 0x1f88f), (0x1f8ae, 0x1f8af), (0x1f8b2, 0x1f8ff), (0x1fa54, 0x1fa5f), (0x1fa6e, 0x1fa6f),
    (0x1fa75, 0x1fa77), (0x1fa7d, 0x1fa7f), (0x1fa87, 0x1fa8f), (0x1faad, 0x1faaf), (0x1fabb, 0x1fabf), (0x1fac6, 0x1facf), (0x1fada, 0x1fadf), (0x1fae8, 0x1faef),
    (0x1faf7, 0x1faff), (0x1fb93, 0x1fb93), (0x1fbcb, 0x1fbef), (0x1fbfa, 0x1ffff), (0x2a6e0, 0x2a6ff), (0x2b739, 0x2b73f), (0x2b81e, 0x2b81f), (0x2cea2, 0x2ceaf),
    (0x2ebe1, 0x2f7ff), (0x2fa1e, 0x2ffff), (0x3134b, 0xe00ff), (0xe01f0, 0x10ffff),
];

/// First code point (the zero) of each run of ten Unicode decimal digits (category Nd).
#[rustfmt::skip]
static DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
    0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Python's `str.splitlines(keepends)`: the lines of `text` split at every boundary Python knows, `\r\n` as one.
pub fn splitlines(text: &str, keepends: bool) -> Vec<&str> {
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    end = j + 1;
                }
            }
            out.push(&text[start..if keepends { end } else { i }]);
            start = end;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
#[path = "python_cases.rs"]
mod tests;
