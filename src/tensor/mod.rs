//! The array runtime: dtypes, layouts, storage and kernels. Knows nothing about the language.

pub mod random;
