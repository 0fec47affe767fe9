//! The frames view (`v`): the selected task's or generator's frames at the end of its
//! latest step, outermost first, each with its line and local variables, as Python Tutor
//! draws them. Drawn over the panels, from `State::frames_view` alone.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::Ctx;

pub(crate) struct FramesPanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &FramesPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let Some(view) = s.frames_view(s.view.selected) else {
            return;
        };
        let mut text = Text::default();
        let name = &s.lesson.source_name;
        let file = name.rsplit('/').next().unwrap_or(name);
        match view.frames {
            None => {
                text.push_line(Line::styled(
                    format!(
                        "no frames yet: a {}'s frames are taken each time one of its steps ends",
                        view.kind
                    ),
                    t.dim(),
                ));
            }
            Some([]) => {
                text.push_line(Line::styled(
                    "no frames of the program's own code (only coroviz's library)",
                    t.dim(),
                ));
            }
            Some(_) => {
                text.push_line(Line::styled(
                    "as its latest step ended · outermost first",
                    t.dim(),
                ));
                for f in s.frame_texts(&view) {
                    let marker = match f.tag {
                        "drove it" => "▶ ",
                        "calls" => "  ",
                        _ => "● ",
                    };
                    text.push_line(Line::from(vec![
                        Span::styled(marker, t.key()),
                        Span::styled(f.func.clone(), t.title()),
                        Span::raw(format!("  {file}:{}  ", f.line)),
                        Span::styled(format!("({})", f.tag), t.key()),
                    ]));
                    if !f.source.is_empty() {
                        text.push_line(Line::styled(format!("    {}", f.source), t.dim()));
                    }
                    for l in &f.locals {
                        text.push_line(Line::raw(format!("    {l}")));
                    }
                }
            }
        }
        text.push_line(Line::styled(
            "● its frames · ▶ the caller's line that drove it · reprs skip your __repr__",
            t.dim(),
        ));
        let w = 100.min(area.width);
        // Each line's rows once wrapped inside the borders.
        let inner = usize::from(w.saturating_sub(2)).max(1);
        let rows: usize = text
            .lines
            .iter()
            .map(|l| l.width().max(1).div_ceil(inner))
            .sum();
        let h = (rows.min(usize::from(u16::MAX - 2)) as u16 + 2).min(area.height);
        let rect = Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        );
        Clear.render(rect, buf);
        let title = format!(
            " Frames & locals · {} {} · v/Esc closes ",
            view.kind, view.name
        );
        let block = Block::bordered()
            .border_style(t.title())
            .title(Line::styled(title, t.title()));
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .block(block)
            .render(rect, buf);
    }
}
