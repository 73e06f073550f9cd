//! Conformance: every `tests/conformance/**/*.py` runs under nabla and must print, byte for byte, the `.out`
//! (and exit with the `.err` status and last stderr line) that real CPython/NumPy/PyTorch produced through
//! `regen.py`. Scripts listed in `pending.txt` are known gaps: they run and are reported, and the suite fails
//! if one starts passing so the list stays honest.
//!
//! Usage: `cargo test --test conformance [FILTER...]`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            scripts(&p, out);
        } else if name.ends_with(".py") && name != "regen.py" {
            out.push(p);
        }
    }
}

enum Outcome {
    Pass,
    Fail(String),
}

fn check(bin: &Path, root: &Path, script: &Path) -> Outcome {
    let out_file = script.with_extension("out");
    let err_file = script.with_extension("err");
    let Ok(expected_out) = std::fs::read(&out_file) else {
        return Outcome::Fail(format!("missing {} (run regen.py)", out_file.display()));
    };
    let expected_err = std::fs::read_to_string(&err_file).ok();
    // REPL transcripts (`repl/` folder) are fed on stdin to `nabla -i -q`, as regen.py does with python3.
    let interactive = script
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n == "repl")
        .unwrap_or(false);
    let mut cmd = Command::new(bin);
    if interactive {
        cmd.args(["-i", "-q"]);
        match std::fs::File::open(script) {
            Ok(f) => {
                cmd.stdin(Stdio::from(f));
            }
            Err(e) => return Outcome::Fail(e.to_string()),
        }
    } else {
        cmd.arg(script).stdin(Stdio::null());
    }
    let mut child = match cmd
        .current_dir(root)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return Outcome::Fail(format!("could not start nabla: {e}")),
    };
    // Drain both pipes on threads (a full pipe would block the child), with a watchdog for hangs.
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(p) = out_pipe.as_mut() {
            let _ = std::io::Read::read_to_end(p, &mut buf);
        }
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = std::io::Read::read_to_end(p, &mut buf);
        }
        buf
    });
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() > Duration::from_secs(60) => {
                let _ = child.kill();
                return Outcome::Fail("timed out after 60 s".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Outcome::Fail(e.to_string()),
        }
    };
    let output = std::process::Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("internal error") || stderr.contains("panicked") {
        return Outcome::Fail(format!("nabla crashed:\n{stderr}"));
    }
    let code = output.status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if output.stdout != expected_out {
        problems.push(diff(
            &String::from_utf8_lossy(&expected_out),
            &String::from_utf8_lossy(&output.stdout),
        ));
    }
    match expected_err {
        None if code != 0 => {
            let last = stderr
                .lines()
                .filter(|l| !l.trim().is_empty())
                .last()
                .unwrap_or("");
            problems.push(format!("exit {code}, expected 0; stderr ends: {last}"));
        }
        None => {}
        Some(err) => {
            let mut lines = err.lines();
            let want_code = lines
                .next()
                .and_then(|l| l.strip_prefix("exit: "))
                .and_then(|c| c.trim().parse::<i32>().ok());
            let want_last = lines.next().unwrap_or("");
            let got_last = stderr
                .lines()
                .filter(|l| !l.trim().is_empty())
                .last()
                .unwrap_or("");
            if want_code != Some(code) {
                problems.push(format!("exit {code}, expected {want_code:?}"));
            }
            if got_last != want_last {
                problems.push(format!(
                    "last stderr line:\n  expected: {want_last}\n  got:      {got_last}"
                ));
            }
        }
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("\n"))
    }
}

/// The first differing line, with a little context.
fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    for i in 0..w.len().max(g.len()) {
        if w.get(i) != g.get(i) {
            return format!(
                "stdout differs at line {}:\n  expected: {}\n  got:      {}",
                i + 1,
                w.get(i).unwrap_or(&"<end of output>"),
                g.get(i).unwrap_or(&"<end of output>")
            );
        }
    }
    "stdout differs in trailing newlines or bytes".into()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_nabla"));
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let pending: Vec<String> = std::fs::read_to_string(root.join("pending.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut all = Vec::new();
    scripts(&root, &mut all);
    let chosen: Vec<PathBuf> = all
        .into_iter()
        .filter(|p| {
            filters.is_empty()
                || filters
                    .iter()
                    .any(|f| p.to_string_lossy().contains(f.as_str()))
        })
        .collect();
    let work = Arc::new(Mutex::new(chosen.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let mut handles = Vec::new();
    for _ in 0..threads {
        let (work, results, bin, root) = (work.clone(), results.clone(), bin.clone(), root.clone());
        handles.push(std::thread::spawn(move || loop {
            let next = work.lock().ok().and_then(|mut w| w.pop());
            let Some(script) = next else { break };
            let outcome = check(&bin, &root, &script);
            if let Ok(mut r) = results.lock() {
                r.push((script, outcome));
            }
        }));
    }
    for h in handles {
        let _ = h.join();
    }
    let mut results = match Arc::try_unwrap(results) {
        Ok(m) => m.into_inner().unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut pending_failed) = (0, 0, 0);
    let mut stale_pending = Vec::new();
    for (script, outcome) in &results {
        let rel = script
            .strip_prefix(&root)
            .unwrap_or(script)
            .to_string_lossy()
            .replace('\\', "/");
        let is_pending = pending.iter().any(|p| *p == rel);
        match outcome {
            Outcome::Pass if is_pending => {
                println!("test {rel} ... ok (listed in pending.txt: remove it)");
                stale_pending.push(rel);
                failed += 1;
            }
            Outcome::Pass => {
                println!("test {rel} ... ok");
                passed += 1;
            }
            Outcome::Fail(_) if is_pending => {
                println!("test {rel} ... pending");
                pending_failed += 1;
            }
            Outcome::Fail(why) => {
                println!("test {rel} ... FAILED\n{}", indent(why));
                failed += 1;
            }
        }
    }
    println!();
    if !stale_pending.is_empty() {
        println!(
            "these pass now; delete them from tests/conformance/pending.txt: {}",
            stale_pending.join(", ")
        );
    }
    println!("conformance: {passed} passed, {failed} failed, {pending_failed} skipped");
    if failed > 0 {
        std::process::exit(1);
    }
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
