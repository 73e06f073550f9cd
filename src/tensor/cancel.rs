//! Ctrl-C inside long kernels: a process-wide request flag that kernels check between chunks.
//!
//! Kernels return plain values, so a checkpoint that finds the flag set cannot return early through them: it
//! unwinds with an [`Interrupted`] payload instead (`resume_unwind`, which prints no panic message), and the
//! interpreter turns that into `KeyboardInterrupt` at the innermost statement running. Kernels are panic-safe
//! (an output buffer is only handed out once every slot is written), so leaving one this way is sound. The flag
//! stays set until the interpreter takes the interrupt, so every worker thread of a parallel kernel stops at
//! its next checkpoint, not only the first one to see it.

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// The unwinding payload of an interrupted kernel.
pub struct Interrupted;

/// Ask running kernels to stop (the Ctrl-C handler calls this).
pub fn request() {
    REQUESTED.store(true, Ordering::Relaxed);
}

/// Forget a request: the interrupt was taken, or arrived while no kernel ran.
pub fn clear() {
    REQUESTED.store(false, Ordering::Relaxed);
}

/// Unwind with [`Interrupted`] if a stop was requested. Called between chunks of work, never inside one.
#[inline]
pub fn checkpoint() {
    if REQUESTED.load(Ordering::Relaxed) {
        std::panic::resume_unwind(Box::new(Interrupted));
    }
}

/// Whether an unwinding payload is an interrupted kernel's.
pub fn is_interrupted(payload: &(dyn std::any::Any + Send)) -> bool {
    payload.is::<Interrupted>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_requested_stop_unwinds_at_the_next_checkpoint_until_cleared() {
        checkpoint();
        request();
        let r = std::panic::catch_unwind(checkpoint);
        assert!(r.is_err_and(|p| is_interrupted(&*p)));
        // Still requested: other workers of the same kernel stop too.
        assert!(std::panic::catch_unwind(checkpoint).is_err());
        clear();
        checkpoint();
    }
}
