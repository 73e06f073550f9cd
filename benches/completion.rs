//! Tab-completion latency with 10-million-element arrays in scope: the REPL's bar is an answer within 50 ms.
//! Run with `cargo bench --bench completion`; it prints the mean time per completion of typical lines.

use nabla::repl::complete::completions;
use nabla::Session;
use std::time::{Duration, Instant};

fn main() {
    let mut session = Session::new(vec![String::new()]);
    let setup = "big = np.zeros(10_000_000)\nbig_t = torch.zeros(10_000_000)\nbig_list = list(range(1000))\n";
    if session.run_source("<bench>", setup, false).is_err() {
        eprintln!("setup failed");
        std::process::exit(2);
    }
    let lines = [
        "big.res",
        "big_t.unsq",
        "np.li",
        "np.linalg.",
        "torch.nn.functional.re",
        "np.linspace(0, 1, nu",
        "big.reshape(2, ord",
        "bi",
        "x = ",
        "open('./",
    ];
    let bar = Duration::from_millis(50);
    let mut worst = Duration::ZERO;
    for line in lines {
        let runs = 50u32;
        let start = Instant::now();
        let mut found = 0;
        for _ in 0..runs {
            found = completions(&session, line, line.len()).items.len();
        }
        let each = start.elapsed() / runs;
        worst = worst.max(each);
        println!(
            "{:<26} {:>9.3} ms  {found} candidates",
            format!("{line:?}"),
            each.as_secs_f64() * 1e3
        );
    }
    println!(
        "slowest: {:.3} ms (bar: {} ms)",
        worst.as_secs_f64() * 1e3,
        bar.as_millis()
    );
    if worst > bar {
        std::process::exit(1);
    }
}
