//! The line CPython 3.11 prints under a traceback's source line to point at the failing
//! expression: `^^^^` under it, or `~~~^~~~` for a binary operation (the operator
//! marked) and `~^^^` for a subscript (the brackets marked); nothing when the expression
//! spans the whole line.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// The caret line (without its newline) for `line`, a source line without its newline,
/// when the failing expression starts at character `start` of it and ends at character
/// `end` (`None` when it goes on past this line).
pub fn caret_line(line: &str, start: usize, end: Option<usize>) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let stripped_len = line.trim().chars().count();
    let indent = chars.len() - line.trim_start().chars().count();
    let (end, anchors) = match end {
        Some(e) if e <= chars.len() && start <= e => {
            let segment: String = chars[start..e].iter().collect();
            (e, anchors(&segment))
        }
        Some(_) => return None,
        None => (line.trim_end().chars().count(), None),
    };
    if start < indent || end < start {
        return None;
    }
    let shows = end - start < stripped_len || anchors.is_some_and(|(l, r)| r > l);
    if !shows {
        return None;
    }
    let (dp_start, dp_end) = (width(&chars[..start]), width(&chars[..end]));
    let mut out = " ".repeat(4 + dp_start - width(&chars[..indent]));
    match anchors {
        Some((l, r)) => {
            let seg = &chars[start..end];
            let (dl, dr) = (
                width(&seg[..l.min(seg.len())]),
                width(&seg[..r.min(seg.len())]),
            );
            out.push_str(&"~".repeat(dl));
            out.push_str(&"^".repeat(dr.saturating_sub(dl)));
            out.push_str(&"~".repeat((dp_end - dp_start).saturating_sub(dr)));
        }
        None => out.push_str(&"^".repeat(dp_end - dp_start)),
    }
    Some(out)
}

/// Display width as traceback.py counts it: East Asian wide and full-width characters
/// take two columns.
fn width(chars: &[char]) -> usize {
    chars
        .iter()
        .map(|&c| {
            if c.is_ascii() {
                1
            } else {
                unicode_width::UnicodeWidthChar::width(c).map_or(1, |w| w.max(1))
            }
        })
        .sum()
}

/// traceback.py's `_extract_caret_anchors_from_line_segment`: for a segment that is one
/// binary operation, the operator's character range; for a subscript, the brackets'.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    let [Stmt::Expr(statement)] = body.as_slice() else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    // ruff's offsets are bytes; the anchors count characters.
    let at = |byte: usize| {
        segment
            .get(..byte)
            .map_or(chars.len(), |s| s.chars().count())
    };
    match &*statement.value {
        Expr::BinOp(b) => {
            let op_start = at(b.left.end().to_usize());
            let op_end = at(b.right.start().to_usize());
            let op: Vec<char> = chars.get(op_start..op_end)?.to_vec();
            let op_offset = op.len() - op.iter().skip_while(|c| c.is_whitespace()).count();
            let mut left = op_start + op_offset;
            let mut right = left + 1;
            if op_offset + 1 < op.len() && !op[op_offset + 1].is_whitespace() {
                right += 1;
            }
            while left < chars.len() && (chars[left].is_whitespace() || ")#".contains(chars[left]))
            {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            let mut left = at(s.value.end().to_usize());
            let mut right = at(s.slice.end().to_usize()) + 1;
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_cpython_draws_them() {
        let line = "    return a[b] + 1";
        assert_eq!(
            caret_line(line, 11, Some(15)).as_deref(),
            Some("           ~^^^")
        );
        let line = "    z = [1][0] + None";
        assert_eq!(
            caret_line(line, 8, Some(21)).as_deref(),
            Some("        ~~~~~~~^~~~~~")
        );
        let line = "    return f(x)";
        assert_eq!(
            caret_line(line, 11, Some(15)).as_deref(),
            Some("           ^^^^")
        );
        assert_eq!(caret_line(line, 4, Some(15)), None);
        let line = "    y = 1 + (2 //";
        assert_eq!(
            caret_line(line, 13, None).as_deref(),
            Some("             ^^^^")
        );
    }
}
