//! Drive the REPL through piped stdin (`nabla -q -i`), as a transcript: the shared helper of the REPL tests.

use std::io::Write;
use std::process::{Command, Stdio};

/// What one piped session printed, and its exit status.
pub struct Transcript {
    pub out: String,
    pub err: String,
    pub code: i32,
}

/// Run `input` through `nabla -q -i` (no colour), in `dir` when given.
pub fn piped_repl(dir: Option<&std::path::Path>, input: &str) -> Transcript {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nabla"));
    cmd.args(["-q", "-i"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let mut child = cmd.spawn().expect("spawn nabla");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write input");
    let out = child.wait_with_output().expect("nabla runs");
    Transcript {
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}
