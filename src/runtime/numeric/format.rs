//! Python 3.11 text formatting: `repr(float)`, `format()` specs, `%`-formatting, `str.format`.
//!
//! Each part is a port of the CPython function named in its comments, so that error messages
//! and their order match. Who does what with `%` and `str.format`: this module parses and
//! renders; the VM answers lookups and conversions through [`PercentOperand`] and
//! [`FieldResolver`] (it alone can call `__str__`, `__getitem__`, `__format__`).

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::numeric::num::{
    f64_to_int, int_to_decimal, int_to_f64, is_py_space, unicode_decimal, PyErr, PyResult,
};

/// Widths and precisions above this are refused with `MemoryError` (CPython would allocate them).
pub const MAX_FORMAT_WIDTH: usize = 100_000_000;

// ---------------------------------------------------------------- float to text

/// How many digits `_Py_dg_dtoa` produces.
#[derive(Clone, Copy)]
enum DigitMode {
    /// Mode 0: the shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits.
    Significant(usize),
    /// Mode 3: this many digits after the point.
    Fixed(usize),
}

/// Decimal digits of a finite `x >= 0` (no trailing zeros; `"0"` for zero) and the position of
/// the point: `x ≈ 0.DIGITS * 10**decpt`. Rust's float formatting is exact and rounds half-even,
/// as `_Py_dg_dtoa` does.
fn decimal_digits(x: f64, mode: DigitMode) -> (String, i64) {
    let text = match mode {
        DigitMode::Shortest => format!("{x:e}"),
        DigitMode::Significant(n) => format!("{:.*e}", n.max(1) - 1, x),
        DigitMode::Fixed(n) => format!("{x:.n$}"),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int_part}{frac_part}");
    let trimmed = all.trim_start_matches('0');
    if trimmed.is_empty() {
        return ("0".to_string(), 1);
    }
    let decpt = int_part.len() as i64 + exp - (all.len() - trimmed.len()) as i64;
    let digits = trimmed.trim_end_matches('0').to_string();
    if let DigitMode::Shortest = mode {
        return (even_on_tie(digits, decpt, x), decpt);
    }
    (digits, decpt)
}

/// Rust's shortest digits round an exact tie up; `_Py_dg_dtoa` keeps the even neighbour when
/// both neighbours round-trip and `x` lies exactly between them (`1421615859992701.25`
/// prints as `…701.2`).
fn even_on_tie(digits: String, decpt: i64, x: f64) -> String {
    use num_traits::Pow;
    let last = digits.as_bytes()[digits.len() - 1] - b'0';
    if last.is_multiple_of(2) || digits.len() < 2 {
        return digits;
    }
    let n = digits.len() as i64;
    let d: BigInt = digits.parse().expect("digits");
    for delta in [-1i64, 1] {
        let c = &d + delta;
        let cs = c.to_string();
        if cs.len() != digits.len() {
            continue;
        }
        if format!("0.{cs}e{decpt}").parse::<f64>() != Ok(x) {
            continue;
        }
        // Tie iff 2x == (d + c) * 10^k, with x = m * 2^q exactly.
        let bits = x.to_bits();
        let raw_exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (m, q) = if raw_exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), raw_exp - 1075)
        };
        let k = decpt - n;
        let mut lhs = BigInt::from(m) * 2u32;
        let mut rhs = &d + &c;
        if q >= 0 {
            lhs <<= q as usize;
        } else {
            rhs <<= (-q) as usize;
        }
        let ten = BigInt::from(10u32);
        if k >= 0 {
            rhs *= Pow::pow(&ten, k as u32);
        } else {
            lhs *= Pow::pow(&ten, (-k) as u32);
        }
        if lhs == rhs {
            return cs;
        }
    }
    digits
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    /// `Py_DTSF_ADD_DOT_0`: integers keep a `.0`.
    add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` flag.
    alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` flag.
    no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string` + `format_float_short`; `code` is one of `eEfFgGr`.
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let mut out = String::new();
    if !x.is_finite() {
        if negative {
            out.push('-');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let (mode, precision) = match code {
        'e' => (DigitMode::Significant(precision + 1), precision + 1),
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => (DigitMode::Significant(precision.max(1)), precision.max(1)),
        _ => (DigitMode::Shortest, 0),
    };
    let (digits, mut decpt) = decimal_digits(x.abs(), mode);
    if flags.no_neg_0 && negative && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let p = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = p;
        }
        'f' => vdigits_end = decpt + p,
        'g' => {
            if decpt <= -4 || decpt > if flags.add_dot_0 { p - 1 } else { p } {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = p;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

/// `repr(x)` and `str(x)` for a float: shortest round-trip digits, exponent form below 1e-4
/// and from 1e16 on.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

// ---------------------------------------------------------------- str repr

/// An approximation of `str.isprintable()` for non-ASCII characters: controls, separators other
/// than the space, format characters, private use and noncharacters are unprintable; unassigned
/// code points (which need Unicode tables) count as printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    let format_char = matches!(
        u,
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x890..=0x891
            | 0x8E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x13438
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    );
    let private_or_nonchar = (0xE000..=0xF8FF).contains(&u)
        || u >= 0xF0000
        || (0xFDD0..=0xFDEF).contains(&u)
        || u & 0xFFFE == 0xFFFE;
    !(c.is_control() || (c != ' ' && is_py_space(c)) || format_char || private_or_nonchar)
}

/// `repr(s)` for a str (see [`is_printable`] for the one approximation).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c < ' ' || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------- format spec

/// Alignment in a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign and the digits.
    AfterSign,
}

/// The sign option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignOption {
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// ` `
    Space,
}

/// The thousands separator option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`; fields not
/// given are `None`/`false`. Defaults that depend on the value's type are applied when formatting.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character; only ever given together with `align`.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<SignOption>,
    /// `z`: negative zero formats as zero (floats only).
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// `0` before the width: fill with zeros (after the sign, for numbers).
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type: any character, checked against the value's type when formatting.
    pub ty: Option<char>,
}

impl FormatSpec {
    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' })
    }

    /// The alignment, given the type's default (`Right` for numbers, `Left` for str).
    fn align_or(&self, default: Align) -> Align {
        self.align
            .unwrap_or(if self.zero_pad && default == Align::Right {
                Align::AfterSign
            } else {
                default
            })
    }
}

/// How CPython shows a type code in messages: the character if printable ASCII, else `\xNN`.
fn code_display(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(c: char, type_name: &str) -> PyErr {
    PyErr::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_display(c)
    ))
}

/// `get_integer` of formatter_unicode.c: a run of decimal digits, `None` if there is none.
fn spec_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|&c| unicode_decimal(c)) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= i64::MAX as usize);
        value = Some(next.ok_or_else(|| PyErr::value("Too many decimal digits in format string"))?);
        *pos += 1;
    }
    Ok(value)
}

/// Parse a format spec as CPython's `parse_internal_render_format_spec`; `type_name` (`"int"`,
/// `"float"`, `"str"`, ...) only appears in the error for trailing garbage.
pub fn parse_format_spec(text: &str, type_name: &str) -> PyResult<FormatSpec> {
    let chars: Vec<char> = text.chars().collect();
    let end = chars.len();
    let mut spec = FormatSpec::default();
    let mut pos = 0;
    let align_of = |c: char| match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    };
    if let Some(align) = chars.get(1).and_then(|&c| align_of(c)) {
        spec.fill = Some(chars[0]);
        spec.align = Some(align);
        pos = 2;
    } else if let Some(align) = chars.first().and_then(|&c| align_of(c)) {
        spec.align = Some(align);
        pos = 1;
    }
    spec.sign = match chars.get(pos) {
        Some('+') => Some(SignOption::Plus),
        Some('-') => Some(SignOption::Minus),
        Some(' ') => Some(SignOption::Space),
        _ => None,
    };
    if spec.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        spec.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        spec.alternate = true;
        pos += 1;
    }
    if spec.fill.is_none() && chars.get(pos) == Some(&'0') {
        spec.zero_pad = true;
        pos += 1;
    }
    spec.width = spec_integer(&chars, &mut pos)?;
    let both = || PyErr::value("Cannot specify both ',' and '_'.");
    if chars.get(pos) == Some(&',') {
        spec.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if spec.grouping.is_some() {
            return Err(both());
        }
        spec.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && spec.grouping == Some(Grouping::Underscore) {
        return Err(both());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        spec.precision = spec_integer(&chars, &mut pos)?;
        if spec.precision.is_none() {
            return Err(PyErr::value("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(PyErr::value(format!(
            "Invalid format specifier '{text}' for object of type '{type_name}'"
        )));
    }
    spec.ty = chars.get(pos).copied();
    Ok(spec)
}

/// The grouping check CPython does at the end of parsing, with the type's default code
/// (`None` for float): the group size and separator, if any.
fn check_grouping(spec: &FormatSpec, ty: Option<char>) -> PyResult<Option<(usize, char)>> {
    let Some(grouping) = spec.grouping else {
        return Ok(None);
    };
    let sep = match grouping {
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(Some((3, sep))),
        Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => Ok(Some((4, '_'))),
        Some(c) => Err(PyErr::value(format!(
            "Cannot specify '{sep}' with '{}'.",
            code_display(c)
        ))),
    }
}

fn check_sizes(spec: &FormatSpec) -> PyResult<()> {
    if spec.width.unwrap_or(0) > MAX_FORMAT_WIDTH {
        return Err(PyErr::new(
            crate::runtime::numeric::num::PyErrKind::MemoryError,
            "",
        ));
    }
    Ok(())
}

/// `_PyUnicode_InsertThousandsGrouping`: group ASCII `digits` from the right, padding with
/// leading zeros (inside the groups) up to `min_width` characters.
fn insert_grouping(digits: &str, grouping: Option<(usize, char)>, min_width: i64) -> String {
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut next = digits.len();
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 2);
    let mut fill = |rev: &mut Vec<u8>, sep: Option<char>, n_chars: i64, n_zeros: i64| {
        if let Some(sep) = sep {
            rev.push(sep as u8);
        }
        for _ in 0..n_chars {
            next -= 1;
            rev.push(digits[next]);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros.max(0) as usize));
    };
    let mut done = false;
    let mut use_sep = false;
    if let Some((group, sep)) = grouping {
        let group = group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            fill(&mut rev, use_sep.then_some(sep), n_chars, n_zeros);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        let sep = grouping.filter(|_| use_sep).map(|(_, s)| s);
        fill(
            &mut rev,
            sep,
            remaining.min(len).max(0),
            (len - remaining).max(0),
        );
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

/// A number as text, split the way `calc_number_widths` sees it.
struct NumberText<'a> {
    negative: bool,
    /// `0x` and friends (already in the right case).
    prefix: &'a str,
    /// The digits that are grouped (ASCII).
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    decimal: bool,
    /// Everything after the point (or after the digits): fraction, exponent, `%`, `inf`.
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`.
fn render_number(n: &NumberText<'_>, spec: &FormatSpec, grouping: Option<(usize, char)>) -> String {
    let fill = spec.fill_char();
    let align = spec.align_or(Align::Right);
    let sign = match (n.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some(SignOption::Plus)) => Some('+'),
        (false, Some(SignOption::Space)) => Some(' '),
        _ => None,
    };
    let non_digit = i64::from(sign.is_some())
        + n.prefix.len() as i64
        + i64::from(n.decimal)
        + n.remainder.chars().count() as i64;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if fill == '0' && align == Align::AfterSign {
        width - non_digit
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(n.digits, grouping, min_width)
    };
    let padding = (width - non_digit - grouped.len() as i64).max(0) as usize;
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(sign);
    out.push_str(n.prefix);
    out.extend(std::iter::repeat_n(fill, inner));
    out.push_str(&grouped);
    if n.decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `format_float_internal`: `spec.ty` is `None` or one of `eEfFgGn%`.
fn format_float_internal(
    x: f64,
    spec: &FormatSpec,
    grouping: Option<(usize, char)>,
) -> PyResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value("precision too big"));
    }
    check_sizes(spec)?;
    if spec.precision.unwrap_or(0) > MAX_FORMAT_WIDTH {
        return Err(PyErr::new(
            crate::runtime::numeric::num::PyErrKind::MemoryError,
            "",
        ));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        add_dot_0: false,
    };
    let (mut code, default_precision) = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some(c) => (c, 6),
    };
    let mut value = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (digits, rest) = body.split_at(
        body.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len()),
    );
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if spec.ty == Some('n') { None } else { grouping };
    Ok(render_number(
        &NumberText {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        },
        spec,
        grouping,
    ))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &FormatSpec) -> PyResult<String> {
    let grouping = check_grouping(spec, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec, grouping)
        }
        Some(c) => Err(unknown_code(c, "float")),
    }
}

/// A code point as a Rust char; lone surrogates, which Python allows in str, are refused.
fn char_from_code(x: i64) -> PyResult<char> {
    if !(0..=0x10ffff).contains(&x) {
        return Err(PyErr::overflow("%c arg not in range(0x110000)"));
    }
    char::from_u32(x as u32)
        .ok_or_else(|| PyErr::value("lone surrogate code points are not supported"))
}

/// `format(v, spec)` for an int; `type_name` is `"int"` or `"bool"` (for error messages). An
/// empty spec formats like `str(v)`, except that the VM must print `True`/`False` for bools.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = check_grouping(spec, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_internal(int_to_f64(v)?, spec, grouping)
        }
        c => return Err(unknown_code(c, type_name)),
    }
    if spec.precision.is_some() {
        return Err(PyErr::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    check_sizes(spec)?;
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(PyErr::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(PyErr::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = v
            .to_i64()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C long"))?;
        let c = char_from_code(code)?.to_string();
        return Ok(render_number(
            &NumberText {
                negative: false,
                prefix: "",
                digits: "",
                decimal: false,
                remainder: &c,
            },
            spec,
            None,
        ));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        int_to_decimal(&v.abs())?
    } else {
        v.magnitude().to_str_radix(radix)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let grouping = if ty == 'n' { None } else { grouping };
    let text = NumberText {
        negative: v.is_negative(),
        prefix,
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(render_number(&text, spec, grouping))
}

/// `format(s, spec)` for a str. Width and precision count code points.
pub fn format_str(s: &str, spec: &FormatSpec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(SignOption::Space) => {
            return Err(PyErr::value("Space not allowed in string format specifier"))
        }
        Some(_) => return Err(PyErr::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(PyErr::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(PyErr::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or(Align::Left);
    if align == Align::AfterSign {
        return Err(PyErr::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_sizes(spec)?;
    let len = s.chars().count();
    let kept = spec.precision.map_or(len, |p| p.min(len));
    let text = match s.char_indices().nth(kept) {
        Some((i, _)) => &s[..i],
        None => s,
    };
    let total = spec.width.unwrap_or(0).max(kept);
    let left = match align {
        Align::Right => total - kept,
        Align::Center => (total - kept) / 2,
        _ => 0,
    };
    let fill = spec.fill_char();
    let mut out = String::with_capacity(text.len() + total - kept);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, total - kept - left));
    Ok(out)
}

// ---------------------------------------------------------------- %-formatting

/// Which argument a `%` conversion consumes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentArgRef {
    /// Item `i` of a tuple operand.
    Item(usize),
    /// The operand itself (a non-tuple right-hand side).
    Whole,
    /// The value of the latest `%(key)` lookup.
    Keyed,
}

/// An argument as a `%` conversion sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentArg {
    /// An int or bool (or an object whose `__index__`/`__int__` the VM chose to call).
    Int(BigInt),
    Float(f64),
    /// For `%s`/`%r`/`%a`: the result of `str()`/`repr()`/`ascii()`. For other conversions: a str value.
    Str(String),
    /// Any other object, by type name (for error messages).
    Other(String),
}

/// The right operand of `str % operand`, implemented by the VM.
pub trait PercentOperand {
    type Error: From<PyErr>;
    /// `Some(n)` for a tuple of `n` items; `None` for any other object (the single argument).
    fn tuple_len(&self) -> Option<usize>;
    /// Whether the operand supports `[key]` and is not a tuple or str (a dict, a list, ...):
    /// `%(key)s` is then allowed and leftover arguments are not an error.
    fn is_mapping(&self) -> bool;
    /// `operand[key]` for `%(key)`: look it up now (a `KeyError` belongs here) and remember the
    /// value as [`PercentArgRef::Keyed`].
    fn lookup(&mut self, key: &str) -> Result<(), Self::Error>;
    /// The argument `arg` for the conversion `conversion`: for `s`, `r`, `a` its
    /// `str()`/`repr()`/`ascii()` as [`PercentArg::Str`]; for `*` (a star width or precision)
    /// and every other conversion, what the value is.
    fn view(&mut self, arg: PercentArgRef, conversion: char) -> Result<PercentArg, Self::Error>;
}

/// One parsed `%` conversion (`unicode_format_arg_t`); `-1` means "not given".
#[derive(Clone, Copy, Debug, Default)]
struct PercentSpec {
    ljust: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: i64,
    prec: i64,
    ch: char,
}

/// The format string as `unicode_format_arg_parse` walks it: `cnt` goes negative when input ran out.
struct PercentCursor {
    chars: Vec<char>,
    pos: usize,
    cnt: i64,
}

impl PercentCursor {
    fn peek(&self) -> char {
        self.chars.get(self.pos).copied().unwrap_or('\0')
    }

    /// C's `if (--fmtcnt >= 0) { ch = READ(fmtpos); fmtpos++; }`.
    fn advance(&mut self) -> Option<char> {
        self.cnt -= 1;
        if self.cnt < 0 {
            return None;
        }
        let c = self.peek();
        self.pos += 1;
        Some(c)
    }
}

/// Which argument comes next (`unicode_format_getnextarg`).
struct PercentArgs {
    len: i64,
    idx: i64,
    keyed: bool,
}

impl PercentArgs {
    fn next(&mut self) -> PyResult<PercentArgRef> {
        if self.idx >= self.len {
            return Err(PyErr::type_error("not enough arguments for format string"));
        }
        let i = self.idx;
        self.idx += 1;
        Ok(match (self.len < 0, self.keyed) {
            (false, _) => PercentArgRef::Item(i as usize),
            (true, true) => PercentArgRef::Keyed,
            (true, false) => PercentArgRef::Whole,
        })
    }
}

/// A `*` width or precision argument.
fn star_value<O: PercentOperand>(
    operand: &mut O,
    args: &mut PercentArgs,
    c_int: bool,
) -> Result<i64, O::Error> {
    let arg = args.next()?;
    let PercentArg::Int(v) = operand.view(arg, '*')? else {
        return Err(PyErr::type_error("* wants int").into());
    };
    let limit = if c_int { i64::from(i32::MAX) } else { i64::MAX };
    match v.to_i64().filter(|x| (-limit..=limit).contains(x)) {
        Some(x) => Ok(x),
        None if c_int => Err(PyErr::overflow("Python int too large to convert to C int").into()),
        None => Err(PyErr::overflow("Python int too large to convert to C ssize_t").into()),
    }
}

/// Digits accumulated as `unicode_format_arg_parse` does, with its overflow message.
fn push_digit(value: i64, c: char, limit: i64, too_big: &str) -> PyResult<i64> {
    let d = i64::from(c as u8 - b'0');
    if value > (limit - d) / 10 {
        return Err(PyErr::value(too_big));
    }
    Ok(value * 10 + d)
}

/// `unicode_format_arg_parse`: flags, width, precision and the conversion character.
fn parse_percent_spec<O: PercentOperand>(
    cur: &mut PercentCursor,
    args: &mut PercentArgs,
    operand: &mut O,
    is_dict: bool,
) -> Result<PercentSpec, O::Error> {
    let mut spec = PercentSpec {
        width: -1,
        prec: -1,
        ..PercentSpec::default()
    };
    let mut ch = cur.peek();
    if ch == '(' {
        if !is_dict {
            return Err(PyErr::type_error("format requires a mapping").into());
        }
        cur.pos += 1;
        cur.cnt -= 1;
        let key_start = cur.pos;
        let mut depth = 1;
        while depth > 0 {
            cur.cnt -= 1;
            if cur.cnt < 0 {
                break;
            }
            match cur.peek() {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            cur.pos += 1;
        }
        if cur.cnt < 0 || depth > 0 {
            return Err(PyErr::value("incomplete format key").into());
        }
        let key: String = cur.chars[key_start..cur.pos - 1].iter().collect();
        operand.lookup(&key)?;
        *args = PercentArgs {
            len: -1,
            idx: -2,
            keyed: true,
        };
    }
    while let Some(c) = cur.advance() {
        ch = c;
        match c {
            '-' => spec.ljust = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    if ch == '*' {
        let mut width = star_value(operand, args, false)?;
        if width < 0 {
            spec.ljust = true;
            width = -width;
        }
        spec.width = width;
        if let Some(c) = cur.advance() {
            ch = c;
        }
    } else if ch.is_ascii_digit() {
        spec.width = i64::from(ch as u8 - b'0');
        while let Some(c) = cur.advance() {
            ch = c;
            if !c.is_ascii_digit() {
                break;
            }
            spec.width = push_digit(spec.width, c, i64::MAX, "width too big")?;
        }
    }
    if ch == '.' {
        spec.prec = 0;
        if let Some(c) = cur.advance() {
            ch = c;
        }
        if ch == '*' {
            spec.prec = star_value(operand, args, true)?.max(0);
            if let Some(c) = cur.advance() {
                ch = c;
            }
        } else if ch.is_ascii_digit() {
            spec.prec = i64::from(ch as u8 - b'0');
            while let Some(c) = cur.advance() {
                ch = c;
                if !c.is_ascii_digit() {
                    break;
                }
                spec.prec = push_digit(spec.prec, c, i64::from(i32::MAX), "precision too big")?;
            }
        }
    }
    if cur.cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        if let Some(c) = cur.advance() {
            ch = c;
        }
    }
    if cur.cnt < 0 {
        return Err(PyErr::value("incomplete format").into());
    }
    spec.ch = ch;
    Ok(spec)
}

/// `_PyUnicode_FormatLong`: sign, `0o`/`0x` prefix under `#`, zeros up to the precision.
fn percent_long(v: &BigInt, spec: &PercentSpec) -> PyResult<String> {
    let digits = match spec.ch {
        'o' => v.magnitude().to_str_radix(8),
        'x' | 'X' => v.magnitude().to_str_radix(16),
        _ => int_to_decimal(&v.abs())?,
    };
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if spec.alt {
        out.push_str(match spec.ch {
            'o' => "0o",
            'x' | 'X' => "0x",
            _ => "",
        });
    }
    out.extend(std::iter::repeat_n(
        '0',
        (spec.prec - digits.len() as i64).max(0) as usize,
    ));
    out.push_str(&digits);
    if spec.ch == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

fn type_name_of(arg: &PercentArg) -> &str {
    match arg {
        PercentArg::Int(_) => "int",
        PercentArg::Float(_) => "float",
        PercentArg::Str(_) => "str",
        PercentArg::Other(t) => t,
    }
}

/// `unicode_format_arg_format`: the text of one conversion, and whether it is numeric (signed).
fn percent_text(spec: &PercentSpec, arg: PercentArg) -> PyResult<(String, bool)> {
    match spec.ch {
        's' | 'r' | 'a' => match arg {
            PercentArg::Str(s) => Ok((s, false)),
            PercentArg::Int(v) => Ok((int_to_decimal(&v)?, false)),
            PercentArg::Float(x) => Ok((float_repr(x), false)),
            PercentArg::Other(t) => Err(PyErr::type_error(format!(
                "%{} needs the text of the {t} object",
                spec.ch
            ))),
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let v = match arg {
                PercentArg::Int(v) => v,
                PercentArg::Float(x) if matches!(spec.ch, 'd' | 'i' | 'u') => f64_to_int(x)?,
                other => {
                    let need = if matches!(spec.ch, 'o' | 'x' | 'X') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(PyErr::type_error(format!(
                        "%{} format: {need} is required, not {}",
                        spec.ch,
                        type_name_of(&other)
                    )));
                }
            };
            Ok((percent_long(&v, spec)?, true))
        }
        'c' => {
            let c = match arg {
                PercentArg::Str(s) if s.chars().count() == 1 => s,
                PercentArg::Int(v) => char_from_code(v.to_i64().unwrap_or(-1))?.to_string(),
                _ => return Err(PyErr::type_error("%c requires int or char")),
            };
            Ok((c, false))
        }
        _ => {
            let x = match arg {
                PercentArg::Float(x) => x,
                PercentArg::Int(v) => int_to_f64(&v)?,
                other => {
                    return Err(PyErr::type_error(format!(
                        "must be real number, not {}",
                        type_name_of(&other)
                    )))
                }
            };
            if spec.prec > MAX_FORMAT_WIDTH as i64 {
                return Err(PyErr::new(
                    crate::runtime::numeric::num::PyErrKind::MemoryError,
                    "",
                ));
            }
            let prec = if spec.prec < 0 { 6 } else { spec.prec as usize };
            Ok((
                double_to_string(
                    x,
                    spec.ch,
                    prec,
                    DtoaFlags {
                        alt: spec.alt,
                        ..DtoaFlags::default()
                    },
                ),
                true,
            ))
        }
    }
}

/// `unicode_format_arg_output`: width, sign, `0x` prefix and padding around the converted text.
fn percent_output(spec: &PercentSpec, numeric: bool, text: &str, out: &mut String) {
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if (spec.width == -1 || spec.width <= len)
        && (spec.prec == -1 || spec.prec >= len)
        && !(spec.plus || spec.blank)
    {
        out.push_str(text);
        return;
    }
    if matches!(spec.ch, 's' | 'r' | 'a') && spec.prec >= 0 && len > spec.prec {
        len = spec.prec;
    }
    let mut start = 0usize;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                start = 1;
            }
            _ if spec.plus => sign = Some('+'),
            _ if spec.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = spec.width.max(len);
    let radix_prefix = spec.alt && matches!(spec.ch, 'x' | 'X' | 'o');
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    if radix_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.ch);
            start += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.ljust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if radix_prefix {
            out.push('0');
            out.push(spec.ch);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len.max(0) as usize]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}

/// `template % operand` (CPython's `PyUnicode_Format`), errors in CPython's order.
pub fn percent_format<O: PercentOperand>(
    template: &str,
    operand: &mut O,
) -> Result<String, O::Error> {
    let chars: Vec<char> = template.chars().collect();
    let len = chars.len();
    let (args_len, args_idx) = match operand.tuple_len() {
        Some(n) => (n as i64, 0),
        None => (-1, -2),
    };
    let is_dict = operand.tuple_len().is_none() && operand.is_mapping();
    let mut args = PercentArgs {
        len: args_len,
        idx: args_idx,
        keyed: false,
    };
    let mut cur = PercentCursor {
        chars,
        pos: 0,
        cnt: 0,
    };
    let mut out = String::with_capacity(template.len());
    while cur.pos < len {
        if cur.chars[cur.pos] != '%' {
            let start = cur.pos;
            while cur.pos < len && cur.chars[cur.pos] != '%' {
                cur.pos += 1;
            }
            out.extend(&cur.chars[start..cur.pos]);
            continue;
        }
        cur.pos += 1;
        cur.cnt = (len - cur.pos) as i64;
        if cur.peek() == '%' && cur.pos < len {
            cur.pos += 1;
            out.push('%');
            continue;
        }
        let spec = parse_percent_spec(&mut cur, &mut args, operand, is_dict)?;
        let arg = args.next()?;
        if !matches!(
            spec.ch,
            's' | 'r'
                | 'a'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        ) {
            let shown = if (' '..='~').contains(&spec.ch) || spec.ch == '\x1f' {
                spec.ch
            } else {
                '?'
            };
            return Err(PyErr::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                spec.ch as u32,
                cur.pos - 1
            ))
            .into());
        }
        let (text, numeric) = percent_text(&spec, operand.view(arg, spec.ch)?)?;
        percent_output(&spec, numeric, &text, &mut out);
    }
    if args.idx < args.len && !is_dict {
        return Err(
            PyErr::type_error("not all arguments converted during string formatting").into(),
        );
    }
    Ok(out)
}

// ---------------------------------------------------------------- str.format

/// One step of a `str.format` template: literal text (with `{{`/`}}` already collapsed),
/// then maybe a replacement field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateChunk<'a> {
    pub literal: &'a str,
    pub field: Option<TemplateField<'a>>,
}

/// A `{name!conversion:spec}` field, unparsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateField<'a> {
    /// The field name, e.g. `""`, `"0"`, `"x[0].y"`: see [`parse_field_name`].
    pub name: &'a str,
    /// The character after `!`, checked only when used: see [`conversion_kind`].
    pub conversion: Option<char>,
    /// The raw spec; when `spec_has_fields` it is itself a template (`{:{w}}`) to expand first.
    pub spec: &'a str,
    pub spec_has_fields: bool,
}

/// The chunks of a template, lazily, as CPython's `MarkupIterator` (an error ends the iteration).
pub struct TemplateChunks<'a> {
    text: &'a str,
    pos: usize,
    failed: bool,
}

/// Iterate over the chunks of a `str.format` template.
pub fn template_chunks(text: &str) -> TemplateChunks<'_> {
    TemplateChunks {
        text,
        pos: 0,
        failed: false,
    }
}

impl<'a> TemplateChunks<'a> {
    /// `parse_field`, just after the opening brace.
    fn parse_field(&mut self) -> PyResult<TemplateField<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let name_start = self.pos;
        let mut c = 0u8;
        while self.pos < bytes.len() {
            c = bytes[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err(PyErr::value("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < bytes.len() && bytes[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        let name = &text[name_start..self.pos.saturating_sub(1).max(name_start)];
        let mut field = TemplateField {
            name,
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        match c {
            b'!' | b':' => {
                if c == b'!' {
                    let Some(conv) = text[self.pos..].chars().next() else {
                        return Err(PyErr::value(
                            "end of string while looking for conversion specifier",
                        ));
                    };
                    field.conversion = Some(conv);
                    self.pos += conv.len_utf8();
                    if self.pos < bytes.len() {
                        let next = bytes[self.pos];
                        self.pos += 1;
                        if next == b'}' {
                            return Ok(field);
                        }
                        if next != b':' {
                            return Err(PyErr::value("expected ':' after conversion specifier"));
                        }
                    }
                }
                let spec_start = self.pos;
                let mut depth = 1;
                while self.pos < bytes.len() {
                    let b = bytes[self.pos];
                    self.pos += 1;
                    if b == b'{' {
                        field.spec_has_fields = true;
                        depth += 1;
                    } else if b == b'}' {
                        depth -= 1;
                        if depth == 0 {
                            field.spec = &text[spec_start..self.pos - 1];
                            return Ok(field);
                        }
                    }
                }
                Err(PyErr::value("unmatched '{' in format spec"))
            }
            b'}' => Ok(field),
            _ => Err(PyErr::value("expected '}' before end of string")),
        }
    }

    fn next_chunk(&mut self) -> PyResult<TemplateChunk<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = self.pos;
        let mut c = 0u8;
        let mut markup = false;
        while self.pos < bytes.len() {
            c = bytes[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = self.pos >= bytes.len();
        let mut literal_end = self.pos;
        if markup && c == b'}' && (at_end || bytes[self.pos] != b'}') {
            return Err(PyErr::value("Single '}' encountered in format string"));
        }
        if markup && at_end && c == b'{' {
            return Err(PyErr::value("Single '{' encountered in format string"));
        }
        if markup {
            if bytes[self.pos] == c {
                // An escaped brace: the literal keeps one.
                self.pos += 1;
                markup = false;
            } else {
                literal_end -= 1;
            }
        }
        let literal = &text[start..literal_end];
        let field = if markup {
            Some(self.parse_field()?)
        } else {
            None
        };
        Ok(TemplateChunk { literal, field })
    }
}

impl<'a> Iterator for TemplateChunks<'a> {
    type Item = PyResult<TemplateChunk<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let chunk = self.next_chunk();
        self.failed = chunk.is_err();
        Some(chunk)
    }
}

/// Where a field's value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    /// `args[i]` (explicit, or numbered automatically for `{}`).
    Index(usize),
    /// `kwargs[name]`.
    Name(&'a str),
}

/// One `.attr` or `[key]` step after the field's first part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldAccessor<'a> {
    /// `.name`
    Attr(&'a str),
    /// `[3]`: the VM indexes a sequence, or calls `__getitem__(3)` otherwise.
    Index(usize),
    /// `[key]`: `__getitem__("key")`.
    Key(&'a str),
}

/// A parsed field name: the first part now, the accessors lazily (their errors come only after
/// the lookups before them, as in CPython).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName<'a> {
    pub key: FieldKey<'a>,
    rest: &'a str,
}

impl<'a> FieldName<'a> {
    /// The accessors, in order.
    pub fn accessors(&self) -> FieldAccessors<'a> {
        FieldAccessors {
            rest: self.rest,
            failed: false,
        }
    }
}

/// Iterator over a field name's accessors (`FieldNameIterator`).
pub struct FieldAccessors<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> Iterator for FieldAccessors<'a> {
    type Item = PyResult<FieldAccessor<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let item = self.next_accessor();
        self.failed = item.is_err();
        Some(item)
    }
}

impl<'a> FieldAccessors<'a> {
    fn next_accessor(&mut self) -> PyResult<FieldAccessor<'a>> {
        let rest = self.rest;
        let (accessor, name) = match rest.as_bytes()[0] {
            b'.' => {
                let end = rest[1..].find(['.', '[']).map_or(rest.len(), |i| i + 1);
                self.rest = &rest[end..];
                let name = &rest[1..end];
                (FieldAccessor::Attr(name), name)
            }
            b'[' => {
                let Some(close) = rest.find(']') else {
                    return Err(PyErr::value("Missing ']' in format string"));
                };
                self.rest = &rest[close + 1..];
                let name = &rest[1..close];
                let accessor = match field_integer(name)? {
                    Some(i) => FieldAccessor::Index(i),
                    None => FieldAccessor::Key(name),
                };
                (accessor, name)
            }
            _ => {
                return Err(PyErr::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if name.is_empty() {
            return Err(PyErr::value("Empty attribute in format string"));
        }
        Ok(accessor)
    }
}

/// `get_integer` of unicode_format.h: `Some` if `s` is all decimal digits.
fn field_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in s.chars() {
        let Some(d) = unicode_decimal(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= i64::MAX as usize)
            .ok_or_else(|| PyErr::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// Automatic field numbering state, shared by a template and the templates in its specs.
#[derive(Clone, Debug, Default)]
pub struct AutoNumber {
    state: Numbering,
    next: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Numbering {
    #[default]
    Unset,
    Automatic,
    Manual,
}

/// `field_name_split`: the first part of a field name, numbering `{}` fields automatically.
pub fn parse_field_name<'a>(name: &'a str, numbering: &mut AutoNumber) -> PyResult<FieldName<'a>> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let index = field_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if numbering.state == Numbering::Unset {
            numbering.state = if empty {
                Numbering::Automatic
            } else {
                Numbering::Manual
            };
        }
        match (numbering.state, empty) {
            (Numbering::Manual, true) => {
                return Err(PyErr::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            (Numbering::Automatic, false) => {
                return Err(PyErr::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ))
            }
            _ => {}
        }
    }
    let key = match index {
        _ if empty => {
            numbering.next += 1;
            FieldKey::Index(numbering.next - 1)
        }
        Some(i) => FieldKey::Index(i),
        None => FieldKey::Name(first),
    };
    Ok(FieldName { key, rest })
}

/// A `!r`-style conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!s`
    Str,
    /// `!r`
    Repr,
    /// `!a`
    Ascii,
}

/// The conversion a `!c` names.
pub fn conversion_kind(c: char) -> PyResult<Conversion> {
    match c {
        's' => Ok(Conversion::Str),
        'r' => Ok(Conversion::Repr),
        'a' => Ok(Conversion::Ascii),
        c => Err(PyErr::value(format!(
            "Unknown conversion specifier {}",
            code_display(c)
        ))),
    }
}

/// How deep specs may nest templates (`'{:{}}'` is one level); CPython's `build_string` budget.
const FORMAT_RECURSION_DEPTH: u32 = 2;

/// What `str.format` needs from the VM.
pub trait FieldResolver {
    type Value;
    type Error: From<PyErr>;
    /// `args[index]`; out of range is `IndexError("Replacement index {index} out of range for
    /// positional args tuple")` (`format_map`: `ValueError("Format string contains positional fields")`).
    fn positional(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// `kwargs[name]`; missing is `KeyError(name)`.
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value.name` for `.name`, `value[...]` for `[...]`.
    fn access(
        &mut self,
        value: Self::Value,
        accessor: FieldAccessor<'_>,
    ) -> Result<Self::Value, Self::Error>;
    /// `str()`/`repr()`/`ascii()` of the value, as a str value.
    fn convert(
        &mut self,
        value: Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`: the VM dispatches to [`format_int`], [`format_float`],
    /// [`format_str`] (after [`parse_format_spec`]) or `__format__`.
    fn format(&mut self, value: Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// `template.format(...)` (`build_string`/`output_markup`), with every error in CPython's order.
pub fn str_format<R: FieldResolver>(template: &str, resolver: &mut R) -> Result<String, R::Error> {
    build_string(
        template,
        resolver,
        FORMAT_RECURSION_DEPTH,
        &mut AutoNumber::default(),
    )
}

fn build_string<R: FieldResolver>(
    template: &str,
    resolver: &mut R,
    depth: u32,
    numbering: &mut AutoNumber,
) -> Result<String, R::Error> {
    if depth == 0 {
        return Err(PyErr::value("Max string recursion exceeded").into());
    }
    let mut out = String::with_capacity(template.len());
    for chunk in template_chunks(template) {
        let chunk = chunk?;
        out.push_str(chunk.literal);
        let Some(field) = chunk.field else { continue };
        let name = parse_field_name(field.name, numbering)?;
        let mut value = match name.key {
            FieldKey::Index(i) => resolver.positional(i)?,
            FieldKey::Name(n) => resolver.keyword(n)?,
        };
        for accessor in name.accessors() {
            value = resolver.access(value, accessor?)?;
        }
        if let Some(c) = field.conversion {
            value = resolver.convert(value, conversion_kind(c)?)?;
        }
        let spec: Cow<'_, str> = if field.spec_has_fields {
            Cow::Owned(build_string(field.spec, resolver, depth - 1, numbering)?)
        } else {
            Cow::Borrowed(field.spec)
        };
        out.push_str(&resolver.format(value, &spec)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt_float(x: f64, spec: &str) -> String {
        parse_format_spec(spec, "float")
            .and_then(|s| format_float(x, &s))
            .unwrap_or_else(|e| e.to_string())
    }

    fn fmt_int(v: i64, spec: &str) -> String {
        parse_format_spec(spec, "int")
            .and_then(|s| format_int(&BigInt::from(v), &s, "int"))
            .unwrap_or_else(|e| e.to_string())
    }

    fn fmt_str(v: &str, spec: &str) -> String {
        parse_format_spec(spec, "str")
            .and_then(|s| format_str(v, &s))
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn float_repr_matches_cpython() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345.6, "123456789012345.6"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1e15, "1000000000000000.0"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn format_spec_examples() {
        assert_eq!(fmt_float(1e16, ""), "1e+16");
        assert_eq!(fmt_float(3.0, "g"), "3");
        assert_eq!(fmt_float(0.5, ".0f"), "0");
        assert_eq!(fmt_float(2.675, ".2f"), "2.67");
        assert_eq!(fmt_float(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(fmt_float(-1234.5, "015,.2f"), "-000,001,234.50");
        assert_eq!(fmt_float(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(fmt_float(1.5, "%"), "150.000000%");
        assert_eq!(fmt_float(-0.0, "z"), "0.0");
        assert_eq!(fmt_float(1.0, "#.0f"), "1.");
        assert_eq!(fmt_float(123.0, ".3"), "1.23e+02");
        assert_eq!(fmt_float(-f64::NAN, "+"), "+nan");
        assert_eq!(fmt_int(-5, "08"), "-0000005");
        assert_eq!(fmt_int(255, "#x"), "0xff");
        assert_eq!(fmt_int(1234, "010,"), "00,001,234");
        assert_eq!(fmt_int(12345678, "#_b"), "0b1011_1100_0110_0001_0100_1110");
        assert_eq!(fmt_int(65, "05c"), "0000A");
        assert_eq!(fmt_int(5, "x=5"), "xxxx5");
        assert_eq!(fmt_int(1, "\0<5"), "1\0\0\0\0");
        assert_eq!(fmt_str("ab", "^7"), "  ab   ");
        assert_eq!(fmt_str("ab", "05"), "ab000");
        assert_eq!(fmt_str("abc", "x<5.2s"), "abxxx");
        assert_eq!(fmt_str("héllo", ">7.3"), "    hél");
    }

    #[test]
    fn format_spec_errors() {
        assert_eq!(
            fmt_int(1, ".2"),
            "ValueError: Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fmt_int(1, "abc"),
            "ValueError: Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            fmt_float(1.0, "d"),
            "ValueError: Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            fmt_float(1.5, "\u{5}"),
            "ValueError: Unknown format code '\\x5' for object of type 'float'"
        );
        assert_eq!(
            fmt_int(1, "<<<"),
            "ValueError: Unknown format code '<' for object of type 'int'"
        );
        assert_eq!(fmt_int(1, ",,"), "ValueError: Cannot specify ',' with ','.");
        assert_eq!(
            fmt_int(1, "_,"),
            "ValueError: Cannot specify both ',' and '_'."
        );
        assert_eq!(
            fmt_str("a", ","),
            "ValueError: Cannot specify ',' with 's'."
        );
        assert_eq!(
            fmt_str("a", " "),
            "ValueError: Space not allowed in string format specifier"
        );
        assert_eq!(
            fmt_str("a", "="),
            "ValueError: '=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            fmt_int(-1, "c"),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(
            fmt_int(1, "+c"),
            "ValueError: Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fmt_int(1, "99999999999999999999"),
            "ValueError: Too many decimal digits in format string"
        );
        assert_eq!(
            fmt_float(1.0, "."),
            "ValueError: Format specifier missing precision"
        );
        assert_eq!(
            fmt_float(1.0, ".2147483648f"),
            "ValueError: precision too big"
        );
        assert_eq!(fmt_int(1, "999999999999"), "MemoryError");
        let huge = BigInt::from(10u32).pow(5000);
        assert!(format_int(&huge, &FormatSpec::default(), "int")
            .unwrap_err()
            .msg
            .contains("4300"));
        assert_eq!(
            format_int(&huge, &parse_format_spec("f", "int").unwrap(), "int")
                .unwrap_err()
                .msg,
            "int too large to convert to float"
        );
    }

    #[test]
    fn str_repr_quotes_and_escapes() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
        assert_eq!(
            str_repr("\x7f\u{80}\u{a0}\u{ad}\u{2028}é\u{1f600}\u{e000}"),
            "'\\x7f\\x80\\xa0\\xad\\u2028é\u{1f600}\\ue000'"
        );
        assert_eq!(str_repr("\t\n\r\\\0"), "'\\t\\n\\r\\\\\\x00'");
    }

    #[test]
    fn template_chunks_split_literals_and_fields() {
        let chunks: Vec<_> = template_chunks("a{{b}}c{0!r:>{w}}d{}")
            .collect::<PyResult<_>>()
            .unwrap();
        let literals: Vec<&str> = chunks.iter().map(|c| c.literal).collect();
        assert_eq!(literals, ["a{", "b}", "c", "d"]);
        let field = chunks[2].field.clone().unwrap();
        assert_eq!(
            (
                field.name,
                field.conversion,
                field.spec,
                field.spec_has_fields
            ),
            ("0", Some('r'), ">{w}", true)
        );
        assert_eq!(chunks[3].field.clone().unwrap().name, "");
        let first_error = |t: &str| template_chunks(t).find_map(Result::err).map(|e| e.msg);
        assert_eq!(
            first_error("a}b").as_deref(),
            Some("Single '}' encountered in format string")
        );
        assert_eq!(
            first_error("a{").as_deref(),
            Some("Single '{' encountered in format string")
        );
        assert_eq!(
            first_error("{0[}").as_deref(),
            Some("expected '}' before end of string")
        );
        assert_eq!(
            first_error("{!r").as_deref(),
            Some("unmatched '{' in format spec")
        );
        assert_eq!(
            first_error("{0!r }").as_deref(),
            Some("expected ':' after conversion specifier")
        );
        assert_eq!(
            first_error("{0{}").as_deref(),
            Some("unexpected '{' in field name")
        );
        assert_eq!(
            first_error("{!").as_deref(),
            Some("end of string while looking for conversion specifier")
        );
    }

    #[test]
    fn field_names_and_numbering() {
        let mut n = AutoNumber::default();
        let f = parse_field_name("x[0].y[k]", &mut n).unwrap();
        assert_eq!(f.key, FieldKey::Name("x"));
        let acc: Vec<_> = f.accessors().collect::<PyResult<_>>().unwrap();
        assert_eq!(
            acc,
            [
                FieldAccessor::Index(0),
                FieldAccessor::Attr("y"),
                FieldAccessor::Key("k")
            ]
        );
        assert_eq!(
            parse_field_name("", &mut n).unwrap().key,
            FieldKey::Index(0)
        );
        assert_eq!(
            parse_field_name("", &mut n).unwrap().key,
            FieldKey::Index(1)
        );
        assert_eq!(
            parse_field_name("0", &mut n).unwrap_err().msg,
            "cannot switch from automatic field numbering to manual field specification"
        );
        let mut m = AutoNumber::default();
        parse_field_name("0", &mut m).unwrap();
        assert_eq!(
            parse_field_name("", &mut m).unwrap_err().msg,
            "cannot switch from manual field specification to automatic field numbering"
        );
        let bad: Vec<_> = parse_field_name("a.b[c]d", &mut m)
            .unwrap()
            .accessors()
            .collect();
        assert_eq!(
            bad.last().unwrap().clone().unwrap_err().msg,
            "Only '.' or '[' may follow ']' in format field specifier"
        );
        let empty: Vec<_> = parse_field_name("0.a.", &mut m)
            .unwrap()
            .accessors()
            .collect();
        assert_eq!(
            empty[1].clone().unwrap_err().msg,
            "Empty attribute in format string"
        );
        assert_eq!(
            conversion_kind('\x01').unwrap_err().msg,
            "Unknown conversion specifier \\x1"
        );
    }
}
