//! Syntax errors as CPython 3.11 words them, at CPython's place.
//!
//! The parser coroviz uses (ruff's) finds the same broken programs as CPython but names
//! their faults in its own words. CPython decides in two steps, and so does this module:
//!
//! 1. Its tokenizer's faults win over the parser's: an unterminated string, a closing
//!    bracket that matches nothing or the wrong opener, an unindent to no outer level,
//!    tabs and spaces that disagree, a character no token starts with. CPython tokenizes
//!    the whole source after any parser failure, so the first such fault in the file is
//!    the one reported, wherever the parser stopped. [`scan`] finds it.
//! 2. Otherwise a bracket still open at the end of the file is reported as `'(' was never
//!    closed` when the parser ran into the end while inside it (its failure lies on or
//!    after the bracket's line); anything else is the parser's fault, translated by
//!    [`parser_fault`] into CPython's message ("expected ':'", "invalid syntax. Perhaps
//!    you forgot a comma?", the indentation errors, …), "invalid syntax" when nothing
//!    more specific applies.

/// Which of CPython's exception classes the fault is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaultKind {
    Syntax,
    Indentation,
    Tab,
}

impl FaultKind {
    /// How coroviz's diagnostic names it.
    pub fn label(self) -> &'static str {
        match self {
            FaultKind::Syntax => "syntax error",
            FaultKind::Indentation => "indentation error",
            FaultKind::Tab => "tab error",
        }
    }
}

/// A syntax error: byte range in the source, class and CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub start: usize,
    pub end: usize,
    pub kind: FaultKind,
    pub message: String,
}

impl Fault {
    fn syntax(at: usize, message: impl Into<String>) -> Fault {
        Fault {
            start: at,
            end: at,
            kind: FaultKind::Syntax,
            message: message.into(),
        }
    }
    fn indentation(at: usize, message: impl Into<String>) -> Fault {
        Fault {
            kind: FaultKind::Indentation,
            ..Fault::syntax(at, message)
        }
    }
}

/// What scanning the whole source as CPython's tokenizer does found.
#[derive(Debug, Default)]
pub struct Scan {
    /// The first fault the tokenizer raises.
    pub fault: Option<Fault>,
    /// Brackets still open at the end: the opening character and its byte offset,
    /// outermost first.
    pub unclosed: Vec<(char, usize)>,
}

/// CPython's message and place for a program ruff refused with `message` at
/// `start..end`.
pub fn describe(source: &str, start: usize, end: usize, message: &str) -> Fault {
    let scan = scan(source);
    if let Some(f) = scan.fault {
        return f;
    }
    let mut parser = parser_fault(source, start, end, message);
    if parser.start == start {
        // Where CPython points where ruff does, ruff's range underlines the token.
        parser.end = end.max(start);
    }
    if let (Some(&(_, outer)), Some(&(ch, inner))) = (scan.unclosed.first(), scan.unclosed.last()) {
        let indentation_first = parser.kind != FaultKind::Syntax && parser.start < outer;
        // `def f(:`: the parser fails at once inside the bracket, before reading on.
        let at_once = source
            .get(inner + 1..start)
            .is_some_and(|gap| gap.trim().is_empty() && !gap.contains('\n'))
            && source[start.min(source.len())..]
                .chars()
                .next()
                .is_some_and(|c| c != '\n');
        if line_of(source, parser.start) >= line_of(source, outer) && !indentation_first && !at_once
        {
            return Fault::syntax(inner, format!("'{ch}' was never closed"));
        }
    }
    parser
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn line_start(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1)
}

fn line_text(source: &str, offset: usize) -> &str {
    let start = line_start(source, offset);
    let end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    &source[start..end]
}

/// The line of the last line's text (a final newline ends a line, it starts none).
fn last_line(source: &str) -> usize {
    let n = source.matches('\n').count();
    if source.ends_with('\n') || source.is_empty() {
        n.max(1)
    } else {
        n + 1
    }
}

const KEYWORDS_AFTER_NUMBER: &[&str] = &["and", "or", "if", "else", "in", "is", "not", "for"];

/// Walks the source as CPython's tokenizer would, stopping at its first fault.
pub fn scan(source: &str) -> Scan {
    let bytes = source.as_bytes();
    let mut out = Scan::default();
    // Brackets open: character, offset, line.
    let mut open: Vec<(char, usize, usize)> = Vec::new();
    // Indentation levels: columns with tabs to multiples of 8, and with tabs as 1.
    let mut levels: Vec<(usize, usize)> = vec![(0, 0)];
    let mut line = 1usize;
    let mut at_line_start = true;
    let mut continued = false;
    let mut i = 0usize;
    let fail = |out: &mut Scan, f: Fault| {
        out.fault = Some(f);
    };
    while i < bytes.len() {
        if at_line_start {
            at_line_start = false;
            if open.is_empty() && !continued {
                let (mut col, mut alt, mut j) = (0usize, 0usize, i);
                while j < bytes.len() {
                    match bytes[j] {
                        b' ' => {
                            col += 1;
                            alt += 1;
                        }
                        b'\t' => {
                            col = (col / 8 + 1) * 8;
                            alt += 1;
                        }
                        b'\x0c' => {
                            col = 0;
                            alt = 0;
                        }
                        _ => break,
                    }
                    j += 1;
                }
                let blank = j >= bytes.len() || matches!(bytes[j], b'\n' | b'\r' | b'#');
                if !blank {
                    let &(top, top_alt) = levels.last().expect("the base level stays");
                    let tab_error = || Fault {
                        kind: FaultKind::Tab,
                        ..Fault::syntax(i, "inconsistent use of tabs and spaces in indentation")
                    };
                    if col == top {
                        if alt != top_alt {
                            fail(&mut out, tab_error());
                            return out;
                        }
                    } else if col > top {
                        if alt <= top_alt {
                            fail(&mut out, tab_error());
                            return out;
                        }
                        levels.push((col, alt));
                    } else {
                        while levels.len() > 1 && col < levels.last().expect("nonempty").0 {
                            levels.pop();
                        }
                        let &(now, now_alt) = levels.last().expect("the base level stays");
                        if col != now {
                            let text = line_text(source, i);
                            fail(
                                &mut out,
                                Fault::indentation(
                                    i + text.len(),
                                    "unindent does not match any outer indentation level",
                                ),
                            );
                            return out;
                        }
                        if alt != now_alt {
                            fail(&mut out, tab_error());
                            return out;
                        }
                    }
                }
                i = j;
                continue;
            }
        }
        continued = false;
        let c = bytes[i];
        match c {
            b'\n' => {
                line += 1;
                at_line_start = true;
                i += 1;
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' if bytes.get(i + 1) == Some(&b'\n') => {
                continued = true;
                line += 1;
                i += 2;
                at_line_start = true;
            }
            b'(' | b'[' | b'{' => {
                open.push((c as char, i, line));
                i += 1;
            }
            b')' | b']' | b'}' => {
                let close = c as char;
                match open.pop() {
                    None => {
                        fail(&mut out, Fault::syntax(i, format!("unmatched '{close}'")));
                        return out;
                    }
                    Some((opener, _, opened_line)) => {
                        let wanted = match opener {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if wanted != close {
                            let mut m = format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{opener}'"
                            );
                            if opened_line != line {
                                m.push_str(&format!(" on line {opened_line}"));
                            }
                            fail(&mut out, Fault::syntax(i, m));
                            return out;
                        }
                    }
                }
                i += 1;
            }
            b'"' | b'\'' => match string_end(source, i, i, &mut line) {
                Ok(next) => i = next,
                Err(f) => {
                    fail(&mut out, f);
                    return out;
                }
            },
            b'0'..=b'9' => match number_end(source, i) {
                Ok(next) => i = next,
                Err(f) => {
                    fail(&mut out, f);
                    return out;
                }
            },
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                let ch = source[i..].chars().next().expect("inside the source");
                if c >= 0x80 && !ch.is_alphanumeric() {
                    fail(
                        &mut out,
                        Fault::syntax(i, format!("invalid character '{ch}' (U+{:04X})", ch as u32)),
                    );
                    return out;
                }
                while i < bytes.len() {
                    let ch = source[i..].chars().next().expect("inside the source");
                    if ch.is_alphanumeric() || ch == '_' {
                        i += ch.len_utf8();
                    } else {
                        break;
                    }
                }
                let word = &source[start..i];
                let prefix = word.len() <= 2
                    && word
                        .chars()
                        .all(|p| matches!(p.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'));
                if prefix && matches!(bytes.get(i), Some(b'"' | b'\'')) {
                    match string_end(source, start, i, &mut line) {
                        Ok(next) => i = next,
                        Err(f) => {
                            fail(&mut out, f);
                            return out;
                        }
                    }
                }
            }
            _ => i += 1,
        }
    }
    out.unclosed = open.into_iter().map(|(c, at, _)| (c, at)).collect();
    out
}

/// Skips the string whose prefix starts at `start` and whose quote is at `quote`;
/// returns the offset after it, or the unterminated-string fault.
fn string_end(source: &str, start: usize, quote: usize, line: &mut usize) -> Result<usize, Fault> {
    let bytes = source.as_bytes();
    let q = bytes[quote];
    let triple = bytes.get(quote + 1) == Some(&q) && bytes.get(quote + 2) == Some(&q);
    let mut i = quote + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    *line += 1;
                }
                i += 2;
                continue;
            }
            b'\n' if !triple => break,
            b'\n' => *line += 1,
            c if c == q => {
                if !triple {
                    return Ok(i + 1);
                }
                if bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q) {
                    return Ok(i + 3);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let message = if triple {
        format!(
            "unterminated triple-quoted string literal (detected at line {})",
            last_line(source)
        )
    } else {
        format!("unterminated string literal (detected at line {line})")
    };
    Err(Fault::syntax(start, message))
}

/// Skips a number literal starting at `start`, with the tokenizer's two faults of
/// decimal literals: letters run into it, and leading zeros.
fn number_end(source: &str, start: usize) -> Result<usize, Fault> {
    let bytes = source.as_bytes();
    let mut i = start;
    if bytes[i] == b'0'
        && matches!(
            bytes.get(i + 1),
            Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        )
    {
        i += 2;
        while i < bytes.len() && (bytes[i].is_ascii_hexdigit() || bytes[i] == b'_') {
            i += 1;
        }
        return Ok(i);
    }
    while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
        i += 1;
    }
    let integer = &source[start..i];
    let mut is_integer = true;
    if bytes.get(i) == Some(&b'.') {
        is_integer = false;
        i += 1;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
            i += 1;
        }
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(bytes.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if bytes.get(j).is_some_and(u8::is_ascii_digit) {
            is_integer = false;
            i = j;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
                i += 1;
            }
        }
    }
    if matches!(bytes.get(i), Some(b'j' | b'J')) {
        return Ok(i + 1);
    }
    let next_word: String = source[i..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if !next_word.is_empty() && !KEYWORDS_AFTER_NUMBER.contains(&next_word.as_str()) {
        return Err(Fault::syntax(start, "invalid decimal literal"));
    }
    if is_integer
        && integer.len() > 1
        && integer.starts_with('0')
        && integer.bytes().any(|b| b != b'0' && b != b'_')
    {
        return Err(Fault::syntax(
            start,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ));
    }
    Ok(i)
}

/// CPython's words for the parser's fault ruff reported as `message` at `start..end`.
pub fn parser_fault(source: &str, start: usize, end: usize, message: &str) -> Fault {
    let text_before = &source[line_start(source, start)..start.min(source.len())];
    if let Some(rest) = message.strip_prefix("Expected an indented block after ") {
        let (what, keyword) = match rest {
            "function definition" => ("function definition".to_string(), "def"),
            "`class` definition" => ("class definition".to_string(), "class"),
            other => {
                let kw = other.split('`').nth(1).unwrap_or("if");
                (format!("'{kw}' statement"), kw)
            }
        };
        let header = header_line(source, start, keyword);
        let at = if source[start.min(source.len())..].trim().is_empty() {
            // At the end of the file CPython points just after the header's colon.
            let line_end = source[..start.min(source.len())].trim_end().len();
            line_end
        } else {
            start
        };
        return Fault::indentation(
            at,
            format!("expected an indented block after {what} on line {header}"),
        );
    }
    if message == "Unexpected indentation" {
        let indent = line_text(source, start)
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .count();
        let at = line_start(source, start) + indent.saturating_sub(1);
        return Fault::indentation(at, "unexpected indent");
    }
    if message.starts_with("Expected `:`, found `=`") {
        // `if x = 1:`: CPython points at the start of the condition.
        let line = line_text(source, start);
        let indent = line.len() - line.trim_start().len();
        let keyword_len = line.split_whitespace().next().map_or(0, str::len);
        let cond =
            line[indent + keyword_len..].len() - line[indent + keyword_len..].trim_start().len();
        return Fault::syntax(
            line_start(source, start) + indent + keyword_len + cond,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        );
    }
    if let Some(found) = message.strip_prefix("Expected `:`, found ") {
        let _ = found;
        return Fault::syntax(start, "expected ':'");
    }
    if message.starts_with("Expected `(`, found") {
        return Fault::syntax(start, "expected '('");
    }
    if message.starts_with("Expected `except` or `finally`") {
        return Fault::syntax(start, "expected 'except' or 'finally' block");
    }
    if message == "Simple statements must be separated by newlines or semicolons"
        || message.starts_with("Expected `,`, found")
    {
        let statement = text_before.trim_start();
        if statement.starts_with("print ") || statement.starts_with("exec ") {
            let name = if statement.starts_with("print") {
                "print"
            } else {
                "exec"
            };
            let at = line_start(source, start) + (text_before.len() - statement.len());
            return Fault::syntax(
                at,
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            );
        }
        let found_bracket = message.ends_with("found `)`")
            || message.ends_with("found `]`")
            || message.ends_with("found `}`")
            || message.ends_with("found `:`")
            || message.ends_with("found newline");
        if message.starts_with("Expected `,`") && !found_bracket {
            if let Some(left) = left_expression_start(source, start) {
                return Fault::syntax(left, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        return Fault::syntax(start, "invalid syntax");
    }
    if message == "Expected an expression" {
        // `{"a": }`: CPython names what is missing after a dict key's colon.
        let before = source[..start.min(source.len())].trim_end();
        if before.ends_with(':')
            && left_expression_start(source, start).is_some_and(|l| {
                source[..l].trim_end().ends_with('{') || source[..l].trim_end().ends_with(',')
            })
        {
            return Fault::syntax(
                before.len() - 1,
                "expression expected after dictionary key and ':'",
            );
        }
    }
    if message == "Invalid assignment target" {
        let target = source[start..end.max(start)].trim();
        let what = if target.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
            || matches!(target, "None" | "True" | "False")
        {
            "literal"
        } else if target.ends_with(')') {
            "function call"
        } else {
            "expression"
        };
        return Fault::syntax(
            start,
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
        );
    }
    if let Some(f) = message.strip_prefix("f-string: ") {
        let words = match f {
            "invalid conversion character" => {
                "invalid conversion character: expected 's', 'r', or 'a'".to_string()
            }
            other => other.replace('`', "'"),
        };
        return Fault::syntax(start + 1, format!("f-string: {words}"));
    }
    if message.starts_with("'") || message.contains("outside") {
        // Already CPython's words (the compiler's own checks: `'await' outside function`).
        return Fault::syntax(start, message);
    }
    Fault::syntax(start, "invalid syntax")
}

/// The line of the compound statement a missing block belongs to: the nearest line
/// above `offset` whose statement starts with `keyword` (`async` allowed before it).
fn header_line(source: &str, offset: usize, keyword: &str) -> usize {
    let upto = &source[..line_start(source, offset)];
    let lines: Vec<&str> = upto.lines().collect();
    for (n, l) in lines.iter().enumerate().rev() {
        let t = l.trim_start();
        let t = t.strip_prefix("async ").map_or(t, str::trim_start);
        if t.starts_with(keyword)
            && t[keyword.len()..]
                .chars()
                .next()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
        {
            return n + 1;
        }
    }
    lines.len().max(1)
}

/// Inside brackets, where the expression before the one at `offset` starts: after the
/// opening bracket or comma that precedes it at the same depth. None outside brackets.
fn left_expression_start(source: &str, offset: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut depth = 0i32;
    let mut i = offset;
    let mut in_string: Option<u8> = None;
    while i > 0 {
        i -= 1;
        let c = bytes[i];
        if let Some(q) = in_string {
            if c == q {
                in_string = None;
            }
            continue;
        }
        match c {
            b'"' | b'\'' => in_string = Some(c),
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth > 0 => depth -= 1,
            b'(' | b'[' | b'{' | b',' if depth == 0 => {
                let after = &source[i + 1..offset];
                return Some(i + 1 + (after.len() - after.trim_start().len()));
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (source, CPython's class, message, line, 1-based column), as `compile()` in
    /// CPython 3.11 reports them.
    const CPYTHON: &[(&str, FaultKind, &str, usize, usize)] = &[
        ("x = (1,\n 2]\n", FaultKind::Syntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3),
        ("x = 1)\n", FaultKind::Syntax, "unmatched ')'", 1, 6),
        ("doc = \"\"\"abc\nmore\n", FaultKind::Syntax, "unterminated triple-quoted string literal (detected at line 2)", 1, 7),
        ("if True:\n        x = 1\n    y = 2\n", FaultKind::Indentation, "unindent does not match any outer indentation level", 3, 10),
        ("if True:\n\tx = 1\n        y = 2\n", FaultKind::Tab, "inconsistent use of tabs and spaces in indentation", 3, 1),
        ("x = \u{201c}hi\u{201d}\n", FaultKind::Syntax, "invalid character '\u{201c}' (U+201C)", 1, 5),
        ("x = 012\n", FaultKind::Syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
        ("x = 1abc\n", FaultKind::Syntax, "invalid decimal literal", 1, 5),
    ];

    fn position(source: &str, offset: usize) -> (usize, usize) {
        let line = line_of(source, offset);
        let col = source[line_start(source, offset)..offset].chars().count() + 1;
        (line, col)
    }

    #[test]
    fn the_tokenizer_faults_read_and_stand_as_cpythons() {
        for (source, kind, message, line, col) in CPYTHON {
            let f = scan(source)
                .fault
                .unwrap_or_else(|| panic!("no fault in {source:?}"));
            assert_eq!(
                (f.kind, f.message.as_str()),
                (*kind, *message),
                "{source:?}"
            );
            assert_eq!(position(source, f.start), (*line, *col), "{source:?}");
        }
    }

    #[test]
    fn an_open_bracket_is_left_to_the_end() {
        // CPython: `'(' was never closed` at 1:6; ruff fails at `x` (2:1).
        let source = "print(\"hi\"\nx = 1\n";
        let s = scan(source);
        assert_eq!(s.fault, None);
        assert_eq!(s.unclosed, vec![('(', 5)]);
        let f = describe(source, 11, 12, "Expected `,`, found name");
        assert_eq!(f.message, "'(' was never closed");
        assert_eq!(position(source, f.start), (1, 6));
    }

    #[test]
    fn well_formed_sources_scan_clean() {
        for source in [
            "x = (1,\n  2)\ns = 'it''s'\nt = \"\"\"a\n(b\n\"\"\"\n",
            "if x:\n\tpass\nelse:\n\tpass\n",
            "n = 0x1F + 0o17 + 1e-3 + 3j + 1_000 + 0 + 00\ny = 1if x else 2\n",
            "s = r'\\\\' + f\"{a['k']}\"  # (unclosed in a comment\n",
            "x = [1,\n# ]\n 2]\n",
        ] {
            let s = scan(source);
            assert_eq!(s.fault, None, "{source:?}");
            assert!(s.unclosed.is_empty(), "{source:?}");
        }
    }
}
