//! The teaching aid for a None `.grad`: the REPL's `%why x.grad` names the reason (never required grad, not a
//! leaf, detached, made under no_grad, no backward yet, not on the path to the output), and a failing use of a
//! None gradient in a script carries the same explanation as its hint.

#[path = "support/piped_repl.rs"]
mod piped_repl;

use std::process::Command;

/// Run `input` through the piped REPL (`nabla -q -i`); returns (stdout, stderr).
fn repl(input: &str) -> (String, String) {
    let t = piped_repl::piped_repl(None, input);
    (t.out, t.err)
}

/// The answers to `%why` printed for `input`, one string per command, with line breaks turned to spaces.
fn answers(input: &str) -> Vec<String> {
    let (out, err) = repl(input);
    assert!(!err.contains("Traceback"), "unexpected error: {err}");
    out.split("\n\n")
        .map(|a| a.replace('\n', " ").trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

#[test]
fn each_reason_for_a_none_grad_is_named() {
    let script = "\
x = torch.tensor(2.0)
%why x.grad
print()
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 2
c = torch.tensor(1.0, requires_grad=True)
%why c.grad
print()
b.sum().backward()
%why b.grad
print()
%why a.grad
print()
%why c.grad
print()
d = a.detach()
%why d.grad
print()
with torch.no_grad():
    n = a * 3

%why n.grad
print()
i = torch.tensor([1, 2])
:why i.grad
print()
";
    let got = answers(script);
    let expect = [
        "x.grad is None because x never required grad",
        "c.grad is None because no backward() has run since c was made",
        "b.grad is None because b is not a leaf: it was computed by an operation (grad_fn=<MulBackward0>)",
        "a.grad holds the gradient accumulated by backward()",
        "c.grad is None although backward() has run once since c was made: c is not on the path",
        "d.grad is None because d came from .detach()",
        "n.grad is None because n was made while gradient recording was off",
        "i.grad is None because i has dtype torch.int64 and never required grad",
    ];
    assert_eq!(got.len(), expect.len(), "answers: {got:#?}");
    for (g, e) in got.iter().zip(expect) {
        assert!(g.starts_with(e), "expected {e:?}, got {g:?}");
    }
}

#[test]
fn retain_grad_is_suggested_for_non_leaves() {
    let got = answers(
        "a = torch.tensor([1.0], requires_grad=True)\nh = a.exp()\nh.sum().backward()\n%why h.grad\n",
    );
    assert!(got[0].contains("h.retain_grad()"), "{got:?}");
    assert!(got[0].contains("ExpBackward0"), "{got:?}");
}

#[test]
fn command_mistakes_are_explained_and_the_session_goes_on() {
    let (out, err) =
        repl("%why\n%why 3\n%frobnicate\nx = 1\n%why x.real\n%why nope.grad\nprint('alive')\n");
    assert!(err.contains("usage: %why EXPR.ATTR"), "{err}");
    assert!(
        err.contains("unknown command %frobnicate (commands: %timeit,") && err.contains("%why"),
        "{err}"
    );
    assert!(err.contains("nabla has no explanation for x.real"), "{err}");
    assert!(
        err.contains("NameError: name 'nope' is not defined"),
        "{err}"
    );
    assert!(out.contains("alive"), "{out}");
}

/// A script whose failing line uses a None gradient: the error keeps Python's last line and adds the reason.
fn script_error(text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("nabla-why-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("s{}.py", text.len()));
    std::fs::write(&path, text).expect("write script");
    let out = Command::new(env!("CARGO_BIN_EXE_nabla"))
        .arg(&path)
        .env("NO_COLOR", "1")
        .output()
        .expect("nabla runs");
    assert!(!out.status.success());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn failing_uses_of_a_none_grad_carry_the_reason() {
    let err = script_error("import torch\nw = torch.tensor([1.0, 2.0])\nw.grad.zero_()\n");
    assert!(
        err.contains("w.grad is None because w never required grad"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("AttributeError: 'NoneType' object has no attribute 'zero_'"),
        "{err}"
    );

    let err = script_error(
        "import torch\nw = torch.tensor([1.0, 2.0], requires_grad=True)\nstep = 0.1 * w.grad\n",
    );
    assert!(
        err.contains("w.grad is None because no backward() has run since w was made"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("TypeError: unsupported operand type(s) for *: 'float' and 'NoneType'"),
        "{err}"
    );

    let err = script_error(
        "import torch\nw = torch.tensor([1.0], requires_grad=True)\nh = w * 2\nh.sum().backward()\nprint(h.grad[0])\n",
    );
    assert!(
        err.contains("h.grad is None because h is not a leaf"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("TypeError: 'NoneType' object is not subscriptable"),
        "{err}"
    );
}
