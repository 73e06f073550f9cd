//! `%timeit` and `%time`: IPython's loop-count choice and its exact output text.

use crate::format::python::{format_float, format_i64, parse_format_spec};

/// IPython's `_format_time`: a duration in seconds with `precision` significant digits and a unit.
pub fn format_time(timespan: f64, precision: usize) -> String {
    if timespan >= 60.0 {
        let parts = [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)];
        let mut out = Vec::new();
        let mut leftover = timespan;
        for (suffix, length) in parts {
            let value = (leftover / length).trunc();
            if value > 0.0 {
                leftover %= length;
                out.push(format!("{value}{suffix}"));
            }
            if leftover < 1.0 {
                break;
            }
        }
        return out.join(" ");
    }
    let units = ["s", "ms", "\u{b5}s", "ns"];
    let scaling = [1.0, 1e3, 1e6, 1e9];
    // IPython's `min(-int(floor(log10(t)) // 3), 3)`: floor division rounds toward minus infinity.
    let order = if timespan > 0.0 {
        (-(timespan.log10().floor() / 3.0).floor())
            .min(3.0)
            .max(0.0) as usize
    } else {
        3
    };
    let i = order;
    format!(
        "{} {}",
        g_format(timespan * scaling[i], precision),
        units[i]
    )
}

/// Python's `"%.*g" % (precision, x)`.
fn g_format(x: f64, precision: usize) -> String {
    parse_format_spec(&format!(".{precision}g"))
        .and_then(|spec| format_float(x, &spec))
        .unwrap_or_else(|_| x.to_string())
}

/// `{n:,}`: an integer with thousands separators.
fn grouped(n: u64) -> String {
    parse_format_spec(",")
        .and_then(|spec| format_i64(n as i64, &spec))
        .unwrap_or_else(|_| n.to_string())
}

/// The measurements of one `%timeit`: `all_runs` are the total seconds of each of the runs of `loops` loops.
pub struct TimeitResult {
    pub loops: u64,
    pub all_runs: Vec<f64>,
}

impl TimeitResult {
    fn timings(&self) -> impl Iterator<Item = f64> + '_ {
        self.all_runs.iter().map(|t| t / self.loops as f64)
    }

    fn average(&self) -> f64 {
        self.timings().sum::<f64>() / self.all_runs.len() as f64
    }

    fn stdev(&self) -> f64 {
        let mean = self.average();
        (self.timings().map(|x| (x - mean).powi(2)).sum::<f64>() / self.all_runs.len() as f64)
            .sqrt()
    }

    /// IPython's warning when the slowest run is much slower than the fastest (caching, warm-up).
    pub fn warning(&self) -> Option<String> {
        let best = self.timings().fold(f64::INFINITY, f64::min);
        let worst = self.timings().fold(0.0, f64::max);
        (worst > 4.0 * best && best > 0.0 && worst > 1e-6).then(|| {
            format!(
                "The slowest run took {:.2} times longer than the fastest. This could mean that an \
                 intermediate result is being cached.",
                worst / best
            )
        })
    }

    /// `1.23 µs ± 45.6 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
    pub fn summary(&self) -> String {
        let runs = self.all_runs.len();
        format!(
            "{} \u{b1} {} per loop (mean \u{b1} std. dev. of {runs} run{}, {} loop{} each)",
            format_time(self.average(), 3),
            format_time(self.stdev(), 3),
            if runs == 1 { "" } else { "s" },
            grouped(self.loops),
            if self.loops == 1 { "" } else { "s" },
        )
    }
}

/// IPython's automatic loop count: the first power of ten whose loops take at least 0.2 s together (at most
/// 10**9). `time(n)` runs the statement `n` times and returns the seconds taken.
pub fn choose_loops<E>(mut time: impl FnMut(u64) -> Result<f64, E>) -> Result<u64, E> {
    let mut number = 1;
    for index in 0..10 {
        number = 10u64.pow(index);
        if time(number)? >= 0.2 {
            break;
        }
    }
    Ok(number)
}

/// `%time`'s report: CPU (user, system) and wall seconds, as IPython prints them off Windows.
pub fn time_report(cpu: Option<(f64, f64)>, wall: f64) -> String {
    let mut out = String::new();
    if let Some((user, sys)) = cpu {
        out.push_str(&format!(
            "CPU times: user {}, sys: {}, total: {}\n",
            format_time(user, 3),
            format_time(sys, 3),
            format_time(user + sys, 3)
        ));
    }
    out.push_str(&format!("Wall time: {}", format_time(wall, 3)));
    out
}

/// User and system CPU seconds used by this process so far.
#[cfg(target_os = "linux")]
pub fn cpu_times() -> Option<(f64, f64)> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::uninit();
    // SAFETY: getrusage writes a whole `rusage` into the pointer it is given when it returns 0; we read it only
    // then.
    let usage = unsafe {
        if libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()) != 0 {
            return None;
        }
        usage.assume_init()
    };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    Some((secs(usage.ru_utime), secs(usage.ru_stime)))
}

#[cfg(not(target_os = "linux"))]
pub fn cpu_times() -> Option<(f64, f64)> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected strings printed by IPython 8.12's `_format_time` and `TimeitResult` for the same numbers.
    #[test]
    fn formats_as_ipython() {
        assert_eq!(format_time(1.2345e-6, 3), "1.23 \u{b5}s");
        assert_eq!(format_time(4.56e-8, 3), "45.6 ns");
        assert_eq!(format_time(0.5, 3), "500 ms");
        assert_eq!(format_time(2.0, 3), "2 s");
        assert_eq!(format_time(15.0, 3), "15 s");
        assert_eq!(format_time(59.9, 3), "59.9 s");
        assert_eq!(format_time(5e-4, 3), "500 \u{b5}s");
        assert_eq!(format_time(0.0123, 3), "12.3 ms");
        assert_eq!(format_time(9.99e-7, 3), "999 ns");
        assert_eq!(format_time(1e-10, 3), "0.1 ns");
        assert_eq!(format_time(0.0, 3), "0 ns");
        assert_eq!(format_time(3725.5, 3), "1h 2min 5s");
        assert_eq!(format_time(120.0, 3), "2min");
        let r = TimeitResult {
            loops: 100_000,
            all_runs: vec![0.123, 0.125, 0.121, 0.13, 0.122, 0.124, 0.126],
        };
        assert_eq!(
            r.summary(),
            "1.24 \u{b5}s \u{b1} 27.7 ns per loop (mean \u{b1} std. dev. of 7 runs, 100,000 loops each)"
        );
        assert_eq!(r.warning(), None);
        let one = TimeitResult {
            loops: 1,
            all_runs: vec![1e-3],
        };
        assert_eq!(
            one.summary(),
            "1 ms \u{b1} 0 ns per loop (mean \u{b1} std. dev. of 1 run, 1 loop each)"
        );
        let slow = TimeitResult {
            loops: 1,
            all_runs: vec![1e-3, 5e-3],
        };
        assert!(slow
            .warning()
            .is_some_and(|w| w.starts_with("The slowest run took 5.00 times")));
        assert_eq!(
            slow.summary(),
            "3 ms \u{b1} 2 ms per loop (mean \u{b1} std. dev. of 2 runs, 1 loop each)"
        );
    }

    #[test]
    fn loop_count_reaches_a_fifth_of_a_second() {
        let n = choose_loops(|n| Ok::<_, ()>(n as f64 * 1e-5)).unwrap_or(0);
        assert_eq!(n, 100_000);
        assert_eq!(choose_loops(|_| Ok::<_, ()>(1.0)).unwrap_or(0), 1);
    }
}
