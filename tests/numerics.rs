//! Differential tests: thousands of numeric and formatting cases run through coroviz's runtime
//! functions and through `python3` (3.11), compared line by line. Without a Python 3.11 on PATH
//! each test prints `skipped: ...` and checks nothing else.

// Exact float literals (and near-π values) are the point of these tests.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use std::io::Write;
use std::process::{Command, Stdio};

use coroviz::runtime::numeric::format::{
    float_repr, format_float, format_int, format_str, parse_format_spec, percent_format,
    str_format, str_repr, Conversion, FieldAccessor, FieldResolver, PercentArg, PercentArgRef,
    PercentOperand,
};
use coroviz::runtime::numeric::num::{self, PyErr, PyResult};
use coroviz::runtime::numeric::random::Random;
use num_bigint::BigInt;

/// Helpers every generated script starts with: `F(bits)` rebuilds a float, `out(f)` prints
/// `f()`'s string (or `repr` of a non-string) or its exception as `Kind: message`, as JSON.
const PRELUDE: &str = r#"
import json, math, random, struct, sys
def F(bits):
    return struct.unpack('<d', struct.pack('<Q', bits))[0]
def out(f):
    try:
        r = f()
        if isinstance(r, complex):
            r = 'complex'
        elif not isinstance(r, str):
            r = repr(r)
    except Exception as e:
        m = str(e)
        r = type(e).__name__ + (': ' + m if m else '')
    print(json.dumps(r))
"#;

/// Run `PRELUDE + body` under python3 and return its output lines, or `None` (after printing
/// why) when no Python 3.11 is available.
fn python(body: &str) -> Option<Vec<String>> {
    let version = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output();
    match version {
        Err(_) => {
            println!("skipped: python3 not found");
            return None;
        }
        Ok(o) if String::from_utf8_lossy(&o.stdout).trim() != "True" => {
            println!("skipped: python3 is not Python 3.11");
            return None;
        }
        Ok(_) => {}
    }
    let mut child = Command::new("python3")
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn python3");
    let script = format!("{PRELUDE}\n{body}");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write script");
    let output = child.wait_with_output().expect("python3 output");
    assert!(
        output.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("utf-8 output");
    Some(
        text.lines()
            .map(|l| serde_json::from_str::<String>(l).expect("json line"))
            .collect(),
    )
}

/// Compare our results with Python's, reporting the first few mismatches with their case labels.
fn compare(ours: &[(String, String)], theirs: &[String]) {
    assert_eq!(ours.len(), theirs.len(), "case count differs");
    let bad: Vec<String> = ours
        .iter()
        .zip(theirs)
        .filter(|((_, mine), python)| mine != *python)
        .map(|((case, mine), python)| format!("{case}: coroviz {mine:?} != python {python:?}"))
        .collect();
    assert!(
        bad.is_empty(),
        "{} of {} cases differ:\n{}",
        bad.len(),
        ours.len(),
        bad.iter().take(25).cloned().collect::<Vec<_>>().join("\n")
    );
    println!("{} cases agree with CPython", ours.len());
}

fn shown<T>(r: PyResult<T>, f: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => f(v),
        Err(e) => e.to_string(),
    }
}

/// A small deterministic generator for test inputs (xorshift64*).
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// Floats from every corner: raw bit patterns, short decimals, binary fractions, specials.
    fn floats(&mut self, n: usize) -> Vec<f64> {
        let mut xs = vec![
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            5e-324,
            f64::MAX,
            1e16,
            1e15,
            9.5,
            0.5,
            1.5,
            2.5,
            2.675,
            1e-5,
            0.0001,
            123456789012345.6,
            0.30000000000000004,
            1e22,
            9.999999999999999e22,
            -1234.5,
            0.05,
            0.15,
            0.25,
            1e-300,
        ];
        while xs.len() < n {
            let sign = if self.below(2) == 0 { 1.0 } else { -1.0 };
            let x = match self.below(4) {
                0 => f64::from_bits(self.next()),
                1 => self.below(10_000_000) as f64 / 10f64.powi(self.below(9) as i32),
                2 => self.below(100_000) as f64 / f64::from(1u32 << self.below(12)),
                _ => (self.below(1 << 53) as f64) * 10f64.powi(self.below(40) as i32 - 20),
            };
            if x.is_finite() {
                xs.push(sign * x);
            }
        }
        xs
    }
    fn ints(&mut self, n: usize) -> Vec<BigInt> {
        let mut v: Vec<BigInt> = [
            "0",
            "1",
            "-1",
            "9223372036854775807",
            "-9223372036854775808",
            "9007199254740993",
            "65",
            "1114112",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        while v.len() < n {
            let sign = if self.below(2) == 0 { 1 } else { -1 };
            let x: BigInt = match self.below(3) {
                0 => BigInt::from(self.below(2000)),
                1 => BigInt::from(self.next() >> self.below(64)),
                _ => (0..=self.below(8)).fold(BigInt::from(1), |acc, _| {
                    acc * BigInt::from(self.next()) + 7
                }),
            };
            v.push(x * sign);
        }
        v
    }
}

fn py_float(x: f64) -> String {
    format!("F({})", x.to_bits())
}

fn py_list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    format!("[{}]", items.iter().map(f).collect::<Vec<_>>().join(", "))
}

fn py_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

const FLOAT_SPECS: &[&str] = &[
    "",
    "f",
    ".0f",
    ".1f",
    ".2f",
    ".3f",
    ".10f",
    "e",
    ".0e",
    ".3e",
    "E",
    "g",
    ".0g",
    ".1g",
    ".3g",
    ".10g",
    ".17g",
    "G",
    "#g",
    "#.3g",
    "n",
    "%",
    ".1%",
    ".3",
    ".1",
    ".12",
    "#",
    "+",
    " ",
    "z",
    "z.1f",
    "+.2e",
    "10",
    "<10",
    "^12.3f",
    "=+12.2f",
    "012.3f",
    "0=12,.2f",
    "*^15,.1f",
    ",",
    "_",
    ",.3f",
    "_.2e",
    "15,g",
    "020,.4g",
    "-#20.5e",
    ">+#9.0f",
    "x<8.2%",
    "#.0e",
    "z+08.2f",
    "d",
    "s",
    "c",
    ".2147483648f",
    "5.5.5",
    ",_",
    "_n",
    "=^",
    "\u{e9}<9",
    "0>7.1F",
];

#[test]
fn float_formatting_matches_cpython() {
    let xs = Gen(7).floats(300);
    let body = format!(
        "XS = {}\nSPECS = {}\nfor x in XS:\n    out(lambda: repr(x))\n    for s in SPECS:\n        out(lambda: format(x, s))\n",
        py_list(&xs, |&x| py_float(x)),
        py_list(FLOAT_SPECS, |s| py_str(s))
    );
    let Some(theirs) = python(&body) else { return };
    let mut ours = Vec::new();
    for &x in &xs {
        ours.push((format!("repr({x:e})"), float_repr(x)));
        for spec in FLOAT_SPECS {
            let r = parse_format_spec(spec, "float").and_then(|s| format_float(x, &s));
            ours.push((format!("format({x:e}, {spec:?})"), shown(r, |s| s)));
        }
    }
    compare(&ours, &theirs);
}

const INT_SPECS: &[&str] = &[
    "", "d", "5d", "<5", "^9", "=+9", "+", " ", "-", ",", "_", "010,", "x", "X", "#x", "#X", "o",
    "#o", "b", "#b", "_b", "#_x", "020_X", "c", "n", "e", ".2f", "%", "g", "s", ".2", "z", "#c",
    "+c", "08", "0=8", "x^+#15_x", ",x", "_o", "012_d", "<05", "-^#20,", " 30_", ",c", "E",
];

#[test]
fn int_formatting_matches_cpython() {
    let vs = Gen(11).ints(250);
    let body = format!(
        "VS = {}\nSPECS = {}\nfor v in VS:\n    for s in SPECS:\n        out(lambda: format(v, s))\n    out(lambda: '%d|%5i|%-6u|%x|%#X|%o|%#o|%+.3d|% 08d|%#08x|%e|%c' % (v, v, v, v, v, v, v, v, v, v, v, v))\n",
        py_list(&vs, |v| v.to_string()),
        py_list(INT_SPECS, |s| py_str(s))
    );
    let Some(theirs) = python(&body) else { return };
    let mut ours = Vec::new();
    for v in &vs {
        for spec in INT_SPECS {
            let r = parse_format_spec(spec, "int").and_then(|s| format_int(v, &s, "int"));
            ours.push((format!("format({v}, {spec:?})"), shown(r, |s| s)));
        }
        let args: Vec<Val> = (0..12).map(|_| Val::Int(v.clone())).collect();
        let mut operand = Operand::new(Val::Tuple(args));
        let r = percent_format(
            "%d|%5i|%-6u|%x|%#X|%o|%#o|%+.3d|% 08d|%#08x|%e|%c",
            &mut operand,
        )
        .map_err(|e| e.0);
        ours.push((format!("percent({v})"), r.unwrap_or_else(|e| e)));
    }
    compare(&ours, &theirs);
}

#[test]
fn str_formatting_matches_cpython() {
    let strs = [
        "",
        "a",
        "hello",
        "h\u{e9}llo w\u{f6}rld",
        "\u{65e5}\u{672c}\u{8a9e}",
        "tab\there",
    ];
    let specs = [
        "",
        "s",
        "5",
        "<5",
        ">5",
        "^6",
        "*^7",
        ".2",
        "10.3",
        "x>8.1s",
        "05",
        "=5",
        "+",
        " ",
        "#",
        "z",
        ",",
        "d",
        "_",
        "0^9",
        ".0",
        "^",
        "\u{263a}^11.4",
    ];
    let body = format!(
        "SS = {}\nSPECS = {}\nfor v in SS:\n    for s in SPECS:\n        out(lambda: format(v, s))\n    out(lambda: '%s|%5s|%-5s|%.2s|%7.3s|%c' % (v, v, v, v, v, v))\n",
        py_list(&strs, |s| py_str(s)),
        py_list(&specs, |s| py_str(s))
    );
    let Some(theirs) = python(&body) else { return };
    let mut ours = Vec::new();
    for v in strs {
        for spec in specs {
            let r = parse_format_spec(spec, "str").and_then(|s| format_str(v, &s));
            ours.push((format!("format({v:?}, {spec:?})"), shown(r, |s| s)));
        }
        let mut operand = Operand::new(Val::Tuple(
            (0..6).map(|_| Val::Str(v.to_string())).collect(),
        ));
        let r = percent_format("%s|%5s|%-5s|%.2s|%7.3s|%c", &mut operand).map_err(|e| e.0);
        ours.push((format!("percent({v:?})"), r.unwrap_or_else(|e| e)));
    }
    compare(&ours, &theirs);
}

#[test]
fn float_arithmetic_and_rounding_match_cpython() {
    let xs = Gen(3).floats(160);
    let ys = Gen(5).floats(160);
    let digits: Vec<i64> = (-5..=12).chain([-400, 400, 323, -308]).collect();
    let script = r#"
for x, y in zip(XS, YS):
    out(lambda: x // y)
    out(lambda: x % y)
    out(lambda: divmod(x, y))
    out(lambda: x / y)
    out(lambda: x ** (y % 7 - 3))
    out(lambda: abs(x) ** y)
    out(lambda: x ** 0.5)
    out(lambda: round(x))
    out(lambda: int(x))
    out(lambda: 'nan-hash' if x != x else hash(x))
    out(lambda: float(repr(x)))
    for n in ND:
        out(lambda: round(x, n))
"#;
    let body = format!(
        "XS = {}\nYS = {}\nND = {:?}\n{script}",
        py_list(&xs, |&x| py_float(x)),
        py_list(&ys, |&x| py_float(x)),
        digits
    );
    let Some(theirs) = python(&body) else { return };
    let f = |r: PyResult<f64>| match r {
        Err(e) if e.msg.starts_with("complex numbers") => "complex".to_string(),
        r => shown(r, float_repr),
    };
    let mut ours = Vec::new();
    for (&x, &y) in xs.iter().zip(&ys) {
        let case = |op: &str| format!("{op}({x:e}, {y:e})");
        ours.push((case("//"), f(num::float_floordiv(x, y))));
        ours.push((case("%"), f(num::float_mod(x, y))));
        ours.push((
            case("divmod"),
            shown(num::float_divmod(x, y), |(q, r)| {
                format!("({}, {})", float_repr(q), float_repr(r))
            }),
        ));
        ours.push((case("/"), f(num::float_truediv(x, y))));
        let exp = num::float_mod(y, 7.0).map(|m| m - 3.0).unwrap_or(f64::NAN);
        ours.push((case("**int"), f(num::float_pow(x, exp))));
        ours.push((case("**"), f(num::float_pow(x.abs(), y))));
        ours.push((case("sqrt"), f(num::float_pow(x, 0.5))));
        ours.push((
            case("round"),
            shown(num::float_round_to_int(x), |v| v.to_string()),
        ));
        ours.push((case("int"), shown(num::f64_to_int(x), |v| v.to_string())));
        // CPython hashes NaN by identity; the script prints a placeholder.
        ours.push((
            case("hash"),
            num::hash_f64(x).map_or("nan-hash".to_string(), |h| h.to_string()),
        ));
        ours.push((case("float(repr)"), f(num::parse_float(&float_repr(x)))));
        for &n in &digits {
            ours.push((format!("round({x:e}, {n})"), f(num::float_round(x, n))));
        }
    }
    compare(&ours, &theirs);
}

#[test]
fn int_arithmetic_matches_cpython() {
    let mut g = Gen(13);
    let a = g.ints(200);
    let b = g.ints(200);
    let xs = g.floats(200);
    let script = r#"
for a, b, x in zip(AS, BS, XS):
    out(lambda: a // b)
    out(lambda: a % b)
    out(lambda: divmod(a, b))
    out(lambda: a / b)
    out(lambda: a ** (b % 9 - 4))
    out(lambda: pow(a, b % 50 - 10, b))
    out(lambda: a << (b % 70))
    out(lambda: a >> (b % 70))
    out(lambda: (a & b, a | b, a ^ b, ~a, a.bit_length()))
    out(lambda: [round(a, n) for n in (-1, -2, -5, -19, -40, 3)])
    out(lambda: float(a))
    out(lambda: (a < x, a == x, a > x))
    out(lambda: (hash(a), hash(-b)))
    out(lambda: (a * 3 + 1) / (b * 2 + 1) if b else a / 7)
"#;
    let body = format!(
        "AS = {}\nBS = {}\nXS = {}\n{script}",
        py_list(&a, |v| v.to_string()),
        py_list(&b, |v| v.to_string()),
        py_list(&xs, |&x| py_float(x))
    );
    let Some(theirs) = python(&body) else { return };
    let mut ours = Vec::new();
    let t = |b: bool| if b { "True" } else { "False" };
    for ((a, b), &x) in a.iter().zip(&b).zip(&xs) {
        let case = |op: &str| format!("{op}({a}, {b})");
        ours.push((
            case("//"),
            shown(num::int_floordiv(a, b), |v| v.to_string()),
        ));
        ours.push((case("%"), shown(num::int_mod(a, b), |v| v.to_string())));
        ours.push((
            case("divmod"),
            shown(num::int_divmod(a, b), |(q, r)| format!("({q}, {r})")),
        ));
        ours.push((case("/"), shown(num::int_truediv(a, b), float_repr)));
        let exp = num::int_mod(b, &BigInt::from(9)).unwrap() - 4;
        let pow = num::int_pow(a, &exp).map(|p| match p {
            num::IntPow::Int(v) => v.to_string(),
            num::IntPow::Float(f) => float_repr(f),
        });
        ours.push((case("**"), shown(pow, |s| s)));
        let exp = num::int_mod(b, &BigInt::from(50)).unwrap() - 10;
        ours.push((
            case("pow3"),
            shown(num::int_pow_mod(a, &exp, b), |v| v.to_string()),
        ));
        let shift = num::int_mod(b, &BigInt::from(70)).unwrap();
        ours.push((
            case("<<"),
            shown(num::int_lshift(a, &shift), |v| v.to_string()),
        ));
        ours.push((
            case(">>"),
            shown(num::int_rshift(a, &shift), |v| v.to_string()),
        ));
        ours.push((
            case("bits"),
            format!(
                "({}, {}, {}, {}, {})",
                num::int_and(a, b),
                num::int_or(a, b),
                num::int_xor(a, b),
                num::int_invert(a),
                num::int_bit_length(a)
            ),
        ));
        let rounded: Vec<String> = [-1, -2, -5, -19, -40, 3]
            .iter()
            .map(|&n| num::int_round(a, n).to_string())
            .collect();
        ours.push((case("round"), format!("[{}]", rounded.join(", "))));
        ours.push((case("float"), shown(num::int_to_f64(a), float_repr)));
        let cmp = num::cmp_int_float(a, x);
        let lt = cmp == Some(std::cmp::Ordering::Less);
        let eq = cmp == Some(std::cmp::Ordering::Equal);
        let gt = cmp == Some(std::cmp::Ordering::Greater);
        ours.push((
            format!("cmp({a}, {x:e})"),
            format!("({}, {}, {})", t(lt), t(eq), t(gt)),
        ));
        ours.push((
            case("hash"),
            format!("({}, {})", num::hash_int(a), num::hash_int(&-b)),
        ));
        let q = if b == &BigInt::from(0) {
            num::int_truediv(a, &BigInt::from(7))
        } else {
            num::int_truediv(&(a * 3 + 1), &(b * 2 + 1))
        };
        ours.push((case("big/"), shown(q, float_repr)));
    }
    compare(&ours, &theirs);
}

#[test]
fn int_and_float_parsing_match_cpython() {
    let texts = [
        "0",
        "-0",
        "+17",
        " 42 ",
        "\t-1_000\n",
        "1__0",
        "_1",
        "1_",
        "0x1f",
        "0X_1F",
        "0o17",
        "0b101",
        "0b",
        "0x",
        "010",
        "00",
        "0_0",
        "ff",
        "FF",
        "z",
        "zz",
        "1e5",
        "1.5",
        "",
        " ",
        "+",
        "-",
        "\u{663}\u{664}",
        "\u{a0}12\u{2003}",
        "12\u{1c}",
        "1\0",
        "0b1",
        "  0x_ff  ",
        "9999999999999999999999999999",
        "-0o777",
        "0o8",
        "1 2",
        "١٢٣",
        "inf",
        "-Infinity",
        "nan",
        "+NaN",
        "in_f",
        ".5",
        "5.",
        ".",
        "e5",
        "1e",
        "1e+",
        "1e_5",
        "1_e5",
        "1e1_0",
        "1_000.25",
        "1._5",
        "1_.5",
        "1.5e-3",
        "-1e400",
        "1e-400",
        "0x10",
        "++1",
        " -iNF ",
        "infinit",
        "1.5\0",
        "\u{661}.\u{665}",
        "3.14159265358979323846264338327950288",
        "123456789012345678901234567890e-10",
    ];
    let bases = [10i64, 0, 2, 8, 16, 36, 1, 37];
    let body = format!(
        "TS = {}\nBASES = {:?}\nfor t in TS:\n    out(lambda: float(t))\n    for b in BASES:\n        out(lambda: int(t, b))\n",
        py_list(&texts, |s| py_str(s)),
        bases
    );
    let Some(theirs) = python(&body) else { return };
    let mut ours = Vec::new();
    for t in texts {
        ours.push((
            format!("float({t:?})"),
            shown(num::parse_float(t), float_repr),
        ));
        for b in bases {
            ours.push((
                format!("int({t:?}, {b})"),
                shown(num::parse_int(t, b), |v| v.to_string()),
            ));
        }
    }
    compare(&ours, &theirs);
}

#[test]
fn str_repr_matches_cpython_on_common_text() {
    let texts = [
        "",
        "a'b",
        "a\"b",
        "a'b\"c",
        "\\",
        "\t\n\r\x0b\x0c\x7f\x00",
        "h\u{e9}llo",
        "\u{a0}\u{ad}\u{2028}\u{200b}\u{feff}",
        "\u{1f600}\u{e000}\u{85}",
    ];
    let body = format!(
        "for t in {}:\n    out(lambda: repr(t))\n",
        py_list(&texts, |s| py_str(s))
    );
    let Some(theirs) = python(&body) else { return };
    let ours: Vec<(String, String)> = texts
        .iter()
        .map(|t| (format!("repr({t:?})"), str_repr(t)))
        .collect();
    compare(&ours, &theirs);
}

// ---------------------------------------------------------------- random

enum Seed {
    Int(&'static str),
    Str(&'static str),
    Float(f64),
}

fn py_seq<T: std::fmt::Display>(items: &[T]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

#[test]
fn random_sequences_match_cpython() {
    let seeds = [
        Seed::Int("0"),
        Seed::Int("1"),
        Seed::Int("42"),
        Seed::Int("-7"),
        Seed::Int("18446744073709551621"),
        Seed::Int("12345678901234567890123"),
        Seed::Str("hello"),
        Seed::Str(""),
        Seed::Str("h\u{e9}llo"),
        Seed::Float(1.5),
        Seed::Float(-2.25),
    ];
    let script = r#"
out(lambda: [random.random() for _ in range(3)])
out(lambda: [random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 200)])
out(lambda: [random.randrange(10), random.randrange(3, 20), random.randrange(3, 20, 4), random.randrange(20, 3, -3), random.randrange(-10, 10, 7)])
out(lambda: [random.randrange(2**70), random.randint(-5, 5), random.randint(0, 2**40), random.randrange(2**64)])
out(lambda: random.choice(range(7)))
out(lambda: (lambda l: (random.shuffle(l), l)[1])(list(range(10))))
out(lambda: [random.sample(range(10), 4), random.sample(range(1000), 10), random.sample(range(100000), 30), random.sample(range(5), 5), random.sample(range(30), 6)])
out(lambda: random.choices(range(9), k=5))
out(lambda: random.choices(range(4), cum_weights=[1.0, 1.5, 4.0, 10.0], k=6))
out(lambda: [random.uniform(-2, 3) for _ in range(3)])
out(lambda: [random.gauss(0, 1) for _ in range(3)] + [random.normalvariate(5, 2) for _ in range(2)])
out(lambda: list(random.randbytes(5)))
out(lambda: [random.randrange(1000) for _ in range(50)])
"#;
    let mut body = String::new();
    for seed in &seeds {
        let lit = match seed {
            Seed::Int(s) => s.to_string(),
            Seed::Str(s) => py_str(s),
            Seed::Float(x) => py_float(*x),
        };
        body.push_str(&format!("random.seed({lit})\n{script}\n"));
    }
    let Some(theirs) = python(&body) else { return };
    let big = |s: &str| s.parse::<BigInt>().unwrap();
    let b = BigInt::from;
    let mut ours = Vec::new();
    for (i, seed) in seeds.iter().enumerate() {
        let mut r = Random::new_seeded_default();
        match seed {
            Seed::Int(s) => r.seed_int(&big(s)),
            Seed::Str(s) => r.seed_str(s),
            Seed::Float(x) => r.seed_float(*x),
        }
        let case = |what: &str| format!("seed#{i} {what}");
        let floats = |v: Vec<f64>| {
            format!(
                "[{}]",
                v.iter()
                    .map(|&x| float_repr(x))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        ours.push((case("random"), floats((0..3).map(|_| r.random()).collect())));
        let bits: Vec<BigInt> = [0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 200]
            .iter()
            .map(|&k| r.getrandbits(k).unwrap())
            .collect();
        ours.push((case("getrandbits"), py_seq(&bits)));
        let ranges = vec![
            r.randrange(&b(10), None, None).unwrap(),
            r.randrange(&b(3), Some(&b(20)), None).unwrap(),
            r.randrange(&b(3), Some(&b(20)), Some(&b(4))).unwrap(),
            r.randrange(&b(20), Some(&b(3)), Some(&b(-3))).unwrap(),
            r.randrange(&b(-10), Some(&b(10)), Some(&b(7))).unwrap(),
        ];
        ours.push((case("randrange"), py_seq(&ranges)));
        let two70 = BigInt::from(1) << 70usize;
        let two40 = BigInt::from(1) << 40usize;
        let two64 = BigInt::from(1) << 64usize;
        let more = vec![
            r.randrange(&two70, None, None).unwrap(),
            r.randint(&b(-5), &b(5)).unwrap(),
            r.randint(&b(0), &two40).unwrap(),
            r.randrange(&two64, None, None).unwrap(),
        ];
        ours.push((case("big randrange"), py_seq(&more)));
        ours.push((case("choice"), r.choice(7).unwrap().to_string()));
        let mut list: Vec<u32> = (0..10).collect();
        r.shuffle(&mut list);
        ours.push((case("shuffle"), py_seq(&list)));
        let samples: Vec<String> = [(10, 4), (1000, 10), (100000, 30), (5, 5), (30, 6)]
            .iter()
            .map(|&(n, k)| py_seq(&r.sample(n, k).unwrap()))
            .collect();
        ours.push((case("sample"), format!("[{}]", samples.join(", "))));
        ours.push((case("choices"), py_seq(&r.choices(9, 5))));
        ours.push((
            case("choices weighted"),
            py_seq(&r.choices_weighted(&[1.0, 1.5, 4.0, 10.0], 6).unwrap()),
        ));
        ours.push((
            case("uniform"),
            floats((0..3).map(|_| r.uniform(-2.0, 3.0)).collect()),
        ));
        let mut normals: Vec<f64> = (0..3).map(|_| r.gauss(0.0, 1.0)).collect();
        normals.extend((0..2).map(|_| r.normalvariate(5.0, 2.0)));
        ours.push((case("gauss"), floats(normals)));
        ours.push((case("randbytes"), py_seq(&r.randbytes(5).unwrap())));
        let many: Vec<BigInt> = (0..50)
            .map(|_| r.randrange(&b(1000), None, None).unwrap())
            .collect();
        ours.push((case("many"), py_seq(&many)));
    }
    compare(&ours, &theirs);
}

// ---------------------------------------------------------------- % and str.format

/// A tiny Python value model for driving `percent_format` and `str_format`.
#[derive(Clone, Debug)]
enum Val {
    Int(BigInt),
    Float(f64),
    Str(String),
    List(Vec<Val>),
    Tuple(Vec<Val>),
    Dict(Vec<(String, Val)>),
}

impl Val {
    fn py(&self) -> String {
        match self {
            Val::Int(v) => v.to_string(),
            Val::Float(x) => py_float(*x),
            Val::Str(s) => py_str(s),
            Val::List(items) => py_list(items, Val::py),
            Val::Tuple(items) => format!(
                "({})",
                items.iter().map(|v| v.py() + ",").collect::<String>()
            ),
            Val::Dict(items) => format!(
                "{{{}}}",
                items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", py_str(k), v.py()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
    fn type_name(&self) -> &'static str {
        match self {
            Val::Int(_) => "int",
            Val::Float(_) => "float",
            Val::Str(_) => "str",
            Val::List(_) => "list",
            Val::Tuple(_) => "tuple",
            Val::Dict(_) => "dict",
        }
    }
    fn repr(&self) -> String {
        match self {
            Val::Str(s) => str_repr(s),
            other => other.str(),
        }
    }
    fn str(&self) -> String {
        match self {
            Val::Int(v) => v.to_string(),
            Val::Float(x) => float_repr(*x),
            Val::Str(s) => s.clone(),
            Val::List(items) => format!(
                "[{}]",
                items.iter().map(Val::repr).collect::<Vec<_>>().join(", ")
            ),
            Val::Tuple(items) if items.len() == 1 => format!("({},)", items[0].repr()),
            Val::Tuple(items) => format!(
                "({})",
                items.iter().map(Val::repr).collect::<Vec<_>>().join(", ")
            ),
            Val::Dict(items) => {
                format!(
                    "{{{}}}",
                    items
                        .iter()
                        .map(|(k, v)| format!("{}: {}", str_repr(k), v.repr()))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        }
    }
}

#[derive(Debug)]
struct TestErr(String);

impl From<PyErr> for TestErr {
    fn from(e: PyErr) -> TestErr {
        TestErr(e.to_string())
    }
}

struct Operand {
    value: Val,
    keyed: Option<Val>,
}

impl Operand {
    fn new(value: Val) -> Operand {
        Operand { value, keyed: None }
    }
}

impl PercentOperand for Operand {
    type Error = TestErr;
    fn tuple_len(&self) -> Option<usize> {
        match &self.value {
            Val::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }
    fn is_mapping(&self) -> bool {
        matches!(self.value, Val::Dict(_) | Val::List(_))
    }
    fn lookup(&mut self, key: &str) -> Result<(), TestErr> {
        let Val::Dict(items) = &self.value else {
            return Err(TestErr(
                "TypeError: list indices must be integers or slices, not str".into(),
            ));
        };
        let found = items.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        self.keyed = Some(found.ok_or_else(|| TestErr(format!("KeyError: {}", str_repr(key))))?);
        Ok(())
    }
    fn view(&mut self, arg: PercentArgRef, conversion: char) -> Result<PercentArg, TestErr> {
        let v = match arg {
            PercentArgRef::Item(i) => match &self.value {
                Val::Tuple(items) => items[i].clone(),
                _ => unreachable!("items only for tuples"),
            },
            PercentArgRef::Whole => self.value.clone(),
            PercentArgRef::Keyed => self.keyed.clone().expect("looked up"),
        };
        Ok(match (conversion, v) {
            ('s', v) => PercentArg::Str(v.str()),
            ('r' | 'a', v) => PercentArg::Str(v.repr()),
            (_, Val::Int(i)) => PercentArg::Int(i),
            (_, Val::Float(x)) => PercentArg::Float(x),
            (_, Val::Str(s)) => PercentArg::Str(s),
            (_, other) => PercentArg::Other(other.type_name().into()),
        })
    }
}

#[test]
fn percent_formatting_matches_cpython() {
    let i = |v: i64| Val::Int(BigInt::from(v));
    let f = Val::Float;
    let s = |t: &str| Val::Str(t.to_string());
    let tuple = Val::Tuple;
    let dict = |items: Vec<(&str, Val)>| {
        Val::Dict(items.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    };
    let cases: Vec<(&str, Val)> = vec![
        (
            "%s %r %d %i %f %.2f %5d %-5s| %x %o %e %g %c %%",
            tuple(vec![
                s("a"),
                s("b"),
                i(3),
                i(-4),
                f(1.5),
                f(2.675),
                i(42),
                s("ab"),
                i(255),
                i(8),
                f(12345.678),
                f(1e-5),
                i(65),
            ]),
        ),
        (
            "%(name)s is %(age)d",
            dict(vec![("name", s("Ann")), ("age", i(30))]),
        ),
        (
            "%*d|%-*d|%.*f|%*.*f",
            tuple(vec![
                i(5),
                i(42),
                i(5),
                i(42),
                i(2),
                f(3.14159),
                i(9),
                i(3),
                f(2.5),
            ]),
        ),
        ("%d", s("x")),
        ("%d %d", tuple(vec![i(1)])),
        ("%d", tuple(vec![i(1), i(2)])),
        ("hello", i(5)),
        ("hello", Val::List(vec![])),
        ("hello", dict(vec![])),
        ("%s", Val::List(vec![i(1), s("x")])),
        ("%s %(a)s", dict(vec![("a", i(1))])),
        ("%(a)s %s", dict(vec![("a", i(1))])),
        ("%(a)s", tuple(vec![i(1)])),
        ("%(missing)s", dict(vec![("a", i(1))])),
        ("%(missing)z", dict(vec![])),
        ("%(a", dict(vec![("a", i(1))])),
        ("%(a)", dict(vec![("a", i(1))])),
        ("%z", tuple(vec![])),
        ("%5z", i(1)),
        ("%\u{e9}", i(1)),
        ("%", tuple(vec![])),
        ("%5", i(1)),
        ("%.", i(1)),
        ("%*", tuple(vec![i(5)])),
        ("%*d", tuple(vec![s("a"), i(1)])),
        ("%5%", tuple(vec![i(1)])),
        ("%c", s("ab")),
        ("%c", f(1.5)),
        ("%c", i(-1)),
        ("%c|%c", tuple(vec![s("\u{e9}"), i(0x263a)])),
        ("%x", f(1.5)),
        ("%d|%i|%u", tuple(vec![f(3.9), f(-3.9), f(1e20)])),
        ("%d", f(f64::INFINITY)),
        ("%f", s("a")),
        ("%e", Val::List(vec![])),
        (
            "%#05o|%#05x|%-05d|%+05d|% 5d|%.5d|%#.5x|%#X|%#o",
            tuple(vec![
                i(8),
                i(255),
                i(3),
                i(3),
                i(-3),
                i(-3),
                i(3),
                i(255),
                i(-8),
            ]),
        ),
        (
            "%F|%E|%+f|%010f|%-010f|",
            tuple(vec![
                f(f64::INFINITY),
                f(f64::NAN),
                f(f64::NAN),
                f(f64::INFINITY),
                f(f64::NEG_INFINITY),
            ]),
        ),
        (
            "%+.0f|%#g|%10.3e|%010.3f|%.0e|%g|%G|%#.0f|%-+12.4g|",
            tuple(vec![
                f(0.5),
                f(1.0),
                f(-12345.678),
                f(-1.5),
                i(12345),
                f(1e16),
                f(1e-20),
                f(2.0),
                f(3.14159),
            ]),
        ),
        (
            "%.3s|%-6.2s|%5c|%hd|%ld|%Lf",
            tuple(vec![s("abcdef"), s("abc"), s("x"), i(3), i(3), f(1.0)]),
        ),
        ("%.2147483648f", f(1.0)),
        ("%99999999999999999999d", i(1)),
        ("%s", tuple(vec![tuple(vec![i(1), i(2)])])),
        ("%r|%a", tuple(vec![s("it's"), s("x")])),
        ("%d", i(-0)),
        ("%5.1s|%-3c|", tuple(vec![f(2.5), i(66)])),
    ];
    let body = format!(
        "CASES = [{}]\nfor t, a in CASES:\n    out(lambda: t % a)\n",
        cases
            .iter()
            .map(|(t, a)| format!("({}, {})", py_str(t), a.py()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let Some(theirs) = python(&body) else { return };
    let ours: Vec<(String, String)> = cases
        .into_iter()
        .map(|(t, a)| {
            let case = format!("{t:?} % {}", a.py());
            let mut operand = Operand::new(a);
            (
                case,
                percent_format(t, &mut operand).unwrap_or_else(|e| e.0),
            )
        })
        .collect();
    compare(&ours, &theirs);
}

struct Args {
    positional: Vec<Val>,
    keywords: Vec<(String, Val)>,
}

impl FieldResolver for Args {
    type Value = Val;
    type Error = TestErr;
    fn positional(&mut self, index: usize) -> Result<Val, TestErr> {
        self.positional.get(index).cloned().ok_or_else(|| {
            TestErr(format!(
                "IndexError: Replacement index {index} out of range for positional args tuple"
            ))
        })
    }
    fn keyword(&mut self, name: &str) -> Result<Val, TestErr> {
        let found = self
            .keywords
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone());
        found.ok_or_else(|| TestErr(format!("KeyError: {}", str_repr(name))))
    }
    fn access(&mut self, value: Val, accessor: FieldAccessor<'_>) -> Result<Val, TestErr> {
        match (accessor, &value) {
            (FieldAccessor::Index(i), Val::List(items) | Val::Tuple(items)) => {
                items.get(i).cloned().ok_or_else(|| {
                    TestErr(format!(
                        "IndexError: {} index out of range",
                        value.type_name()
                    ))
                })
            }
            (FieldAccessor::Index(i), Val::Str(text)) => text
                .chars()
                .nth(i)
                .map(|c| Val::Str(c.to_string()))
                .ok_or_else(|| TestErr("IndexError: string index out of range".into())),
            (FieldAccessor::Index(i), Val::Dict(_)) => Err(TestErr(format!("KeyError: {i}"))),
            (FieldAccessor::Key(k), Val::Dict(items)) => items
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| TestErr(format!("KeyError: {}", str_repr(k)))),
            (FieldAccessor::Attr(a), v) => Err(TestErr(format!(
                "AttributeError: '{}' object has no attribute '{a}'",
                v.type_name()
            ))),
            (_, v) => Err(TestErr(format!(
                "TypeError: '{}' object is not subscriptable",
                v.type_name()
            ))),
        }
    }
    fn convert(&mut self, value: Val, conversion: Conversion) -> Result<Val, TestErr> {
        Ok(Val::Str(match conversion {
            Conversion::Str => value.str(),
            Conversion::Repr | Conversion::Ascii => value.repr(),
        }))
    }
    fn format(&mut self, value: Val, spec: &str) -> Result<String, TestErr> {
        let spec_for = |type_name: &str| parse_format_spec(spec, type_name);
        Ok(match &value {
            Val::Int(v) => format_int(v, &spec_for("int")?, "int")?,
            Val::Float(x) => format_float(*x, &spec_for("float")?)?,
            Val::Str(s) => format_str(s, &spec_for("str")?)?,
            other if spec.is_empty() => other.str(),
            other => {
                return Err(TestErr(format!(
                    "TypeError: unsupported format string passed to {}.__format__",
                    other.type_name()
                )))
            }
        })
    }
}

#[test]
fn str_format_matches_cpython() {
    let i = |v: i64| Val::Int(BigInt::from(v));
    let s = |t: &str| Val::Str(t.to_string());
    let positional = vec![
        i(42),
        Val::Float(3.14159),
        s("abc"),
        Val::List(vec![i(10), i(20), s("x")]),
        i(7),
    ];
    let keywords = vec![
        ("w".to_string(), i(8)),
        ("name".to_string(), s("Bob")),
        (
            "d".to_string(),
            Val::Dict(vec![("k".to_string(), i(5)), ("0".to_string(), s("zero"))]),
        ),
        ("p".to_string(), i(3)),
    ];
    let templates = [
        "{} {} {}",
        "{0} {1} {0}",
        "{name} is {0}",
        "{3[0]} {3[2]} {d[k]}",
        "{d[0]}",
        "{{}} {{{0}}}",
        "{!r} {!s:>6}",
        "{:>5}|{:<8.2f}|{:^7}",
        "{0:{w}}|{1:{w}.{p}f}",
        "{:{}}",
        "{0:{1}}",
        "{:{:{}}}",
        "{0} {}",
        "{} {0}",
        "{",
        "}",
        "a}b",
        "{0!x}",
        "{0!rr}",
        "{0[}",
        "{0.}",
        "{0.nope}",
        "{!r",
        "{0:",
        "{3[0]x}",
        "{3[9]}",
        "{9}",
        "{nope}",
        "{0!}",
        "{0{}",
        "{!",
        "{99999999999999999999}",
        "{:d}",
        "{1:d}",
        "{2:>{w}}|{2:*^{w}}",
        "{0:,}|{0:_b}|{0:#x}|{1:%}|{1:e}",
        "x}}y{{z",
        "{d!r}",
        "{3}",
        "{3:>5}",
        "{0:+{w},}",
        "{name[0]}",
        "{1:.{p}}",
    ];
    let kw_py = format!(
        "{{{}}}",
        keywords
            .iter()
            .map(|(k, v)| format!("{}: {}", py_str(k), v.py()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let body = format!(
        "ARGS = {}\nKW = {}\nfor t in {}:\n    out(lambda: t.format(*ARGS, **KW))\n",
        py_list(&positional, Val::py),
        kw_py,
        py_list(&templates, |t| py_str(t))
    );
    let Some(theirs) = python(&body) else { return };
    let ours: Vec<(String, String)> = templates
        .iter()
        .map(|t| {
            let mut args = Args {
                positional: positional.clone(),
                keywords: keywords.clone(),
            };
            (
                format!("{t:?}.format(...)"),
                str_format(t, &mut args).unwrap_or_else(|e| e.0),
            )
        })
        .collect();
    compare(&ours, &theirs);
}
