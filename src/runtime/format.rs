//! Placeholder formatting until the full format-spec implementation lands (same API).

use num_bigint::BigInt;

#[derive(Debug, Clone)]
pub struct FormatSpec {
    pub raw: String,
}

pub struct FmtError(pub String);

pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FmtError> {
    Ok(FormatSpec { raw: spec.to_string() })
}

pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let e = format!("{x:e}");
    let (mant, exp) = e.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                out.push_str(&"0".repeat(point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
    }
    out
}

fn pad(s: String, spec: &str, default_right: bool) -> String {
    let (align, rest) = match spec.chars().next() {
        Some(c @ ('<' | '>' | '^')) => (Some(c), &spec[1..]),
        _ => (None, spec),
    };
    let width: usize = rest.chars().take_while(|c| c.is_ascii_digit()).collect::<String>().parse().unwrap_or(0);
    let n = s.chars().count();
    if n >= width {
        return s;
    }
    let fill = width - n;
    match align.unwrap_or(if default_right { '>' } else { '<' }) {
        '<' => s + &" ".repeat(fill),
        '^' => format!("{}{}{}", " ".repeat(fill / 2), s, " ".repeat(fill - fill / 2)),
        _ => " ".repeat(fill) + &s,
    }
}

pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FmtError> {
    Ok(pad(v.to_string(), spec.raw.trim_end_matches('d'), true))
}

pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    let raw = &spec.raw;
    if let Some(idx) = raw.find('.') {
        let prec: usize = raw[idx + 1..].trim_end_matches(['f', '%']).parse().unwrap_or(6);
        let s = format!("{v:.prec$}");
        return Ok(pad(s, &raw[..idx], true));
    }
    Ok(pad(float_repr(v), raw, true))
}

pub fn format_str(v: &str, spec: &FormatSpec) -> Result<String, FmtError> {
    Ok(pad(v.to_string(), spec.raw.trim_end_matches('s'), false))
}
