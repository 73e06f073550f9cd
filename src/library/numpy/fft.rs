//! `numpy.fft`: the three 1-D kernels (complex, real-to-complex, complex-to-real) with NumPy's dtype rules and
//! scale factors around `tensor::fft`; the public functions (fft, rfft, fftn, fftfreq, fftshift, ...) are written
//! after NumPy's own Python in stdlib/numpy/fft.py, run into this module.

use super::array::*;
use super::methods::arg_tensor;
use crate::interp::exceptions::{type_error, value_error, ExcType};
use crate::interp::value::*;
use crate::interp::Interp;
use crate::library::{args, Def};
use crate::tensor::dtype::DType;
use crate::tensor::fft as kernel;
use crate::tensor::Tensor;
use std::rc::Rc;

/// Whether a dtype's transforms give single-precision results.
fn single(d: DType) -> bool {
    matches!(d, DType::F16 | DType::F32 | DType::C64)
}

/// Whether NumPy runs the single-precision loop. Its ufunc picks a loop whose input types match exactly when
/// one does, else the first loop the inputs cast to safely, which is the float64 one: so only an input already
/// in the loop's type (`exact`), with a scale factor that is a float32 scalar (any norm but the plain one, whose
/// factor is the Python int 1), computes in single precision; other single-precision results are computed in
/// double precision and rounded at the end.
fn single_loop(t: &Tensor, exact: DType, norm: &Value) -> Res<bool> {
    Ok(t.dtype() == exact && &*args::string(norm, "norm")? != "backward")
}

/// Run a kernel in the precision NumPy's loop uses and give the result in the dtype NumPy returns.
fn run_in(
    t: &Tensor,
    in_single: bool,
    out_single: bool,
    (input32, input64): (DType, DType),
    out32: DType,
    kernel: impl Fn(&Tensor) -> Tensor,
) -> Tensor {
    if in_single {
        return kernel(&t.astype(input32));
    }
    let out = kernel(&t.astype(input64));
    if out_single {
        out.astype(out32)
    } else {
        out
    }
}

fn check_numeric(t: &Tensor, ufunc: &str) -> Res<()> {
    if t.dtype().is_string() {
        return Err(type_error(format!(
            "ufunc '{ufunc}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
        )));
    }
    Ok(())
}

/// The points count: a Python int (NumPy's `empty_like(shape=...)` refuses anything else).
fn points(v: &Value) -> Res<usize> {
    if matches!(v, Value::Float(_)) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = args::int(v, "n")?;
    Ok(n.max(0) as usize)
}

fn axis_of(v: &Value) -> Res<usize> {
    Ok(args::int(v, "axis")?.max(0) as usize)
}

/// The scale factor NumPy passes to pocketfft, computed in the transform's precision: 1, 1/sqrt(n) or 1/n.
fn scale_factor(norm: &Value, n: usize, single: bool) -> Res<f64> {
    let norm = args::string(norm, "norm")?;
    Ok(match (&*norm, single) {
        ("backward", _) => 1.0,
        ("ortho", true) => (1.0f32 / (n as f32).sqrt()) as f64,
        ("ortho", false) => 1.0 / (n as f64).sqrt(),
        ("forward", true) => (1.0f32 / n as f32) as f64,
        ("forward", false) => 1.0 / n as f64,
        (other, _) => {
            return Err(value_error(format!(
                "Invalid norm value {other}; should be \"backward\",\"ortho\" or \"forward\"."
            )))
        }
    })
}

/// `_c2c(a, n, axis, forward, norm)`: complex transform (complex64 for single-precision input, else complex128).
fn c2c(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let forward = me.truthy(&a[3])?;
    check_numeric(&t, if forward { "fft" } else { "ifft" })?;
    let n = points(&a[1])?;
    let single = single(t.dtype());
    let fct = scale_factor(&a[4], n, single)?;
    let (axis, loop32) = (axis_of(&a[2])?, single_loop(&t, DType::C64, &a[4])?);
    let out = run_in(
        &t,
        loop32,
        single,
        (DType::C64, DType::C128),
        DType::C64,
        |t| kernel::c2c(t, axis, n, forward, fct),
    );
    wrap_array(me, out)
}

/// `_r2c(a, n, axis, norm)`: forward transform of real input, `n // 2 + 1` complex outputs.
fn r2c(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    let n = points(&a[1])?;
    let ufunc = if n % 2 == 0 {
        "rfft_n_even"
    } else {
        "rfft_n_odd"
    };
    if t.dtype().is_complex() {
        return Err(type_error(format!(
            "ufunc '{ufunc}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
        )));
    }
    check_numeric(&t, ufunc)?;
    let single = single(t.dtype());
    let fct = scale_factor(&a[3], n, single)?;
    let (axis, loop32) = (axis_of(&a[2])?, single_loop(&t, DType::F32, &a[3])?);
    let out = run_in(
        &t,
        loop32,
        single,
        (DType::F32, DType::F64),
        DType::C64,
        |t| kernel::r2c(t, axis, n, fct),
    );
    wrap_array(me, out)
}

/// `_c2r(a, n, axis, norm)`: backward transform to `n` real points.
fn c2r(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let t = arg_tensor(me, &a[0])?;
    check_numeric(&t, "irfft")?;
    let n = points(&a[1])?;
    let single = single(t.dtype());
    let fct = scale_factor(&a[3], n, single)?;
    let (axis, loop32) = (axis_of(&a[2])?, single_loop(&t, DType::C64, &a[3])?);
    let out = run_in(
        &t,
        loop32,
        single,
        (DType::C64, DType::C128),
        DType::F32,
        |t| kernel::c2r(t, axis, n, fct),
    );
    wrap_array(me, out)
}

/// `_deprecated(message)`: a DeprecationWarning from the stdlib code, shown at the caller's line.
fn deprecated(me: &mut Interp, a: Vec<Value>) -> Res<Value> {
    let msg = args::string(&a[0], "message")?;
    me.warn(ExcType::DeprecationWarning, msg.to_string());
    Ok(Value::None)
}

macro_rules! defs {
    ($($name:literal, $sig:literal, $doc:literal => $f:expr;)*) => {
        &[$(Def { name: $name, sig: $sig, doc: $doc, func: $f }),*]
    };
}

/// The kernels the stdlib module calls (private names: the public API is the stdlib's).
pub const KERNELS: &[Def] = defs! {
    "_c2c", "a, n, axis, forward, norm", "Complex FFT of n points along axis (pocketfft's algorithm)." => c2c;
    "_r2c", "a, n, axis, norm", "Real-input FFT of n points along axis: n // 2 + 1 complex terms." => r2c;
    "_c2r", "a, n, axis, norm", "Inverse real FFT to n points along axis." => c2r;
    "_deprecated", "message", "Issue a DeprecationWarning at the calling line." => deprecated;
};

/// Build `numpy.fft` (kernels plus the stdlib functions) and bind it in numpy.
pub fn install(me: &mut Interp, numpy: &Value) -> Res<Value> {
    let mut items: Vec<(&str, Value)> = KERNELS
        .iter()
        .map(|d| (d.name, Value::Builtin(Rc::new(d.builtin(None)))))
        .collect();
    items.push(("_np", numpy.clone()));
    let module = me.make_module(
        "numpy.fft",
        "Discrete Fourier transforms, bit for bit as NumPy's pocketfft.\n\n>>> np.fft.fft([1.0, 0.0, 0.0, 0.0])\narray([1.+0.j, 1.+0.j, 1.+0.j, 1.+0.j])",
        items,
    );
    if let Value::Module(m) = &module {
        super::run_stdlib(me, &m.globals, STDLIB_NAME, STDLIB_TEXT)?;
    }
    Ok(module)
}

const STDLIB_NAME: &str = "stdlib/numpy/fft.py";
const STDLIB_TEXT: &str = include_str!("../../../stdlib/numpy/fft.py");

/// `import numpy.fft`: the submodule of the numpy module.
pub fn import_init(me: &mut Interp) -> Res<Value> {
    let np = me.import("numpy")?;
    me.getattr(&np, "fft")
}
