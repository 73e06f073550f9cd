//! Source text to tokens to a spanned AST, with resolved names. Knows nothing about values or tensors.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod resolve;
pub mod span;
pub mod token;
pub mod validate;
