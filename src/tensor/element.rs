//! The Rust element types behind each dtype, with the conversions NumPy's casts perform.

use super::dtype::DType;
use half::{bf16, f16};
use num_complex::Complex;

pub type C32 = Complex<f32>;
pub type C64 = Complex<f64>;

/// A Rust type that stores one dtype's elements.
pub trait Element: Copy + Default + PartialEq + Send + Sync + 'static {
    const DTYPE: DType;
    fn to_f64(self) -> f64;
    fn to_i64(self) -> i64;
    fn to_c(self) -> (f64, f64) {
        (self.to_f64(), 0.0)
    }
    fn from_f64(v: f64) -> Self;
    fn from_i64(v: i64) -> Self;
    fn from_c(re: f64, _im: f64) -> Self {
        Self::from_f64(re)
    }
    fn from_bool(b: bool) -> Self {
        Self::from_i64(b as i64)
    }
    fn nonzero(self) -> bool;
    /// Convert from another element type with NumPy's `astype` semantics (wrapping ints, truncating floats).
    fn cast_from<S: Element>(s: S) -> Self {
        match S::DTYPE.kind() {
            super::dtype::Kind::Complex => {
                let (re, im) = s.to_c();
                Self::from_c(re, im)
            }
            super::dtype::Kind::Float => Self::from_f64(s.to_f64()),
            super::dtype::Kind::Bool => Self::from_bool(s.nonzero()),
            // uint64 above i64::MAX must not pass through i64 on its way to a float.
            super::dtype::Kind::Int
                if S::DTYPE == DType::U64 && Self::DTYPE.kind() != super::dtype::Kind::Int =>
            {
                let v = s.to_i64() as u64;
                if matches!(Self::DTYPE, DType::F64 | DType::C128) {
                    Self::from_f64(v as f64)
                } else {
                    // Narrower floats: round to float64 "to odd" so that the second rounding is the only one.
                    let f = v as f64;
                    if f < 18446744073709551616.0 && f as u64 == v {
                        Self::from_f64(f)
                    } else {
                        let bits = if f as u128 > v as u128 {
                            f.to_bits() - 1
                        } else {
                            f.to_bits()
                        };
                        Self::from_f64(f64::from_bits(bits | 1))
                    }
                }
            }
            super::dtype::Kind::Int => Self::from_i64(s.to_i64()),
            // No `Element` type is a string: string dtypes bind their code unit type (see `with_dtype!`).
            super::dtype::Kind::Str => Self::from_i64(s.to_i64()),
        }
    }
}

macro_rules! int_element {
    ($t:ty, $d:expr, $signed:expr) => {
        impl Element for $t {
            const DTYPE: DType = $d;
            fn to_f64(self) -> f64 {
                self as f64
            }
            fn to_i64(self) -> i64 {
                self as i64
            }
            fn from_f64(v: f64) -> Self {
                // C-style truncation toward zero (out-of-range values are undefined in C; Rust saturates).
                // Through i64 so that narrow types wrap as C's casts do; uint64's upper half directly.
                if !$signed && v >= 9223372036854775808.0 {
                    v as u64 as $t
                } else {
                    v as i64 as $t
                }
            }
            fn from_i64(v: i64) -> Self {
                v as $t
            }
            fn nonzero(self) -> bool {
                self != 0
            }
        }
    };
}
int_element!(i8, DType::I8, true);
int_element!(i16, DType::I16, true);
int_element!(i32, DType::I32, true);
int_element!(i64, DType::I64, true);
int_element!(u8, DType::U8, false);
int_element!(u16, DType::U16, false);
int_element!(u32, DType::U32, false);
int_element!(u64, DType::U64, false);

/// The integer element types, with the wrapping arithmetic NumPy's C loops perform in each type's own width.
pub trait IntElement:
    IntoBuffer
    + num_traits::PrimInt
    + num_traits::WrappingAdd
    + num_traits::WrappingSub
    + num_traits::WrappingMul
    + num_traits::WrappingNeg
    + num_integer::Integer
{
    const SIGNED: bool;
    /// `|x|`, wrapping at the minimum as C does.
    fn abs_wrapping(self) -> Self;
}

macro_rules! int_ops {
    ($($t:ty: $signed:expr),*) => {$(
        impl IntElement for $t {
            const SIGNED: bool = $signed;
            #[allow(unused_comparisons)]
            fn abs_wrapping(self) -> Self {
                if self < 0 as $t { self.wrapping_neg() } else { self }
            }
        }
    )*};
}
int_ops!(i8: true, i16: true, i32: true, i64: true, u8: false, u16: false, u32: false, u64: false);

impl Element for bool {
    const DTYPE: DType = DType::Bool;
    fn to_f64(self) -> f64 {
        self as u8 as f64
    }
    fn to_i64(self) -> i64 {
        self as i64
    }
    fn from_f64(v: f64) -> Self {
        v != 0.0
    }
    fn from_i64(v: i64) -> Self {
        v != 0
    }
    fn from_c(re: f64, im: f64) -> Self {
        re != 0.0 || im != 0.0
    }
    fn nonzero(self) -> bool {
        self
    }
}

impl Element for f64 {
    const DTYPE: DType = DType::F64;
    fn to_f64(self) -> f64 {
        self
    }
    fn to_i64(self) -> i64 {
        self as i64
    }
    fn from_f64(v: f64) -> Self {
        v
    }
    fn from_i64(v: i64) -> Self {
        v as f64
    }
    fn nonzero(self) -> bool {
        self != 0.0
    }
}

impl Element for f32 {
    const DTYPE: DType = DType::F32;
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn to_i64(self) -> i64 {
        self as i64
    }
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    fn from_i64(v: i64) -> Self {
        v as f32
    }
    fn nonzero(self) -> bool {
        self != 0.0
    }
}

/// float64 -> float16 rounded once (to nearest, ties to even), as NumPy's cast does. Going through float32
/// would round twice; rounding to float32 "to odd" first keeps the second rounding exact.
fn f64_to_f16(v: f64) -> f16 {
    let f = v as f32;
    if f.is_finite() && f as f64 != v {
        // Step back toward zero if the float32 rounding went away from it, then set the sticky (lowest) bit.
        let mut bits = f.to_bits();
        if (f as f64).abs() > v.abs() {
            bits -= 1;
        }
        return f16::from_f32(f32::from_bits(bits | 1));
    }
    f16::from_f32(f)
}

impl Element for f16 {
    const DTYPE: DType = DType::F16;
    fn to_f64(self) -> f64 {
        self.to_f64()
    }
    fn to_i64(self) -> i64 {
        self.to_f64() as i64
    }
    fn from_f64(v: f64) -> Self {
        f64_to_f16(v)
    }
    fn from_i64(v: i64) -> Self {
        f16::from_f64(v as f64)
    }
    fn nonzero(self) -> bool {
        self.to_f32() != 0.0
    }
}

impl Element for bf16 {
    const DTYPE: DType = DType::BF16;
    fn to_f64(self) -> f64 {
        self.to_f64()
    }
    fn to_i64(self) -> i64 {
        self.to_f64() as i64
    }
    fn from_f64(v: f64) -> Self {
        // As PyTorch: double -> float -> bfloat16 (half's from_f64 truncates before rounding).
        bf16::from_f32(v as f32)
    }
    fn from_i64(v: i64) -> Self {
        bf16::from_f32(v as f32)
    }
    fn nonzero(self) -> bool {
        self.to_f32() != 0.0
    }
}

impl Element for C32 {
    const DTYPE: DType = DType::C64;
    fn to_f64(self) -> f64 {
        self.re as f64
    }
    fn to_i64(self) -> i64 {
        self.re as i64
    }
    fn to_c(self) -> (f64, f64) {
        (self.re as f64, self.im as f64)
    }
    fn from_f64(v: f64) -> Self {
        Complex::new(v as f32, 0.0)
    }
    fn from_i64(v: i64) -> Self {
        Complex::new(v as f32, 0.0)
    }
    fn from_c(re: f64, im: f64) -> Self {
        Complex::new(re as f32, im as f32)
    }
    fn nonzero(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}

impl Element for C64 {
    const DTYPE: DType = DType::C128;
    fn to_f64(self) -> f64 {
        self.re
    }
    fn to_i64(self) -> i64 {
        self.re as i64
    }
    fn to_c(self) -> (f64, f64) {
        (self.re, self.im)
    }
    fn from_f64(v: f64) -> Self {
        Complex::new(v, 0.0)
    }
    fn from_i64(v: i64) -> Self {
        Complex::new(v as f64, 0.0)
    }
    fn from_c(re: f64, im: f64) -> Self {
        Complex::new(re, im)
    }
    fn nonzero(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}

/// Typed element storage: one variant per dtype.
#[derive(Clone, Debug)]
pub enum Buffer {
    Bool(Vec<bool>),
    I8(Vec<i8>),
    I16(Vec<i16>),
    I32(Vec<i32>),
    I64(Vec<i64>),
    U8(Vec<u8>),
    U16(Vec<u16>),
    U32(Vec<u32>),
    U64(Vec<u64>),
    F16(Vec<f16>),
    BF16(Vec<bf16>),
    F32(Vec<f32>),
    F64(Vec<f64>),
    C64(Vec<C32>),
    C128(Vec<C64>),
}

/// Run `$body` with `$v` bound to the typed vector inside a buffer (one dispatch per call, not per element).
#[macro_export]
macro_rules! with_buffer {
    ($buf:expr, $v:ident => $body:expr) => {
        match $buf {
            $crate::tensor::element::Buffer::Bool($v) => $body,
            $crate::tensor::element::Buffer::I8($v) => $body,
            $crate::tensor::element::Buffer::I16($v) => $body,
            $crate::tensor::element::Buffer::I32($v) => $body,
            $crate::tensor::element::Buffer::I64($v) => $body,
            $crate::tensor::element::Buffer::U8($v) => $body,
            $crate::tensor::element::Buffer::U16($v) => $body,
            $crate::tensor::element::Buffer::U32($v) => $body,
            $crate::tensor::element::Buffer::U64($v) => $body,
            $crate::tensor::element::Buffer::F16($v) => $body,
            $crate::tensor::element::Buffer::BF16($v) => $body,
            $crate::tensor::element::Buffer::F32($v) => $body,
            $crate::tensor::element::Buffer::F64($v) => $body,
            $crate::tensor::element::Buffer::C64($v) => $body,
            $crate::tensor::element::Buffer::C128($v) => $body,
        }
    };
}

/// Run `$body` with `$v: &[T]` bound to a tensor's storage seen as its own dtype's elements (`T` being that
/// dtype's element type; see `element::read`), with the storage borrowed as `$buf`. One dispatch per call.
#[macro_export]
macro_rules! with_data {
    ($t:expr, $buf:expr, $v:ident => $body:expr) => {
        $crate::with_dtype!($t.dtype, DataT => {
            let data = $crate::tensor::element::read::<DataT>($buf);
            let $v: &[DataT] = &data;
            $body
        })
    };
}

/// Run `$body` with the type alias `$t` set to the element type of `$dtype`.
#[macro_export]
macro_rules! with_dtype {
    ($dtype:expr, $t:ident => $body:expr) => {
        match $dtype {
            $crate::tensor::dtype::DType::Bool => {
                type $t = bool;
                $body
            }
            $crate::tensor::dtype::DType::I8 => {
                type $t = i8;
                $body
            }
            $crate::tensor::dtype::DType::I16 => {
                type $t = i16;
                $body
            }
            $crate::tensor::dtype::DType::I32 => {
                type $t = i32;
                $body
            }
            $crate::tensor::dtype::DType::I64 => {
                type $t = i64;
                $body
            }
            $crate::tensor::dtype::DType::U8 => {
                type $t = u8;
                $body
            }
            $crate::tensor::dtype::DType::U16 => {
                type $t = u16;
                $body
            }
            $crate::tensor::dtype::DType::U32 => {
                type $t = u32;
                $body
            }
            $crate::tensor::dtype::DType::U64 => {
                type $t = u64;
                $body
            }
            $crate::tensor::dtype::DType::F16 => {
                type $t = half::f16;
                $body
            }
            $crate::tensor::dtype::DType::BF16 => {
                type $t = half::bf16;
                $body
            }
            $crate::tensor::dtype::DType::F32 => {
                type $t = f32;
                $body
            }
            $crate::tensor::dtype::DType::F64 => {
                type $t = f64;
                $body
            }
            $crate::tensor::dtype::DType::C64 => {
                type $t = $crate::tensor::element::C32;
                $body
            }
            $crate::tensor::dtype::DType::C128 => {
                type $t = $crate::tensor::element::C64;
                $body
            }
            // String dtypes bind their code unit type: a kernel written per element sees `units()` code units
            // per string, so string tensors must go through the unit-aware paths (`Tensor::units`, `gather`,
            // `assign`, `astype`) that multiply offsets by the width; generic numeric kernels reject them first.
            $crate::tensor::dtype::DType::Str(_) => {
                type $t = u32;
                $body
            }
            $crate::tensor::dtype::DType::Bytes(_) => {
                type $t = u8;
                $body
            }
        }
    };
}

/// Wrap a typed vector into the matching buffer variant, and see a buffer's bytes as this element type.
///
/// # Safety
///
/// Implementors promise that `PLAIN` is true only when the type has no padding bytes and every bit pattern of
/// `size_of::<Self>()` bytes is a valid value, so that any initialized bytes may be read as `Self` and any
/// `Self` may be written over another plain type's bytes. (Every element type but `bool` is plain:
/// integers, IEEE floats, `half`'s floats and `num_complex::Complex`, a `#[repr(C)]` pair of floats.)
pub unsafe trait IntoBuffer: Element {
    const PLAIN: bool;
    fn into_buffer(v: Vec<Self>) -> Buffer;
    /// The vector inside the buffer when it holds exactly this type.
    fn slice(b: &Buffer) -> Option<&[Self]>;
    fn slice_mut(b: &mut Buffer) -> Option<&mut [Self]>;
}

macro_rules! into_buffer {
    ($t:ty, $var:ident, $plain:expr) => {
        // SAFETY: `$plain` is false for `bool` only; every other type listed below is an integer, an IEEE or
        // half-precision float, or `Complex<f32|f64>` (`#[repr(C)]` with two fields of one float type, hence
        // no padding), all valid for every bit pattern.
        unsafe impl IntoBuffer for $t {
            const PLAIN: bool = $plain;
            fn into_buffer(v: Vec<Self>) -> Buffer {
                Buffer::$var(v)
            }
            fn slice(b: &Buffer) -> Option<&[Self]> {
                match b {
                    Buffer::$var(v) => Some(v),
                    _ => None,
                }
            }
            fn slice_mut(b: &mut Buffer) -> Option<&mut [Self]> {
                match b {
                    Buffer::$var(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}
into_buffer!(bool, Bool, false);
into_buffer!(i8, I8, true);
into_buffer!(i16, I16, true);
into_buffer!(i32, I32, true);
into_buffer!(i64, I64, true);
into_buffer!(u8, U8, true);
into_buffer!(u16, U16, true);
into_buffer!(u32, U32, true);
into_buffer!(u64, U64, true);
into_buffer!(f16, F16, true);
into_buffer!(bf16, BF16, true);
into_buffer!(f32, F32, true);
into_buffer!(f64, F64, true);
into_buffer!(C32, C64, true);
into_buffer!(C64, C128, true);

/// The bytes of a typed slice.
fn as_bytes<T: IntoBuffer>(v: &[T]) -> &[u8] {
    // SAFETY: no element type has padding (plain types by `IntoBuffer`'s contract; `bool` is one byte, 0 or 1),
    // so all `size_of_val(v)` bytes from `v`'s start are initialized and owned by `v` for its lifetime; `u8`
    // needs no alignment.
    unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u8, std::mem::size_of_val(v)) }
}

/// The bytes of a typed slice, writable: only for plain types, since any byte pattern may be written.
fn as_bytes_mut<T: IntoBuffer>(v: &mut [T]) -> Option<&mut [u8]> {
    if !T::PLAIN {
        return None;
    }
    // SAFETY: as in `as_bytes`, the bytes are initialized and exclusively borrowed through `v`; `T` is plain
    // (checked above), so whatever bytes are written through the result leave valid `T` values behind.
    Some(unsafe {
        std::slice::from_raw_parts_mut(v.as_mut_ptr() as *mut u8, std::mem::size_of_val(v))
    })
}

/// The buffer's storage seen as elements of `T`, as a dtype view (`ndarray.view`, `.real`) sees it: the vector
/// itself when it holds `T`; else its bytes reinterpreted (no copy) when `T` is plain and the storage is aligned
/// for it; else a decoded copy for reading (misaligned storage, or `bool` over other storage, where every
/// nonzero byte reads as True as in NumPy). Element `i` is the `i`-th `size_of::<T>()`-byte run of the storage.
pub fn read<T: IntoBuffer>(b: &Buffer) -> std::borrow::Cow<'_, [T]> {
    use std::borrow::Cow;
    if let Some(s) = T::slice(b) {
        return Cow::Borrowed(s);
    }
    let bytes = b.bytes();
    if !T::PLAIN {
        return Cow::Owned(bytes.iter().map(|&x| T::from_bool(x != 0)).collect());
    }
    let size = std::mem::size_of::<T>();
    let n = bytes.len() / size;
    let p = bytes.as_ptr();
    if (p as usize) % std::mem::align_of::<T>() == 0 {
        // SAFETY: `p` is aligned for `T` (checked), the `n * size` bytes from `p` are initialized and borrowed
        // from `b` for the result's lifetime, and `T` is plain, so those bytes are `n` valid `T` values.
        return Cow::Borrowed(unsafe { std::slice::from_raw_parts(p as *const T, n) });
    }
    Cow::Owned(
        (0..n)
            // SAFETY: element `i` lies inside `bytes` (`(i + 1) * size <= bytes.len()`), its bytes are
            // initialized, `T` is plain, and `read_unaligned` needs no alignment.
            .map(|i| unsafe { std::ptr::read_unaligned(p.add(i * size) as *const T) })
            .collect(),
    )
}

/// Write `(element index, value)` pairs into the buffer, with elements counted as `read::<T>` counts them.
/// Writing `bool` into other storage stores bytes 0 and 1; other storage types are first made plain.
pub fn store<T: IntoBuffer>(b: &mut Buffer, items: impl IntoIterator<Item = (usize, T)>) {
    if let Some(dst) = T::slice_mut(b) {
        for (o, v) in items {
            dst[o] = v;
        }
        return;
    }
    b.make_plain();
    let Some(bytes) = b.bytes_mut() else {
        return;
    };
    if !T::PLAIN {
        for (o, v) in items {
            bytes[o] = v.nonzero() as u8;
        }
        return;
    }
    let size = std::mem::size_of::<T>();
    let n = bytes.len() / size;
    let p = bytes.as_mut_ptr();
    if (p as usize) % std::mem::align_of::<T>() == 0 {
        // SAFETY: `p` is aligned for `T` (checked); the `n * size` bytes from `p` are exclusively borrowed from
        // `b`; `T` is plain and the storage is plain (`make_plain`), so reading and writing them as `T` is valid.
        let dst = unsafe { std::slice::from_raw_parts_mut(p as *mut T, n) };
        for (o, v) in items {
            dst[o] = v;
        }
    } else {
        for (o, v) in items {
            assert!(o < n, "element {o} outside storage of {n}");
            // SAFETY: element `o` lies inside the exclusively borrowed bytes (asserted above); both `T` and the
            // storage type are plain, so any bytes written leave valid values; no alignment is needed.
            unsafe { std::ptr::write_unaligned(p.add(o * size) as *mut T, v) };
        }
    }
}

impl Buffer {
    pub fn dtype(&self) -> DType {
        crate::with_buffer!(self, v => elem_dtype(v))
    }
    pub fn len(&self) -> usize {
        crate::with_buffer!(self, v => v.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn zeros(dtype: DType, n: usize) -> Buffer {
        let n = n * dtype.units();
        crate::with_dtype!(dtype, T => <T as IntoBuffer>::into_buffer(vec![T::default(); n]))
    }
    /// The storage's bytes (for any element type: none has padding).
    pub fn bytes(&self) -> &[u8] {
        crate::with_buffer!(self, v => as_bytes(v))
    }
    /// The storage's bytes, writable; `None` for `bool` storage (see `make_plain`).
    pub fn bytes_mut(&mut self) -> Option<&mut [u8]> {
        crate::with_buffer!(self, v => as_bytes_mut(v))
    }
    /// Storage of `dtype` holding these bytes (a trailing partial element is dropped); `None` for `bool`
    /// storage unless every byte is 0 or 1.
    pub fn from_bytes(dtype: DType, bytes: &[u8]) -> Option<Buffer> {
        crate::with_dtype!(dtype, T => {
            if !T::PLAIN && bytes.iter().any(|&x| x > 1) {
                return None;
            }
            let size = std::mem::size_of::<T>();
            let mut v: Vec<T> = vec![T::default(); bytes.len() / size];
            let n = v.len();
            let dst = as_bytes_mut(&mut v).unwrap_or_default();
            if T::PLAIN {
                dst.copy_from_slice(&bytes[..n * size]);
            } else {
                v.iter_mut().zip(bytes).for_each(|(x, &b)| *x = T::from_bool(b != 0));
            }
            Some(T::into_buffer(v))
        })
    }
    /// Turn `bool` storage into `uint8` storage with the same bytes, so that views of another dtype may write
    /// any byte into it. Views of it as `bool` keep reading nonzero bytes as True.
    pub fn make_plain(&mut self) {
        if let Buffer::Bool(v) = self {
            let bytes: Vec<u8> = std::mem::take(v).into_iter().map(u8::from).collect();
            *self = Buffer::U8(bytes);
        }
    }
}

fn elem_dtype<T: Element>(_: &[T]) -> DType {
    T::DTYPE
}

/// An empty vector with room for `n` elements. Large ones ask the kernel for transparent huge pages first (as
/// NumPy does above 4 MiB): with 4 KiB pages, faulting in a fresh 80 MB output costs more than computing it.
pub fn alloc_vec<U>(n: usize) -> Vec<U> {
    let mut v: Vec<U> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        let bytes = n * std::mem::size_of::<U>();
        if bytes >= 1 << 22 {
            const PAGE: usize = 4096;
            let start = v.as_mut_ptr() as usize;
            let aligned = start.div_ceil(PAGE) * PAGE;
            let len = (start + bytes).saturating_sub(aligned);
            if len > 0 {
                // SAFETY: [aligned, aligned + len) lies inside the allocation just made for `v` (rounded inward
                // to page boundaries); MADV_HUGEPAGE only changes how the kernel backs those pages, never their
                // contents or validity, and failure is harmless (we ignore it).
                unsafe {
                    libc::madvise(aligned as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
                }
            }
        }
    }
    v
}
