//! The replay's position bar: play/pause, event i/N, virtual time, iteration, speed, a
//! progress bar, and whether the recording was cut short.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{secs, speed};
use super::Theme;
use crate::app::Playback;

/// Narrowest progress bar worth drawing.
const MIN_BAR: usize = 8;

pub(crate) struct PositionBar<'a> {
    pub playback: &'a Playback,
    pub theme: Theme,
}

impl Widget for &PositionBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (p, t) = (self.playback, self.theme);
        let glyph = if p.playing { "▶" } else { "⏸" };
        let text = format!(
            " {glyph} event {}/{}  t={}/{}s  iter {}  ×{} ",
            p.position,
            p.events,
            secs(p.clock),
            secs(p.duration),
            p.iteration,
            speed(p.speed),
        );
        let mut spans = vec![Span::styled(text, t.title())];
        if let Some((what, pct)) = p.opening {
            spans.push(Span::styled(format!(" {what} {pct}% "), t.dim()));
        }
        let tag = if p.truncated { " truncated " } else { "" };
        let used: usize = spans.iter().map(|s| s.width()).sum::<usize>() + tag.chars().count();
        let room = usize::from(area.width).saturating_sub(used + 1);
        if room >= MIN_BAR {
            let filled = match p.events {
                0 => room,
                n => (room * p.position).div_ceil(n).min(room),
            };
            spans.push(Span::styled("━".repeat(filled), t.good()));
            spans.push(Span::styled("─".repeat(room - filled), t.dim()));
            spans.push(Span::raw(" "));
        }
        if p.truncated {
            spans.push(Span::styled(tag, t.error().patch(t.selected())));
        }
        buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    }
}
