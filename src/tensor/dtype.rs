//! Element types and the type-promotion rules of NumPy 2 (NEP 50, weak Python scalars) and of PyTorch.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
    C64,
    C128,
    /// NumPy's fixed-width unicode string `<U{n}`: `n` UCS4 code points per element, NUL-padded (trailing NULs
    /// are not part of the value). Stored as `n` `u32` code units per element; see `Tensor::units`.
    Str(u32),
    /// NumPy's fixed-width bytes `|S{n}`: `n` bytes per element, NUL-padded, stored as `n` `u8` units.
    Bytes(u32),
}

/// The broad kind of a dtype, ordered bool < integer < float < complex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Bool,
    Int,
    Float,
    Complex,
    /// Unicode and bytes strings: no arithmetic, only copies, comparisons and sorting.
    Str,
}

impl DType {
    pub const ALL: [DType; 15] = [
        DType::Bool,
        DType::I8,
        DType::I16,
        DType::I32,
        DType::I64,
        DType::U8,
        DType::U16,
        DType::U32,
        DType::U64,
        DType::F16,
        DType::BF16,
        DType::F32,
        DType::F64,
        DType::C64,
        DType::C128,
    ];

    /// NumPy's name (`float64`); PyTorch spells the same types differently.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::I64 => "int64",
            DType::U8 => "uint8",
            DType::U16 => "uint16",
            DType::U32 => "uint32",
            DType::U64 => "uint64",
            DType::F16 => "float16",
            DType::BF16 => "bfloat16",
            DType::F32 => "float32",
            DType::F64 => "float64",
            DType::C64 => "complex64",
            DType::C128 => "complex128",
            DType::Str(_) => "str",
            DType::Bytes(_) => "bytes",
        }
    }

    /// NumPy's `dtype.str` / `str(dtype)` spelling for string dtypes (`<U3`, `|S2`); the name otherwise.
    pub fn numpy_str(self) -> String {
        match self {
            DType::Str(n) => format!("<U{n}"),
            DType::Bytes(n) => format!("|S{n}"),
            d => d.name().to_string(),
        }
    }

    /// NumPy's `dtype.name` (`str96` for `<U3`: the bits of an element).
    pub fn numpy_name(self) -> String {
        match self {
            DType::Str(n) => format!("str{}", 32 * n),
            DType::Bytes(n) => format!("bytes{}", 8 * n),
            d => d.name().to_string(),
        }
    }

    /// Whether this is a string dtype (`<U{n}` or `|S{n}`).
    pub fn is_string(self) -> bool {
        matches!(self, DType::Str(_) | DType::Bytes(_))
    }

    /// Code units per element: the width of a string dtype, 1 for every other dtype.
    pub fn units(self) -> usize {
        match self {
            DType::Str(n) | DType::Bytes(n) => n as usize,
            _ => 1,
        }
    }

    /// The dtype of one code unit of a string dtype (`uint32` for unicode, `uint8` for bytes); itself otherwise.
    pub fn unit_dtype(self) -> DType {
        match self {
            DType::Str(_) => DType::U32,
            DType::Bytes(_) => DType::U8,
            d => d,
        }
    }

    /// Parse NumPy dtype spellings: names, aliases and type codes (`'f8'`, `'int'`, `'float'`, `'i4'`).
    pub fn parse(s: &str) -> Option<DType> {
        Some(match s {
            "bool" | "bool_" | "?" | "b1" => DType::Bool,
            "int8" | "i1" | "b" | "byte" => DType::I8,
            "int16" | "i2" | "h" | "short" => DType::I16,
            "int32" | "i4" | "i" | "intc" => DType::I32,
            "int64" | "i8" | "l" | "q" | "int" | "int_" | "long" | "longlong" | "intp" => {
                DType::I64
            }
            "uint8" | "u1" | "B" | "ubyte" => DType::U8,
            "uint16" | "u2" | "H" | "ushort" => DType::U16,
            "uint32" | "u4" | "I" | "uintc" => DType::U32,
            "uint64" | "u8" | "L" | "Q" | "uint" | "ulong" | "ulonglong" | "uintp" => DType::U64,
            "float16" | "f2" | "e" | "half" => DType::F16,
            "bfloat16" => DType::BF16,
            "float32" | "f4" | "f" | "single" => DType::F32,
            "float64" | "f8" | "d" | "float" | "double" | "float_" => DType::F64,
            "complex64" | "c8" | "F" | "csingle" => DType::C64,
            "complex128" | "c16" | "D" | "complex" | "cdouble" | "complex_" => DType::C128,
            _ => return DType::parse_string(s),
        })
    }

    /// String dtype spellings: `U`, `U3`, `<U3`, `=U3`, `str`, `str_`, `unicode`, `S2`, `|S2`, `bytes`, `bytes_`, `a2`.
    /// A width of 0 (bare `U`) is NumPy's flexible dtype, sized from the data; the caller resolves it.
    fn parse_string(s: &str) -> Option<DType> {
        match s {
            "str" | "str_" | "unicode" | "U" | "<U" | "=U" => return Some(DType::Str(0)),
            "bytes" | "bytes_" | "S" | "|S" | "a" => return Some(DType::Bytes(0)),
            _ => {}
        }
        let t = s.trim_start_matches(['<', '=', '|']);
        let (code, digits) = t.split_at(t.char_indices().nth(1).map(|(i, _)| i).unwrap_or(t.len()));
        let n: u32 = digits.parse().ok()?;
        if digits.starts_with('+') {
            return None;
        }
        match code {
            "U" if !s.starts_with('|') => Some(DType::Str(n)),
            "S" | "a" if !s.starts_with('<') => Some(DType::Bytes(n)),
            _ => None,
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            DType::Bool => Kind::Bool,
            DType::I8
            | DType::I16
            | DType::I32
            | DType::I64
            | DType::U8
            | DType::U16
            | DType::U32
            | DType::U64 => Kind::Int,
            DType::F16 | DType::BF16 | DType::F32 | DType::F64 => Kind::Float,
            DType::C64 | DType::C128 => Kind::Complex,
            DType::Str(_) | DType::Bytes(_) => Kind::Str,
        }
    }

    pub fn itemsize(self) -> usize {
        match self {
            DType::Str(n) => 4 * n as usize,
            DType::Bytes(n) => n as usize,
            DType::Bool | DType::I8 | DType::U8 => 1,
            DType::I16 | DType::U16 | DType::F16 | DType::BF16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 | DType::C64 => 8,
            DType::C128 => 16,
        }
    }

    pub fn is_float(self) -> bool {
        self.kind() == Kind::Float
    }
    pub fn is_complex(self) -> bool {
        self.kind() == Kind::Complex
    }
    pub fn is_int(self) -> bool {
        self.kind() == Kind::Int
    }

    /// The real dtype of a complex one (`complex64` -> `float32`).
    pub fn real(self) -> DType {
        match self {
            DType::C64 => DType::F32,
            DType::C128 => DType::F64,
            other => other,
        }
    }

    /// The complex dtype holding this float dtype.
    pub fn to_complex(self) -> DType {
        match self {
            DType::F16 | DType::BF16 | DType::F32 | DType::C64 => DType::C64,
            _ => DType::C128,
        }
    }

    /// Integer range, for NumPy 2's "Python integer out of bounds" checks.
    pub fn int_range(self) -> Option<(i128, i128)> {
        Some(match self {
            DType::I8 => (i8::MIN as i128, i8::MAX as i128),
            DType::I16 => (i16::MIN as i128, i16::MAX as i128),
            DType::I32 => (i32::MIN as i128, i32::MAX as i128),
            DType::I64 => (i64::MIN as i128, i64::MAX as i128),
            DType::U8 => (0, u8::MAX as i128),
            DType::U16 => (0, u16::MAX as i128),
            DType::U32 => (0, u32::MAX as i128),
            DType::U64 => (0, u64::MAX as i128),
            _ => return None,
        })
    }

    /// The float dtype NumPy's ufunc loops choose for float functions of this input (`sqrt(int8)` is float16).
    pub fn float_for_ufunc(self) -> DType {
        if self.kind() == Kind::Int || self == DType::Bool {
            float_for_int(self)
        } else {
            self
        }
    }

    /// Whether an integer dtype is unsigned.
    pub fn is_unsigned(self) -> bool {
        matches!(self, DType::U8 | DType::U16 | DType::U32 | DType::U64)
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.numpy_str())
    }
}

fn int_rank(d: DType) -> (bool, u32) {
    // (signed, bits)
    match d {
        DType::I8 => (true, 8),
        DType::I16 => (true, 16),
        DType::I32 => (true, 32),
        DType::I64 => (true, 64),
        DType::U8 => (false, 8),
        DType::U16 => (false, 16),
        DType::U32 => (false, 32),
        DType::U64 => (false, 64),
        _ => (true, 64),
    }
}

fn int_of(signed: bool, bits: u32) -> DType {
    match (signed, bits) {
        (false, 8) => DType::U8,
        (false, 16) => DType::U16,
        (false, 32) => DType::U32,
        (false, _) => DType::U64,
        (_, 8) => DType::I8,
        (_, 16) => DType::I16,
        (_, 32) => DType::I32,
        _ => DType::I64,
    }
}

/// The smallest float that holds every value of an integer dtype (NumPy's `can_cast(safe)` rule).
fn float_for_int(d: DType) -> DType {
    match d {
        DType::Bool | DType::I8 | DType::U8 => DType::F16,
        DType::I16 | DType::U16 => DType::F32,
        _ => DType::F64,
    }
}

fn float_bits(d: DType) -> u32 {
    match d {
        DType::F16 | DType::BF16 => 16,
        DType::F32 | DType::C64 => 32,
        _ => 64,
    }
}

/// The characters NumPy reserves for a number of this dtype when casting it to a string dtype.
pub fn text_width(d: DType) -> u32 {
    match d {
        DType::Bool | DType::U16 => 5,
        DType::I8 => 4,
        DType::U8 => 3,
        DType::I16 => 6,
        DType::I32 => 11,
        DType::U32 => 10,
        DType::I64 => 21,
        DType::U64 => 20,
        DType::F16 | DType::BF16 | DType::F32 | DType::F64 => 32,
        DType::C64 | DType::C128 => 64,
        DType::Str(n) | DType::Bytes(n) => n,
    }
}

/// NumPy's `result_type` for two array dtypes.
pub fn promote(a: DType, b: DType) -> DType {
    use Kind::*;
    if a == b {
        return a;
    }
    match (a, b) {
        // Unicode wins over bytes; the width is the widest, or the longest text of the other (numeric) dtype.
        (DType::Str(x) | DType::Bytes(x), DType::Str(y) | DType::Bytes(y)) => {
            return if matches!(a, DType::Str(_)) || matches!(b, DType::Str(_)) {
                DType::Str(x.max(y))
            } else {
                DType::Bytes(x.max(y))
            };
        }
        (DType::Str(x), o) | (o, DType::Str(x)) => return DType::Str(x.max(text_width(o))),
        (DType::Bytes(x), o) | (o, DType::Bytes(x)) => return DType::Bytes(x.max(text_width(o))),
        _ => {}
    }
    match (a.kind(), b.kind()) {
        (Bool, _) => b,
        (_, Bool) => a,
        (Int, Int) => {
            let (sa, ba) = int_rank(a);
            let (sb, bb) = int_rank(b);
            if sa == sb {
                int_of(sa, ba.max(bb))
            } else {
                // Mixed signedness: the signed type must hold the unsigned one.
                let (ub, sbits) = if sa { (bb, ba) } else { (ba, bb) };
                if sbits > ub {
                    int_of(true, sbits)
                } else if ub == 64 {
                    // No integer holds both int64 and uint64: NumPy goes to float64.
                    DType::F64
                } else {
                    int_of(true, ub * 2)
                }
            }
        }
        (Int, Float) => promote(float_for_int(a), b),
        (Float, Int) => promote(a, float_for_int(b)),
        (Float, Float) => {
            if a == DType::BF16 || b == DType::BF16 {
                let other = if a == DType::BF16 { b } else { a };
                return if other == DType::F16 {
                    DType::F32
                } else {
                    other
                };
            }
            if float_bits(a) >= float_bits(b) {
                a
            } else {
                b
            }
        }
        (Complex, Complex) => {
            if a == DType::C128 || b == DType::C128 {
                DType::C128
            } else {
                DType::C64
            }
        }
        (Complex, _) => {
            promote(a.real(), if b.is_int() { float_for_int(b) } else { b }).to_complex()
        }
        (_, Complex) => promote(b, a),
        // Handled above, before the kinds are compared.
        (Str, _) | (_, Str) => a,
    }
}

/// NumPy's casting rules (`casting=` of astype, ufuncs, concatenate, `np.can_cast`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casting {
    No,
    Equiv,
    Safe,
    SameKind,
    Unsafe,
}

impl Casting {
    pub fn parse(s: &str) -> Option<Casting> {
        Some(match s {
            "no" => Casting::No,
            "equiv" => Casting::Equiv,
            "safe" => Casting::Safe,
            "same_kind" => Casting::SameKind,
            "unsafe" => Casting::Unsafe,
            _ => return None,
        })
    }
}

/// Whether `from` may be cast to `to` under `rule`: safe when the promotion of the two is `to`; same_kind also
/// allows any cast that does not go down NumPy's kind order bool < unsigned < signed < float < complex.
pub fn can_cast(from: DType, to: DType, rule: Casting) -> bool {
    let kind_order = |d: DType| match d.kind() {
        Kind::Bool => 0,
        Kind::Int if d.is_unsigned() => 1,
        Kind::Int => 2,
        Kind::Float => 3,
        Kind::Complex => 4,
        Kind::Str => 5,
    };
    let safe = from == to || promote(from, to) == to;
    match rule {
        Casting::No | Casting::Equiv => from == to,
        Casting::Safe => safe,
        Casting::SameKind => safe || kind_order(from) <= kind_order(to),
        Casting::Unsafe => true,
    }
}

/// A Python scalar's kind for NEP 50 promotion: it takes the array's dtype when the kinds allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeakKind {
    Bool,
    Int,
    Float,
    Complex,
}

/// NumPy 2: array dtype `d` combined with a weak Python scalar of kind `w`.
pub fn promote_weak(d: DType, w: WeakKind) -> DType {
    match (d.kind(), w) {
        (_, WeakKind::Bool) => d,
        (Kind::Bool, WeakKind::Int) => DType::I64,
        (Kind::Bool | Kind::Int, WeakKind::Float) => DType::F64,
        (Kind::Bool | Kind::Int, WeakKind::Complex) => DType::C128,
        (Kind::Float, WeakKind::Complex) => d.to_complex(),
        _ => d,
    }
}

/// The default dtype of a Python scalar when it becomes an array on its own.
pub fn weak_default(w: WeakKind) -> DType {
    match w {
        WeakKind::Bool => DType::Bool,
        WeakKind::Int => DType::I64,
        WeakKind::Float => DType::F64,
        WeakKind::Complex => DType::C128,
    }
}

/// PyTorch's `promoteTypes` for two tensor dtypes (c10/core/ScalarType.cpp): unlike NumPy, an integer meets a
/// float in that float (`int64 + float16` is float16), and uint8 with a signed type takes the next wider signed
/// type that holds both.
pub fn torch_promote(a: DType, b: DType) -> DType {
    use Kind::*;
    if a == b {
        return a;
    }
    match (a.kind(), b.kind()) {
        (Bool, _) => b,
        (_, Bool) => a,
        (Int, Float | Complex) => b,
        (Float | Complex, Int) => a,
        (Float, Complex) => promote(a, b),
        (Complex, Float) => promote(a, b),
        _ => promote(a, b),
    }
}

/// How an operand takes part in PyTorch's result-type computation (ATen's `ResultTypeState`): tensors with
/// dimensions outrank 0-d tensors, which outrank Python numbers, unless a lower class brings a higher category
/// (bool < integer < float < complex).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TorchOperand {
    Dim(DType),
    ZeroDim(DType),
    /// A Python number: its kind's default dtype (`default_float` for floats).
    Wrapped(WeakKind),
}

/// The result dtype of a PyTorch op over `operands`, with `default_float` as `torch.get_default_dtype()`.
pub fn torch_result_type(operands: &[TorchOperand], default_float: DType) -> DType {
    let (mut dim, mut zero, mut wrapped): (Option<DType>, Option<DType>, Option<DType>) =
        (None, None, None);
    let join = |acc: &mut Option<DType>, d: DType| {
        *acc = Some(acc.map_or(d, |a| torch_promote(a, d)));
    };
    for o in operands {
        match *o {
            TorchOperand::Dim(d) => join(&mut dim, d),
            TorchOperand::ZeroDim(d) => join(&mut zero, d),
            TorchOperand::Wrapped(w) => join(
                &mut wrapped,
                match w {
                    WeakKind::Bool => DType::Bool,
                    WeakKind::Int => DType::I64,
                    WeakKind::Float => default_float,
                    WeakKind::Complex => default_float.to_complex(),
                },
            ),
        }
    }
    let lower = combine_categories(zero, wrapped);
    combine_categories(dim, lower).unwrap_or(default_float)
}

/// ATen's `combine_categories`: the higher-priority result wins unless the lower one is of a higher category.
fn combine_categories(higher: Option<DType>, lower: Option<DType>) -> Option<DType> {
    let (Some(h), Some(l)) = (higher, lower) else {
        return higher.or(lower);
    };
    if h.is_complex() {
        return Some(h);
    }
    if l.is_complex() {
        // A float keeps its precision in the complex result; an integer takes the complex type as it is.
        return Some(if h.is_float() { h.to_complex() } else { l });
    }
    if h.is_float() {
        return Some(h);
    }
    if h == DType::Bool || l.is_float() {
        return Some(torch_promote(h, l));
    }
    Some(h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use DType::*;

    #[test]
    fn numpy_result_types() {
        // Checked against numpy.result_type.
        assert_eq!(promote(I8, U8), I16);
        // Checked against numpy.can_cast.
        assert!(can_cast(U8, I8, Casting::SameKind) && !can_cast(I8, U8, Casting::SameKind));
        assert!(can_cast(I64, F64, Casting::Safe) && !can_cast(I64, F32, Casting::Safe));
        assert!(!can_cast(F64, I64, Casting::SameKind) && can_cast(F64, F16, Casting::SameKind));
        assert_eq!(promote(I64, U8), I64);
        assert_eq!(promote(I32, F32), F64);
        assert_eq!(promote(I16, F16), F32);
        assert_eq!(promote(I8, F16), F16);
        assert_eq!(promote(F16, F32), F32);
        assert_eq!(promote(C64, F64), C128);
        assert_eq!(promote(C64, I16), C64);
        assert_eq!(promote(C64, I32), C128);
        assert_eq!(promote(Bool, U8), U8);
        assert_eq!(promote(I64, U64), F64);
        assert_eq!(promote(I8, U32), I64);
        assert_eq!(promote(U16, I16), I32);
        assert_eq!(promote(U16, F16), F32);
        assert_eq!(promote(U64, U8), U64);
        assert_eq!(promote_weak(I8, WeakKind::Int), I8);
        assert_eq!(promote_weak(F32, WeakKind::Float), F32);
        assert_eq!(promote_weak(I32, WeakKind::Float), F64);
        assert_eq!(promote_weak(F32, WeakKind::Complex), C64);
    }

    #[test]
    fn torch_result_types() {
        use TorchOperand::*;
        let f32 = DType::F32;
        // int64 tensor * 2.5 is the default float; int8 tensor + 1 stays int8; float16 + int64 tensor is float16.
        assert_eq!(
            torch_result_type(&[Dim(DType::I64), Wrapped(WeakKind::Float)], f32),
            f32
        );
        assert_eq!(
            torch_result_type(&[Dim(DType::I8), Wrapped(WeakKind::Int)], f32),
            DType::I8
        );
        assert_eq!(
            torch_result_type(&[Dim(DType::F16), Dim(DType::I64)], f32),
            DType::F16
        );
        // A 0-d float64 tensor does not widen a float32 tensor, but does widen an int one.
        assert_eq!(
            torch_result_type(&[Dim(f32), ZeroDim(DType::F64)], f32),
            f32
        );
        assert_eq!(
            torch_result_type(&[Dim(DType::I32), ZeroDim(DType::F64)], f32),
            DType::F64
        );
        assert_eq!(
            torch_result_type(&[Dim(DType::U8), Dim(DType::I8)], f32),
            DType::I16
        );
        assert_eq!(
            torch_result_type(&[Dim(f32), Wrapped(WeakKind::Complex)], f32),
            DType::C64
        );
        assert_eq!(
            torch_result_type(&[Dim(DType::F64), Wrapped(WeakKind::Complex)], f32),
            DType::C128
        );
        assert_eq!(
            torch_result_type(&[Dim(DType::Bool), Wrapped(WeakKind::Int)], f32),
            DType::I64
        );
    }
}

/// PyTorch's `canCast`: a cast may not go down the kind order bool < integer < float < complex (signedness and
/// width do not matter).
pub fn torch_can_cast(from: DType, to: DType) -> bool {
    let order = |d: DType| match d.kind() {
        Kind::Bool => 0,
        Kind::Int => 1,
        Kind::Float => 2,
        Kind::Complex => 3,
        Kind::Str => 4,
    };
    order(from) <= order(to)
}
