//! Fuzzing: lexer, parser, resolver, evaluator and diagnostics must never panic, hang or crash, whatever the
//! input. Stable Rust has no libFuzzer, so this is a self-contained property-based fuzzer with its own PRNG.
//!
//! Inputs come from five sources: token soup biased toward Python, a grammar-based generator of (mostly
//! valid) programs, mutations of the conformance scripts, programs that re-enter containers from dunder
//! methods, and pathologically deep nesting. Every input runs in-process (`catch_unwind`, a panic hook that
//! records the message) on a thread with a 512 MiB stack, like the real binary. A watchdog sets the
//! interpreter's interrupt flag when one input runs past 2 s, and reports a hang when it is ignored for 20 s.
//!
//! Crashes that `catch_unwind` cannot see (stack overflow, abort) are caught by running the fuzz loop in a
//! child process: the parent (this test's `main`) receives every input before it runs, so it can name the
//! input that killed the child, then shrinks it by replaying candidates in fresh children. A counting global
//! allocator stops the child when one request reaches 64 GiB (a crash: the real binary aborts with "memory
//! allocation failed") or when a program really asks for more than a few GiB (a warning, not a failure).
//!
//! Environment:
//! * `NABLA_FUZZ_SECS` — fuzzing time in seconds (default 15); shrinking a failure comes on top.
//! * `NABLA_FUZZ_SEED` — base seed (default from the clock); printed so a run can be repeated.
//! * `NABLA_FUZZ_KEEP_GOING=1` — after a failure, record it and go on with a fresh child until time is up.
//! * `NABLA_FUZZ_EXCLUDE_FILE` — file of substrings, one a line (`\n` written as `\\n`): inputs that
//!   contain one are skipped (to look past a known failure); `a && b` on a line means both.
//! * `NABLA_FUZZ_SOURCES=soup,grammar,mutation,reentrant,deep` — the sources to draw from (default all).
//! * `NABLA_FUZZ_DEEP_MAX`, `NABLA_FUZZ_LAMBDA_MAX` — cap the nesting depth of the `deep` source.
//! * `NABLA_FUZZ_DUMP=N` — print N generated inputs with their outcome and time, and exit
//!   (`NABLA_FUZZ_SOURCE=grammar` picks one source).
//! * `NABLA_FUZZ_SLOW_DIR` — write inputs that ran over 1 s there.
//! * `NABLA_FUZZ_INPROCESS=1` — no child process (panics and hangs are still caught, crashes are not).
//!
//! The last line is `fuzz: N passed, F failed`, N being the number of inputs executed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

// ------------------------------------------------------------------------------------------------------
// Memory cap: a program that really asks for gigabytes (e.g. `'a' * 10**10`, which the interpreter allows up
// to 2**34 items) would take the machine down; the child stops with MEM_EXIT instead, and the parent reports
// the input as a warning (it is the generator's fault, or an interpreter limit worth knowing about).

const MEM_EXIT: i32 = 77;
const PANIC_EXIT: i32 = 101;
const HANG_EXIT: i32 = 3;
const CAP_LIVE: usize = 6 << 30;
const CAP_ONE: usize = 3 << 30;
/// A single request this large is a crash (abort), not a warning.
const HUGE_ONE: usize = 1 << 36;
const HUGE_EXIT: i32 = 78;
/// Heap size at which a child hands over to a fresh one.
const HEAP_RESTART: usize = 2 << 30;

static LIVE: AtomicUsize = AtomicUsize::new(0);

extern "C" {
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
    fn _exit(code: i32) -> !;
}

struct CapAlloc;

fn account(n: usize) {
    if n >= HUGE_ONE {
        // Far more than any machine has: the real binary would abort with "memory allocation failed".
        let m = b"\n@@fuzz huge allocation: the real binary would abort\n";
        unsafe {
            write(2, m.as_ptr(), m.len());
            _exit(HUGE_EXIT)
        }
    }
    let live = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    if n >= CAP_ONE || live > CAP_LIVE {
        // No allocation from here on: write(2) and _exit(2) only.
        let m = b"\n@@fuzz memory cap exceeded\n";
        unsafe {
            write(2, m.as_ptr(), m.len());
            _exit(MEM_EXIT)
        }
    }
}

unsafe impl GlobalAlloc for CapAlloc {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        account(l.size());
        System.alloc(l)
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        account(l.size());
        System.alloc_zeroed(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        if new > l.size() {
            account(new - l.size());
        }
        let q = System.realloc(p, l, new);
        if new < l.size() {
            LIVE.fetch_sub(l.size() - new, Ordering::Relaxed);
        }
        q
    }
}

#[global_allocator]
static GLOBAL: CapAlloc = CapAlloc;

// ------------------------------------------------------------------------------------------------------
// PRNG: splitmix64.

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }
    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u32) -> bool {
        (self.next() % 100) < pct as u64
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn s(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len())]
    }
}

// ------------------------------------------------------------------------------------------------------
// Vocabulary.

const KEYWORDS: &[&str] = &[
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "match",
    "case",
    "type",
    "_",
    "print",
    "len",
    "range",
    "self",
    "x",
    "y",
    "f",
    "C",
    "e",
    "math",
    "sys",
    "__init__",
    "super",
    "object",
    "Exception",
    "ValueError",
    "int",
    "str",
    "list",
    "dict",
    "isinstance",
    "lambda x:",
];

const OPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=",
    "==", "!=", "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=",
    "^=", ":=", "->", ".", "...", ",", ":", ";", "(", ")", "[", "]", "{", "}", "(", ")", "[", "]",
    "!", "*", "**", "<>", "$", "?", "`",
];

const SOUP_MISC: &[&str] = &[
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"",
    "rb'",
    "b'",
    "r'",
    "F\"",
    "br\"",
    "u'",
    "f'{",
    "}'",
    "{x!r}",
    "{x:>10}",
    "{x=}",
    "{{",
    "}}",
    "{",
    "}",
    "\\",
    "\\n",
    "\\x",
    "\\u12",
    "\\N{",
    "\\N{DASH}",
    "\\0",
    "#",
    "# comment\n",
    "\n",
    "\n",
    "\n",
    "\n    ",
    "\n        ",
    "    ",
    "  ",
    "\t",
    " ",
    " ",
    "\r\n",
    "\r",
    "\x0c",
    "\0",
    "0",
    "1",
    "9",
    "00",
    "07",
    "0x",
    "0xG",
    "0b",
    "0b2",
    "0o",
    "0o8",
    "1e",
    "1e308",
    "1e-400",
    "1_0",
    "1__0",
    "_1",
    "1_",
    ".5",
    "5.",
    "1j",
    "1.5j",
    "0e0",
    "123456789012345678901234567890",
    "é",
    "𝔘",
    "\u{200b}",
    "\u{feff}",
    "ﬁ",
    "٣",
    "ß",
    "\u{0301}",
    "\u{10ffff}",
    "x",
    "y",
    "a1",
    "é1",
    ":\n    ",
    "():\n    ",
    "(x):\n    return ",
    " = ",
    "'abc'",
    "\"abc\"",
    "f'{1}'",
    "f'{x:{y}}'",
    "f'{'",
    "f'}'",
    "%d",
    "%s",
    "{0}",
    "{}",
];

const NAMES: &[&str] = &[
    "a", "b", "c", "x", "y", "z", "s", "t", "l", "d", "st", "n", "i", "j", "obj",
];

const BUILTINS: &[(&str, usize, usize)] = &[
    ("print", 0, 3),
    ("len", 1, 1),
    ("range", 1, 3),
    ("int", 0, 2),
    ("float", 0, 1),
    ("str", 0, 1),
    ("sorted", 1, 1),
    ("sum", 1, 2),
    ("min", 1, 3),
    ("max", 1, 3),
    ("round", 1, 2),
    ("divmod", 2, 2),
    ("pow", 2, 3),
    ("chr", 1, 1),
    ("ord", 1, 1),
    ("hex", 1, 1),
    ("oct", 1, 1),
    ("bin", 1, 1),
    ("format", 1, 2),
    ("isinstance", 2, 2),
    ("getattr", 2, 3),
    ("hasattr", 2, 2),
    ("repr", 1, 1),
    ("ascii", 1, 1),
    ("abs", 1, 1),
    ("any", 1, 1),
    ("all", 1, 1),
    ("reversed", 1, 1),
    ("enumerate", 1, 2),
    ("zip", 0, 3),
    ("map", 2, 3),
    ("filter", 2, 2),
    ("iter", 1, 1),
    ("next", 1, 2),
    ("list", 0, 1),
    ("tuple", 0, 1),
    ("set", 0, 1),
    ("frozenset", 0, 1),
    ("dict", 0, 1),
    ("bool", 0, 1),
    ("complex", 0, 2),
    ("bytes", 0, 1),
    ("type", 1, 1),
    ("id", 1, 1),
    ("hash", 1, 1),
    ("callable", 1, 1),
    ("dir", 0, 1),
    ("vars", 1, 1),
    ("slice", 1, 3),
    ("issubclass", 2, 2),
    ("setattr", 3, 3),
    ("delattr", 2, 2),
    ("object", 0, 0),
    ("property", 0, 1),
    ("staticmethod", 1, 1),
    ("classmethod", 1, 1),
];

const STR_METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "index",
    "isalnum",
    "isalpha",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
    "__len__",
];

const CONTAINER_METHODS: &[&str] = &[
    "append",
    "clear",
    "copy",
    "count",
    "extend",
    "index",
    "insert",
    "pop",
    "remove",
    "reverse",
    "sort",
    "get",
    "items",
    "keys",
    "values",
    "popitem",
    "setdefault",
    "update",
    "fromkeys",
    "add",
    "discard",
    "difference",
    "difference_update",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "union",
    "__contains__",
    "__eq__",
    "__iter__",
    "__len__",
    "__repr__",
    "bit_length",
    "as_integer_ratio",
    "is_integer",
    "conjugate",
    "hex",
    "real",
    "imag",
];

const ATTRS: &[&str] = &[
    "real",
    "imag",
    "__class__",
    "__name__",
    "__dict__",
    "__doc__",
    "__mro__",
    "__bases__",
    "__module__",
    "start",
    "stop",
    "step",
    "args",
    "x",
    "y",
    "value",
    "__len__",
    "__init__",
    "missing",
];

const MATH_FUNCS: &[&str] = &[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "ceil",
    "comb",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "dist",
    "erf",
    "erfc",
    "exp",
    "expm1",
    "fabs",
    "factorial",
    "floor",
    "fmod",
    "fsum",
    "gamma",
    "gcd",
    "hypot",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "isqrt",
    "lcm",
    "lgamma",
    "log",
    "log10",
    "log1p",
    "log2",
    "modf",
    "perm",
    "pow",
    "prod",
    "radians",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "trunc",
];

const RANDOM_FUNCS: &[&str] = &[
    "choice",
    "expovariate",
    "gauss",
    "getrandbits",
    "normalvariate",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "shuffle",
    "uniform",
];

const EXC_NAMES: &[&str] = &[
    "Exception",
    "BaseException",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "ZeroDivisionError",
    "AttributeError",
    "NameError",
    "RuntimeError",
    "RecursionError",
    "StopIteration",
    "OverflowError",
    "MemoryError",
    "ArithmeticError",
    "LookupError",
    "AssertionError",
    "NotImplementedError",
    "UnboundLocalError",
    "SystemExit",
    "KeyboardInterrupt",
    "ImportError",
    "ModuleNotFoundError",
    "OSError",
    "UnicodeError",
    "Err",
];

const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "+", "-", "*",
];
const CMPOPS: &[&str] = &[
    "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not",
];
const AUGOPS: &[&str] = &[
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=", "+=",
];

const SMALL_SPECIAL_INTS: &[&str] = &[
    "0", "-1", "1", "2", "7", "255", "256", "-256", "1000", "0xff", "0o17", "0b101", "1_000",
    "True", "False",
];
const BIG_INTS: &[&str] = &[
    "2**63",
    "2**63-1",
    "-2**63",
    "2**64",
    "10**20",
    "1<<64",
    "-(2**64)",
    "12345678901234567890123",
    "10**12",
    "2**100",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "10**400",
    "-10**30",
];
const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "1.5",
    "1e308",
    "1e-308",
    "5e-324",
    "1e309",
    "float('nan')",
    "float('inf')",
    "-float('inf')",
    "3.14159",
    ".5",
    "1.",
    "2.5e-3",
    "1e16",
    "0.1",
    "-2.5",
    "1.7976931348623157e308",
    "4.35",
    "2.675",
    "1e22",
    "123456789.125",
];
const COMPLEX: &[&str] = &[
    "1j",
    "2+3j",
    "-1.5j",
    "0j",
    "complex(1, -1)",
    "1e308j",
    "(1+2j)",
];
const STRINGS: &[&str] = &[
    "'abc'",
    "''",
    "'héllo wörld'",
    "'\\n\\t'",
    "'\\x00'",
    "'\\u00e9'",
    "r'\\d+'",
    "'''multi\nline'''",
    "'%s %d'",
    "'{}'",
    "'{0} {1}'",
    "'{x}'",
    "'a,b,,c'",
    "'  pad  '",
    "'Title Case'",
    "'123'",
    "'-4.5'",
    "'0x1f'",
    "'\\N{LATIN SMALL LETTER A}'",
    "\"quote'd\"",
    "'𝔘ñí'",
    "'x' * 3",
    "'\\\\'",
    "'a\\tb'",
    "'1_000'",
    "'inf'",
    "'nan'",
    "' 42 '",
    "'ß'",
    "'ﬁ'",
    "'\\r\\n'",
    "'%(k)s'",
    "'{:>{}}'",
];
const BYTES: &[&str] = &[
    "b'abc'",
    "b''",
    "b'\\xff\\x00'",
    "rb'\\d'",
    "bytes(3)",
    "b'%d'",
];

const FILLERS: &[&str] = &["", "", "", "*", "0", " ", "x", "-", "é", "{"];

// ------------------------------------------------------------------------------------------------------
// Source (a): token soup.

fn gen_soup(r: &mut Rng) -> String {
    let mut s = String::new();
    if r.chance(10) {
        // Raw characters, mostly ASCII.
        let n = r.below(200) + 1;
        for _ in 0..n {
            let c = match r.below(10) {
                0 => char::from_u32(r.below(0x11_0000) as u32).unwrap_or('?'),
                1 => char::from_u32(0x80 + r.below(0x800) as u32).unwrap_or('?'),
                _ => (r.below(128) as u8) as char,
            };
            s.push(c);
        }
        return s;
    }
    let big = r.chance(20);
    let n = r.below(if big { 300 } else { 40 }) + 1;
    for _ in 0..n {
        let tok: String = match r.below(12) {
            0..=2 => r.pick(KEYWORDS).to_string(),
            3..=5 => r.pick(OPS).to_string(),
            6..=8 => r.pick(SOUP_MISC).to_string(),
            9 => r.pick(NAMES).to_string(),
            10 => r.range(-5, 100000).to_string(),
            _ => match r.below(4) {
                0 => r.pick(STRINGS).to_string(),
                1 => r.pick(FLOATS).to_string(),
                2 => r.pick(BIG_INTS).to_string(),
                _ => r.pick(STR_METHODS).to_string(),
            },
        };
        s.push_str(&tok);
        if r.chance(45) {
            s.push(' ');
        }
    }
    s
}

// ------------------------------------------------------------------------------------------------------
// Source (b): grammar-based program generator.

struct Gen<'a> {
    r: &'a mut Rng,
    lines: Vec<String>,
    uniq: usize,
    in_func: bool,
    in_loop: bool,
    budget: usize,
}

impl<'a> Gen<'a> {
    fn new(r: &'a mut Rng) -> Gen<'a> {
        Gen {
            r,
            lines: Vec::new(),
            uniq: 0,
            in_func: false,
            in_loop: false,
            budget: 0,
        }
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.uniq += 1;
        format!("{prefix}{}", self.uniq)
    }

    fn line(&mut self, ind: usize, text: &str) {
        let pad = " ".repeat(ind * 4);
        for l in text.split('\n') {
            self.lines.push(format!("{pad}{l}"));
        }
    }

    fn name(&mut self) -> String {
        self.r.pick(NAMES).to_string()
    }

    fn small_int(&mut self) -> String {
        match self.r.below(10) {
            0..=5 => self.r.range(0, 10).to_string(),
            6 | 7 => self.r.range(-20, 300).to_string(),
            _ => self.r.pick(SMALL_SPECIAL_INTS).to_string(),
        }
    }

    fn int_lit(&mut self) -> String {
        if self.r.chance(12) {
            self.r.pick(BIG_INTS).to_string()
        } else {
            self.small_int()
        }
    }

    fn str_lit(&mut self) -> String {
        if self.r.chance(70) {
            return self.r.pick(STRINGS).to_string();
        }
        let q = self.r.s(&["'", "\""]);
        let prefix = self.r.s(&["", "", "", "r", "b", "u", "R"]);
        let mut body = String::new();
        for _ in 0..self.r.below(8) {
            body.push_str(self.r.s(&[
                "a",
                "Z",
                " ",
                "0",
                "9",
                "é",
                "\\n",
                "\\t",
                "\\\\",
                "\\x41",
                "\\u00ff",
                "\\U0001F600",
                "%",
                "{",
                "}",
                "_",
                ".",
                ",",
                "\\'",
                "\\\"",
                "𝔘",
            ]));
        }
        if prefix == "b" && !body.is_ascii() {
            body = body.chars().filter(|c| c.is_ascii()).collect();
        }
        format!("{prefix}{q}{body}{q}")
    }

    fn spec(&mut self) -> String {
        let mut s = String::new();
        if self.r.chance(30) {
            let fill = *self.r.pick(FILLERS);
            let align = self.r.s(&["<", ">", "^", "="]);
            s.push_str(fill);
            s.push_str(align);
        }
        if self.r.chance(20) {
            s.push_str(self.r.s(&["+", "-", " "]));
        }
        if self.r.chance(10) {
            s.push('#');
        }
        if self.r.chance(10) {
            s.push('0');
        }
        if self.r.chance(40) {
            let w = match self.r.below(20) {
                0 => "1000".to_string(),
                1 => "100000001".to_string(),
                2 => "99999999999999999999".to_string(),
                _ => self.r.range(0, 30).to_string(),
            };
            s.push_str(&w);
        }
        if self.r.chance(15) {
            s.push_str(self.r.s(&[",", "_"]));
        }
        if self.r.chance(30) {
            let p = match self.r.below(15) {
                0 => "400".to_string(),
                1 => "2147483648".to_string(),
                _ => self.r.range(0, 20).to_string(),
            };
            s.push('.');
            s.push_str(&p);
        }
        if self.r.chance(50) {
            s.push_str(self.r.s(&[
                "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%", "z",
                "r", "j",
            ]));
        }
        s
    }

    fn fstring(&mut self, d: u32) -> String {
        let q = self.r.s(&["'", "\""]);
        let mut body = String::new();
        for _ in 0..self.r.below(4) + 1 {
            match self.r.below(5) {
                0 => body.push_str(
                    self.r
                        .s(&["a", " ", "{{", "}}", "x=", "é", "\\n", "%", ":"]),
                ),
                _ => {
                    let mut e = self.expr(d.min(1));
                    if e.contains(q) || e.contains('\n') || e.contains('\\') || e.contains('{') {
                        e = self.name();
                    }
                    body.push('{');
                    if e.starts_with('{') {
                        body.push(' ');
                    }
                    body.push_str(&e);
                    if self.r.chance(10) {
                        body.push('=');
                    }
                    if self.r.chance(20) {
                        body.push_str(self.r.s(&["!r", "!s", "!a"]));
                    }
                    if self.r.chance(45) {
                        body.push(':');
                        if self.r.chance(15) {
                            body.push_str(&format!("{{{}}}", self.r.range(0, 12)));
                        } else {
                            let sp = self.spec();
                            body.push_str(&sp.replace('{', ""));
                        }
                    }
                    body.push('}');
                }
            }
        }
        format!("f{q}{body}{q}")
    }

    fn literal(&mut self, d: u32) -> String {
        match self.r.below(20) {
            0..=6 => self.int_lit(),
            7 | 8 => self.r.pick(FLOATS).to_string(),
            9 => self.r.pick(COMPLEX).to_string(),
            10..=12 => self.str_lit(),
            13 => self.r.pick(BYTES).to_string(),
            14 | 15 => self.fstring(d),
            16 => "None".into(),
            17 => self
                .r
                .s(&["True", "False", "...", "NotImplemented"])
                .to_string(),
            18 => self
                .r
                .s(&[
                    "[1, 2, 3]",
                    "(1, 'a')",
                    "{'k': 1}",
                    "{1, 2}",
                    "[]",
                    "()",
                    "{}",
                ])
                .to_string(),
            _ => self
                .r
                .pick(&[
                    "int",
                    "str",
                    "float",
                    "list",
                    "dict",
                    "tuple",
                    "set",
                    "object",
                    "type",
                    "bool",
                    "Exception",
                ])
                .to_string(),
        }
    }

    fn atom(&mut self, d: u32) -> String {
        if self.r.chance(35) {
            self.name()
        } else {
            self.literal(d)
        }
    }

    fn args(&mut self, d: u32, lo: usize, hi: usize) -> String {
        let n = lo + self.r.below(hi - lo + 1);
        let mut v: Vec<String> = (0..n).map(|_| self.expr(d)).collect();
        if self.r.chance(8) {
            v.push(format!("*{}", self.expr(d)));
        }
        if self.r.chance(8) {
            let k = self.r.s(&[
                "key", "reverse", "sep", "end", "default", "start", "base", "strict", "ndigits",
                "flush", "x",
            ]);
            let val = self.expr(d);
            v.push(format!("{k}={val}"));
        }
        if self.r.chance(3) {
            v.push(format!("**{}", self.expr(d)));
        }
        v.join(", ")
    }

    fn expr(&mut self, d: u32) -> String {
        self.budget += 1;
        if d == 0 || self.budget > 400 {
            return self.atom(0);
        }
        let d1 = d - 1;
        match self.r.below(34) {
            0..=3 => self.atom(d1),
            4 => format!("{}{}", self.r.s(&["-", "+", "~", "not "]), self.expr(d1)),
            5..=8 => {
                let op = *self.r.pick(BINOPS);
                let a = self.expr(d1);
                let b = if op == "**" || op == "<<" {
                    self.small_int()
                } else {
                    self.expr(d1)
                };
                format!("({a} {op} {b})")
            }
            9 => {
                let mut s = self.expr(d1);
                for _ in 0..self.r.below(3) + 1 {
                    let op = *self.r.pick(CMPOPS);
                    s = format!("{s} {op} {}", self.expr(d1));
                }
                format!("({s})")
            }
            10 => format!(
                "({} {} {})",
                self.expr(d1),
                self.r.s(&["and", "or"]),
                self.expr(d1)
            ),
            11 => format!(
                "({} if {} else {})",
                self.expr(d1),
                self.expr(d1),
                self.expr(d1)
            ),
            12..=15 => {
                let &(name, lo, hi) = self.r.pick(BUILTINS);
                let a = self.args(d1, lo, hi);
                format!("{name}({a})")
            }
            16 | 17 => {
                let recv = match self.r.below(3) {
                    0 => self.str_lit(),
                    1 => self.name(),
                    _ => self.expr(d1),
                };
                let m = if self.r.chance(50) {
                    *self.r.pick(STR_METHODS)
                } else {
                    *self.r.pick(CONTAINER_METHODS)
                };
                let a = self.args(d1, 0, 2);
                if recv.chars().all(|c| c.is_alphanumeric() || c == '_')
                    && !recv.starts_with(|c: char| c.is_ascii_digit())
                {
                    format!("{recv}.{m}({a})")
                } else {
                    format!("({recv}).{m}({a})")
                }
            }
            18 => format!("({}).{}", self.atom(d1), self.r.pick(ATTRS)),
            19 => {
                let k = self.r.below(5);
                let mut v: Vec<String> = (0..k).map(|_| self.expr(d1)).collect();
                if self.r.chance(10) {
                    v.push(format!("*{}", self.expr(d1)));
                }
                let items = v.join(", ");
                match self.r.below(4) {
                    0 => format!("[{items}]"),
                    1 if items.is_empty() => "()".to_string(),
                    1 => format!("({items},)"),
                    2 if !items.is_empty() => format!("{{{items}}}"),
                    _ => format!("[{items}]"),
                }
            }
            20 => {
                let n = self.r.below(4);
                let mut kv = Vec::new();
                for _ in 0..n {
                    if self.r.chance(10) {
                        kv.push(format!("**{}", self.expr(d1)));
                    } else {
                        kv.push(format!("{}: {}", self.expr(d1), self.expr(d1)));
                    }
                }
                format!("{{{}}}", kv.join(", "))
            }
            21 | 22 => {
                let v = self.fresh("v");
                let it = self.iterable(d1);
                let body = self.expr(d1).replace("x", &v);
                let cond = if self.r.chance(40) {
                    format!(" if {}", self.expr(d1).replace("y", &v))
                } else {
                    String::new()
                };
                let extra = if self.r.chance(15) {
                    let w = self.fresh("w");
                    format!(" for {w} in range({})", self.r.range(0, 4))
                } else {
                    String::new()
                };
                match self.r.below(5) {
                    0 => format!("{{{body}{extra} for {v} in {it}{cond}}}"),
                    1 => format!("{{{v}: {body} for {v} in {it}{extra}{cond}}}"),
                    2 => format!(
                        "{}({body} for {v} in {it}{extra}{cond})",
                        self.r
                            .s(&["sum", "list", "tuple", "any", "all", "max", "sorted", "set"])
                    ),
                    _ => format!("[{body} for {v} in {it}{extra}{cond}]"),
                }
            }
            23 | 24 => {
                let base = self.expr(d1);
                let idx = self.index();
                format!("{base}[{idx}]")
            }
            25 => {
                let p = self
                    .r
                    .s(&["x", "x, y=2", "*a", "x, *a, k=1, **kw", "", "x=[]"]);
                let body = self.expr(d1);
                if self.r.chance(50) {
                    format!("(lambda {p}: {body})({})", self.args(d1, 0, 2))
                } else {
                    format!("(lambda {p}: {body})")
                }
            }
            26 => {
                let f = *self.r.pick(MATH_FUNCS);
                let a = self.args(d1, 0, 2);
                format!("math.{f}({a})")
            }
            27 => {
                let f = *self.r.pick(RANDOM_FUNCS);
                let a = self.args(d1, 0, 2);
                format!("random.{f}({a})")
            }
            28 => self
                .r
                .pick(&[
                    "math.pi",
                    "math.e",
                    "math.inf",
                    "math.nan",
                    "math.tau",
                    "sys.maxsize",
                    "sys.argv",
                    "sys.platform",
                    "sys.version_info",
                    "time.time()",
                    "time.perf_counter()",
                    "time.monotonic_ns()",
                    "sys.getrecursionlimit()",
                    "sys.float_info_epsilon",
                    "sys.version",
                ])
                .to_string(),
            29 => {
                let f = self
                    .r
                    .s(&[
                        "'%d'", "'%s'", "'%5.2f'", "'%x'", "'%r %s'", "'%(k)s'", "'%c'", "'%e'",
                        "'%-8s|'", "'%*d'", "'%%'", "'%o'", "'%i'", "'%.3g'", "'%#x'", "'% d'",
                        "'%+05d'",
                    ])
                    .to_string();
                format!("({f} % {})", self.expr(d1))
            }
            30 => {
                let f = self
                    .r
                    .s(&[
                        "'{}'",
                        "'{0}{1}'",
                        "'{:>8}'",
                        "'{x}'",
                        "'{0!r:^9}'",
                        "'{:,}'",
                        "'{}{}'",
                        "'{0[0]}'",
                        "'{0.real}'",
                        "'{:{}}'",
                    ])
                    .to_string();
                let a = self.args(d1, 0, 2);
                format!("{f}.format({a})")
            }
            31 => format!("{}({})", self.r.s(&["isinstance", "type"]), {
                let x = self.expr(d1);
                if self.r.chance(50) {
                    format!(
                        "{x}, ({}, {})",
                        self.r.s(&["int", "str", "float"]),
                        self.r.s(&["list", "bool", "C", "object"])
                    )
                } else {
                    x
                }
            }),
            32 => {
                let f = self.r.s(&[
                    "f", "g", "h", "C", "D", "Err", "deco", "wrap", "mk", "outer",
                ]);
                format!("{f}({})", self.args(d1, 0, 3))
            }
            _ => {
                let x = self.expr(d1);
                let attr = self.r.s(&[
                    "'real'",
                    "'append'",
                    "'x'",
                    "'__class__'",
                    "'nope'",
                    "'__dict__'",
                    "1",
                ]);
                format!("getattr({x}, {attr}, None)")
            }
        }
    }

    fn iterable(&mut self, d: u32) -> String {
        match self.r.below(6) {
            0 | 1 => format!("range({})", self.r.range(-2, 8)),
            2 => self.str_lit(),
            3 => self.name(),
            4 => self
                .r
                .s(&[
                    "[1, 2, 3]",
                    "(1, 'a', None)",
                    "{'k': 1, 'j': 2}",
                    "{3, 1, 2}",
                    "'abc'",
                    "range(2, 9, 3)",
                    "enumerate('ab')",
                    "zip('ab', [1, 2])",
                    "reversed([1, 2])",
                    "iter([])",
                    "map(str, [1, 2])",
                ])
                .to_string(),
            _ => self.expr(d),
        }
    }

    fn index_part(&mut self) -> String {
        match self.r.below(8) {
            0 => String::new(),
            1 => self.int_lit(),
            2 => "-1".into(),
            3 => self
                .r
                .s(&["None", "2**63", "-10**20", "True", "1.5", "'a'", "x"])
                .to_string(),
            _ => self.r.range(-4, 6).to_string(),
        }
    }

    fn index(&mut self) -> String {
        match self.r.below(5) {
            0 => {
                let (a, b, c) = (self.index_part(), self.index_part(), self.index_part());
                format!("{a}:{b}:{c}")
            }
            1 => {
                let (a, b) = (self.index_part(), self.index_part());
                format!("{a}:{b}")
            }
            2 => {
                let p = self.index_part();
                if p.is_empty() {
                    "0".into()
                } else {
                    p
                }
            }
            3 => self
                .r
                .s(&[
                    "'k'",
                    "(1, 2)",
                    "0, 1",
                    "...",
                    "slice(1, None, -1)",
                    "[0]",
                    "d",
                ])
                .to_string(),
            _ => self.r.range(-3, 4).to_string(),
        }
    }

    fn target(&mut self) -> String {
        match self.r.below(8) {
            0 => format!("{}[{}]", self.name(), self.index()),
            1 => format!(
                "{}.{}",
                self.name(),
                self.r.s(&["x", "y", "attr", "__class__", "real"])
            ),
            _ => self.name(),
        }
    }

    fn block(&mut self, ind: usize, d: u32) {
        let n = self.r.below(3) + 1;
        for _ in 0..n {
            self.stmt(ind, d);
        }
    }

    fn try_wrap(&mut self, ind: usize, d: u32, f: impl FnOnce(&mut Self, usize, u32)) {
        self.line(ind, "try:");
        f(self, ind + 1, d);
        let exc = self.r.s(&[
            "Exception",
            "BaseException",
            "(ValueError, TypeError)",
            "ArithmeticError",
            "",
        ]);
        if exc.is_empty() {
            self.line(ind, "except:");
            self.line(ind + 1, "pass");
        } else {
            self.line(ind, &format!("except {exc} as e:"));
            let body = self.r.s(&[
                "print(type(e).__name__, e)",
                "print(repr(e))",
                "pass",
                "print(e.args)",
                "err = e",
            ]);
            self.line(ind + 1, body);
        }
    }

    fn stmt(&mut self, ind: usize, d: u32) {
        if self.lines.len() > 300 {
            self.line(ind, "pass");
            return;
        }
        let choices = if d == 0 { 10 } else { 40 };
        let de = (d.min(3)).max(1);
        match self.r.below(choices) {
            0 | 1 => {
                let t = self.target();
                let e = self.expr(de);
                self.line(ind, &format!("{t} = {e}"));
            }
            2 => {
                let t = self.target();
                let op = *self.r.pick(AUGOPS);
                let e = self.expr(de.min(2));
                self.line(ind, &format!("{t} {op} {e}"));
            }
            3 | 4 => {
                let a = self.args(de, 0, 3);
                self.line(ind, &format!("print({a})"));
            }
            5 => {
                let e = self.expr(de);
                self.line(ind, &e);
            }
            6 => {
                let (a, b) = (self.name(), self.name());
                let e = self.expr(de);
                let pat = self.r.s(&[
                    "{a}, {b} = ",
                    "{a}, *{b} = ",
                    "[{a}, {b}] = ",
                    "{a} = {b} = ",
                    "({a}, ({b}, c)) = ",
                    "*{a}, = ",
                ]);
                self.line(
                    ind,
                    &format!("{}{e}", pat.replace("{a}", &a).replace("{b}", &b)),
                );
            }
            7 => {
                let s = match self.r.below(8) {
                    0 => format!("del {}", self.target()),
                    1 => format!("assert {}, {}", self.expr(1), self.expr(1)),
                    2 => "pass".into(),
                    3 => self
                        .r
                        .s(&[
                            "import math",
                            "import random",
                            "import sys",
                            "import time",
                            "import math as m",
                            "from math import sqrt, pi",
                            "from sys import argv",
                            "import nosuchmodule",
                            "from random import randint as ri",
                            "from math import nosuch",
                            "import sys, math",
                        ])
                        .to_string(),
                    4 => format!(
                        "{}: {} = {}",
                        self.name(),
                        self.r.s(&["int", "str", "list[int]", "'T'"]),
                        self.expr(1)
                    ),
                    5 => self
                        .r
                        .s(&[
                            "time.sleep(0)",
                            "random.seed(1)",
                            "print(end='')",
                            "sys.stdout.write('w')",
                            "sys.stdout.flush()",
                            "print(sep='-', end='!\\n')",
                            "print(*[1, 2], sep=None)",
                            "print(1, file=None)",
                        ])
                        .to_string(),
                    6 => format!("{} = {}", self.name(), self.fstring(2)),
                    _ => format!(
                        "{}, {} = {}, {}",
                        self.name(),
                        self.name(),
                        self.expr(1),
                        self.expr(1)
                    ),
                };
                self.line(ind, &s);
            }
            8 => {
                let s = match self.r.below(5) {
                    0 if self.in_loop => "break",
                    1 if self.in_loop => "continue",
                    2 if self.in_func => "return",
                    3 => self.r.s(&[
                        "raise",
                        "raise ValueError('v')",
                        "raise Err(1)",
                        "raise KeyError from None",
                        "raise TypeError('t') from ValueError()",
                        "raise StopIteration",
                    ]),
                    _ => "pass",
                };
                self.line(ind, s);
            }
            9 => {
                // a small error-prone pattern
                let s = self.r.s(&[
                    "x = [0] * 10**12",
                    "x = 'ab' * -3",
                    "x = 1 / 0",
                    "x = 10 ** -2",
                    "x = 2 ** 0.5",
                    "x = (-8) ** (1/3)",
                    "x = int('9' * 5000)",
                    "x = str(10 ** 5000)",
                    "x = float(10 ** 400)",
                    "x = 1e308 * 10",
                    "x = divmod(-7, 2)",
                    "x = round(2.5), round(-0.5), round(1e308, -308)",
                    "x = pow(3, -1, 7)",
                    "x = pow(2, 10**20, 97)",
                    "x = hash(float('nan'))",
                    "x = [1, 2, 3][::0]",
                    "x = list(range(10))[::-3]",
                    "x = 'abc'[5:-10:-1]",
                    "x = chr(0x110000)",
                    "x = int('0x1f', 16), int('z', 36), int('10', 1)",
                    "x = 1 << -1",
                    "x = -(2**63) // -1",
                    "x = (-2**63) % -1",
                    "x = abs(-2**63)",
                    "x = {[]: 1}",
                    "x = sorted([1, 'a'])",
                    "x = max([])",
                    "x = next(iter([]))",
                    "x = 'a' < 1",
                    "x = None + 1",
                    "x = ().__class__.__bases__",
                    "x = type('T', (object,), {})",
                    "x = format(1.5, 'd')",
                    "x = '%d' % 'a'",
                    "x = '{0}'.format()",
                    "x = f'{1:{2}{3}}'",
                    "x = int(float('inf'))",
                    "x = math.factorial(-1)",
                    "x = math.sqrt(-1)",
                    "x = math.log(0)",
                    "x = math.isqrt(10**100)",
                    "x = random.randrange(0)",
                    "x = random.choice([])",
                    "x = bytes([256])",
                    "x = [*range(3), *'ab']",
                    "x = {**{'a': 1}, 'b': 2}",
                    "x = 1 if 0 else 2 if 3 else 4",
                    "x = not not not 1",
                    "x = -(-(-1))",
                    "x = ~-~-1",
                    "x = 0.1 + 0.2 == 0.3",
                    "x = 1 < 2 < 3 > 2 != 5",
                    "x = [] is []",
                    "x = 1 in [1] in [[1]]",
                    "x = 'a' 'b' f'{1}' 'c'",
                    "x = 0 or [] or {} or ''",
                    "x = 10**20 // 3 % 7 ** 2",
                    "x = 2 ** 64 - 1 & 0xffff ^ 0b1010 | 1",
                    "x = complex('1+2j') * 1j ** 2",
                    "x = 1e308 + 1e308 - float('inf')",
                    "x = -0.0 == 0.0, str(-0.0), hash(-0.0)",
                    "x = [1, 2] + (3,)",
                    "x = (1, 2) * 3 + (4,)",
                    "x = {1, 2} | {3} & {1} ^ {4} - {2}",
                    "x = {'a': 1} | {'b': 2}",
                    "x = sum([0.1] * 10), sum([], start=[])",
                    "x = min(3, 1, key=lambda v: -v), max('abc', default=0)",
                    "x = sorted('hello', key=ord, reverse=True)",
                    "x = list(zip(range(3), 'ab', strict=True))",
                    "x = dict(zip('abc', range(3)))",
                    "x = [i * j for i in range(3) for j in range(i) if j]",
                    "x = {k: v for k, v in enumerate('abc')}",
                    "x = isinstance(True, int), issubclass(bool, (str, int))",
                    "x = getattr(1, 'real'), hasattr([], 'nope')",
                    "x = '%s and %r' % ('a', 'b')",
                    "x = 'x'.join(map(str, range(5)))",
                    "x = ' a  b '.split(), 'a,b'.split(',', 1), 'ab'.partition('')",
                    "x = 'abc'.replace('', '-')",
                    "x = 'abc'.center(11, '*').zfill(15)",
                    "x = 'tab\\there'.expandtabs(3)",
                    "x = 'Straße'.upper().lower().casefold()",
                    "x = [1, 2, 3].index(4)",
                    "x = {}.popitem()",
                    "x = set().pop()",
                    "x = [].pop()",
                    "x = (1).bit_length(), (2.5).as_integer_ratio(), (1.0).is_integer()",
                    "x = float('1e500'), float('-nan'), float(' 1_0.5 ')",
                    "x = int(' -42 '), int('1_000'), int('١٢٣')",
                    "x = round(123.456, -1), round(5, -1), round(0.5), round(1.5)",
                    "x = hex(-255), oct(8), bin(-5), hex(2**100)",
                    "x = divmod(1e308, 1e-308), divmod(-0.0, 1)",
                    "x = 7 // 0.0",
                    "x = 7 % 0",
                    "x = 0 ** -1",
                    "x = 2 ** -1074, 2.0 ** 1024",
                    "x = (1 << 62) * 4, -(1 << 63) - 1",
                    "x = 9223372036854775807 + 1, -9223372036854775808 - 1",
                    "x = 3037000500 * 3037000500",
                    "x = abs(-9223372036854775808), -(-9223372036854775808)",
                    "x = 9223372036854775807 * -9223372036854775808",
                    "x = -9223372036854775808 // -1, -9223372036854775808 % -1",
                    "x = divmod(-9223372036854775808, -1)",
                    "x = 1 << 63, 1 << 64, (1 << 64) >> 64, -1 >> 100",
                    "x = 2 ** 63, (-2) ** 63, (-2) ** 64",
                    "x = pow(-9223372036854775808, 2), pow(2, 63, 2**64)",
                    "x = [1, 2, 3][9223372036854775807:], [1, 2, 3][-9223372036854775808::-1]",
                    "x = 'abc'[::9223372036854775807], 'abc'[::-9223372036854775808]",
                    "x = range(-9223372036854775808, 9223372036854775807)[::2]",
                    "x = len(range(-9223372036854775808, 9223372036854775807))",
                    "x = range(0, 10**30)[-1]",
                    "x = range(9223372036854775807)[-1], range(5)[9223372036854775807]",
                    "x = list(range(9223372036854775806, 9223372036854775807, 2))",
                    "x = list(range(-9223372036854775807, -9223372036854775808, -3))",
                    "x = [0] * 9223372036854775807",
                    "x = 'a' * 9223372036854775807",
                    "x = [1, 2] * -9223372036854775808",
                    "x = round(1.5, 9223372036854775807), round(7, -9223372036854775808)",
                    "x = hash(9223372036854775807), hash(-9223372036854775808), hash(2**64)",
                    "x = int(1e19), int(-9.3e18), float(2**1023 * 2)",
                    "x = chr(-1)",
                    "x = 'abc'.center(-9223372036854775808)",
                    "x = '{:9223372036854775807}'.format(1)",
                    "x = f'{1:.9223372036854775807f}'",
                    "x = '%.*f' % (9223372036854775807, 1.0)",
                    "x = '%*d' % (-9223372036854775808, 1)",
                    "x = 'ab'.expandtabs(9223372036854775807)",
                    "x = [1, 2, 3].insert(-9223372036854775808, 0)",
                    "x = [1, 2, 3].pop(-9223372036854775808)",
                    "x = [1, 2, 3].index(1, -9223372036854775808, 9223372036854775807)",
                    "x = 'abc'.find('b', -9223372036854775808, 9223372036854775807)",
                    "x = 'abc'.split('b', -9223372036854775808), 'a b'.rsplit(None, 9223372036854775807)",
                    "x = 'abc'.count('', 9223372036854775807)",
                    "x = 'aaa'.replace('a', 'b', -9223372036854775808)",
                    "x = enumerate('ab', 9223372036854775807)",
                    "x = list(enumerate('ab', 9223372036854775807))",
                    "x = sum([9223372036854775807, 1]), sum([-9223372036854775808, -1])",
                    "x = math.factorial(21), math.comb(70, 35), math.perm(30, 20), math.prod([2**40, 2**40])",
                    "x = math.gcd(-9223372036854775808, 0), math.lcm(2**62, 3)",
                    "x = math.isqrt(9223372036854775807), math.floor(1e300), math.ceil(-1e300)",
                    "x = random.randint(-9223372036854775808, 9223372036854775807)",
                    "x = random.randrange(-9223372036854775808, 9223372036854775807)",
                    "x = random.getrandbits(64), random.getrandbits(0)",
                    "x = slice(None, None, 0).indices(5)",
                    "x = slice(-9223372036854775808, 9223372036854775807, 1).indices(9223372036854775807)",
                    "x = divmod(7, -9223372036854775808), 7 // -9223372036854775808",
                    "x = -9223372036854775808 * -1, -9223372036854775808 * 1",
                    "x = (-9223372036854775808) ** 1, abs(-2 ** 63)",
                    "x = ~9223372036854775807, ~-9223372036854775808",
                    "x = 9223372036854775807 << 1, -9223372036854775808 >> 63",
                    "x = 1 << 9223372036854775807",
                    "x = 1 >> 9223372036854775807, 1 >> 2**64",
                    "x = int('9' * 4301)",
                    "x = [] * 9223372036854775807",
                    "x = bytes(9223372036854775807)",
                    "x = ''.zfill(9223372036854775807)",
                    "x = 'a'.ljust(2**63)",
                ]);
                self.line(ind, &format!("try:\n    {s}\n    print(x)\nexcept BaseException as ex:\n    print(type(ex).__name__)"));
            }
            10..=12 => {
                let c = self.expr(de);
                self.line(ind, &format!("if {c}:"));
                self.block(ind + 1, d - 1);
                if self.r.chance(40) {
                    let c2 = self.expr(de);
                    self.line(ind, &format!("elif {c2}:"));
                    self.block(ind + 1, d - 1);
                }
                if self.r.chance(40) {
                    self.line(ind, "else:");
                    self.block(ind + 1, d - 1);
                }
            }
            13 | 14 => {
                let v = if self.r.chance(20) {
                    format!("{}, {}", self.name(), self.name())
                } else {
                    self.name()
                };
                let it = self.iterable(de.min(2));
                self.line(ind, &format!("for {v} in {it}:"));
                let old = self.in_loop;
                self.in_loop = true;
                self.block(ind + 1, d - 1);
                self.in_loop = old;
                if self.r.chance(15) {
                    self.line(ind, "else:");
                    self.block(ind + 1, d - 1);
                }
            }
            15 => {
                let w = self.fresh("_w");
                let n = self.r.range(0, 6);
                let c = if self.r.chance(30) {
                    format!(" and {}", self.expr(1))
                } else {
                    String::new()
                };
                self.line(ind, &format!("{w} = 0"));
                self.line(ind, &format!("while {w} < {n}{c}:"));
                self.line(ind + 1, &format!("{w} += 1"));
                let old = self.in_loop;
                self.in_loop = true;
                self.block(ind + 1, d - 1);
                self.in_loop = old;
                if self.r.chance(15) {
                    self.line(ind, "else:");
                    self.block(ind + 1, d - 1);
                }
            }
            16..=18 => {
                self.line(ind, "try:");
                self.block(ind + 1, d - 1);
                let n = self.r.below(3);
                for k in 0..n {
                    let e = *self.r.pick(EXC_NAMES);
                    match self.r.below(3) {
                        0 => self.line(ind, &format!("except {e}:")),
                        1 => {
                            let e2 = *self.r.pick(EXC_NAMES);
                            self.line(ind, &format!("except ({e}, {e2}) as e{k}:"))
                        }
                        _ => self.line(ind, &format!("except {e} as e:")),
                    }
                    self.block(ind + 1, d - 1);
                }
                if n == 0 || self.r.chance(30) {
                    if n > 0 && self.r.chance(50) {
                        self.line(ind, "else:");
                        self.block(ind + 1, d - 1);
                    }
                    self.line(ind, "finally:");
                    self.block(ind + 1, d - 1);
                }
            }
            19..=21 => self.funcdef(ind, d),
            22 | 23 => self.classdef(ind, d),
            24 => {
                let cm = self.r.s(&[
                    "CM()",
                    "CM(True)",
                    "CM(False)",
                    "cm_obj",
                    "1",
                    "C()",
                    "CM() as q, CM()",
                ]);
                if cm.contains(" as ") || self.r.chance(40) {
                    self.line(ind, &format!("with {cm}:"));
                } else {
                    {
                        let t = format!("with {cm} as {}:", self.name());
                        self.line(ind, &t);
                    }
                }
                self.block(ind + 1, d - 1);
            }
            25 => {
                // closure
                let f = self.fresh("outer");
                {
                    let t = format!("def {f}(k={}):", self.small_int());
                    self.line(ind, &t);
                }
                self.line(ind + 1, "acc = k");
                self.line(ind + 1, "def inner(v=1):");
                self.line(ind + 2, "nonlocal acc");
                let op = *self.r.pick(AUGOPS);
                self.line(ind + 2, &format!("acc {op} v"));
                self.line(ind + 2, "return acc");
                self.line(ind + 1, "return inner");
                let n = self.name();
                self.line(ind, &format!("{n} = {f}()"));
                {
                    let t = format!("print({n}(), {n}({}))", self.expr(1));
                    self.line(ind, &t);
                }
            }
            26 => {
                // recursion
                let pat = self.r.s(&[
                    "def rec(n):\n    return rec(n + 1)\nrec(0)",
                    "def rec(n):\n    return n if n < 2 else rec(n - 1) + rec(n - 2)\nprint(rec(12))",
                    "def ping(n):\n    return pong(n)\ndef pong(n):\n    return ping(n)\nping(1)",
                    "class R:\n    def __repr__(self):\n        return repr(self)\nrepr(R())",
                    "class R:\n    def __getattr__(self, k):\n        return self.nope\nR().x",
                    "class R:\n    def __eq__(self, o):\n        return self == o\nR() == 1",
                    "class R:\n    def __len__(self):\n        return len(self)\nlen(R())",
                    "class R:\n    def __str__(self):\n        return f'{self}'\nstr(R())",
                    "class R:\n    def __hash__(self):\n        return hash(self)\n{R()}",
                    "class R:\n    def __add__(self, o):\n        return self + o\nR() + 1",
                    "class R:\n    def __init__(self):\n        R()\nR()",
                    "def rec(n):\n    try:\n        return rec(n + 1)\n    except RecursionError:\n        return rec(n + 1)\nrec(0)",
                    "def rec(n):\n    try:\n        return rec(n + 1)\n    finally:\n        pass\nrec(0)",
                    "f = lambda n: f(n + 1)\nf(0)",
                    "def rec(n):\n    return [rec(n + 1) for _ in range(1)]\nrec(0)",
                    "def rec(n):\n    return sorted([1, 2], key=lambda v: rec(n + 1))\nrec(0)",
                    "def rec(n):\n    return '{}'.format(rec(n + 1))\nrec(0)",
                    "class R:\n    def __format__(self, s):\n        return format(self, s)\nf'{R()}'",
                    "class R:\n    def __iter__(self):\n        return iter(self)\nlist(R())",
                    "class R:\n    def __bool__(self):\n        return bool(self)\nnot R()",
                    "class R:\n    def __lt__(self, o):\n        return o > self\n    def __gt__(self, o):\n        return o < self\nR() < R()",
                    "def rec(n):\n    return max([1], key=lambda v: rec(n + 1))\nrec(0)",
                    "def rec(n):\n    return rec(*[n + 1])\nrec(0)",
                    "def rec(n, **kw):\n    return rec(n, **kw)\nrec(0, a=1)",
                    "def d(fn):\n    def w(*a):\n        return fn(*a)\n    return w\n@d\ndef rec(n):\n    return rec(n + 1)\nrec(0)",
                    "class R:\n    @property\n    def p(self):\n        return self.p\nR().p",
                    "class R:\n    def __getitem__(self, i):\n        return self[i]\nR()[0]",
                    "class R:\n    def __contains__(self, i):\n        return i in self\n1 in R()",
                    "def rec(n):\n    raise ValueError() from rec(n + 1)\nrec(0)",
                    "class R(Exception):\n    def __str__(self):\n        return str(self)\nraise R()",
                    "class R(Exception):\n    def __repr__(self):\n        return repr(self)\nprint(repr(R()))",
                ]);
                self.try_wrap(ind, d, |g, i, _| g.line(i, pat));
            }
            27 => {
                // deep data structures built at runtime
                let n = *self.r.pick(&[10, 100, 1000, 5000, 50000, 200000]);
                let build = self.r.s(&[
                    "v = []\nfor _ in range(N):\n    v = [v]",
                    "v = ()\nfor _ in range(N):\n    v = (v,)",
                    "v = {}\nfor _ in range(N):\n    v = {'k': v}",
                    "v = None\nfor _ in range(N):\n    v = [v, 1]",
                    "v = 0\nfor _ in range(N):\n    v = (v, 1)",
                    "v = 'x'\nfor _ in range(N):\n    v = {v: 1} if isinstance(v, str) else [v]",
                    "v = []\nw = v\nfor _ in range(N):\n    w.append([])\n    w = w[0]",
                    "v = 1\nfor _ in range(N):\n    v = lambda v=v: v",
                    "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\nv = None\nfor _ in range(N):\n    v = Node(v)",
                    "v = [1]\nv.append(v)",
                    "v = {}\nv[1] = v",
                    "v = iter([])\nfor _ in range(N):\n    v = map(abs, v)",
                    "v = iter([1])\nfor _ in range(N):\n    v = zip(v)",
                    "v = 'a'\nfor _ in range(N):\n    v = frozenset([v])",
                ]);
                let op = self.r.s(&[
                    "repr(v)",
                    "str(v)",
                    "print(v)",
                    "v == v",
                    "v != [v]",
                    "v < v",
                    "hash(v)",
                    "len(v)",
                    "sorted([v, v])",
                    "v in [v]",
                    "[v].count(v)",
                    "list(v)",
                    "set([v])",
                    "{v: 1}",
                    "f'{v}'",
                    "'%s' % (v,)",
                    "format(v)",
                    "ascii(v)",
                    "del v",
                    "v = None",
                    "next(v)",
                    "list(v)",
                    "v.nxt",
                    "[v] == [v]",
                    "(v,) == (v,)",
                    "{'a': v} == {'a': v}",
                    "max([v, v])",
                    "v.copy()",
                    "x = v\nv = None\nx = None",
                ]);
                let text = build.replace("range(N)", &format!("range({n})"));
                self.try_wrap(ind, d, |g, i, _| {
                    g.line(i, &text);
                    g.line(i, op);
                });
            }
            28 => {
                let g = self.fresh("gl");
                self.line(ind, &format!("{g} = 0"));
                self.line(ind, &format!("def {g}f():"));
                self.line(ind + 1, &format!("global {g}"));
                self.line(ind + 1, &format!("{g} += 1"));
                self.line(ind + 1, &format!("return {g}"));
                self.line(ind, &format!("print({g}f(), {g}f())"));
            }
            29 => {
                let a = self.expr(de);
                let n = self.name();
                self.line(ind, &format!("{n} = {a}"));
                let e = self.expr(de);
                self.line(ind, &format!("print(repr({n}), {e})"));
            }
            30 => {
                let cond = self.expr(2);
                let val = self.expr(2);
                let (n1, n2, it) = (self.name(), self.name(), self.iterable(1));
                self.line(ind, &format!("{n1} = [{val} for {n2} in {it} if {cond}]"));
            }
            31 if self.r.chance(10) => {
                let pat = self.r.s(&[
                    "break",
                    "continue",
                    "return 1",
                    "nonlocal x",
                    "yield 1",
                    "x := 1",
                    "def f(x, x): pass",
                    "f(x=1, x=2)",
                    "f(**{}, *a)",
                    "a + = 1",
                    "del f()",
                    "(a, b) += 1",
                    "1 = x",
                    "for 1 in x: pass",
                    "class C(x for x in y): pass",
                    "lambda: (yield)",
                    "print 1",
                    "exec 'x'",
                    "x = 1 if 2",
                    "def f(*, **k): pass",
                    "def f(a=1, b): pass",
                    "f(a for a in b, c)",
                    "import",
                    "from . import x",
                    "global x\nx = 1",
                    "try:\n    pass",
                    "else:\n    pass",
                    "@d\nx = 1",
                    "x = (1,\n",
                    "x = '''",
                    "x = f'{'",
                    "x = f'{}'",
                    "x = f'{x!z}'",
                    "x = f'{x:{y:{z}}}'",
                    "x = 0777",
                    "x = 1__0",
                    "x = 0b12",
                    "x = 1e",
                    "x = 1.e+",
                    "x = 09",
                    "x = 1if 1else 2",
                    "x = [1, 2",
                    "if x:\npass",
                    "  x = 1",
                    "\tx = 1\n        y = 2",
                    "x = 1\n  y = 2",
                    "async def f(): pass",
                    "match x:\n    case 1: pass",
                    "with: pass",
                    "x = *a",
                    "x = **a",
                    "x, = ",
                    "f(*)",
                    "print(,)",
                ]);
                self.line(ind, pat);
            }
            32 | 33 => {
                let a = self.args(de, 0, 3);
                self.line(ind, &format!("print({a})"));
            }
            34 => {
                let n = self.name();
                {
                    let t = format!("{n} = lambda *a, **k: {}", self.expr(2));
                    self.line(ind, &t);
                }
                {
                    let t = format!("{n}({})", self.args(1, 0, 3));
                    self.line(ind, &t);
                }
            }
            _ => {
                self.try_wrap(ind, d, |g, i, dd| g.block(i, dd.saturating_sub(1)));
            }
        }
    }

    fn funcdef(&mut self, ind: usize, d: u32) {
        let name = self.r.s(&["f", "g", "h", "mk"]);
        let params = self.r.s(&[
            "",
            "x",
            "x, y",
            "x, y=2",
            "*args",
            "**kw",
            "x, *args, **kw",
            "x, /, y",
            "*, k",
            "x=[], y={}",
            "a, b=None, *c, d=4, **e",
            "self",
            "x=print",
        ]);
        if self.r.chance(25) {
            let dec = self.r.s(&[
                "deco",
                "wrap",
                "staticmethod",
                "property",
                "deco_args(1)",
                "noncallable",
                "lambda fn: fn",
            ]);
            self.line(ind, &format!("@{dec}"));
        }
        self.line(ind, &format!("def {name}({params}):"));
        let (old_f, old_l) = (self.in_func, self.in_loop);
        self.in_func = true;
        self.in_loop = false;
        self.block(ind + 1, d.saturating_sub(1));
        let ret = self.expr(2);
        self.line(ind + 1, &format!("return {ret}"));
        self.in_func = old_f;
        self.in_loop = old_l;
        if self.r.chance(60) {
            let a = self.args(1, 0, 3);
            self.try_wrap(ind, 0, |g, i, _| g.line(i, &format!("print({name}({a}))")));
        }
    }

    fn classdef(&mut self, ind: usize, d: u32) {
        let name = self.r.s(&["C", "D", "E", "Err"]);
        let bases = self.r.s(&[
            "",
            "",
            "(object)",
            "(Exception)",
            "(ValueError)",
            "(C)",
            "(Base)",
            "(Base, C)",
            "(C, Base)",
            "(int)",
            "(list)",
            "(dict)",
            "(str)",
            "(1)",
            "(Base, Base)",
            "(KeyError, Base)",
        ]);
        self.line(ind, &format!("class {name}{bases}:"));
        let (old_f, old_l) = (self.in_func, self.in_loop);
        self.in_loop = false;
        {
            let t = format!("attr = {}", self.expr(1));
            self.line(ind + 1, &t);
        }
        let n = self.r.below(4) + 1;
        for _ in 0..n {
            let (m, params, ret) = *self.r.pick(&[
                ("__init__", "self, x=0, y=0", "None"),
                ("__repr__", "self", "'R'"),
                ("__str__", "self", "'S'"),
                ("__eq__", "self, o", "True"),
                ("__hash__", "self", "7"),
                ("__lt__", "self, o", "False"),
                ("__add__", "self, o", "self"),
                ("__radd__", "self, o", "o"),
                ("__mul__", "self, o", "NotImplemented"),
                ("__len__", "self", "3"),
                ("__iter__", "self", "iter([1, 2])"),
                ("__next__", "self", "1"),
                ("__getitem__", "self, i", "i"),
                ("__setitem__", "self, i, v", "None"),
                ("__contains__", "self, v", "True"),
                ("__bool__", "self", "False"),
                ("__call__", "self, *a", "a"),
                ("__enter__", "self", "self"),
                ("__exit__", "self, *a", "True"),
                ("__getattr__", "self, k", "k"),
                ("__index__", "self", "2"),
                ("__int__", "self", "5"),
                ("__float__", "self", "2.5"),
                ("__format__", "self, spec", "spec"),
                ("__neg__", "self", "self"),
                ("__abs__", "self", "-1"),
                ("__round__", "self, n=None", "n"),
                ("method", "self, *a, **k", "(a, k)"),
                ("__init_subclass__", "cls", "None"),
                ("__del__", "self", "None"),
                ("__new__", "cls, *a", "object.__new__(cls)"),
                ("__class_getitem__", "cls, k", "k"),
                ("__matmul__", "self, o", "o"),
                ("__pow__", "self, o, m=None", "o"),
                ("__divmod__", "self, o", "(1, 2)"),
                ("__invert__", "self", "self"),
                ("__ne__", "self, o", "'ne'"),
                ("__le__", "self, o", "[]"),
            ]);
            let mut ret = ret.to_string();
            if self.r.chance(25) {
                ret = self.expr(1);
            }
            if self.r.chance(15) {
                let dec = self.r.s(&["@staticmethod", "@classmethod", "@property"]);
                self.line(ind + 1, dec);
            }
            self.line(ind + 1, &format!("def {m}({params}):"));
            self.in_func = true;
            if self.r.chance(40) {
                self.block(ind + 2, d.saturating_sub(2));
            }
            if m == "__init__" && self.r.chance(70) {
                self.line(ind + 2, "self.x = x");
                self.line(ind + 2, "self.y = y");
                if bases.contains("Exception") || bases.contains("Error") || self.r.chance(20) {
                    self.line(ind + 2, "super().__init__(x)");
                }
            }
            self.line(ind + 2, &format!("return {ret}"));
        }
        self.in_func = old_f;
        self.in_loop = old_l;
        if self.r.chance(70) {
            let n = self.name();
            let a = self.args(1, 0, 2);
            self.try_wrap(ind, 0, |g, i, _| {
                g.line(i, &format!("{n} = {name}({a})"));
                let use_ = g.r.s(&[
                    "print({n})",
                    "print(repr({n}), str({n}))",
                    "print({n} == {n}, {n} < {n})",
                    "print(hash({n}))",
                    "print(len({n}))",
                    "print(list({n}))",
                    "print({n} + 1, 1 + {n})",
                    "print({n}[0])",
                    "{n}[1] = 2",
                    "print(1 in {n})",
                    "print(bool({n}), not {n})",
                    "print({n}(1, 2))",
                    "with {n} as q:\n    print(q)",
                    "print({n}.x, {n}.nope)",
                    "print([0, 1, 2][{n}])",
                    "print(int({n}), float({n}))",
                    "print(f'{{{n}:>5}}', format({n}, 'x'))",
                    "print(-{n}, abs({n}))",
                    "print(round({n}), round({n}, 2))",
                    "print({n}.method(1, k=2))",
                    "print({n} * 2, {n} @ 2)",
                    "print({name}.attr, {name}.__mro__)",
                    "print(sorted([{n}, {n}]))",
                    "print({{{n}: 1}})",
                    "print({n}.__dict__)",
                    "print(type({n}).__name__, isinstance({n}, {name}))",
                    "raise {n}",
                    "print(divmod({n}, 2), {n} ** 2, ~{n})",
                    "print(getattr({n}, 'x', 0))",
                    "del {n}.x",
                    "print(vars({n}))",
                    "print(dir({n})[:3])",
                    "print(max({n}, {n}))",
                    "print({name}[int])",
                ]);
                g.line(i, &use_.replace("{n}", &n).replace("{name}", name));
            });
        }
    }

    fn prelude(&mut self) {
        self.line(0, "import math, random, sys, time");
        let vals: Vec<(String, String)> = vec![
            ("a".into(), self.int_lit()),
            ("b".into(), self.r.pick(FLOATS).to_string()),
            ("s".into(), self.str_lit()),
            ("l".into(), format!("[1, 2, 3, {}, None]", self.literal(1))),
            (
                "d".into(),
                format!("{{'k': 1, 2: 'v', (1, 2): [3], 'x': {}}}", self.literal(1)),
            ),
            ("st".into(), "{1, 2, 3}".into()),
            ("t".into(), "(1, 'a', 2.0)".into()),
            ("n".into(), "None".into()),
            ("x".into(), self.literal(1)),
            ("y".into(), self.literal(1)),
            ("c".into(), self.r.pick(COMPLEX).to_string()),
            ("i".into(), self.small_int()),
            ("j".into(), self.small_int()),
            ("z".into(), "0".into()),
        ];
        for (k, v) in vals {
            self.line(0, &format!("{k} = {v}"));
        }
        if self.r.chance(70) {
            self.line(
                0,
                "def deco(fn):\n    return fn\ndef wrap(fn):\n    def inner(*a, **k):\n        return fn(*a, **k)\n    return inner\n\
                 def deco_args(n):\n    def dd(fn):\n        return fn\n    return dd\nnoncallable = 3\n\
                 class Base:\n    cls_attr = 1\n    def __init__(self, *a, **k):\n        self.args = a\n\
                 class C:\n    def __init__(self, x=0, y=0):\n        self.x = x\n        self.y = y\n\
                 class Err(Exception):\n    pass\n\
                 class CM:\n    def __init__(self, swallow=False):\n        self.swallow = swallow\n    def __enter__(self):\n        return self\n    def __exit__(self, t, v, tb):\n        return self.swallow\n\
                 obj = C(1, 2)\ncm_obj = CM()",
            );
        }
    }
}

fn gen_program(r: &mut Rng) -> String {
    let mut g = Gen::new(r);
    if g.r.chance(85) {
        g.prelude();
    }
    let n = g.r.below(12) + 1;
    let depth = g.r.below(3) as u32 + 1;
    for _ in 0..n {
        if g.r.chance(35) {
            g.try_wrap(0, depth, |g, i, d| g.stmt(i, d));
        } else {
            g.stmt(0, depth);
        }
    }
    let mut s = g.lines.join("\n");
    s.push('\n');
    s
}

// ------------------------------------------------------------------------------------------------------
// Source (d): containers re-entered from dunder methods (RefCell double borrows, iterator invalidation).

fn gen_reentrant(r: &mut Rng) -> String {
    const MUTATIONS: &[&str] = &[
        "l.clear()",
        "l.append(0)",
        "l.pop() if l else None",
        "l.insert(0, 1)",
        "del l[:]",
        "l.sort()",
        "l.reverse()",
        "d.clear()",
        "d[len(d) + 100] = 0",
        "d.pop(next(iter(d)), None) if d else None",
        "st.clear()",
        "st.add(len(st) + 100)",
        "l.extend([1, 2])",
        "l[:] = []",
        "l.remove(l[0]) if l else None",
        "d.update({len(d) + 50: 1})",
        "st.discard(1)",
        "pass",
        "l *= 0",
        "d.setdefault(M(), 1) if len(d) < 5 else None",
        "l.append(self) if len(l) < 9 else None",
        "t[0].append(1) if t else None",
        "d.popitem() if d else None",
        "l.sort(key=lambda v: 0) if len(l) < 50 else None",
        "repr(l)",
        "str(d)",
        "sorted(st)",
        "hash(self)",
    ];
    const OPS: &[&str] = &[
        "l.sort()",
        "sorted(l)",
        "l.index(M())",
        "M() in l",
        "l.count(M())",
        "l.remove(M())",
        "repr(l)",
        "str(l)",
        "l == [M(), M()]",
        "l < [M(), 1]",
        "max(l)",
        "min(l)",
        "d[M()] = 1",
        "M() in d",
        "d.get(M())",
        "d.pop(M(), 0)",
        "st.add(M())",
        "M() in st",
        "repr(d)",
        "d == {M(): 1}",
        "l.sort(key=lambda v: l.clear())",
        "l.sort(key=lambda v: l.append(0))",
        "sorted(d, key=lambda k: d.clear())",
        "[d.clear() for k in d]",
        "[l.pop() for x in l]",
        "[st.add(x) for x in st]",
        "l.extend(l)",
        "l += l",
        "l[:] = l",
        "l[1:] = l",
        "l *= 2",
        "d.update(d)",
        "st |= st",
        "st ^= st",
        "st -= st",
        "l.insert(0, l)",
        "print(l)",
        "f'{l}'",
        "'%s' % (l,)",
        "l.__contains__(M())",
        "dict.fromkeys(l)",
        "set(l)",
        "frozenset(l)",
        "sum(l, [])",
        "tuple(l)",
        "l.copy()",
        "list(reversed(l))",
        "list(enumerate(l))",
        "list(zip(l, l))",
        "sorted(st)",
        "any(l)",
        "all(l)",
        "list(map(lambda v: l.pop() if l else 0, l))",
        "list(filter(lambda v: d.clear(), d))",
        "d.setdefault(M(), 0)",
        "d.update({M(): 2})",
        "dict(d)",
        "{**d}",
        "[*l]",
        "{*st}",
        "d | d",
        "st & {M()}",
        "st.issubset({M()})",
        "st == {M()}",
        "l[M()]",
        "l[M():M()]",
        "del l[M()]",
        "l.insert(M(), 1)",
        "l.pop(M())",
        "[1, 2, 3][M()]",
        "'abc'[M()]",
        "range(10)[M()]",
        "divmod(M(), 1)",
        "int(M())",
        "hash(M())",
        "format(M(), '')",
        "print(M())",
        "len(M())",
        "bool(M())",
        "list(M())",
        "iter(M())",
        "for q in l:\n        l.append(q) if len(l) < 99 else None",
        "for k in d:\n        d[k] = 0",
        "for k in d:\n        del d[k]",
        "for q in st:\n        st.discard(q)",
        "for q in l:\n        l.remove(q)",
        "t = (l, d, st)\n    hash(t)",
        "l.index(M(), M(), M())",
        "{M(): 1, M(): 2}",
        "{M(), M(), M()}",
        "[M(), M()] == [M(), M()]",
        "(M(), M()) < (M(), M())",
        "max(l, key=lambda v: l.clear())",
        "min(d, key=lambda k: d.pop(k))",
        "sorted(l, key=M)",
        "l.sort(key=lambda v: M())",
        "d.get(M(), l.clear())",
        "str(d) + str(l)",
        "d.keys() == d.keys()",
        "list(d.items())",
        "[k for k in d.values()]",
        "sum(1 for _ in d.items())",
        "M() == M()",
        "isinstance(M(), M)",
        "l.__eq__(l)",
        "d.__eq__(d)",
        "st.__contains__(M())",
    ];
    const DUNDERS: &[(&str, &str, &[&str])] = &[
        (
            "__eq__",
            "self, o",
            &["True", "False", "NotImplemented", "self is o"],
        ),
        ("__hash__", "self", &["0", "1", "2**70", "-1", "hash('x')"]),
        ("__lt__", "self, o", &["False", "True", "NotImplemented"]),
        ("__gt__", "self, o", &["False", "True"]),
        ("__repr__", "self", &["'M'", "repr(l)"]),
        ("__str__", "self", &["'m'", "str(d)"]),
        ("__bool__", "self", &["True", "False"]),
        ("__len__", "self", &["0", "1", "len(l)"]),
        ("__iter__", "self", &["iter([1, 2])", "iter(l)", "iter(d)"]),
        ("__index__", "self", &["0", "1", "-1", "len(l)"]),
        ("__int__", "self", &["0", "7"]),
        ("__format__", "self, spec", &["'f'", "format(l)"]),
        ("__getitem__", "self, i", &["0", "l[0] if l else 0"]),
        ("__call__", "self, *a", &["0", "l.clear()"]),
    ];
    let mut s = String::new();
    s.push_str("l = [1, 2, 3]\nd = {1: 'a', 2: 'b'}\nst = {1, 2}\nt = ([],)\nclass M:\n");
    let n = r.below(5) + 2;
    for _ in 0..n {
        let (name, params, rets) = *r.pick(DUNDERS);
        s.push_str(&format!("    def {name}({params}):\n"));
        for _ in 0..r.below(3) + 1 {
            s.push_str(&format!("        {}\n", r.pick(MUTATIONS)));
        }
        s.push_str(&format!("        return {}\n", r.pick(rets)));
    }
    s.push_str("l.append(M())\nd[M()] = 3\nst.add(M())\n");
    for _ in 0..r.below(4) + 1 {
        s.push_str(&format!(
            "try:\n    {}\nexcept Exception as e:\n    print(type(e).__name__)\n",
            r.pick(OPS)
        ));
    }
    s
}

// ------------------------------------------------------------------------------------------------------
// Source (e): deep nesting and long inputs for the lexer, parser, resolver and evaluator.

fn gen_deep(r: &mut Rng) -> String {
    let max = env_u64("NABLA_FUZZ_DEEP_MAX", 1_000_000) as usize;
    let n: usize = (*r.pick(&[
        50, 100, 200, 1000, 3000, 10000, 30000, 100000, 300000, 1_000_000,
    ]))
    .min(max);
    let rep = |s: &str, k: usize| s.repeat(k);
    match r.below(24) {
        0 => format!("x = {}1{}", rep("(", n), rep(")", n)),
        1 => format!("x = {}1{}", rep("[", n), rep("]", n)),
        2 => format!("x = {}1", rep("-", n)),
        3 => format!("x = {}1", rep("not ", n)),
        4 => format!("x = 1{}", rep(" + 1", n)),
        5 => format!("x = 2{}", rep(" ** 1", n)),
        6 => format!("x = f{}", rep("()", n)),
        7 => {
            format!("l = [1]\nx = l{}", rep("[0]", n.min(5))) + &format!("\ny = l{}", rep("[0]", n))
        }
        8 => format!(
            "x = {}1",
            rep(
                "lambda: ",
                n.min(env_u64("NABLA_FUZZ_LAMBDA_MAX", 1_000_000) as usize)
            )
        ),
        9 => {
            let mut s = String::new();
            for k in 0..n.min(3000) {
                s.push_str(&" ".repeat(k));
                s.push_str("if 1:\n");
            }
            s.push_str(&" ".repeat(n.min(3000)));
            s.push_str("pass\n");
            s
        }
        10 => format!("x = {}1{}", rep("{1: ", n), rep("}", n)),
        11 => format!("x = 1{}", rep(" if 1 else 1", n)),
        12 => format!("x = {}", rep("'a' ", n)),
        13 => format!("x = a{}", rep(".b", n)),
        14 => format!("x = 1{}", rep(" < 1", n)),
        15 => format!("x = 1{}", rep(" and 1", n)),
        16 => format!("x = {}", rep("f'{", n.min(2000)) + &rep("}'", n.min(2000))),
        17 => format!("x = [{}]", rep("1, ", n)),
        18 => format!("x = {}{}", rep("(1, ", n), rep(")", n)),
        19 => format!("print({})", rep("*[1], ", n)),
        20 => {
            // deeply nested function definitions
            let k = n.min(2000);
            let mut s = String::new();
            for i in 0..k {
                s.push_str(&" ".repeat(i));
                s.push_str(&format!("def f{i}():\n"));
            }
            s.push_str(&" ".repeat(k));
            s.push_str("return 1\n");
            s
        }
        21 => format!("x = [{}]", rep("x for x in ", n.min(5000)) + "[1]"),
        22 => format!("x = 1{}", rep(" - -1", n)),
        _ => format!("x = '{}'", rep("a", n * 10)),
    }
}

// ------------------------------------------------------------------------------------------------------
// Source (c): mutations of the conformance scripts.

fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut kind = 0; // 1 word, 2 space, 3 punct
    for c in s.chars() {
        let k = if c.is_alphanumeric() || c == '_' {
            1
        } else if c == ' ' {
            2
        } else {
            3
        };
        if k != kind || k == 3 {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            kind = k;
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn mutate(r: &mut Rng, corpus: &[String]) -> String {
    if corpus.is_empty() {
        return gen_soup(r);
    }
    let base = r.pick(corpus).clone();
    let mut toks = tokens(&base);
    let rounds = r.below(4) + 1;
    for _ in 0..rounds {
        if toks.is_empty() {
            toks.push("x".into());
        }
        let len = toks.len();
        let i = r.below(len);
        match r.below(14) {
            0 | 1 => {
                let k = r.below(3) + 1;
                toks.drain(i..(i + k).min(len));
            }
            2 => {
                let t = toks[i].clone();
                toks.insert(i, t);
            }
            3 => {
                let j = r.below(len);
                toks.swap(i, j);
            }
            4 | 5 => {
                let t = match r.below(4) {
                    0 => r.pick(KEYWORDS).to_string(),
                    1 => r.pick(OPS).to_string(),
                    2 => r.pick(SOUP_MISC).to_string(),
                    _ => {
                        let other = tokens(&corpus[r.below(corpus.len())]);
                        if other.is_empty() {
                            "x".into()
                        } else {
                            other[r.below(other.len())].clone()
                        }
                    }
                };
                toks.insert(i, t);
            }
            6 => {
                // replace a number with an interesting one
                if let Some(p) = (0..len)
                    .map(|k| (i + k) % len)
                    .find(|&k| toks[k].chars().all(|c| c.is_ascii_digit()))
                {
                    toks[p] = r
                        .pick(&[
                            "0",
                            "1",
                            "-1",
                            "2",
                            "255",
                            "10**20",
                            "2**63",
                            "2**64",
                            "9223372036854775807",
                            "1e308",
                            "0.0",
                            "-0.0",
                            "float('nan')",
                            "True",
                            "None",
                            "'7'",
                            "300",
                        ])
                        .to_string();
                }
            }
            7 => {
                // flip a character
                let t = &toks[i];
                let mut cs: Vec<char> = t.chars().collect();
                let k = r.below(cs.len().max(1));
                if !cs.is_empty() {
                    cs[k] = match r.below(3) {
                        0 => (cs[k] as u32 ^ (1 << r.below(7))).try_into().unwrap_or('?'),
                        1 => (r.below(95) as u8 + 32) as char,
                        _ => *r.pick(&[
                            '\n', '\t', ' ', '\\', '\'', '"', '{', '}', '(', ')', ':', 'é', '\0',
                        ]),
                    };
                }
                toks[i] = cs.into_iter().collect();
            }
            8 => {
                let k = r.below(len);
                toks.truncate(k.max(1));
            }
            9 | 10 => {
                // line-level: delete, duplicate, swap, reindent, or splice a line from another script
                let text: String = toks.concat();
                let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
                let n = lines.len();
                let a = r.below(n);
                match r.below(5) {
                    0 => {
                        lines.remove(a);
                    }
                    1 => {
                        let l = lines[a].clone();
                        lines.insert(a, l);
                    }
                    2 => {
                        let b = r.below(n);
                        lines.swap(a, b);
                    }
                    3 => {
                        let l = &lines[a];
                        lines[a] = if r.chance(50) {
                            format!("    {l}")
                        } else {
                            l.trim_start().to_string()
                        };
                    }
                    _ => {
                        let other = r.pick(corpus);
                        let ol: Vec<&str> = other.split('\n').collect();
                        let start = r.below(ol.len());
                        let cnt = r.below(6) + 1;
                        let chunk: Vec<String> = ol[start..(start + cnt).min(ol.len())]
                            .iter()
                            .map(|s| s.to_string())
                            .collect();
                        for (k, c) in chunk.into_iter().enumerate() {
                            lines.insert((a + k).min(lines.len()), c);
                        }
                    }
                }
                toks = tokens(&lines.join("\n"));
            }
            11 => {
                toks[i] = r.pick(NAMES).to_string();
            }
            12 => {
                // wrap a token in an expression
                let t = toks[i].clone();
                toks[i] = format!(
                    "{}({t})",
                    r.s(&[
                        "len", "str", "repr", "list", "-", "not ", "int", "hash", "sorted", "print"
                    ])
                );
            }
            _ => {
                let j = r.below(len);
                let (lo, hi) = if i < j { (i, j) } else { (j, i) };
                let seg: Vec<String> = toks[lo..hi.min(lo + 20)].to_vec();
                let at = r.below(toks.len());
                for (k, t) in seg.into_iter().enumerate() {
                    toks.insert(at + k, t);
                }
            }
        }
    }
    toks.concat()
}

// ------------------------------------------------------------------------------------------------------
// The child: runs inputs in-process and reports them to the parent over stdout.

static CURRENT: Mutex<String> = Mutex::new(String::new());
static RUN_START_MS: AtomicU64 = AtomicU64::new(0);
static PANIC_MSG: Mutex<String> = Mutex::new(String::new());
static PANIC_LOC: Mutex<String> = Mutex::new(String::new());
static OUT: Mutex<()> = Mutex::new(());
static INPROC: AtomicBool = AtomicBool::new(false);

fn now_ms() -> u64 {
    static T0: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    T0.get_or_init(Instant::now).elapsed().as_millis() as u64 + 1
}

/// One framed record to the parent: tag, little-endian u32 length, payload.
fn record(tag: u8, payload: &str) {
    if INPROC.load(Ordering::Relaxed) {
        match tag {
            b'M' => println!("{payload}"),
            b'F' => {
                let p: Vec<&str> = payload.splitn(4, '\x1f').collect();
                println!(
                    "fuzz: FOUND {}: {}\nfuzz: input: {:?}",
                    p[0],
                    p.get(2).unwrap_or(&""),
                    p.get(3).unwrap_or(&"")
                );
                println!("fuzz: 0 passed, 1 failed");
            }
            b'D' => println!("fuzz: {payload} passed, 0 failed"),
            _ => {}
        }
        return;
    }
    let _g = OUT.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = std::io::stdout().lock();
    let mut buf = Vec::with_capacity(payload.len() + 5);
    buf.push(tag);
    buf.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    buf.extend_from_slice(payload.as_bytes());
    let _ = out.write_all(&buf);
    let _ = out.flush();
}

fn failure(kind: &str, key: &str, msg: &str, input: &str) {
    record(b'F', &[kind, key, msg, input].join("\x1f"));
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

fn new_session(interrupt: &Arc<AtomicBool>) -> nabla::Session {
    let mut s = nabla::Session::new(vec!["fuzz".into()]);
    s.interp.out = nabla::interp::Output::Buffer(Vec::new());
    s.interp.interrupt = interrupt.clone();
    s
}

fn spawn_watchdog(interrupt: Arc<AtomicBool>, interrupt_ms: u64, hang_ms: u64) {
    std::thread::spawn(move || {
        let mut last_kick = 0u64;
        loop {
            std::thread::sleep(Duration::from_millis(20));
            let start = RUN_START_MS.load(Ordering::SeqCst);
            if start == 0 {
                last_kick = 0;
                continue;
            }
            let now = now_ms();
            let ran = now.saturating_sub(start);
            if ran >= hang_ms {
                let input = CURRENT.lock().map(|s| s.clone()).unwrap_or_default();
                let msg = format!(
                    "input ignored the interrupt flag for {} ms",
                    ran - interrupt_ms
                );
                failure("hang", "hang", &msg, &input);
                std::process::exit(HANG_EXIT);
            }
            // Set the flag, and set it again every 500 ms in case a handler swallowed the KeyboardInterrupt.
            if ran >= interrupt_ms && (last_kick == 0 || now - last_kick >= 500) {
                interrupt.store(true, Ordering::SeqCst);
                last_kick = now;
            }
        }
    });
}

enum Outcome {
    Ok,
    Syntax,
    Exception,
    Exit,
    Panic(String, String),
}

fn run_one(
    session: &mut nabla::Session,
    input: &str,
    echo: bool,
    interrupt: &AtomicBool,
) -> Outcome {
    if let Ok(mut c) = CURRENT.lock() {
        c.clear();
        c.push_str(input);
    }
    if let Ok(mut m) = PANIC_MSG.lock() {
        m.clear();
    }
    interrupt.store(false, Ordering::SeqCst);
    RUN_START_MS.store(now_ms(), Ordering::SeqCst);
    let r = panic::catch_unwind(AssertUnwindSafe(|| {
        let r = session.run_source("<fuzz>", input, echo);
        // Render errors the way the binary does: diagnostics are part of the surface under test.
        match r {
            Ok(()) => Outcome::Ok,
            Err(mut e) => {
                let kind = match e {
                    nabla::RunError::Syntax(..) => Outcome::Syntax,
                    nabla::RunError::Exception(_) => Outcome::Exception,
                    nabla::RunError::Exit(_) => Outcome::Exit,
                };
                let _ = session.render_error(&mut e, false);
                kind
            }
        }
    }));
    RUN_START_MS.store(0, Ordering::SeqCst);
    interrupt.store(false, Ordering::SeqCst);
    if let nabla::interp::Output::Buffer(b) = &mut session.interp.out {
        b.clear();
        if b.capacity() > 1 << 20 {
            b.shrink_to(1 << 16);
        }
    }
    match r {
        Ok(o) => o,
        Err(_) => {
            let msg = PANIC_MSG.lock().map(|s| s.clone()).unwrap_or_default();
            let loc = PANIC_LOC.lock().map(|s| s.clone()).unwrap_or_default();
            Outcome::Panic(loc, msg)
        }
    }
}

fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        let payload = if let Some(s) = info.payload().downcast_ref::<&str>() {
            s.to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "<non-string panic payload>".into()
        };
        if let Ok(mut m) = PANIC_MSG.lock() {
            *m = format!("panicked at {loc}: {payload}");
        }
        if let Ok(mut m) = PANIC_LOC.lock() {
            *m = loc;
        }
    }));
}

fn load_corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/lang");
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.extension().and_then(|e| e.to_str()) == Some("py") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            }
        }
    }
    out
}

fn load_excludes() -> Vec<String> {
    let Ok(path) = std::env::var("NABLA_FUZZ_EXCLUDE_FILE") else {
        return Vec::new();
    };
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.replace("\\n", "\n"))
        .collect()
}

/// Inputs that could touch the file system are never run.
fn forbidden(input: &str) -> bool {
    input.contains("open") || input.contains("__builtins__") || input.contains("builtins")
}

/// Which sources run (`NABLA_FUZZ_SOURCES=soup,grammar,...`; default all).
fn enabled_sources() -> [bool; 5] {
    static EN: std::sync::OnceLock<[bool; 5]> = std::sync::OnceLock::new();
    *EN.get_or_init(|| match std::env::var("NABLA_FUZZ_SOURCES") {
        Ok(v) => {
            let mut en = [false; 5];
            for name in v.split(',') {
                if let Some(i) = SOURCE_NAMES.iter().position(|s| *s == name.trim()) {
                    en[i] = true;
                }
            }
            en
        }
        Err(_) => [true; 5],
    })
}

fn generate(r: &mut Rng, corpus: &[String]) -> (usize, String) {
    let en = enabled_sources();
    let src = loop {
        let src = match r.below(100) {
            0..=19 => 0,
            20..=54 => 1,
            55..=84 => 2,
            85..=94 => 3,
            _ => 4,
        };
        if en[src] || !en.iter().any(|&e| e) {
            break src;
        }
    };
    let text = match src {
        0 => gen_soup(r),
        1 => gen_program(r),
        2 => mutate(r, corpus),
        3 => gen_reentrant(r),
        _ => gen_deep(r),
    };
    (src, text)
}

const SOURCE_NAMES: [&str; 5] = ["soup", "grammar", "mutation", "reentrant", "deep"];

fn child_main() {
    let secs = env_u64("NABLA_FUZZ_SECS", 15);
    let seed = env_u64("NABLA_FUZZ_SEED", 1);
    let interrupt_ms = env_u64("NABLA_FUZZ_INTERRUPT_MS", 2000);
    let hang_ms = env_u64("NABLA_FUZZ_HANG_MS", 20000);
    install_panic_hook();
    let interrupt = Arc::new(AtomicBool::new(false));
    spawn_watchdog(interrupt.clone(), interrupt_ms, hang_ms);

    if let Ok(path) = std::env::var("NABLA_FUZZ_REPLAY") {
        let input = std::fs::read_to_string(path).unwrap_or_default();
        let mut session = new_session(&interrupt);
        let o = run_one(&mut session, &input, false, &interrupt);
        drop(session);
        if let Outcome::Panic(loc, msg) = o {
            failure("panic", &loc, &msg, &input);
            std::process::exit(PANIC_EXIT);
        }
        return;
    }

    let corpus: Vec<String> = load_corpus()
        .into_iter()
        .filter(|t| !forbidden(t))
        .collect();
    let excludes = load_excludes();
    let mut r = Rng(seed);
    let start = Instant::now();
    let mut last_progress = Instant::now();
    let mut session = new_session(&interrupt);
    let (mut execs, mut ok, mut syntax, mut exc, mut exits, mut skipped) =
        (0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
    let mut per_source = [0u64; 5];
    let mut slow = 0u64;
    while start.elapsed().as_secs() < secs {
        if execs > 0 && execs % 200 == 0 {
            record(b'R', "");
            session = new_session(&interrupt);
            // Sessions leak (reference cycles are never freed), so the heap grows with every new one: hand
            // over to a fresh child (the parent starts one with the next seed) well before the memory cap.
            if LIVE.load(Ordering::Relaxed) > HEAP_RESTART && !INPROC.load(Ordering::Relaxed) {
                record(
                    b'M',
                    &format!(
                        "fuzz: heap at {} MiB after {execs} inputs (leaked by dropped sessions); starting a fresh child",
                        LIVE.load(Ordering::Relaxed) >> 20
                    ),
                );
                break;
            }
        }
        let (src, input) = generate(&mut r, &corpus);
        if forbidden(&input)
            || excludes
                .iter()
                .any(|e| e.split(" && ").all(|p| input.contains(p)))
        {
            skipped += 1;
            continue;
        }
        record(b'I', &input);
        let echo = r.chance(15);
        execs += 1;
        per_source[src] += 1;
        let t0 = Instant::now();
        let outcome = run_one(&mut session, &input, echo, &interrupt);
        let took = t0.elapsed();
        if took > Duration::from_millis(1000) {
            slow += 1;
            record(
                b'M',
                &format!(
                    "fuzz: slow input ({:.1}s, {}): {}",
                    took.as_secs_f64(),
                    SOURCE_NAMES[src],
                    show(&input)
                ),
            );
            if let Ok(dir) = std::env::var("NABLA_FUZZ_SLOW_DIR") {
                let _ = std::fs::write(format!("{dir}/slow-{seed}-{execs}.py"), &input);
            }
        }
        match outcome {
            Outcome::Ok => ok += 1,
            Outcome::Syntax => syntax += 1,
            Outcome::Exception => exc += 1,
            Outcome::Exit => exits += 1,
            Outcome::Panic(loc, msg) => {
                failure("panic", &loc, &msg, &input);
                std::process::exit(PANIC_EXIT);
            }
        }
        if last_progress.elapsed() >= Duration::from_secs(5) {
            last_progress = Instant::now();
            let t = start.elapsed().as_secs_f64();
            record(
                b'M',
                &format!(
                    "fuzz: [{t:.0}s] {execs} execs ({:.0}/s): {ok} ok, {syntax} syntax errors, {exc} exceptions, {exits} exits, {skipped} skipped; heap {} MiB",
                    execs as f64 / t,
                    LIVE.load(Ordering::Relaxed) >> 20
                ),
            );
        }
    }
    drop(session);
    let by_source: Vec<String> = SOURCE_NAMES
        .iter()
        .zip(per_source)
        .map(|(n, c)| format!("{n} {c}"))
        .collect();
    record(
        b'M',
        &format!(
            "fuzz: child done in {:.1}s: {execs} execs ({ok} ok, {syntax} syntax errors, {exc} exceptions, {exits} exits, {skipped} skipped, {slow} slow); by source: {}",
            start.elapsed().as_secs_f64(),
            by_source.join(", ")
        ),
    );
    record(b'D', &execs.to_string());
}

// ------------------------------------------------------------------------------------------------------
// The parent: spawns children, names the input behind any crash, shrinks failing inputs.

enum Rec {
    Input(String),
    Msg(String),
    Fail(String),
    Reset,
    Done,
}

struct ChildEnd {
    inputs: u64,
    /// (kind, key, message, input, history of the session)
    failure: Option<(String, String, String, String, Vec<String>)>,
}

fn read_records(mut r: impl Read, tx: mpsc::Sender<Rec>) {
    loop {
        let mut hdr = [0u8; 5];
        if r.read_exact(&mut hdr).is_err() {
            return;
        }
        let len = u32::from_le_bytes([hdr[1], hdr[2], hdr[3], hdr[4]]) as usize;
        let mut buf = vec![0u8; len];
        if r.read_exact(&mut buf).is_err() {
            return;
        }
        let s = String::from_utf8_lossy(&buf).into_owned();
        let rec = match hdr[0] {
            b'I' => Rec::Input(s),
            b'M' => Rec::Msg(s),
            b'F' => Rec::Fail(s),
            b'R' => Rec::Reset,
            _ => Rec::Done,
        };
        if tx.send(rec).is_err() {
            return;
        }
    }
}

/// A private copy of this executable for the children: a concurrent `cargo build` may replace or delete the
/// original while a long run is going.
fn child_exe() -> std::path::PathBuf {
    static EXE: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    EXE.get_or_init(|| {
        let exe = std::env::current_exe().expect("current_exe");
        let copy = std::env::temp_dir().join(format!("nabla-fuzz-child-{}", std::process::id()));
        match std::fs::copy(&exe, &copy) {
            Ok(_) => copy,
            Err(_) => exe,
        }
    })
    .clone()
}

fn child_command(envs: &[(&str, String)]) -> Command {
    let mut c = Command::new(child_exe());
    c.env("NABLA_FUZZ_CHILD", "1")
        .env_remove("NABLA_FUZZ_REPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in envs {
        c.env(k, v);
    }
    c
}

fn crash_key(status: &std::process::ExitStatus, stderr: &str) -> String {
    if status.code() == Some(HUGE_EXIT) {
        return "allocation of 64 GiB or more (the real binary aborts: memory allocation failed)"
            .into();
    }
    let what = if stderr.contains("overflowed its stack") {
        "stack overflow"
    } else if stderr.contains("memory allocation") {
        "allocation failure"
    } else {
        "abnormal exit"
    };
    format!("{what} ({status})")
}

fn stderr_tail(buf: &Arc<Mutex<Vec<u8>>>) -> String {
    let b = buf.lock().map(|b| b.clone()).unwrap_or_default();
    String::from_utf8_lossy(&b).into_owned()
}

fn spawn_stderr_reader(child: &mut std::process::Child) -> Arc<Mutex<Vec<u8>>> {
    let tail = Arc::new(Mutex::new(Vec::new()));
    if let Some(mut e) = child.stderr.take() {
        let t = tail.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = e.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut v) = t.lock() {
                    v.extend_from_slice(&buf[..n]);
                    if v.len() > 8192 {
                        let cut = v.len() - 8192;
                        v.drain(..cut);
                    }
                }
            }
        });
    }
    tail
}

fn run_child(seed: u64, secs: u64, hang_ms: u64) -> ChildEnd {
    let mut child = child_command(&[
        ("NABLA_FUZZ_SEED", seed.to_string()),
        ("NABLA_FUZZ_SECS", secs.to_string()),
        ("NABLA_FUZZ_HANG_MS", hang_ms.to_string()),
    ])
    .spawn()
    .expect("spawn fuzz child");
    let tail = spawn_stderr_reader(&mut child);
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().expect("child stdout");
    std::thread::spawn(move || read_records(stdout, tx));
    let mut inputs = 0u64;
    // Inputs run in the current session (the last one is `last`), or in the session being dropped.
    let mut history: Vec<String> = Vec::new();
    let mut dropping: Vec<String> = Vec::new();
    let mut last = String::new();
    let mut done = false;
    let mut fail = None;
    let mut last_rec = Instant::now();
    loop {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(rec) => {
                last_rec = Instant::now();
                match rec {
                    Rec::Input(s) => {
                        inputs += 1;
                        dropping.clear();
                        if !last.is_empty() {
                            history.push(std::mem::take(&mut last));
                        }
                        last = s;
                    }
                    Rec::Msg(m) => println!("{m}"),
                    Rec::Reset => {
                        if !last.is_empty() {
                            history.push(std::mem::take(&mut last));
                        }
                        dropping = std::mem::take(&mut history);
                    }
                    Rec::Fail(f) => {
                        let mut p = f.splitn(4, '\x1f').map(String::from);
                        let kind = p.next().unwrap_or_default();
                        let key = p.next().unwrap_or_default();
                        let msg = p.next().unwrap_or_default();
                        let input = p.next().unwrap_or_default();
                        fail = Some((kind, key, msg, input, history.clone()));
                    }
                    Rec::Done => done = true,
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if last_rec.elapsed() > Duration::from_millis(hang_ms + 20_000) {
                    let _ = child.kill();
                    let _ = child.wait();
                    let msg =
                        "the child stopped responding (its watchdog did not fire)".to_string();
                    return ChildEnd {
                        inputs,
                        failure: Some(("hang".into(), "hang".into(), msg, last, history)),
                    };
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    let status = child.wait().expect("wait for fuzz child");
    if last.is_empty() {
        // Died between sessions: the culprit is among the inputs of the session being dropped.
        last = dropping.pop().unwrap_or_default();
        history = dropping;
    }
    if fail.is_some() {
        return ChildEnd {
            inputs,
            failure: fail,
        };
    }
    if done && status.success() {
        return ChildEnd {
            inputs,
            failure: None,
        };
    }
    let err = stderr_tail(&tail);
    let failure = if status.code() == Some(MEM_EXIT) {
        (
            "memory".to_string(),
            "memory cap".to_string(),
            "the input allocated past the fuzzer's memory cap".to_string(),
            last,
            history,
        )
    } else {
        let key = crash_key(&status, &err);
        let msg = format!("{key}; stderr tail:\n{}", err.trim_end());
        ("crash".to_string(), key, msg, last, history)
    };
    ChildEnd {
        inputs,
        failure: Some(failure),
    }
}

/// Replay one input in a fresh child; returns (kind, key) of its failure, or None.
fn replay(input: &str, hang_ms: u64) -> Option<(String, String)> {
    let path = std::env::temp_dir().join(format!("nabla-fuzz-replay-{}.py", std::process::id()));
    std::fs::write(&path, input).ok()?;
    let mut child = child_command(&[
        ("NABLA_FUZZ_REPLAY", path.display().to_string()),
        (
            "NABLA_FUZZ_INTERRUPT_MS",
            (hang_ms / 10).max(200).to_string(),
        ),
        ("NABLA_FUZZ_HANG_MS", hang_ms.to_string()),
    ])
    .spawn()
    .ok()?;
    let tail = spawn_stderr_reader(&mut child);
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take()?;
    std::thread::spawn(move || read_records(stdout, tx));
    let mut fail = None;
    let deadline = Instant::now() + Duration::from_millis(hang_ms + 10_000);
    loop {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(Rec::Fail(f)) => {
                let mut p = f.splitn(3, '\x1f').map(String::from);
                fail = Some((p.next().unwrap_or_default(), p.next().unwrap_or_default()));
            }
            Ok(_) => {}
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if Instant::now() > deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Some(("hang".into(), "hang".into()));
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    let status = child.wait().ok()?;
    let _ = std::fs::remove_file(&path);
    if fail.is_some() {
        return fail;
    }
    if status.success() {
        return None;
    }
    if status.code() == Some(MEM_EXIT) {
        return Some(("memory".into(), "memory cap".into()));
    }
    Some(("crash".into(), crash_key(&status, &stderr_tail(&tail))))
}

fn split_units(s: &str, level: usize) -> Vec<String> {
    match level {
        0 => s.split_inclusive('\n').map(String::from).collect(),
        1 => tokens(s),
        _ => s.chars().map(|c| c.to_string()).collect(),
    }
}

/// Greedy delta debugging: drop chunks of lines, then tokens, then characters, while the failure persists.
fn minimize(input: &str, kind: &str, key: &str, hang_ms: u64, budget: Duration) -> String {
    let start = Instant::now();
    let same = |cand: &str| -> bool {
        match replay(cand, hang_ms) {
            Some((k, y)) => k == kind && (kind == "hang" || kind == "memory" || y == key),
            None => false,
        }
    };
    let mut cur = input.to_string();
    for level in 0..3 {
        let mut units = split_units(&cur, level);
        if level == 2 && units.len() > 400 {
            break;
        }
        let mut chunk = (units.len() / 2).max(1);
        loop {
            let mut changed = false;
            let mut i = 0;
            while i < units.len() {
                if start.elapsed() > budget {
                    return units.concat();
                }
                let mut cand = units.clone();
                cand.drain(i..(i + chunk).min(units.len()));
                if !cand.is_empty() && same(&cand.concat()) {
                    units = cand;
                    changed = true;
                } else {
                    i += chunk;
                }
            }
            if !changed {
                if chunk == 1 {
                    break;
                }
                chunk /= 2;
            }
        }
        cur = units.concat();
    }
    cur
}

/// An input for the log: escaped, and cut in the middle when long.
fn show(input: &str) -> String {
    let n = input.chars().count();
    if n <= 600 {
        return format!("{input:?}");
    }
    let head: String = input.chars().take(300).collect();
    let tail: String = input.chars().skip(n - 150).collect();
    format!("{head:?} ...[{n} chars in all]... {tail:?}")
}

struct Finding {
    kind: String,
    key: String,
    msg: String,
    input: String,
    minimal: String,
    seed: u64,
    count: usize,
}

fn parent_main() {
    let secs = env_u64("NABLA_FUZZ_SECS", 15);
    let clock = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let base_seed = env_u64("NABLA_FUZZ_SEED", clock % 1_000_000_007);
    let keep_going = std::env::var("NABLA_FUZZ_KEEP_GOING")
        .map(|v| v == "1")
        .unwrap_or(false);
    let hang_ms = env_u64("NABLA_FUZZ_HANG_MS", 20000);
    child_exe();
    println!("fuzz: seed {base_seed}, {secs} s budget (NABLA_FUZZ_SEED={base_seed} NABLA_FUZZ_SECS={secs} to repeat)");
    let start = Instant::now();
    let mut total = 0u64;
    let mut failed = 0u64;
    let mut findings: Vec<Finding> = Vec::new();
    let mut round = 0u64;
    // The budget counts time spent fuzzing; shrinking failures comes on top.
    let mut fuzz_time = Duration::ZERO;
    loop {
        let elapsed = fuzz_time.as_secs();
        if elapsed >= secs {
            break;
        }
        let seed = base_seed.wrapping_add(round.wrapping_mul(0x9E37_79B9));
        if round > 0 {
            println!("fuzz: restarting with seed {seed}");
        }
        round += 1;
        let t0 = Instant::now();
        let end = run_child(seed, secs - elapsed, hang_ms);
        fuzz_time += t0.elapsed();
        total += end.inputs;
        let Some((kind, key, msg, input, history)) = end.failure else {
            continue;
        };
        let is_warning = kind == "memory";
        if !is_warning {
            failed += 1;
        }
        if let Some(f) = findings.iter_mut().find(|f| f.kind == kind && f.key == key) {
            f.count += 1;
            println!("fuzz: {kind} again ({key}), input {}", show(&input));
            if f.input.len() > input.len() {
                f.input = input;
            }
        } else {
            println!(
                "fuzz: FOUND {kind}: {msg}\nfuzz: input (seed {seed}): {:?}",
                input
            );
            // Shrink: the input alone, or else the most recent inputs of the same session.
            let budget = Duration::from_secs(if kind == "hang" { 180 } else { 60 });
            let shrink_hang = if kind == "hang" { 5000 } else { hang_ms };
            let mut minimal = String::from("<not reproducible in a fresh session>");
            let mut candidates = vec![input.clone()];
            candidates.extend(history.iter().rev().take(20).cloned());
            for cand in candidates {
                let got = replay(&cand, shrink_hang);
                let hit = match &got {
                    Some((k, y)) => *k == kind && (kind != "panic" || *y == key),
                    None => false,
                };
                if hit {
                    // Huge inputs (deep nesting) are shown cut instead: shrinking them char by char is hopeless.
                    minimal = if cand.len() > 20_000 {
                        cand
                    } else {
                        minimize(&cand, &kind, &key, shrink_hang, budget)
                    };
                    break;
                }
            }
            println!(
                "fuzz: minimized {kind} input: {:?}\n----- begin -----\n{}\n----- end -----",
                minimal, minimal
            );
            findings.push(Finding {
                kind,
                key,
                msg,
                input,
                minimal,
                seed,
                count: 1,
            });
        }
        if !keep_going && !is_warning {
            break;
        }
    }
    println!(
        "fuzz: {:.0} s fuzzing ({:.0} s wall), {total} inputs ({:.0}/s)",
        fuzz_time.as_secs_f64(),
        start.elapsed().as_secs_f64(),
        total as f64 / fuzz_time.as_secs_f64().max(0.001)
    );
    for f in &findings {
        println!(
            "fuzz: {} x{} [{}] seed {}: {}\n  minimal: {}\n  shortest input: {}",
            f.kind,
            f.count,
            f.key,
            f.seed,
            f.msg.lines().next().unwrap_or(""),
            show(&f.minimal),
            show(&f.input)
        );
    }
    if child_exe().starts_with(std::env::temp_dir()) {
        let _ = std::fs::remove_file(child_exe());
    }
    println!("fuzz: {} passed, {failed} failed", total - failed);
    if failed > 0 {
        std::process::exit(1);
    }
}

fn inprocess_main() {
    // Same loop as a child, without crash protection; failures end the run.
    INPROC.store(true, Ordering::Relaxed);
    if std::env::var("NABLA_FUZZ_SEED").is_err() {
        let clock = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        std::env::set_var("NABLA_FUZZ_SEED", (clock % 1_000_000_007).to_string());
    }
    println!("fuzz: in-process, seed {}", env_u64("NABLA_FUZZ_SEED", 1));
    child_main();
}

/// `NABLA_FUZZ_DUMP=N`: print N generated inputs with their outcome (to eyeball the generators).
fn dump_main(n: u64) {
    install_panic_hook();
    let interrupt = Arc::new(AtomicBool::new(false));
    spawn_watchdog(interrupt.clone(), 2000, 20000);
    let corpus: Vec<String> = load_corpus()
        .into_iter()
        .filter(|t| !forbidden(t))
        .collect();
    let mut r = Rng(env_u64("NABLA_FUZZ_SEED", 1));
    let only = std::env::var("NABLA_FUZZ_SOURCE").ok();
    let mut session = new_session(&interrupt);
    let mut shown = 0;
    while shown < n {
        let (src, input) = generate(&mut r, &corpus);
        if only.as_deref().is_some_and(|o| o != SOURCE_NAMES[src]) || forbidden(&input) {
            continue;
        }
        shown += 1;
        if std::env::var("NABLA_FUZZ_DUMP_FIRST").is_ok() {
            let _ = std::fs::write("/tmp/nabla-fuzz-dump-current.py", &input);
        }
        let t = Instant::now();
        let o = run_one(&mut session, &input, false, &interrupt);
        let what = match o {
            Outcome::Ok => "ok".to_string(),
            Outcome::Syntax => "syntax error".into(),
            Outcome::Exception => "exception".into(),
            Outcome::Exit => "exit".into(),
            Outcome::Panic(_, m) => format!("PANIC {m}"),
        };
        let shown_input: String = input.chars().take(20000).collect();
        println!(
            "=== {} ({what}, {:?}) ===\n{shown_input}",
            SOURCE_NAMES[src],
            t.elapsed()
        );
    }
}

fn main() {
    if let Ok(n) = std::env::var("NABLA_FUZZ_DUMP") {
        let n = n.parse().unwrap_or(20);
        let h = std::thread::Builder::new()
            .stack_size(512 << 20)
            .spawn(move || dump_main(n));
        let _ = h.map(|h| h.join());
        return;
    }
    let child = std::env::var("NABLA_FUZZ_CHILD").is_ok();
    let inprocess = std::env::var("NABLA_FUZZ_INPROCESS")
        .map(|v| v == "1")
        .unwrap_or(false);
    // Deep (but limited) recursion must raise RecursionError, not overflow: give the interpreter the same
    // 512 MiB stack as the real binary.
    let h = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            if child {
                child_main()
            } else if inprocess {
                inprocess_main()
            } else {
                parent_main()
            }
        })
        .expect("spawn fuzz thread");
    if h.join().is_err() {
        std::process::exit(70);
    }
}
