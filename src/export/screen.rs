//! Ratatui buffers as terminal output: a full first frame, then only the rows that changed,
//! with colours and emphasis as SGR escapes.

use std::fmt::{self, Write as _};
use std::str::FromStr;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};

/// A terminal size for a cast.
///
/// Invariant: `MIN ≤ (width, height) ≤ MAX` componentwise (checked by `FromStr`/`new`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u16,
    pub height: u16,
}

impl Size {
    /// The dashboard's full layout fits.
    pub const DEFAULT: Size = Size {
        width: 120,
        height: 40,
    };
    /// The dashboard's smallest layout.
    pub const MIN: Size = Size {
        width: crate::ui::MIN_WIDTH,
        height: crate::ui::MIN_HEIGHT,
    };
    /// Larger than any screen a cast is played on.
    pub const MAX: Size = Size {
        width: 400,
        height: 200,
    };

    /// A size within [`Size::MIN`]..=[`Size::MAX`], or why not.
    pub fn new(width: u16, height: u16) -> Result<Size, String> {
        let (min, max) = (Size::MIN, Size::MAX);
        if width < min.width || height < min.height {
            return Err(format!(
                "{width}x{height} is too small: the dashboard needs at least {min}"
            ));
        }
        if width > max.width || height > max.height {
            return Err(format!("{width}x{height} is too large: at most {max}"));
        }
        Ok(Size { width, height })
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.width, self.height)
    }
}

impl FromStr for Size {
    type Err = String;

    /// `WIDTHxHEIGHT`, e.g. `100x30`.
    fn from_str(s: &str) -> Result<Size, String> {
        let bad = || format!("`{s}` is not a size: expected WIDTHxHEIGHT, e.g. 120x40");
        let (w, h) = s.split_once(['x', 'X']).ok_or_else(bad)?;
        let w: u16 = w.trim().parse().map_err(|_| bad())?;
        let h: u16 = h.trim().parse().map_err(|_| bad())?;
        Size::new(w, h)
    }
}

/// The look of one cell, as far as SGR can say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Pen {
    const PLAIN: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell, color: bool) -> Pen {
        if color {
            Pen {
                fg: cell.fg,
                bg: cell.bg,
                modifier: cell.modifier,
            }
        } else {
            Pen {
                modifier: cell.modifier,
                ..Pen::PLAIN
            }
        }
    }

    /// `ESC [ 0 ; … m`: resets, then sets everything this pen has.
    fn sgr(self, out: &mut String) {
        out.push_str("\x1b[0");
        const MODS: [(Modifier, u8); 9] = [
            (Modifier::BOLD, 1),
            (Modifier::DIM, 2),
            (Modifier::ITALIC, 3),
            (Modifier::UNDERLINED, 4),
            (Modifier::SLOW_BLINK, 5),
            (Modifier::RAPID_BLINK, 6),
            (Modifier::REVERSED, 7),
            (Modifier::HIDDEN, 8),
            (Modifier::CROSSED_OUT, 9),
        ];
        for (m, code) in MODS {
            if self.modifier.contains(m) {
                let _ = write!(out, ";{code}");
            }
        }
        color_sgr(self.fg, 30, out);
        color_sgr(self.bg, 40, out);
        out.push('m');
    }
}

/// Appends `;code` for a colour; `base` is 30 for foreground, 40 for background.
fn color_sgr(c: Color, base: u8, out: &mut String) {
    let named = |i: u8| Some(base + i);
    let bright = |i: u8| Some(base + 60 + i);
    let code = match c {
        Color::Reset => None,
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => bright(0),
        Color::LightRed => bright(1),
        Color::LightGreen => bright(2),
        Color::LightYellow => bright(3),
        Color::LightBlue => bright(4),
        Color::LightMagenta => bright(5),
        Color::LightCyan => bright(6),
        Color::White => bright(7),
        Color::Rgb(r, g, b) => {
            let _ = write!(out, ";{};2;{r};{g};{b}", base + 8);
            None
        }
        Color::Indexed(i) => {
            let _ = write!(out, ";{};5;{i}", base + 8);
            None
        }
    };
    if let Some(code) = code {
        let _ = write!(out, ";{code}");
    }
}

/// Turns successive frames into terminal output.
///
/// Invariant: `last`, once set, is the screen as the output written so far leaves it.
pub struct Screen {
    color: bool,
    last: Option<Buffer>,
}

impl Screen {
    pub fn new(color: bool) -> Self {
        Screen { color, last: None }
    }

    /// What to write to turn the previous frame into `frame`: everything for the first
    /// (cursor hidden, screen cleared), then each changed row in full. Empty when nothing
    /// changed.
    pub fn diff(&mut self, frame: &Buffer) -> String {
        let mut out = String::new();
        let area = frame.area;
        let first = match &self.last {
            Some(last) if last.area == area => false,
            _ => {
                out.push_str("\x1b[?25l\x1b[0m\x1b[H\x1b[2J");
                true
            }
        };
        for y in area.top()..area.bottom() {
            let changed = first
                || self.last.as_ref().is_some_and(|last| {
                    (area.left()..area.right()).any(|x| last[(x, y)] != frame[(x, y)])
                });
            if changed {
                self.row(frame, y, &mut out);
            }
        }
        self.last = Some(frame.clone());
        out
    }

    /// Cursor to the start of row `y`, then the row's text with its pens; ends plain.
    fn row(&self, frame: &Buffer, y: u16, out: &mut String) {
        let area = frame.area;
        let _ = write!(out, "\x1b[{};{}H", y - area.y + 1, 1);
        let mut pen = None;
        let mut x = area.left();
        while x < area.right() {
            let cell = &frame[(x, y)];
            let next = Pen::of(cell, self.color);
            if pen != Some(next) {
                next.sgr(out);
                pen = Some(next);
            }
            let symbol = cell.symbol();
            // Keep the cursor on the grid: never emit control characters.
            if symbol.chars().any(char::is_control) || symbol.is_empty() {
                out.push(' ');
            } else {
                out.push_str(symbol);
            }
            // A wide (CJK) character covers the next cell too.
            x += (crate::ui::width(symbol).max(1) as u16).min(area.right() - x);
        }
        out.push_str("\x1b[0m");
    }

    /// Leaves the terminal usable: plain pen, cursor visible at the start of the last row
    /// (inside the screen: a row below it does not exist, and players clamp or scroll).
    pub fn finish(&self) -> String {
        let rows = self.last.as_ref().map_or(1, |b| b.area.height.max(1));
        format!("\x1b[0m\x1b[{rows};1H\x1b[?25h")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn sizes_parse_and_are_bounded() {
        assert_eq!("100x30".parse::<Size>(), Ok(Size::new(100, 30).unwrap()));
        assert!("79x30".parse::<Size>().unwrap_err().contains("too small"));
        assert!("100x300".parse::<Size>().unwrap_err().contains("too large"));
        assert!("100".parse::<Size>().unwrap_err().contains("WIDTHxHEIGHT"));
        assert!("ax30".parse::<Size>().is_err());
        assert!("70000x30".parse::<Size>().is_err());
    }

    #[test]
    fn first_frame_is_whole_then_only_changed_rows() {
        let area = Rect::new(0, 0, 4, 3);
        let mut screen = Screen::new(true);
        let mut buf = Buffer::empty(area);
        buf.set_string(0, 0, "ab", Style::new().fg(Color::Red));
        let first = screen.diff(&buf);
        assert!(first.starts_with("\x1b[?25l"));
        assert!(first.contains("\x1b[0;31mab\x1b[0m  "), "{first:?}");
        assert!(first.contains("\x1b[3;1H"));
        assert_eq!(screen.diff(&buf), "", "nothing changed");
        buf.set_string(0, 1, "x", Style::new());
        let second = screen.diff(&buf);
        assert_eq!(second, "\x1b[2;1H\x1b[0mx   \x1b[0m");
        assert_eq!(
            screen.finish(),
            "\x1b[0m\x1b[3;1H\x1b[?25h",
            "the cursor ends on the last row, not below the screen"
        );
    }

    #[test]
    fn without_colour_only_emphasis_remains() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 2, 1));
        buf.set_string(
            0,
            0,
            "ok",
            Style::new().fg(Color::Green).bg(Color::Rgb(1, 2, 3)),
        );
        buf.set_style(
            Rect::new(0, 0, 1, 1),
            Style::new().add_modifier(Modifier::BOLD),
        );
        let plain = Screen::new(false).diff(&buf);
        assert!(
            !plain.contains(";32") && !plain.contains("48;2"),
            "{plain:?}"
        );
        assert!(plain.contains("\x1b[0;1mo\x1b[0mk"), "{plain:?}");
        let colored = Screen::new(true).diff(&buf);
        assert!(colored.contains("\x1b[0;1;32;48;2;1;2;3mo"), "{colored:?}");
    }

    #[test]
    fn wide_characters_take_two_cells() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        buf.set_string(0, 0, "界a", Style::new());
        let out = Screen::new(false).diff(&buf);
        assert!(out.contains("\x1b[0m界a \x1b[0m"), "{out:?}");
    }
}
