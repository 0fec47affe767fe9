//! Diagnostics a user can act on: file, line, column, the source line with a caret, the problem.

use std::fmt;

/// A problem found in a user's file, pointing at a byte range of its source.
///
/// Invariant: `line` and `col` are 1-based and describe `start`; `source_line` is that line's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub col: u32,
    /// The headline, e.g. "unsupported: complex number".
    pub message: String,
    /// The text of the offending line (without its newline), if known.
    pub source_line: Option<String>,
    /// How many columns the caret underline spans (at least 1).
    pub width: u32,
    /// An optional hint shown under the snippet.
    pub help: Option<String>,
}

impl Diagnostic {
    /// Builds a diagnostic for the byte range `start..end` of `source`.
    pub fn at(
        file: &str,
        source: &str,
        start: usize,
        end: usize,
        message: impl Into<String>,
    ) -> Self {
        let start = start.min(source.len());
        let end = end.clamp(start, source.len());
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let line_text = source[line_start..line_end].trim_end_matches('\r');
        let line = source[..start].matches('\n').count() as u32 + 1;
        let col = source[line_start..start].chars().count() as u32 + 1;
        let width = source[start..end.min(line_end)].chars().count().max(1) as u32;
        Diagnostic {
            file: file.to_string(),
            line,
            col,
            message: message.into(),
            source_line: Some(line_text.to_string()),
            width,
            help: None,
        }
    }

    /// A diagnostic with a position but no snippet (e.g. from another tool's error).
    pub fn plain(file: &str, line: u32, col: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            col,
            message: message.into(),
            source_line: None,
            width: 1,
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    /// Renders as `file:line:col: error: message`, then the source line and a caret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}:{}:{}: error: {}",
            self.file, self.line, self.col, self.message
        )?;
        if let Some(text) = &self.source_line {
            let gutter = self.line.to_string();
            let pad = " ".repeat(gutter.len());
            // Tabs keep their width in the caret line so the caret lands under the construct.
            let lead: String = text
                .chars()
                .take(self.col.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{pad} |")?;
            writeln!(f, "{gutter} | {text}")?;
            write!(f, "{pad} | {lead}{}", "^".repeat(self.width as usize))?;
        }
        if let Some(help) = &self.help {
            write!(
                f,
                "\n{pad} = help: {help}",
                pad = " ".repeat(self.line.to_string().len())
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_line_and_column() {
        let src = "x = 1\nmatch x:\n    case 1: pass\n";
        let d = Diagnostic::at("p.py", src, 6, 11, "unsupported: `match` statement");
        assert_eq!((d.line, d.col, d.width), (2, 1, 5));
        let text = d.to_string();
        assert!(text.starts_with("p.py:2:1: error: unsupported: `match` statement"));
        assert!(text.contains("2 | match x:"));
        assert!(text.ends_with("  | ^^^^^"));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "s = '协程'; match";
        let start = src.find("match").unwrap();
        let d = Diagnostic::at("p.py", src, start, start + 5, "x");
        assert_eq!(d.col, 11);
    }
}
