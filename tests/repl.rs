//! REPL behaviour on a real pseudo-terminal: highlighting, multi-line blocks, Ctrl-C while typing and while
//! running, the echo, and history kept across sessions. (Piped `-i` transcripts are conformance-checked
//! against `python3 -i` in tests/conformance/repl/.)

use rexpect::session::{spawn_command, PtySession};
use std::process::Command;

fn nabla(history_dir: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nabla"));
    cmd.arg("-q")
        .env("XDG_DATA_HOME", history_dir)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    let mut p = spawn_command(cmd, Some(15_000)).expect("spawn nabla in a pty");
    ready(&mut p);
    p
}

/// Wait until the line editor is reading a fresh line. The editor redraws the prompt on every keystroke, so
/// the prompt text alone is no synchronisation point; each new read starts by enabling bracketed paste.
fn ready(p: &mut PtySession) {
    p.exp_string("\x1b[?2004h")
        .expect("editor ready for a new line");
    std::thread::sleep(std::time::Duration::from_millis(30));
}

fn temp_dir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("nabla-repl-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn echo_and_highlighting_on_a_terminal() {
    let dir = temp_dir("echo");
    let mut p = nabla(&dir);
    p.send_line("x = 40 + 2").unwrap();
    // Numbers are coloured (cyan) while typing on a terminal.
    p.exp_string("\x1b[36m40").expect("highlighted number");
    ready(&mut p);
    p.send_line("x").unwrap();
    p.exp_string("42\r\n").expect("echo of x");
    ready(&mut p);
    p.send_line("None").unwrap();
    ready(&mut p);
    p.send_line("'done'").unwrap();
    let (before, _) = p.exp_regex("'done'\r\n").expect("strings are echoed");
    assert!(
        !before.contains("None\r\n"),
        "None must not be echoed: {before:?}"
    );
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn multi_line_block_runs_after_empty_line() {
    let dir = temp_dir("block");
    let mut p = nabla(&dir);
    p.send_line("def f(n):").unwrap();
    ready(&mut p);
    p.exp_string("... ").expect("continuation prompt");
    p.send_line("    return n * 2 + 1").unwrap();
    ready(&mut p);
    p.send_line("").unwrap();
    ready(&mut p);
    p.send_line("f(20)").unwrap();
    p.exp_string("41\r\n")
        .expect("result of the function defined over several lines");
    ready(&mut p);
    p.send_line("[1,").unwrap();
    ready(&mut p);
    p.exp_string("... ").expect("open bracket continues");
    p.send_line(" 2]").unwrap();
    p.exp_string("[1, 2]\r\n").unwrap();
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ctrl_c_cancels_input_and_interrupts_a_running_loop() {
    let dir = temp_dir("ctrlc");
    let mut p = nabla(&dir);
    p.send_line("kept = 7").unwrap();
    ready(&mut p);
    p.send("half typed line").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt")
        .expect("Ctrl-C while typing");
    ready(&mut p);
    p.send_line("while True: pass").unwrap();
    ready(&mut p);
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt")
        .expect("Ctrl-C stops the loop");
    ready(&mut p);
    p.send_line("kept + 1").unwrap();
    p.exp_string("8\r\n")
        .expect("the session survives with its variables");
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn errors_do_not_end_the_session() {
    let dir = temp_dir("errors");
    let mut p = nabla(&dir);
    p.send_line("1/0").unwrap();
    p.exp_string("ZeroDivisionError: division by zero").unwrap();
    ready(&mut p);
    p.send_line("2 + 2").unwrap();
    p.exp_string("4\r\n").unwrap();
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn history_persists_across_sessions() {
    let dir = temp_dir("history");
    let mut p = nabla(&dir);
    p.send_line("marker_value = 123").unwrap();
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    let saved = std::fs::read_to_string(dir.join("nabla/history")).expect("history file written");
    assert!(saved.contains("marker_value = 123"), "history: {saved}");
    let mut q = nabla(&dir);
    // Up-arrow recalls the previous session's line; run it and check the value.
    q.send_control('p').unwrap(); // Ctrl-P: previous history entry (same as Up)
    q.exp_string("marker_value").expect("history recalled");
    q.send_line("").unwrap();
    ready(&mut q);
    q.send_line("marker_value").unwrap();
    q.exp_string("123\r\n").expect("recalled line ran");
    ready(&mut q);
    q.send_control('d').unwrap();
    q.exp_eof().unwrap();
}
