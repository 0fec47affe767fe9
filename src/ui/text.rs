//! Text measured by display width (CJK characters take two columns), cut to fit.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns `s` takes on a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

/// `s` cut or padded with spaces to exactly `cols` columns.
pub fn pad(s: &str, cols: usize) -> String {
    let cut = fit(s, cols);
    let fill = cols.saturating_sub(width(&cut));
    let mut out = String::with_capacity(cut.len() + fill);
    out.push_str(&cut);
    out.extend(std::iter::repeat_n(' ', fill));
    out
}

/// Seconds as the dashboard prints virtual time: `1.500`.
pub fn secs(t: f64) -> String {
    format!("{t:.3}")
}

/// A speed factor without trailing zeros: `1`, `0.5`, `0.016`.
pub fn speed(f: f64) -> String {
    let s = format!("{f:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_counts_two_columns_and_is_cut_on_a_character() {
        assert_eq!(width("协程"), 4);
        assert_eq!(fit("协程任务", 5), "协程…");
        assert_eq!(width(&fit("协程任务", 5)), 5);
        assert_eq!(pad("协程任务", 6), "协程… ");
        assert_eq!(fit("abc", 3), "abc");
        assert_eq!(fit("abcd", 3), "ab…");
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(speed(1.0), "1");
        assert_eq!(speed(0.5), "0.5");
        assert_eq!(speed(64.0), "64");
        assert_eq!(secs(0.5), "0.500");
    }
}
