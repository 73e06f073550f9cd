//! PyTorch 2.x tensor printing: the text of `repr(t)` / `str(t)` / `print(t)`, `torch.Size` and `torch.return_types`.
//!
//! A port of `torch/_tensor_str.py` (PyTorch 2.15): `_Formatter` (one two-pass formatter per real part),
//! `get_summarized_data` (the format is computed from the printed edge elements only), `_tensor_str_with_formatter`
//! / `_vector_str` (recursive layout, wrapping at `linewidth` with an indent of one more than the prefix), and
//! `_str_intern` / `_add_suffixes` (the `device=`, `size=`, `dtype=`, `grad_fn=` / `requires_grad=True` suffixes,
//! each moved to its own line when it would overflow `linewidth`).
//!
//! The module is pure: the caller passes the elements (widened to `i64` / `f64`, as torch formats `int(v)` /
//! `float(v)`), the shape, the options and the suffix facts, and gets the text back. For a large tensor the caller
//! only needs to widen the elements at [`shown_indices`].
//!
//! Not covered (no such tensors exist in nabla): sparse, quantized, nested, meta/fake and functorch-wrapped tensors,
//! forward-mode `tangent=`, non-strided `layout=`, float8/float4 dtypes and tensor subclasses' own prefixes.

use super::numpy::{c_strides, leading_trailing, shape_repr};
use super::python::{format_exponent, format_fixed};

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

/// `torch._tensor_str.PRINT_OPTS`, as `torch.set_printoptions` sets it.
#[derive(Clone, Debug, PartialEq)]
pub struct TorchPrintOptions {
    /// Digits after the point (`.4f` / `.4e`).
    pub precision: usize,
    /// Tensors with more elements than this are summarized; any Python number, `inf` for profile 'full'.
    pub threshold: f64,
    /// Items kept at each end of a summarized dimension.
    pub edgeitems: usize,
    /// Characters per line; Python allows any int, so a negative value (one element per line) is kept as is.
    pub linewidth: i64,
    /// `None`: chosen per tensor from its values; `Some(b)`: forced on or off.
    pub sci_mode: Option<bool>,
}

impl Default for TorchPrintOptions {
    fn default() -> Self {
        TorchPrintOptions {
            precision: 4,
            threshold: 1000.0,
            edgeitems: 3,
            linewidth: 80,
            sci_mode: None,
        }
    }
}

impl TorchPrintOptions {
    /// The options of `set_printoptions(profile=name)` alone: 'default', 'short' or 'full'; `None` for any
    /// other name (torch silently ignores an unknown profile).
    pub fn profile(name: &str) -> Option<Self> {
        let base = TorchPrintOptions::default();
        match name {
            "default" => Some(base),
            "short" => Some(TorchPrintOptions {
                precision: 2,
                edgeitems: 2,
                ..base
            }),
            "full" => Some(TorchPrintOptions {
                threshold: f64::INFINITY,
                ..base
            }),
            _ => None,
        }
    }

    /// `torch.set_printoptions(precision, threshold, edgeitems, linewidth, profile, sci_mode)`: the profile first
    /// (an unknown name changes nothing), then each option given. `sci_mode` is always overwritten, so a call that
    /// omits it resets it to `None`, exactly as torch does.
    pub fn set(
        &mut self,
        profile: Option<&str>,
        precision: Option<usize>,
        threshold: Option<f64>,
        edgeitems: Option<usize>,
        linewidth: Option<i64>,
        sci_mode: Option<bool>,
    ) {
        if let Some(p) = profile.and_then(TorchPrintOptions::profile) {
            self.precision = p.precision;
            self.threshold = p.threshold;
            self.edgeitems = p.edgeitems;
            self.linewidth = p.linewidth;
        }
        if let Some(v) = precision {
            self.precision = v;
        }
        if let Some(v) = threshold {
            self.threshold = v;
        }
        if let Some(v) = edgeitems {
            self.edgeitems = v;
        }
        if let Some(v) = linewidth {
            self.linewidth = v;
        }
        self.sci_mode = sci_mode;
    }
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

/// Tensor elements in C order: either all `numel` of them, or only those at [`shown_indices`] (the same thing
/// unless the tensor is summarized).
#[derive(Clone, Copy, Debug)]
pub enum TorchElements<'a> {
    Bool(&'a [bool]),
    /// Any integer dtype (uint8, int8..int64), widened.
    Int(&'a [i64]),
    /// float16, bfloat16, float32, float64, widened exactly to f64 (torch formats `float(value)`).
    Float(&'a [f64]),
    /// complex64 / complex128 as (real, imag), widened.
    Complex(&'a [(f64, f64)]),
}

impl TorchElements<'_> {
    pub fn len(&self) -> usize {
        match self {
            TorchElements::Bool(v) => v.len(),
            TorchElements::Int(v) => v.len(),
            TorchElements::Float(v) => v.len(),
            TorchElements::Complex(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What `_str_intern` appends after the data.
#[derive(Clone, Debug, PartialEq)]
pub struct TorchSuffixes<'a> {
    /// The tensor's dtype as torch names it without `torch.`: "float32", "bfloat16", "int64", "bool", "complex64".
    pub dtype: &'a str,
    /// `torch.get_default_dtype()` the same way ("float32" unless changed).
    pub default_dtype: &'a str,
    /// `str(t.device)` when torch shows it (the device differs from the default device, or is another CUDA
    /// index than the current one), e.g. "cuda:0"; `None` hides it.
    pub device: Option<&'a str>,
    /// `t.requires_grad`; shown only when there is no `grad_fn`.
    pub requires_grad: bool,
    /// The grad_fn's class name, e.g. "MulBackward0".
    pub grad_fn: Option<&'a str>,
}

impl<'a> TorchSuffixes<'a> {
    /// A CPU tensor of `dtype` under the default dtype float32, with no autograd state.
    pub fn new(dtype: &'a str) -> Self {
        TorchSuffixes {
            dtype,
            default_dtype: "float32",
            device: None,
            requires_grad: false,
            grad_fn: None,
        }
    }
}

// ---------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------

/// `repr(t)` (also `str(t)` and what `print(t)` writes): `tensor([1., 2.])`, `tensor(3.5000)`,
/// `tensor([], size=(0, 3))`, `tensor([0.1000, 0.2000], dtype=torch.float64, requires_grad=True)`.
pub fn tensor_repr(
    elems: &TorchElements,
    shape: &[usize],
    suffixes: &TorchSuffixes,
    opts: &TorchPrintOptions,
) -> String {
    let prefix = "tensor(";
    let indent = prefix.len();
    let numel = shape_size(shape);
    let mut parts: Vec<String> = Vec::new();
    if let Some(device) = suffixes.device {
        parts.push(format!("device='{device}'"));
    }
    // An empty tensor states its shape unless it is (0,); a non-empty one does when edgeitems=0 hides everything.
    if (numel == 0 && shape.len() != 1) || (numel != 0 && opts.edgeitems == 0) {
        parts.push(format!("size={}", shape_repr(shape)));
    }
    if dtype_suffix_shown(suffixes.dtype, suffixes.default_dtype, numel) {
        parts.push(format!("dtype=torch.{}", suffixes.dtype));
    }
    if let Some(name) = suffixes.grad_fn {
        parts.push(format!("grad_fn=<{name}>"));
    } else if suffixes.requires_grad {
        parts.push("requires_grad=True".to_string());
    }
    let body = tensor_str(elems, shape, indent, opts);
    add_suffixes(&format!("{prefix}{body}"), &parts, indent, opts.linewidth)
}

/// `_tensor_str(t, indent)`: the data part alone (`[]` when empty), laid out as if it followed a prefix of
/// `indent` characters.
pub fn tensor_str(
    elems: &TorchElements,
    shape: &[usize],
    indent: usize,
    opts: &TorchPrintOptions,
) -> String {
    let numel = shape_size(shape);
    if numel == 0 {
        return "[]".to_string();
    }
    let plan = Plan::new(shape, opts);
    if plan.elided {
        return "[...]".to_string();
    }
    let shown = plan.shown_count();
    // Either every element was passed (pick the shown ones through `index`) or only the shown ones.
    let index = if elems.len() == shown {
        None
    } else if elems.len() == numel {
        Some(plan.flat_indices(shape))
    } else {
        // A caller bug; say so visibly instead of printing wrong data or panicking.
        return format!(
            "<{} elements given for a tensor of size {}>",
            elems.len(),
            shape_repr(shape)
        );
    };
    let cells = Cells::new(elems, index, shown, opts);
    let strides = plan.strides();
    let render = Render {
        cells: &cells,
        plan: &plan,
        strides: &strides,
        edge: opts.edgeitems,
        linewidth: opts.linewidth,
    };
    render.tensor(0, 0, indent)
}

/// Flat C-order indices of the elements printing shows (all of them unless summarized; none when `edgeitems` is 0
/// and the tensor is summarized): the only elements a caller must widen and pass.
pub fn shown_indices(shape: &[usize], opts: &TorchPrintOptions) -> Vec<usize> {
    if shape_size(shape) == 0 {
        return Vec::new();
    }
    let plan = Plan::new(shape, opts);
    if plan.elided {
        Vec::new()
    } else {
        plan.flat_indices(shape)
    }
}

/// Whether `repr` shows `dtype=torch.<dtype>`: for an empty tensor unless it has the default dtype itself; for
/// others unless it is the default dtype, its complex counterpart, int64 or bool.
pub fn dtype_suffix_shown(dtype: &str, default_dtype: &str, numel: usize) -> bool {
    if numel == 0 {
        return dtype != default_dtype;
    }
    let default_complex = if default_dtype == "float64" {
        "complex128"
    } else {
        "complex64"
    };
    !(dtype == default_dtype || dtype == default_complex || dtype == "int64" || dtype == "bool")
}

/// `repr(torch.Size(shape))`: `torch.Size([2, 3])`, `torch.Size([])`.
pub fn size_repr(shape: &[usize]) -> String {
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    format!("torch.Size([{}])", dims.join(", "))
}

/// `repr` of a `torch.return_types.<name>` tuple: each field on its own line as `name=repr`, e.g.
/// `torch.return_types.max(\nvalues=tensor([3., 4.]),\nindices=tensor([1, 1]))`. `fields` holds the reprs.
pub fn return_types_repr(name: &str, fields: &[(&str, &str)]) -> String {
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("torch.return_types.{name}(\n{})", body.join(",\n"))
}

/// `repr(nn.Parameter)`: `Parameter containing:` above the tensor's own repr.
pub fn parameter_repr(tensor_repr: &str) -> String {
    format!("Parameter containing:\n{tensor_repr}")
}

// ---------------------------------------------------------------------------
// Summarization plan (`get_summarized_data`)
// ---------------------------------------------------------------------------

fn shape_size(shape: &[usize]) -> usize {
    shape.iter().fold(1usize, |acc, &d| acc.saturating_mul(d))
}

/// Which positions of each dimension are printed. A summarized dimension longer than `2 * edgeitems` keeps
/// `edgeitems` at each end with `...` between; every sub-tensor of one level has the same length, so the shown
/// elements form a dense C-ordered block of `counts`.
struct Plan {
    /// Shown length of each dimension.
    counts: Vec<usize>,
    /// The dimension is cut (an ellipsis goes after its first `edgeitems` entries).
    cut: Vec<bool>,
    edge: usize,
    summarize: bool,
    /// Summarized with `edgeitems == 0`: torch prints `[...]` and nothing else.
    elided: bool,
}

impl Plan {
    fn new(shape: &[usize], opts: &TorchPrintOptions) -> Plan {
        // Python compares the int numel with a float threshold; f64 is exact far beyond any real tensor size.
        let summarize = shape_size(shape) as f64 > opts.threshold;
        let edge = opts.edgeitems;
        let keep = edge.saturating_mul(2);
        let cut: Vec<bool> = shape.iter().map(|&n| summarize && n > keep).collect();
        let counts = shape
            .iter()
            .zip(&cut)
            .map(|(&n, &c)| if c { keep } else { n })
            .collect();
        Plan {
            counts,
            cut,
            edge,
            summarize,
            elided: summarize && edge == 0 && !shape.is_empty(),
        }
    }

    fn shown_count(&self) -> usize {
        shape_size(&self.counts)
    }

    /// C strides within the block of shown elements.
    fn strides(&self) -> Vec<usize> {
        c_strides(&self.counts)
    }

    /// Flat indices in the full tensor of the shown elements, in order. torch keeps the same edges as NumPy's
    /// `_leading_trailing` (never called here with edgeitems 0, where the two differ).
    fn flat_indices(&self, shape: &[usize]) -> Vec<usize> {
        if !self.summarize {
            return (0..shape_size(shape)).collect();
        }
        let mut out = Vec::with_capacity(self.shown_count());
        leading_trailing(shape, &c_strides(shape), self.edge, 0, 0, &mut out);
        out
    }
}

// ---------------------------------------------------------------------------
// `_Formatter`
// ---------------------------------------------------------------------------

/// The formatter for a floating real part (float tensors, and each of a complex tensor's real and imaginary parts).
struct FloatFormatter {
    int_mode: bool,
    sci_mode: bool,
    width: usize,
    precision: usize,
}

impl FloatFormatter {
    fn new<I: Iterator<Item = f64> + Clone>(values: I, opts: &TorchPrintOptions) -> FloatFormatter {
        let mut f = FloatFormatter {
            int_mode: true,
            sci_mode: false,
            width: 1,
            precision: opts.precision,
        };
        let nonzero_finite = values.filter(|v| v.is_finite() && *v != 0.0);
        // With no finite nonzero value torch returns before even applying a forced sci_mode.
        let Some(first) = nonzero_finite.clone().next() else {
            return f;
        };
        let (mut min, mut max) = (first.abs(), first.abs());
        for v in nonzero_finite.clone() {
            min = min.min(v.abs());
            max = max.max(v.abs());
            if v != v.ceil() {
                f.int_mode = false;
            }
        }
        f.sci_mode = opts
            .sci_mode
            .unwrap_or(max / min > 1000.0 || max > 1.0e8 || min < 1.0e-4);
        for v in nonzero_finite {
            let len = if f.sci_mode {
                format_exponent(v, f.precision).len()
            } else if f.int_mode {
                // Room for the '.' that marks the tensor as floating.
                format_fixed(v, 0).len() + 1
            } else {
                format_fixed(v, f.precision).len()
            };
            f.width = f.width.max(len);
        }
        f
    }

    fn format(&self, v: f64) -> String {
        let text = if self.sci_mode {
            format_exponent(v, self.precision)
        } else if self.int_mode {
            let mut s = format_fixed(v, 0);
            if v.is_finite() {
                s.push('.');
            }
            s
        } else {
            format_fixed(v, self.precision)
        };
        pad_left(text, self.width)
    }
}

fn pad_left(text: String, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        text
    } else {
        " ".repeat(width - len) + &text
    }
}

/// The shown elements with their formatter(s): cell `k` is the k-th shown element in C order.
struct Cells<'a> {
    elems: &'a TorchElements<'a>,
    /// Shown position -> index into `elems` when every element was passed.
    index: Option<Vec<usize>>,
    /// Bool and int: `str(v)` right-aligned to the widest.
    text_width: usize,
    real: Option<FloatFormatter>,
    imag: Option<FloatFormatter>,
}

impl<'a> Cells<'a> {
    fn new(
        elems: &'a TorchElements<'a>,
        index: Option<Vec<usize>>,
        shown: usize,
        opts: &TorchPrintOptions,
    ) -> Cells<'a> {
        let at = |k: usize| index.as_ref().map_or(k, |ix| ix[k]);
        let (mut text_width, mut real, mut imag) = (1, None, None);
        match elems {
            TorchElements::Bool(v) => {
                let w = (0..shown).map(|k| if v[at(k)] { 4 } else { 5 }).max();
                text_width = w.unwrap_or(1).max(1);
            }
            TorchElements::Int(v) => {
                let w = (0..shown).map(|k| v[at(k)].to_string().len()).max();
                text_width = w.unwrap_or(1).max(1);
            }
            TorchElements::Float(v) => {
                real = Some(FloatFormatter::new((0..shown).map(|k| v[at(k)]), opts));
            }
            TorchElements::Complex(v) => {
                real = Some(FloatFormatter::new((0..shown).map(|k| v[at(k)].0), opts));
                imag = Some(FloatFormatter::new((0..shown).map(|k| v[at(k)].1), opts));
            }
        }
        Cells {
            elems,
            index,
            text_width,
            real,
            imag,
        }
    }

    /// Printed width of one element plus its ", " separator (`element_length` in `_vector_str`).
    fn element_length(&self) -> usize {
        match (&self.real, &self.imag) {
            (Some(re), Some(im)) => re.width + 2 + im.width + 1,
            (Some(re), None) => re.width + 2,
            _ => self.text_width + 2,
        }
    }

    fn cell(&self, k: usize) -> String {
        let i = self.index.as_ref().map_or(k, |ix| ix[k]);
        match (self.elems, &self.real, &self.imag) {
            (TorchElements::Bool(v), _, _) => pad_left(
                if v[i] { "True" } else { "False" }.to_string(),
                self.text_width,
            ),
            (TorchElements::Int(v), _, _) => pad_left(v[i].to_string(), self.text_width),
            (TorchElements::Float(v), Some(re), _) => re.format(v[i]),
            (TorchElements::Complex(v), Some(re), Some(im)) => {
                let (r, j) = v[i];
                let real = re.format(r);
                let imag = im.format(j) + "j";
                let imag = imag.trim_start();
                // A sign of the imaginary part (negative numbers, -0.) replaces the '+'.
                if imag.starts_with('+') || imag.starts_with('-') {
                    real + imag
                } else {
                    real + "+" + imag
                }
            }
            // Cells::new always builds the formatters a float or complex tensor needs.
            _ => String::new(),
        }
    }
}

// ---------------------------------------------------------------------------
// `_tensor_str_with_formatter` / `_vector_str`
// ---------------------------------------------------------------------------

struct Render<'a> {
    cells: &'a Cells<'a>,
    plan: &'a Plan,
    strides: &'a [usize],
    edge: usize,
    linewidth: i64,
}

impl Render<'_> {
    /// The sub-tensor at dimension `d` whose first shown element is cell `base`.
    fn tensor(&self, d: usize, base: usize, indent: usize) -> String {
        let ndim = self.plan.counts.len();
        if ndim == 0 {
            return self.cells.cell(0);
        }
        let (count, cut) = (self.plan.counts[d], self.plan.cut[d]);
        if d + 1 == ndim {
            return self.vector(base, count, cut, indent);
        }
        let mut slices = Vec::with_capacity(count + 1);
        for i in 0..count {
            if cut && i == self.edge {
                slices.push("...".to_string());
            }
            slices.push(self.tensor(d + 1, base + i * self.strides[d], indent + 1));
        }
        // Blank lines between blocks grow with the dimensions below.
        let sep = format!(",{}{}", "\n".repeat(ndim - d - 1), " ".repeat(indent + 1));
        format!("[{}]", slices.join(&sep))
    }

    fn vector(&self, base: usize, count: usize, cut: bool, indent: usize) -> String {
        let element_length = self.cells.element_length() as i64;
        let per_line = (self.linewidth - indent as i64)
            .div_euclid(element_length)
            .max(1) as usize;
        let mut data = Vec::with_capacity(count + 1);
        for i in 0..count {
            if cut && i == self.edge {
                // The ellipsis counts as one element when lines are filled.
                data.push(" ...".to_string());
            }
            data.push(self.cells.cell(base + i));
        }
        let lines: Vec<String> = data.chunks(per_line).map(|c| c.join(", ")).collect();
        format!(
            "[{}]",
            lines.join(&format!(",\n{}", " ".repeat(indent + 1)))
        )
    }
}

/// `_add_suffixes`: each suffix goes after ", " on the current line, or on a new line indented by `indent` when the
/// line would pass `linewidth`.
fn add_suffixes(tensor_str: &str, suffixes: &[String], indent: usize, linewidth: i64) -> String {
    let mut out = tensor_str.to_string();
    // torch measures `len(s) - s.rfind('\n') + 1`: the last line's length plus 2, with or without a newline.
    let last_line = tensor_str.rsplit('\n').next().unwrap_or("");
    let mut last_line_len = last_line.chars().count() as i64 + 2;
    for suffix in suffixes {
        let suffix_len = suffix.chars().count() as i64;
        if last_line_len + suffix_len + 2 > linewidth {
            out.push_str(",\n");
            out.push_str(&" ".repeat(indent));
            out.push_str(suffix);
            last_line_len = indent as i64 + suffix_len;
        } else {
            out.push_str(", ");
            out.push_str(suffix);
            last_line_len += suffix_len + 2;
        }
    }
    out.push(')');
    out
}

#[cfg(test)]
#[path = "torch_cases.rs"]
mod tests;
