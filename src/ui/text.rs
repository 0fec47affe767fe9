//! Text measured by display width (CJK characters take two columns), cut to fit.

use std::borrow::Cow;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
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

/// `s` cut to at most `max` columns by its middle (`Thread…0_1`): the end of a thread's
/// name tells workers apart.
pub fn fit_middle(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max || max < 3 {
        return fit(s, max);
    }
    let tail_w = (max - 1) / 2;
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > tail_w {
            break;
        }
        used += w;
        tail.push(c);
    }
    let mut out = fit(s, max - used).into_owned();
    out.extend(tail.into_iter().rev());
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

/// Prose with `code` spans: the backticks go, the code is drawn in `code` style. A lone
/// backtick stays as it is.
pub fn prose(text: &str, plain: Style, code: Style) -> Line<'static> {
    let parts: Vec<&str> = text.split('`').collect();
    // An even number of parts means one backtick has no partner: it closes nothing.
    let paired = parts.len() - usize::from(parts.len().is_multiple_of(2));
    let mut spans = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let (text, style) = match (i % 2 == 1, i < paired) {
            (true, true) => (part.to_string(), code),
            (true, false) => (format!("`{part}"), plain),
            (false, _) => (part.to_string(), plain),
        };
        if !text.is_empty() {
            spans.push(Span::styled(text, style));
        }
    }
    Line::from(spans)
}

/// `line` wrapped at word boundaries into lines of at most `cols` columns (a word longer
/// than a whole line is cut where it must be). Continuation lines keep the first line's
/// indentation; an empty line stays one empty line.
pub fn wrap(line: &Line<'_>, cols: usize) -> Vec<Line<'static>> {
    let cols = cols.max(1);
    // Words and runs of spaces, each with its style.
    let mut pieces: Vec<(String, Style, bool)> = Vec::new();
    for span in &line.spans {
        let style = line.style.patch(span.style);
        for c in span.content.chars() {
            let c = if c == '\t' { ' ' } else { c };
            let space = c == ' ';
            match pieces.last_mut() {
                Some((text, st, sp)) if *sp == space && *st == style => text.push(c),
                _ => pieces.push((c.to_string(), style, space)),
            }
        }
    }
    let indent: usize = match pieces.first() {
        Some((text, _, true)) => width(text).min(cols / 2),
        _ => 0,
    };
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let mut i = 0;
    while i < pieces.len() {
        let (text, style, space) = &pieces[i];
        if *space {
            if used > 0 || out.is_empty() {
                cur.push(Span::styled(text.clone(), *style));
                used += width(text);
            }
            i += 1;
            continue;
        }
        // The whole word: this piece and the non-space pieces right after it (a word goes on
        // across a change of style: `code`, then a comma).
        let mut end = i;
        while end + 1 < pieces.len() && !pieces[end + 1].2 {
            end += 1;
        }
        let word_w: usize = pieces[i..=end].iter().map(|p| width(&p.0)).sum();
        if used + word_w > cols && used > indent {
            trim_end(&mut cur);
            out.push(Line::from(std::mem::take(&mut cur)));
            cur.push(Span::raw(" ".repeat(indent)));
            used = indent;
        }
        for (text, style, _) in &pieces[i..=end] {
            let mut rest = text.as_str();
            while !rest.is_empty() {
                let room = cols.saturating_sub(used);
                let taken = take_cols(rest, room.max(1));
                if taken.is_empty() || (width(taken) > room && used > indent) {
                    out.push(Line::from(std::mem::take(&mut cur)));
                    cur.push(Span::raw(" ".repeat(indent)));
                    used = indent;
                    continue;
                }
                cur.push(Span::styled(taken.to_string(), *style));
                used += width(taken);
                rest = &rest[taken.len()..];
                if !rest.is_empty() {
                    out.push(Line::from(std::mem::take(&mut cur)));
                    cur.push(Span::raw(" ".repeat(indent)));
                    used = indent;
                }
            }
        }
        i = end + 1;
    }
    trim_end(&mut cur);
    out.push(Line::from(cur));
    out
}

/// The longest start of `s` that fits in `cols` columns (at least one character).
fn take_cols(s: &str, cols: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > cols {
            return if i == 0 { &s[..c.len_utf8()] } else { &s[..i] };
        }
        used += w;
    }
    s
}

fn trim_end(spans: &mut Vec<Span<'static>>) {
    while spans.last().is_some_and(|s| s.content.trim().is_empty()) && spans.len() > 1 {
        spans.pop();
    }
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

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_cuts_only_long_words() {
        let l = Line::raw("the quick brown fox jumps");
        assert_eq!(texts(&wrap(&l, 10)), ["the quick", "brown fox", "jumps"]);
        assert_eq!(
            texts(&wrap(&Line::raw("abcdefghij xy"), 4)),
            ["abcd", "efgh", "ij", "xy"]
        );
        assert_eq!(texts(&wrap(&Line::raw(""), 10)), [""]);
        assert_eq!(
            texts(&wrap(&Line::raw("  - a list item"), 8)),
            ["  - a", "  list", "  item"]
        );
        for l in wrap(&Line::raw("协程 任务 协程任务协程任务"), 6) {
            assert!(l.width() <= 6, "{l}");
        }
    }

    #[test]
    fn code_spans_lose_their_backticks_and_keep_a_word_whole() {
        let code = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let l = prose(
            "call `next(g)`, then `g.send(1)`; a ` alone",
            Style::new(),
            code,
        );
        assert_eq!(l.to_string(), "call next(g), then g.send(1); a ` alone");
        assert_eq!(l.spans[1].content, "next(g)");
        assert_eq!(l.spans[1].style, code);
        // "next(g)," is one word across two styles: it is not split at the comma.
        assert_eq!(texts(&wrap(&l, 12))[0], "call");
        assert_eq!(texts(&wrap(&l, 12))[1], "next(g),");
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(speed(1.0), "1");
        assert_eq!(speed(0.5), "0.5");
        assert_eq!(speed(64.0), "64");
        assert_eq!(secs(0.5), "0.500");
    }
}
