//! REPL behaviour on a real pseudo-terminal: highlighting, multi-line blocks, Ctrl-C while typing and while
//! running, the echo, and history kept across sessions. (Piped `-i` transcripts are conformance-checked
//! against `python3 -i` in tests/conformance/repl/.)

#[path = "support/piped_repl.rs"]
mod piped_repl;

use rexpect::session::{spawn_command, PtySession};
use std::process::Command;

fn nabla(history_dir: &std::path::Path) -> PtySession {
    nabla_with(history_dir, |_| {})
}

/// `nabla -q` in a pty, after `setup` adds arguments or environment.
fn nabla_with(history_dir: &std::path::Path, setup: impl FnOnce(&mut Command)) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nabla"));
    cmd.arg("-q")
        .env("XDG_DATA_HOME", history_dir)
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("NABLA_EDITMODE");
    setup(&mut cmd);
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
    // Builtins are blue, and an f-string's field is coloured as code inside the green text.
    p.send_line("print(f'{len([x])}')").unwrap();
    p.exp_string("\x1b[34mprint").expect("highlighted builtin");
    p.exp_string("\x1b[32mf'{\x1b[0m\x1b[34mlen")
        .expect("f-string field coloured as code");
    p.exp_string("1\r\n").expect("printed");
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

/// Type `keys` into the editor (Tab included) and send them at once.
fn type_keys(p: &mut PtySession, keys: &str) {
    p.send(keys).expect("type into the pty");
    p.flush().expect("flush the pty");
}

#[test]
fn tab_completes_module_members_methods_and_keywords() {
    let dir = temp_dir("complete");
    let mut p = nabla(&dir);
    p.send_line("arr = np.zeros(4)").unwrap();
    ready(&mut p);
    // A module member: the only match is inserted.
    type_keys(&mut p, "np.lins\t");
    p.exp_string("linspace")
        .expect("np.lins completes to np.linspace");
    // A keyword argument from the function's signature.
    type_keys(&mut p, "(0, 1, nu\t");
    p.exp_string("num=").expect("keyword argument completed");
    p.send_line("5)").unwrap();
    p.exp_string("array([0.  , 0.25, 0.5 , 0.75, 1.  ])")
        .expect("the completed call ran");
    ready(&mut p);
    // A method of the value a variable holds; two matches are listed on a second Tab.
    type_keys(&mut p, "arr.argm\t\t");
    p.exp_regex("argmax\\s+argmin")
        .expect("both methods listed");
    type_keys(&mut p, "\x15"); // Ctrl-U: clear the line
    type_keys(&mut p, "arr.resh\t");
    p.exp_string("reshape").unwrap();
    p.send_line("(2, 2)").unwrap();
    p.exp_string("array([[0., 0.],")
        .expect("the completed method ran");
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn timeit_prints_like_ipython() {
    let dir = temp_dir("timeit");
    let mut p = nabla(&dir);
    // 30 ms a loop: IPython's rule picks 10 loops (the first power of ten reaching 0.2 s), 7 runs of them.
    // (The pty reads bytes as Latin-1, so the ± and µ signs are matched loosely here, exactly in the piped test.)
    p.send_line("import time").unwrap();
    ready(&mut p);
    p.send_line("%timeit time.sleep(0.03)").unwrap();
    p.exp_regex("[0-9.]+ m\\S+ \\S+ [0-9.]+ \\S+ per loop \\(mean \\S+ std\\. dev\\. of 7 runs, 10 loops each\\)")
        .expect("IPython's timeit line");
    ready(&mut p);
    p.send_line(":timeit -n 3 -r 2 x = 1").unwrap();
    p.exp_string("of 2 runs, 3 loops each)").unwrap();
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

/// Run `nabla -i -q` on piped `input` in `dir`; its stdout, stderr and exit status.
fn piped(dir: &std::path::Path, input: &str) -> (String, String, i32) {
    let t = piped_repl::piped_repl(Some(dir), input);
    (t.out, t.err, t.code)
}

#[test]
fn commands_run_load_save_history_reset() {
    let dir = temp_dir("files");
    std::fs::write(
        dir.join("script.py"),
        "import sys\ny = 41 + 1\nprint('ran', y)\nsys.exit(0)\nprint('not run')\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("snippet.py"),
        "def twice(v):\n    return 2 * v\nz = twice(7)\n",
    )
    .unwrap();
    let (out, err, code) = piped(
        &dir,
        "%run script.py\ny\n%load snippet.py\nz\nw = 1\n1/0\nw + 1\n%save saved.py\n%history\n\
         %reset -f\ny\n%reset\nnp.ones(1)\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("ran 42\n42\n"),
        "%run, and the session goes on after sys.exit: {out}"
    );
    assert!(out.contains("\n14\n"), "%load ran the file: {out}");
    let saved = std::fs::read_to_string(dir.join("saved.py")).expect("%save wrote the file");
    assert_eq!(
        saved,
        "y\ndef twice(v):\n    return 2 * v\nz = twice(7)\nz\nw = 1\nw + 1\n"
    );
    assert!(
        out.contains("The following commands were written to file `saved.py`:\ny\n"),
        "{out}"
    );
    assert!(out.contains("%run script.py\ny\n"), "%history: {out}");
    assert!(
        err.contains("NameError: name 'y' is not defined"),
        "%reset: {err}"
    );
    assert!(
        out.contains("array([1.])"),
        "builtins survive %reset: {out}"
    );
}

#[test]
fn commands_whos_seed_precision_time_and_directories() {
    let dir = temp_dir("state");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let (out, err, code) = piped(
        &dir,
        "%whos\na = np.zeros((2, 3))\nt = torch.ones(4, requires_grad=True)\nn = 5\n%whos\nimport random\n\
         %seed 3\nprint(random.random(), np.random.rand(), torch.rand(1).item())\n\
         random.seed(3); np.random.seed(3); _ = torch.manual_seed(3)\n\
         print(random.random(), np.random.rand(), torch.rand(1).item())\n\
         %precision 3\nnp.array([1/3])\ntorch.tensor([1/3])\n%precision\nnp.array([1/3])\n\
         %time sum(range(10))\n%timeit -n 3 -r 2 x = 1\n:cd sub\n%pwd\n%cd -\n%nope\n%quit\nprint('not reached')\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Interactive namespace is empty.\n"),
        "{out}"
    );
    let table: Vec<&str> = out.lines().skip(1).take(5).collect();
    assert!(table[0].starts_with("Variable   Type"), "{table:?}");
    assert!(
        table[2].split_whitespace().collect::<Vec<_>>()
            == ["a", "ndarray", "(2,", "3)", "float64", "cpu", "48", "B"],
        "{table:?}"
    );
    assert!(
        table[3].split_whitespace().collect::<Vec<_>>()
            == [
                "t",
                "Tensor",
                "(4,)",
                "torch.float32",
                "cpu",
                "True",
                "16",
                "B"
            ],
        "{table:?}"
    );
    assert!(
        table[4].split_whitespace().collect::<Vec<_>>() == ["n", "int", "5"],
        "{table:?}"
    );
    let draws: Vec<&str> = out.lines().filter(|l| l.starts_with("0.")).collect();
    assert_eq!(draws.len(), 2, "{out}");
    assert_eq!(draws[0], draws[1], "%seed seeds all three generators");
    assert!(
        out.contains("array([0.333])\ntensor([0.333])\narray([0.33333333])\n"),
        "{out}"
    );
    assert!(
        out.contains("CPU times: user ") && out.contains("Wall time: "),
        "{out}"
    );
    assert!(
        out.contains(" per loop (mean \u{b1} std. dev. of 2 runs, 3 loops each)\n"),
        "{out}"
    );
    assert!(
        out.contains("Wall time: ") && out.contains("\n45\n"),
        "{out}"
    );
    let sub = dir.join("sub").canonicalize().unwrap();
    assert!(
        out.contains(&format!("{}\n'{}'\n", sub.display(), sub.display())),
        "{out}"
    );
    assert!(err.contains("unknown command %nope"), "{err}");
    assert!(
        !out.contains("not reached"),
        "%quit ends the session: {out}"
    );
}

#[test]
fn load_puts_a_file_into_the_next_input() {
    let dir = temp_dir("load");
    let file = dir.join("snippet.py");
    std::fs::write(&file, "loaded_value = 6 * 7\n").unwrap();
    let mut p = nabla(&dir);
    p.send_line(&format!("%load {}", file.display())).unwrap();
    ready(&mut p);
    p.exp_string("loaded_value = ")
        .expect("the file's text is in the input line");
    // Enter runs it as typed.
    p.send_line("").unwrap();
    ready(&mut p);
    p.send_line("loaded_value").unwrap();
    p.exp_string("42\r\n").expect("the loaded input ran");
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn display_header_above_arrays_and_tensors_on_a_terminal() {
    let dir = temp_dir("header");
    let mut p = nabla(&dir);
    p.send_line("np.arange(6.0)").unwrap();
    p.exp_string("\x1b[2m# ndarray (6,) float64 cpu\x1b[0m\r\narray([0., 1., 2., 3., 4., 5.])\r\n")
        .expect("a dimmed header, then the exact repr");
    ready(&mut p);
    p.send_line("t = torch.ones(3, requires_grad=True)")
        .unwrap();
    ready(&mut p);
    p.send_line("t").unwrap();
    p.exp_string("# Tensor (3,) torch.float32 cpu requires_grad\x1b[0m\r\ntensor([1., 1., 1.], requires_grad=True)")
        .expect("a leaf that requires grad");
    ready(&mut p);
    p.send_line("t * 2").unwrap();
    p.exp_string("# Tensor (3,) torch.float32 cpu grad_fn=MulBackward0\x1b[0m\r\n")
        .expect("the node that made the tensor");
    ready(&mut p);
    // Large arrays add statistics over the elements that are not NaN, and the NaN and infinity counts.
    p.send_line("b = np.arange(2000.0); b[7] = np.nan; b[9] = -np.inf")
        .unwrap();
    ready(&mut p);
    p.send_line("b").unwrap();
    p.exp_string("# ndarray (2000,) float64 cpu | min -inf max 1999 mean -inf | nan 1 inf 1\x1b[0m\r\narray([")
        .expect("statistics of a large array");
    ready(&mut p);
    p.send_line("np.arange(3000).reshape(3, 1000)").unwrap();
    p.exp_string("# ndarray (3, 1000) int64 cpu | min 0 max 2999 mean 1500\x1b[0m\r\n")
        .expect("integer statistics");
    ready(&mut p);
    // Values that are not arrays, and print(), get no header.
    p.send_line("print(np.arange(2)); 'end'").unwrap();
    let before = p.exp_string("'end'\r\n").unwrap();
    assert!(
        before.contains("[0 1]\r\n") && !before.contains("# "),
        "{before:?}"
    );
    ready(&mut p);
    p.send_line("%display numpy").unwrap();
    ready(&mut p);
    p.send_line("np.arange(6.0)").unwrap();
    let before = p.exp_string("array([0., 1., 2., 3., 4., 5.])\r\n").unwrap();
    assert!(
        !before.contains("# ndarray"),
        "%display numpy removes the header: {before:?}"
    );
    ready(&mut p);
    p.send_line("%display").unwrap();
    p.exp_string("numpy\r\n").expect("the current mode");
    ready(&mut p);
    p.send_line("%display rich").unwrap();
    ready(&mut p);
    p.send_line("np.zeros(2)").unwrap();
    p.exp_string("# ndarray (2,) float64 cpu")
        .expect("the header is back");
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn no_header_when_output_is_piped() {
    let dir = temp_dir("piped-display");
    let (out, err, code) = piped(
        &dir,
        "np.arange(2000.0)[:3]\ntorch.ones(2, requires_grad=True) * 2\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "array([0., 1., 2.])\ntensor([2., 2.], grad_fn=<MulBackward0>)\n"
    );
}

#[test]
fn echo_wraps_at_the_terminal_width() {
    let dir = temp_dir("width");
    let mut p = nabla_with(&dir, |cmd| {
        cmd.env("COLUMNS", "40");
    });
    // NumPy's own wrapping rule at linewidth 40 (the text real NumPy prints with set_printoptions(linewidth=40)).
    p.send_line("np.arange(20)").unwrap();
    p.exp_string(
        "array([ 0,  1,  2,  3,  4,  5,  6,  7,\r\n        8,  9, 10, 11, 12, 13, 14, 15,\r\n       16, 17, 18, 19])\r\n",
    )
    .expect("numpy wraps at 40 columns");
    ready(&mut p);
    p.send_line("torch.arange(30)").unwrap();
    p.exp_string(
        "tensor([ 0,  1,  2,  3,  4,  5,  6,  7,\r\n         8,  9, 10, 11, 12, 13, 14, 15,\r\n        16, 17, 18, 19, 20, 21, 22, 23,\r\n        24, 25, 26, 27, 28, 29])\r\n",
    )
    .expect("torch wraps at 40 columns");
    ready(&mut p);
    // print() keeps NumPy's 75 columns.
    p.send_line("print(np.arange(20))").unwrap();
    p.exp_string("[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19]\r\n")
        .expect("print is exact");
    ready(&mut p);
    // A context that changes other options leaves the terminal's width in charge.
    // (Each line stays shorter than the 40 columns: the test's terminal answers no cursor queries.)
    for line in [
        "cm = np.printoptions(precision=3)",
        "_ = cm.__enter__()",
        "_ = cm.__exit__(None, None, None)",
    ] {
        p.send_line(line).unwrap();
        ready(&mut p);
    }
    p.send_line("np.arange(12)").unwrap();
    p.exp_string("array([ 0,  1,  2,  3,  4,  5,  6,  7,\r\n        8,  9, 10, 11])\r\n")
        .expect("still the terminal's width");
    ready(&mut p);
    // A line width the user chose wins over the terminal's, even when it is the default value.
    p.send_line("np.set_printoptions(linewidth=75)").unwrap();
    ready(&mut p);
    p.send_line("torch.set_printoptions(linewidth=80)").unwrap();
    ready(&mut p);
    p.send_line("np.arange(15)").unwrap();
    p.exp_string("array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14])\r\n")
        .expect("the user's linewidth of 75");
    ready(&mut p);
    p.send_line("torch.arange(15)").unwrap();
    p.exp_string("tensor([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14])\r\n")
        .expect("the user's linewidth of 80");
    ready(&mut p);
    p.send_line("np.set_printoptions(linewidth=30)").unwrap();
    ready(&mut p);
    p.send_line("np.arange(12)").unwrap();
    p.exp_string("array([ 0,  1,  2,  3,  4,\r\n        5,  6,  7,  8,  9,\r\n       10, 11])\r\n")
        .expect("the user's linewidth");
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn bracketed_paste_runs_a_multi_line_snippet_as_one_input() {
    let dir = temp_dir("paste");
    let mut p = nabla(&dir);
    type_keys(
        &mut p,
        "\x1b[200~total = 0\nfor i in range(4):\n    total += i\nprint('total', total)\x1b[201~",
    );
    std::thread::sleep(std::time::Duration::from_millis(100));
    type_keys(&mut p, "\r");
    p.exp_string("total 6\r\n")
        .expect("the pasted block ran at once, without an empty line to close it");
    ready(&mut p);
    p.send_line("total * 10").unwrap();
    p.exp_string("60\r\n").unwrap();
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn vi_keys_edit_the_line_and_editmode_switches_back() {
    let dir = temp_dir("vi");
    let mut p = nabla_with(&dir, |cmd| {
        cmd.env("NABLA_EDITMODE", "vi");
    });
    // Insert mode types; Esc, `0` (start of line), `r5` (replace a character), Enter.
    type_keys(&mut p, "1 + 2");
    std::thread::sleep(std::time::Duration::from_millis(100));
    type_keys(&mut p, "\x1b");
    // Vi mode waits 500 ms to tell a lone Esc from an escape sequence.
    std::thread::sleep(std::time::Duration::from_millis(700));
    type_keys(&mut p, "0r5\r");
    p.exp_string("7\r\n").expect("5 + 2 after the vi edit");
    ready(&mut p);
    p.send_line("%editmode").unwrap();
    p.exp_string("vi\r\n").unwrap();
    ready(&mut p);
    p.send_line("%editmode emacs").unwrap();
    ready(&mut p);
    // Ctrl-A (start of line) is an Emacs key.
    type_keys(&mut p, "2 * 3\x011");
    type_keys(&mut p, "\r");
    p.exp_string("36\r\n").expect("12 * 3 after the Emacs edit");
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn help_lists_the_edit_modes_and_display_commands() {
    let out = Command::new(env!("CARGO_BIN_EXE_nabla"))
        .arg("--help")
        .output()
        .expect("nabla --help");
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "--vi",
        "NABLA_EDITMODE",
        "%display [numpy | rich]",
        "%editmode [emacs | vi]",
    ] {
        assert!(text.contains(needle), "--help lacks {needle}: {text}");
    }
}

/// The input blocks of a session clip and the output printed under each.
fn clip_blocks(text: &str) -> Vec<(String, String)> {
    let mut blocks: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(code) = line.strip_prefix(">>> ") {
            blocks.push((format!("{code}\n"), String::new()));
        } else if let (Some(code), Some(last)) = (line.strip_prefix("... "), blocks.last_mut()) {
            last.0.push_str(code);
            last.0.push('\n');
        } else if let (true, Some(last)) = (line == "...", blocks.last_mut()) {
            last.0.push('\n');
        } else if let Some(last) = blocks.last_mut() {
            last.1.push_str(line);
            last.1.push('\n');
        }
    }
    blocks
}

/// examples/tour.session, replayed: every input's output is compared byte for byte with the clip (whose plain
/// Python lines were printed by real CPython + NumPy + PyTorch, see tests/support/session_clip.py).
#[test]
fn tour_session_clip_replays_exactly() {
    const MARK: &str = "#--clip-mark--#";
    let clip = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/tour.session"
    ))
    .expect("examples/tour.session");
    let blocks = clip_blocks(&clip);
    assert!(blocks.len() >= 20, "the tour has {} inputs", blocks.len());
    let input: String = blocks
        .iter()
        .map(|(code, _)| format!("{code}print('{MARK}')\n"))
        .collect();
    let dir = temp_dir("clip");
    let (out, err, code) = piped(&dir, &input);
    assert_eq!(code, 0, "{err}");
    let printed: Vec<&str> = out.split(&format!("{MARK}\n")).collect();
    assert_eq!(printed.len(), blocks.len() + 1, "{out}\n{err}");
    for ((code, expected), got) in blocks.iter().zip(&printed) {
        assert_eq!(got, expected, "output of\n{code}");
    }
    assert!(!err.contains("Error"), "{err}");
}

#[test]
fn help_by_question_mark_help_and_apropos() {
    let dir = temp_dir("help");
    let (out, err, code) = piped(
        &dir,
        "np.concatenate?\n?np.pi\n%timeit?\nhelp('%seed')\n%apropos concatenate\nnp.no_such_name?\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("numpy.concatenate(") && out.contains("\nParameters\n----------\n"),
        "name? shows the signature and parameters: {out}"
    );
    assert!(
        out.contains("\nExamples\n--------\n>>> np.concatenate("),
        "and the examples: {out}"
    );
    assert!(out.contains("numpy.pi\n\n"), "?name works too: {out}");
    assert!(
        out.contains("%timeit [-n LOOPS] [-r RUNS] STATEMENT   (also :timeit)"),
        "a command's help: {out}"
    );
    assert!(
        out.contains("%seed N   (also :seed)"),
        "help('%cmd'): {out}"
    );
    assert!(
        out.lines().any(|l| l.starts_with("numpy.concatenate ")),
        "%apropos lists the name: {out}"
    );
    assert!(
        out.contains("No documentation found for 'np.no_such_name'."),
        "{out}"
    );
}

#[test]
fn help_on_a_terminal() {
    let dir = temp_dir("help_pty");
    let mut p = nabla(&dir);
    p.send_line("np.linspace?").unwrap();
    p.exp_string("numpy.linspace(start, stop").unwrap();
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

/// `expected` with each `…` standing for any text within its line; lines compared without trailing spaces.
fn matches_with_ellipsis(expected: &str, got: &str) -> bool {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    e.len() == g.len()
        && e.iter().zip(&g).all(|(e, g)| {
            let (e, g) = (e.trim_end(), g.trim_end());
            let mut parts = e.split('…');
            let first = parts.next().unwrap_or("");
            let Some(mut rest) = g.strip_prefix(first) else {
                return false;
            };
            let parts: Vec<&str> = parts.collect();
            for (i, part) in parts.iter().enumerate() {
                if i + 1 == parts.len() {
                    return rest.ends_with(part);
                }
                match rest.find(part) {
                    Some(k) => rest = &rest[k + part.len()..],
                    None => return false,
                }
            }
            rest.is_empty()
        })
}

#[test]
fn every_command_has_examples_that_run() {
    let commands = nabla::repl::command_examples();
    assert!(commands.len() >= 17);
    for (name, examples) in commands {
        let steps = nabla::library::help::examples(examples);
        assert!(
            steps
                .iter()
                .any(|(code, _)| code.contains(&format!("%{name}"))),
            "%{name} has no example that uses it"
        );
        // All of a command's examples run in one session, in a directory of their own.
        let dir = temp_dir(&format!("example-{name}"));
        let mut input = String::new();
        let mut expected = String::new();
        for (code, out) in &steps {
            input.push_str(code);
            // A block ends at an empty line.
            input.push_str(if code.contains('\n') { "\n\n" } else { "\n" });
            if !out.is_empty() {
                expected.push_str(out);
                expected.push('\n');
            }
        }
        let (out, err, code) = piped(&dir, &input);
        assert_eq!(code, 0, "%{name}: {err}");
        // Prompts go to stderr, and %load shows the text it loads there; an error or usage line must not.
        assert!(
            !err.lines().any(|l| l.contains("Error")
                || l.starts_with("usage:")
                || l.starts_with("unknown command")),
            "%{name} examples failed: {err}"
        );
        assert!(
            matches_with_ellipsis(&expected, &out),
            "%{name} examples:\nexpected:\n{expected}\ngot:\n{out}"
        );
    }
}

#[test]
fn ellipsis_matching_is_strict_outside_the_ellipsis() {
    assert!(matches_with_ellipsis("a … b\nc", "a 12 x b\nc\n"));
    assert!(matches_with_ellipsis("…", "anything"));
    assert!(!matches_with_ellipsis("a … b", "a 12 x c"));
    assert!(!matches_with_ellipsis("a … b", "a 1 b\nextra"));
    assert!(!matches_with_ellipsis("x", "y"));
}

#[test]
fn block_lines_start_indented_and_history_hints_the_rest_of_a_line() {
    let dir = temp_dir("indent");
    let mut p = nabla(&dir);
    p.send_line("def g(x):").unwrap();
    ready(&mut p);
    p.exp_string("...     ").expect("the body starts indented");
    p.send_line("if x > 0:").unwrap();
    ready(&mut p);
    p.exp_string("...         ")
        .expect("one level deeper after ':'");
    p.send_line("return 1").unwrap();
    ready(&mut p);
    // After `return`, one level back.
    p.send_line("return -1").unwrap();
    ready(&mut p);
    p.send_line("").unwrap();
    ready(&mut p);
    p.send_line("g(5), g(-5)").unwrap();
    p.exp_string("(1, -1)\r\n")
        .expect("the block ran as indented");
    ready(&mut p);
    // Typing the start of an earlier input shows the rest of it, dimmed.
    type_keys(&mut p, "g(5), g(-");
    p.exp_string("\x1b[2m5)\x1b[0m").expect("hint from history");
    p.send_control('c').unwrap();
    ready(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}
