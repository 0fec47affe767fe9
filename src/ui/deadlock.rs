//! The deadlock box: once the loop found nothing ready, no timer set and tasks still
//! waiting, the bottom of the final screen lists each stuck task, the line it waits at and
//! what it waits on for ever, above the footer (the panels above stay as they were).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::Ctx;

pub(crate) struct DeadlockBox<'a> {
    pub ctx: &'a Ctx<'a>,
    /// The footer's area: the box stands on it.
    pub footer: Rect,
}

impl Widget for &DeadlockBox<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        if s.deadlock.is_empty() || area.width < 20 {
            return;
        }
        let inner_w = usize::from(area.width.saturating_sub(2)).max(1);
        // Rows each line takes once wrapped (two columns of indent on continuations).
        let rows: usize = s
            .deadlock
            .iter()
            .map(|l| super::width(l).div_ceil(inner_w).max(1))
            .sum();
        let room = self.footer.y.saturating_sub(area.y) / 2;
        let h = (rows as u16 + 2).min(room.max(3));
        let rect = Rect::new(area.x, self.footer.y.saturating_sub(h), area.width, h);
        Clear.render(rect, buf);
        let lines: Vec<Line<'_>> = s
            .deadlock
            .iter()
            .map(
                |l| match (l.split_once(" → "), l.trim_start().strip_prefix("cycle: ")) {
                    // The threads' cycle of waits, each link drawn as an arrow.
                    (_, Some(cycle)) => {
                        let mut spans = vec![Span::styled("cycle: ", t.warn())];
                        for (i, part) in cycle.split(", ").enumerate() {
                            if i > 0 {
                                spans.push(Span::styled(" ⟶ ", t.warn()));
                            }
                            spans.push(Span::styled(part.to_string(), t.error()));
                        }
                        Line::from(spans)
                    }
                    (Some((who, on)), None) => Line::from(vec![
                        Span::raw(who.to_string()),
                        Span::styled(" → ", t.warn()),
                        Span::styled(on.to_string(), t.error()),
                    ]),
                    (None, None) => Line::raw(l.clone()),
                },
            )
            .collect();
        let title = match s.deadlock_of_threads {
            true => " Deadlock: no thread can run and none will wake: each waits on the next ",
            false => " Deadlock: nothing is ready, no timer is set, nothing can wake these tasks ",
        };
        let block = Block::bordered()
            .border_style(t.error())
            .title(Line::styled(title, t.error()))
            .title_bottom(Line::styled(
                " CPython would wait here for ever; the run stops (exit 3) ",
                t.dim(),
            ));
        Paragraph::new(Text::from(lines))
            .wrap(Wrap { trim: false })
            .block(block)
            .render(rect, buf);
    }
}
