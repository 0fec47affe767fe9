//! The text panels: event log (with its filter), program output, and notes (the lesson,
//! teaching points, and once the program ends, how it ended).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Widget;

use super::scroll::wrapped;
use super::text::{fit, prose, secs};
use super::Ctx;
use crate::app::{exit_word, explain, Panel};
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
        let block = self.ctx.panel_block(title, Panel::Log);
        let inner = block.inner(area);
        block.render(area, buf);
        let w = usize::from(inner.width);
        // Column headings first, and (when there is room) the lowest line shown explained
        // last: the newest while the log follows, the one scrolled to otherwise.
        let heading = format!("{:>8} {:>4} event", "time s", "iter");
        buf.set_line(
            inner.x,
            inner.y,
            &Line::styled(fit(&heading, w).into_owned(), t.dim()),
            inner.width,
        );
        let explains = inner.height >= 5 && s.filtered_log().next().is_some();
        let h = usize::from(inner.height)
            .saturating_sub(1)
            .saturating_sub(usize::from(explains));
        let top = inner.y + 1;
        // Scrolled: the log's lines are its (matching) entries; unpinned it shows the newest.
        let total = s.filtered_log().count();
        let first = self.ctx.window(Panel::Log, total, h, usize::MAX);
        let shown: Vec<_> = s.filtered_log().skip(first).take(h).collect();
        let explained = shown
            .last()
            .filter(|_| explains)
            .map(|e| explain::explain_entry(s, e));
        super::scroll::mark(buf, inner, total, h, first, t);
        if shown.is_empty() && !s.view.filter.is_empty() {
            let line = Line::styled(format!("no event matches {:?}", s.view.filter), t.dim());
            buf.set_line(inner.x, top, &line, inner.width);
        }
        let newest = s.log.last();
        for (i, e) in shown.iter().enumerate() {
            let stamp = format!("{:>8} {:>4} ", secs(e.t), e.iter);
            let text = explain::shown_text(s, e, newest.is_some_and(|n| std::ptr::eq(n, *e)));
            let text = fit(&text, w.saturating_sub(stamp.len()));
            let line = Line::from(vec![
                Span::styled(stamp, t.dim()),
                Span::raw(text.into_owned()),
            ]);
            buf.set_line(inner.x, top + i as u16, &line, inner.width);
        }
        if let Some(why) = explained {
            let line = Line::from(vec![
                Span::styled(" ↳ ", t.dim()),
                Span::styled(fit(&why, w.saturating_sub(3)).into_owned(), t.dim()),
            ]);
            buf.set_line(inner.x, inner.bottom() - 1, &line, inner.width);
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
        let block = self.ctx.panel_block(title, Panel::Output);
        let inner = block.inner(area);
        block.render(area, buf);
        let w = usize::from(inner.width);
        let lines: Vec<Line> = s
            .output
            .lines
            .iter()
            .map(|l| {
                let style = if l.stderr { t.stderr() } else { t.plain_text() };
                Line::styled(l.text.replace('\t', "    "), style)
            })
            .collect();
        // Long lines wrap; unpinned, the panel shows the newest output.
        let lines = wrapped(&lines, w);
        self.ctx
            .scrolled(Panel::Output, &lines, usize::MAX, inner, buf);
    }
}

pub(crate) struct NotesPanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// Lines of a traceback shown on the final screen (its end, where the error is).
const TRACEBACK_LINES: usize = 8;

/// The notes panel's text (also the pager's): how the run ended, Ctrl-Cs, teaching points,
/// then the lesson text, its `code` spans styled. Not wrapped yet.
pub(crate) fn notes_lines(ctx: &Ctx<'_>) -> Vec<Line<'static>> {
    let (s, t) = (ctx.state, ctx.theme);
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
            "No lesson text (a .toml scenario can give one in its about field).",
            t.dim(),
        ));
    } else {
        for l in s.lesson.about.trim().lines() {
            text.push_line(prose(l, t.plain_text(), t.code()));
        }
    }
    text.lines
}

impl Widget for &NotesPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let label = if s.finish.is_some() {
            "Result & notes"
        } else {
            "Notes"
        };
        let mut title = vec![Span::styled(label, t.title())];
        if area.width >= 40 {
            title.push(Span::styled(" (L full screen)", t.dim()));
        }
        let block = self.ctx.panel_block(title, Panel::Notes);
        let inner = block.inner(area);
        block.render(area, buf);
        let lines = wrapped(&notes_lines(self.ctx), usize::from(inner.width));
        self.ctx.scrolled(Panel::Notes, &lines, 0, inner, buf);
    }
}
