//! Bit-exact random number generation: the shared MT19937 core and CPython's `random` module algorithms.

pub mod mt19937;
pub mod python_random;
pub mod torch_cpu;
