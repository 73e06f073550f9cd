//! Typed runtime errors (no spans: the interpreter attaches those).

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum TensorError {
    /// `operands could not be broadcast together with shapes (3,) (4,) `
    Broadcast(Vec<Vec<usize>>),
    /// `index 5 is out of bounds for axis 0 with size 3`
    IndexOutOfBounds {
        index: i64,
        axis: usize,
        size: usize,
    },
    /// `cannot reshape array of size 6 into shape (4,)`
    Reshape {
        size: usize,
        shape: Vec<isize>,
    },
    /// `axis 2 is out of bounds for array of dimension 2`
    AxisOutOfBounds {
        axis: i64,
        ndim: usize,
    },
    TooManyIndices {
        ndim: usize,
        given: usize,
    },
    /// A value error with NumPy's message.
    Value(String),
    /// A type error with NumPy's message.
    Type(String),
    /// A feature that is not implemented yet, named.
    Unsupported(String),
}

impl fmt::Display for TensorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TensorError::Broadcast(shapes) => {
                write!(f, "operands could not be broadcast together with shapes ")?;
                // NumPy writes these shapes without spaces: `(2,3) (4,) `.
                for s in shapes {
                    write!(f, "{} ", shape_str(s).replace(' ', ""))?;
                }
                Ok(())
            }
            TensorError::IndexOutOfBounds { index, axis, size } => {
                write!(
                    f,
                    "index {index} is out of bounds for axis {axis} with size {size}"
                )
            }
            TensorError::Reshape { size, shape } => {
                // NumPy prints an unknown `-1` dimension as `newaxis` here.
                let dims: Vec<String> = shape
                    .iter()
                    .map(|d| {
                        if *d < 0 {
                            "newaxis".to_string()
                        } else {
                            d.to_string()
                        }
                    })
                    .collect();
                // NumPy prints this shape without spaces.
                let t = if dims.len() == 1 {
                    format!("({},)", dims[0])
                } else {
                    format!("({})", dims.join(","))
                };
                write!(f, "cannot reshape array of size {size} into shape {t}")
            }
            TensorError::AxisOutOfBounds { axis, ndim } => {
                write!(
                    f,
                    "axis {axis} is out of bounds for array of dimension {ndim}"
                )
            }
            TensorError::TooManyIndices { ndim, given } => write!(
                f,
                "too many indices for array: array is {ndim}-dimensional, but {given} were indexed"
            ),
            TensorError::Value(m) | TensorError::Type(m) => f.write_str(m),
            TensorError::Unsupported(m) => write!(f, "{m} is not supported by nabla yet"),
        }
    }
}

/// NumPy's tuple spelling of a shape: `(3,)`, `(2, 3)`, `()`.
pub fn shape_str(s: &[usize]) -> String {
    match s.len() {
        1 => format!("({},)", s[0]),
        _ => format!(
            "({})",
            s.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The spaceless spelling NumPy's C code uses in messages: `(3,)`, `(2,3)`.
pub fn shape_str_compact(s: &[usize]) -> String {
    shape_str(s).replace(", ", ",")
}
