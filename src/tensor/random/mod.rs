//! Bit-exact random number generation: the shared MT19937 core, CPython's `random` module algorithms and
//! NumPy's bit generators (legacy MT19937, PCG64 via SeedSequence) with their distributions, and PyTorch's CPU
//! generator.

pub mod mt19937;
pub mod numpy_bitgen;
pub mod numpy_distributions;
pub mod pcg64;
pub mod python_random;
pub mod seed_sequence;
pub mod torch_cpu;
pub mod ziggurat;
