//! The text panels: event log (with its filter), program output, and notes (the lesson,
//! teaching points, and once the program ends, how it ended).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::text::{fit, secs};
use super::Ctx;
use crate::app::{exit_word, Tab};
use crate::runtime::event::ExitStatus;

pub(crate) struct LogPanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &LogPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let mut title = vec![Span::styled(format!("Events {}", s.log.total), t.title())];
        if s.view.filtering || !s.view.filter.is_empty() {
            let cursor = if s.view.filtering { "▏" } else { "" };
            title.push(Span::styled(
                format!(" /{}{cursor}", s.view.filter),
                t.warn(),
            ));
        } else {
            title.push(Span::styled(" (/ filters)", t.dim()));
        }
        let block = self.ctx.block(title, Some(Tab::Log));
        let inner = block.inner(area);
        block.render(area, buf);
        let h = usize::from(inner.height);
        let w = usize::from(inner.width);
        let mut shown: Vec<_> = s.filtered_log().rev().take(h).collect();
        shown.reverse();
        if shown.is_empty() && !s.view.filter.is_empty() {
            let line = Line::styled(format!("no event matches {:?}", s.view.filter), t.dim());
            buf.set_line(inner.x, inner.y, &line, inner.width);
        }
        for (i, e) in shown.iter().enumerate() {
            let stamp = format!("{:>8} {:>4} ", secs(e.t), e.iter);
            let text = fit(&e.text, w.saturating_sub(stamp.len()));
            let line = Line::from(vec![
                Span::styled(stamp, t.dim()),
                Span::raw(text.into_owned()),
            ]);
            buf.set_line(inner.x, inner.y + i as u16, &line, inner.width);
        }
    }
}

pub(crate) struct OutputPanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &OutputPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let title = vec![Span::styled("Program output", t.title())];
        let block = self.ctx.block(title, None);
        let inner = block.inner(area);
        block.render(area, buf);
        let h = usize::from(inner.height);
        let w = usize::from(inner.width);
        let lines = &s.output.lines;
        for (i, l) in lines.iter().skip(lines.len().saturating_sub(h)).enumerate() {
            let style = if l.stderr { t.stderr() } else { t.plain_text() };
            let text = l.text.replace('\t', "    ");
            buf.set_stringn(inner.x, inner.y + i as u16, fit(&text, w), w, style);
        }
    }
}

pub(crate) struct NotesPanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// Lines of a traceback shown on the final screen (its end, where the error is).
const TRACEBACK_LINES: usize = 8;

impl Widget for &NotesPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let mut text = Text::default();
        if let Some(f) = s.finish {
            let style = if f.code == 0 { t.good() } else { t.error() };
            text.push_line(Line::styled(
                format!("Finished: {} (exit {})", exit_word(f.exit), f.code),
                style,
            ));
            let shows_traceback =
                matches!(
                    f.exit,
                    ExitStatus::Exception | ExitStatus::KeyboardInterrupt
                ) || (!s.output.stderr.is_empty() && f.code != 0 && f.exit != ExitStatus::Deadlock);
            if !s.deadlock.is_empty() {
                text.push_line(Line::styled(
                    "Stuck for ever, each task at its line → what it waits on:",
                    t.warn(),
                ));
                for l in &s.deadlock {
                    text.push_line(Line::raw(format!("  {l}")));
                }
            }
            if shows_traceback {
                let lines: Vec<&str> = s.output.stderr.lines().collect();
                for l in &lines[lines.len().saturating_sub(TRACEBACK_LINES)..] {
                    text.push_line(Line::styled(format!("  {l}"), t.stderr()));
                }
            }
        }
        for (at, how) in &s.interrupts {
            text.push_line(Line::from(vec![
                Span::styled(format!("Ctrl-C at {}s: ", secs(*at)), t.warn()),
                Span::raw(how.clone()),
            ]));
        }
        for w in &s.teaching {
            text.push_line(Line::from(vec![
                Span::styled("• ", t.warn()),
                Span::raw(w.text.clone()),
            ]));
        }
        if !text.lines.is_empty() {
            text.push_line(Line::raw(""));
        }
        if s.lesson.about.trim().is_empty() {
            text.push_line(Line::styled(
                "No lesson text: this is a plain .py program.",
                t.dim(),
            ));
        } else {
            for l in s.lesson.about.trim().lines() {
                text.push_line(Line::raw(l.to_string()));
            }
        }
        let label = if s.finish.is_some() {
            "Result & notes"
        } else {
            "Notes"
        };
        let block = self
            .ctx
            .block(vec![Span::styled(label, t.title())], Some(Tab::Notes));
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .block(block)
            .render(area, buf);
    }
}
