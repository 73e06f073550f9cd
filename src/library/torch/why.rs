//! Why a tensor's `.grad` is None (or what it holds): the teaching aid behind the REPL's `%why x.grad` and the
//! hint on a failing use of a None gradient (`x.grad.zero_()`, `w - lr * w.grad`).

use super::{as_var, Origin, TorchTensor};
use crate::autograd;
use crate::interp::value::Value;
use crate::interp::Interp;

/// The explainer registered with the interpreter: answers for `<tensor>.grad`, and nothing else.
pub fn explain(_me: &mut Interp, owner: &Value, attr: &str, owner_text: &str) -> Option<String> {
    if attr != "grad" {
        return None;
    }
    let v = as_var(owner)?;
    let origin = match owner {
        Value::Native(n) => n.data.borrow().downcast_ref::<TorchTensor>()?.origin,
        _ => return None,
    };
    Some(grad_story(&v, origin, owner_text))
}

/// The explanation for `x.grad`, naming the tensor as the user wrote it.
fn grad_story(v: &autograd::Var, origin: Origin, x: &str) -> String {
    let meta = v.meta.as_ref().filter(|m| m.requires_grad.get());
    let Some(meta) = meta else {
        return match origin {
            Origin::Detached => format!(
                "{x}.grad is None because {x} came from .detach(): it shares its data with the original tensor \
                 but is outside the graph, so no gradient ever reaches it. Read the gradient of the original \
                 tensor, or call {x}.requires_grad_() to make {x} a new leaf of its own."
            ),
            Origin::NoGradMode => format!(
                "{x}.grad is None because {x} was made while gradient recording was off (inside torch.no_grad() \
                 or a function decorated with it), so it has no history and does not require grad. Compute it \
                 outside torch.no_grad() if gradients should flow through it."
            ),
            Origin::Recorded if !(v.dtype().is_float() || v.dtype().is_complex()) => format!(
                "{x}.grad is None because {x} has dtype torch.{} and never required grad: only floating point and \
                 complex tensors can (create it with dtype=torch.float32 and requires_grad=True).",
                super::dtype_name(v.dtype())
            ),
            Origin::Recorded => format!(
                "{x}.grad is None because {x} never required grad: gradients are kept only for tensors created \
                 with requires_grad=True (or after {x}.requires_grad_()), and results computed only from such \
                 tensors do not require grad either."
            ),
        };
    };
    let passes = autograd::passes().saturating_sub(meta.born_after_pass);
    let held = meta.grad.borrow().is_some();
    if let Some(node) = v.grad_fn() {
        if !meta.retains_grad.get() {
            return format!(
                "{x}.grad is None because {x} is not a leaf: it was computed by an operation \
                 (grad_fn=<{}>), and PyTorch keeps .grad only for leaves (tensors you created with \
                 requires_grad=True). Call {x}.retain_grad() before backward() to keep it, or use \
                 torch.autograd.grad(loss, {x}).",
                node.name()
            );
        }
    }
    if held {
        return format!(
            "{x}.grad holds the gradient accumulated by backward() since {x} was made or its .grad was last \
             cleared: each backward() adds to it, so training loops zero it ({x}.grad.zero_() or {x}.grad = None) \
             between steps."
        );
    }
    if passes == 0 {
        return format!(
            "{x}.grad is None because no backward() has run since {x} was made: compute a scalar loss from {x} \
             and call loss.backward()."
        );
    }
    let times = if passes == 1 {
        "once".to_string()
    } else {
        format!("{passes} times")
    };
    format!(
        "{x}.grad is None although backward() has run {times} since {x} was made: {x} is not on the path to \
         those outputs. The loss did not depend on {x}, or the path was cut (by .detach(), torch.no_grad(), \
         .item()/float()/.numpy(), or by rebinding {x} to a new tensor after the loss was computed)."
    )
}
