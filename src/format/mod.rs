//! Exact text formatting of numbers and arrays, as Python, NumPy and PyTorch print them.

pub mod numpy;
pub mod python;
pub mod torch;
