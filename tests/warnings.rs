//! Warnings on stderr as CPython's default filter prints them (the conformance corpus compares stdout only):
//! `FILE:LINE: RuntimeWarning: message`, the stripped source line, once per message and location. The expected
//! texts are what CPython 3.11 with NumPy 2.4 prints for the same programs.

use std::process::{Command, Stdio};

/// Run nabla on `program` (as a file when `as_file`, else with `-c`); returns stderr.
fn stderr_of(program: &str, as_file: bool) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("nabla-warnings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("w{}.py", program.len()));
    std::fs::write(&path, program).expect("write script");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nabla"));
    if as_file {
        cmd.arg(&path);
    } else {
        cmd.args(["-c", program]);
    }
    let out = cmd
        .stdin(Stdio::null())
        .env("NO_COLOR", "1")
        .output()
        .expect("run nabla");
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        path.display().to_string(),
    )
}

#[test]
fn runtime_warnings_once_per_location() {
    let program = "\
import numpy as np
a = np.array([1.0, 0.0])
for i in range(3):
    b = a / 0
x = (1 +
     np.log(np.array([0.0])))
def f():
    return np.array([1.0]) / 0
f()
f()
c = np.array([1.0])
c /= 0
d = divmod(np.array([1.0]), 0.0)
np.seterr(all='print')
e = np.exp(np.array([1000.0]))
np.seterr(all='ignore')
e = np.exp(np.array([1000.0]))
";
    let (err, file) = stderr_of(program, true);
    let expected = format!(
        "\
{file}:4: RuntimeWarning: divide by zero encountered in divide
  b = a / 0
{file}:4: RuntimeWarning: invalid value encountered in divide
  b = a / 0
{file}:6: RuntimeWarning: divide by zero encountered in log
  np.log(np.array([0.0])))
{file}:8: RuntimeWarning: divide by zero encountered in divide
  return np.array([1.0]) / 0
{file}:12: RuntimeWarning: divide by zero encountered in divide
  c /= 0
{file}:13: RuntimeWarning: divide by zero encountered in divmod
  d = divmod(np.array([1.0]), 0.0)
{file}:13: RuntimeWarning: invalid value encountered in divmod
  d = divmod(np.array([1.0]), 0.0)
Warning: overflow encountered in exp
"
    );
    assert_eq!(err, expected);
}

#[test]
fn command_line_warnings_have_no_source_line() {
    let (err, _) = stderr_of(
        "import numpy as np; np.log(0); np.sqrt(-1.0 * np.ones(1))",
        false,
    );
    assert_eq!(
        err,
        "<string>:1: RuntimeWarning: divide by zero encountered in log\n\
         <string>:1: RuntimeWarning: invalid value encountered in sqrt\n"
    );
}
