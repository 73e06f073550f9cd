//! nabla's `grad`/`value_and_grad` builtins (no peer prints them, so no conformance script can): each case is a
//! script whose `assert`s compare the transform with the analytic derivative and with central finite
//! differences; the error cases check the exception and its message. (`torch.func.grad` on tensors is also
//! conformance-checked against PyTorch in tests/conformance/torch/func_*.py.)

use nabla::interp::Output;
use nabla::{RunError, Session};

fn run(code: &str) -> Result<(), String> {
    let mut session = Session::new(vec!["transforms".into()]);
    session.interp.out = Output::Buffer(Vec::new());
    let prelude = "import math\nimport numpy as np\nimport torch\n\
                   def close(a, b, tol=1e-9):\n    return abs(a - b) <= tol * max(1.0, abs(b))\n\
                   def fd(f, x, h=1e-6):\n    return (f(x + h) - f(x - h)) / (2 * h)\n";
    match session.run_source("<case>", &format!("{prelude}{code}\n"), false) {
        Ok(()) => Ok(()),
        Err(RunError::Exit(c)) => Err(format!("exit {c}")),
        // The rendered error ends with the `Kind: message` line.
        Err(mut e) => {
            let text = session.render_error(&mut e, false);
            let last = text.lines().rev().find(|l| !l.trim().is_empty());
            Err(last.unwrap_or("").to_string())
        }
    }
}

#[test]
fn derivatives_of_python_floats() {
    let cases = [
        // The seed example, as a function.
        "assert grad(lambda x: x**2 + 3*x + 1)(2.0) == 7.0",
        "f = lambda x: x**3 - 2*x\nassert grad(f)(1.5) == 3*1.5**2 - 2\nassert type(grad(f)(1.5)) is float",
        // Nesting: second and third derivatives.
        "f = lambda x: x**3\nassert grad(grad(f))(2.0) == 12.0\nassert grad(grad(grad(f)))(2.0) == 6.0",
        // Through torch functions and NumPy ufuncs alike.
        "f = lambda x: np.sin(x) * np.exp(x)\n\
         assert close(grad(f)(0.3), math.cos(0.3) * math.exp(0.3) + math.sin(0.3) * math.exp(0.3))",
        "f = lambda x: np.tanh(x) + np.log(x) * x\nassert close(grad(f)(0.8), fd(f, 0.8), 1e-7)",
        // Several arguments; argnums as an int and as a tuple.
        "f = lambda x, y: x * y**2\nassert grad(f)(3.0, 2.0) == 4.0\nassert grad(f, argnums=1)(3.0, 2.0) == 12.0\n\
         assert grad(f, argnums=(0, 1))(3.0, 2.0) == (4.0, 12.0)",
        // value_and_grad.
        "v, g = value_and_grad(lambda x: x**2)(3.0)\nassert (v, g) == (9.0, 6.0)",
        // A result that does not depend on the argument has derivative zero.
        "assert grad(lambda x: 5.0)(1.0) == 0.0",
        // def functions with control flow.
        "def f(x):\n    y = x\n    for _ in range(3):\n        y = y * x\n    return y if x > 0 else -y\n\
         assert grad(f)(2.0) == 32.0",
    ];
    for code in cases {
        if let Err(e) = run(code) {
            panic!("case failed:\n{code}\n{e}");
        }
    }
}

#[test]
fn gradients_of_numpy_arrays_and_tensors() {
    let cases = [
        // An ndarray in, an ndarray of its dtype out.
        "x = np.array([1.0, 2.0, 3.0])\ng = grad(lambda x: (x * x).sum())(x)\n\
         assert type(g) is np.ndarray and g.dtype == np.float64\nassert (g == 2 * x).all()",
        "x = np.array([0.5, -1.0], dtype=np.float32)\ng = grad(lambda x: np.tanh(x).sum())(x)\n\
         assert g.dtype == np.float32\nassert np.allclose(g, 1 - np.tanh(x)**2)",
        // A least-squares loss written with NumPy ufuncs and matmul.
        "A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])\nb = np.array([1.0, 0.0, 1.0])\n\
         w = np.array([0.1, -0.2])\nloss = lambda w: ((A @ w - b) ** 2).sum()\n\
         assert np.allclose(grad(loss)(w), 2 * A.T @ (A @ w - b))",
        // value_and_grad gives the value as the function returns it: a NumPy scalar for a reduction.
        "f = lambda x: (x ** 2).sum() + x[0]\nx = np.array([1.0, 2.0], dtype=np.float32)\n\
         v, g = value_and_grad(f)(x)\nassert type(v) is type(f(x)) and v.dtype == np.float32 and v == 6.0\n\
         assert repr(v) == repr(f(x)) == 'np.float32(6.0)'\nassert type(g) is np.ndarray and (g == [3.0, 4.0]).all()",
        // Tensors: the input's .grad is left alone, the gradient has no history.
        "x = torch.tensor([1.0, 2.0])\ng = grad(lambda t: (t ** 3).sum())(x)\n\
         assert torch.allclose(g, 3 * x ** 2)\n\
         assert x.grad is None and g.grad_fn is None",
        // Second derivative of a tensor function through nesting.
        "x = torch.tensor(0.4, dtype=torch.float64)\nh = grad(grad(lambda t: torch.sin(t)))(x)\n\
         assert abs(h.item() + math.sin(0.4)) < 1e-12",
    ];
    for code in cases {
        if let Err(e) = run(code) {
            panic!("case failed:\n{code}\n{e}");
        }
    }
}

#[test]
fn mistakes_get_clear_errors() {
    let cases = [
        (
            "grad(lambda x: x * np.ones(3))(2.0)",
            "TypeError: grad() needs the function to return a scalar, but it returned a value of shape (3,)",
        ),
        (
            "grad(lambda x: x * x)(2)",
            "TypeError: grad() differentiates with respect to floating-point arguments, but argument 0 is an int",
        ),
        (
            "grad(lambda x, y: x * y, argnums=2)(1.0, 2.0)",
            "TypeError: grad() differentiates argument 2 (argnums)",
        ),
        (
            "grad(lambda x: np.greater(x, 0.0))(1.0)",
            "NotImplementedError: differentiating through np.greater is not implemented in nabla yet",
        ),
        (
            "grad(lambda x: x, has_aux=True)(1.0)",
            "NotImplementedError: grad with has_aux=True is not implemented in nabla yet",
        ),
    ];
    for (code, want) in cases {
        match run(code) {
            Ok(()) => panic!("no error from:\n{code}"),
            Err(e) => assert!(e.starts_with(want), "{code}\n  want: {want}\n  got:  {e}"),
        }
    }
}
