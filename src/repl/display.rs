//! The REPL's rich display: a dimmed `# ...` line above the echo of an array or tensor (shape, dtype, device,
//! grad state; min/max/mean and nan/inf counts for large ones), and the terminal width its repr wraps at.

use crate::interp::value::Value;
use crate::interp::{EchoDisplay, Interp};
use crate::library::numpy::array::as_array;
use crate::library::torch::as_var;
use crate::tensor::dtype::{DType, Kind};
use crate::tensor::element::Element;
use crate::tensor::{for_each_offset, Tensor};

/// Arrays with more elements than this get statistics: NumPy's and PyTorch's default print threshold, above
/// which the repr shows only the edges.
const STATS_ABOVE: usize = 1000;

/// Statistics take one pass over the data, about a second per 10^9 elements on this kind of machine; beyond
/// this count (broadcast views can be far larger than memory) the header says they were skipped instead.
const STATS_AT_MOST: usize = 1 << 28;

/// `%display rich`: the header and the terminal's width on a terminal; `%display numpy`: exactly the repr.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum DisplayMode {
    Numpy,
    Rich,
}

impl DisplayMode {
    pub fn parse(word: &str) -> Option<DisplayMode> {
        match word {
            "numpy" => Some(DisplayMode::Numpy),
            "rich" => Some(DisplayMode::Rich),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            DisplayMode::Numpy => "numpy",
            DisplayMode::Rich => "rich",
        }
    }
}

/// What the interpreter's echo should do in `mode`; `terminal` is None when stdout is not a terminal (piped
/// output is always the exact repr), else the terminal's width if known.
pub fn echo_display(mode: DisplayMode, terminal: Option<Option<usize>>) -> Option<EchoDisplay> {
    match (mode, terminal) {
        (DisplayMode::Rich, Some(width)) => Some(EchoDisplay {
            width,
            header: header_line,
        }),
        (DisplayMode::Rich, None) | (DisplayMode::Numpy, _) => None,
    }
}

/// The terminal's width in columns: `COLUMNS` when set (as Python's `shutil.get_terminal_size` reads it), else
/// what the line editor measured.
pub fn terminal_width(measured: Option<usize>) -> Option<usize> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or(measured.filter(|&c| c > 0))
}

/// The header above an array's or tensor's repr, dimmed unless NO_COLOR is set; None for other values.
fn header_line(_interp: &mut Interp, value: &Value, repr: &str) -> Option<String> {
    let text = header_text(value, repr)?;
    Some(if std::env::var_os("NO_COLOR").is_some() {
        text
    } else {
        format!("\x1b[2m{text}\x1b[0m")
    })
}

/// `# ndarray (2, 3) float64 cpu`, `# Tensor (3,) torch.float32 cpu grad_fn=MulBackward0`, and for large
/// arrays `| min -4.75 max 5.01 mean 0.000417 | nan 0 inf 0`.
pub fn header_text(value: &Value, repr: &str) -> Option<String> {
    let (kind, t, grad) = if let Some(v) = as_var(value) {
        let grad = match v.grad_fn() {
            Some(node) => format!(" grad_fn={}", node.name()),
            None if v.requires_grad() => " requires_grad".to_string(),
            None => String::new(),
        };
        ("Tensor", v.t, grad)
    } else {
        match as_array(value) {
            // NumPy scalars (`np.float64(2.0)`) are numbers, not arrays: no header.
            Some((t, false)) => ("ndarray", t, String::new()),
            Some((_, true)) | None => return None,
        }
    };
    let dtype = if kind == "Tensor" {
        format!("torch.{}", t.dtype().name())
    } else {
        t.dtype().numpy_str()
    };
    // Tensors live on the CPU until a CUDA backend exists; NumPy 2's `ndarray.device` is always "cpu".
    let mut line = format!("# {kind} {} {dtype} cpu{grad}", shape_text(&t.shape));
    let numel = t.numel();
    let summarised = numel > 0 && repr.contains("...");
    if numel > STATS_ABOVE || summarised {
        if numel > STATS_AT_MOST {
            line.push_str(" | statistics skipped (more than 2**28 elements)");
        } else if let Some(stats) = Stats::of(&t) {
            line.push_str(&stats.text(t.dtype()));
        }
    }
    Some(line)
}

/// `(2, 3)`, `(3,)`, `()`: the shape as a Python tuple.
fn shape_text(shape: &[usize]) -> String {
    let dims: Vec<String> = shape.iter().map(usize::to_string).collect();
    match dims.as_slice() {
        [one] => format!("({one},)"),
        _ => format!("({})", dims.join(", ")),
    }
}

/// Minimum, maximum and mean of the elements that are not NaN, and the NaN and infinity counts.
struct Stats {
    min: f64,
    max: f64,
    mean: f64,
    nans: usize,
    infs: usize,
}

impl Stats {
    /// One pass over the elements, in place (views are read through their strides, never copied); None for
    /// dtypes without an order (bool, complex, strings) and empty arrays.
    fn of(t: &Tensor) -> Option<Stats> {
        if !matches!(t.dtype().kind(), Kind::Int | Kind::Float) || t.numel() == 0 {
            return None;
        }
        let mut s = Stats {
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            mean: 0.0,
            nans: 0,
            infs: 0,
        };
        let mut sum = 0.0;
        let mut counted = 0usize;
        let buf = t.buf.borrow();
        crate::with_data!(t, &buf, data => for_each_offset(&t.shape, &t.strides, t.offset, |at| {
            let x = data.get(at).map_or(f64::NAN, |x| x.to_f64());
            if x.is_nan() {
                s.nans += 1;
                return;
            }
            if x.is_infinite() {
                s.infs += 1;
            }
            s.min = s.min.min(x);
            s.max = s.max.max(x);
            sum += x;
            counted += 1;
        }));
        s.mean = if counted == 0 {
            f64::NAN
        } else {
            sum / counted as f64
        };
        if counted == 0 {
            (s.min, s.max) = (f64::NAN, f64::NAN);
        }
        Some(s)
    }

    fn text(&self, dtype: DType) -> String {
        let exact_int = |x: f64| dtype.is_int() && x.abs() < 1e15;
        let number = |x: f64| {
            if exact_int(x) {
                format!("{}", x as i64)
            } else {
                short_float(x)
            }
        };
        let mut text = format!(
            " | min {} max {} mean {}",
            number(self.min),
            number(self.max),
            short_float(self.mean)
        );
        if dtype.is_float() {
            text.push_str(&format!(" | nan {} inf {}", self.nans, self.infs));
        }
        text
    }
}

/// Four significant digits, as Python's `f"{x:.4g}"`.
fn short_float(x: f64) -> String {
    use crate::format::python::{format_float, parse_format_spec};
    parse_format_spec(".4g")
        .and_then(|spec| format_float(x, &spec))
        .unwrap_or_else(|_| x.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_read_as_python_tuples() {
        assert_eq!(shape_text(&[]), "()");
        assert_eq!(shape_text(&[3]), "(3,)");
        assert_eq!(shape_text(&[2, 3]), "(2, 3)");
    }

    #[test]
    fn statistics_skip_nans_and_count_infinities() {
        let t = Tensor::from_vec(vec![1.0f64, f64::NAN, -2.5, f64::INFINITY, 4.0], vec![5]);
        let s = Stats::of(&t).expect("float stats");
        assert_eq!((s.min, s.max, s.nans, s.infs), (-2.5, f64::INFINITY, 1, 1));
        assert_eq!(
            s.text(DType::F64),
            " | min -2.5 max inf mean inf | nan 1 inf 1"
        );
        let ints = Tensor::from_vec(vec![3i64, -7, 10], vec![3]);
        assert_eq!(
            Stats::of(&ints).expect("int stats").text(DType::I64),
            " | min -7 max 10 mean 2"
        );
    }

    #[test]
    fn statistics_read_views_through_their_strides() {
        // A reversed view of [0, 1, ..., 5] reshaped (2, 3), transposed: same elements, any order.
        let base = Tensor::from_vec((0..6).map(f64::from).collect::<Vec<_>>(), vec![2, 3]);
        let mut view = base.clone();
        view.shape = vec![3, 2];
        view.strides = vec![1, 3];
        let s = Stats::of(&view).expect("stats");
        assert_eq!((s.min, s.max, s.mean), (0.0, 5.0, 2.5));
    }

    #[test]
    fn only_rich_mode_on_a_terminal_decorates_the_echo() {
        assert!(echo_display(DisplayMode::Rich, Some(Some(100))).is_some());
        assert!(echo_display(DisplayMode::Rich, None).is_none());
        assert!(echo_display(DisplayMode::Numpy, Some(Some(100))).is_none());
    }
}
