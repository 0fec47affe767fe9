//! Overlays drawn on top of the panels: task detail, the key help, and "terminal too small".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::text::{pad, secs};
use super::{Ctx, Theme, MIN_HEIGHT, MIN_WIDTH};
use crate::app::{outcome_text, Panel, Row, TaskState, HELP, REPLAY_HELP};
use crate::runtime::event::{Awaiting, CancelSource};

/// A centred rectangle of at most `w`×`h` inside `area`.
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn popup(area: Rect, buf: &mut Buffer, theme: Theme, title: String, text: Text<'_>) {
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_style(theme.title())
        .title(Line::styled(format!(" {title} "), theme.title()));
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .block(block)
        .render(area, buf);
}

/// [`popup`] for `panel`, its text wrapped and scrolled as the model says.
fn scrolled_popup(
    ctx: &Ctx<'_>,
    panel: Panel,
    area: Rect,
    buf: &mut Buffer,
    title: String,
    text: Text<'_>,
) {
    let t = ctx.theme;
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_style(t.title())
        .title(Line::styled(format!(" {title} "), t.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = super::scroll::wrapped(&text.lines, usize::from(inner.width));
    ctx.scrolled(panel, &lines, 0, inner, buf);
}

pub(crate) struct Detail<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &Detail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let Some(row) = s.row(s.view.selected) else {
            return;
        };
        let task = match row {
            Row::Task(task) => task,
            Row::Gen(g) => {
                let source = s
                    .source_lines
                    .get((g.line as usize).wrapping_sub(1))
                    .map(|l| l.trim())
                    .unwrap_or("");
                let mut lines = vec![
                    Line::from(vec![
                        Span::raw("state "),
                        Span::styled(format!("{:?}", g.state), t.state(g.shown_as())),
                        Span::raw(format!(
                            " (inspect.getgeneratorstate) · resumed {} time{}",
                            g.resumes,
                            if g.resumes == 1 { "" } else { "s" }
                        )),
                    ]),
                    Line::raw(format!("at line {}: {source}", g.line)),
                    Line::styled("latest operations", t.title()),
                ];
                lines.extend(g.history.iter().map(|h| Line::raw(format!("  {h}"))));
                let height = (lines.len() + 2).min(usize::from(u16::MAX)) as u16;
                let rect = centred(area, 84, height);
                scrolled_popup(
                    self.ctx,
                    Panel::Detail,
                    rect,
                    buf,
                    format!("generator {} · Esc closes", g.name),
                    Text::from(lines),
                );
                return;
            }
        };
        let mut text = Text::default();
        let head = |label: &str| Line::styled(label.to_string(), t.title());
        text.push_line(Line::from(vec![
            Span::raw("state "),
            Span::styled(task.state.word(), t.state(task.state)),
            Span::raw(format!(
                " · {} step{} · coroutine {}()",
                task.steps,
                if task.steps == 1 { "" } else { "s" },
                task.coro
            )),
        ]));
        let parent = task
            .parent
            .and_then(|p| s.task(p))
            .map_or("the top level".to_string(), |p| p.name.clone());
        text.push_line(Line::raw(format!("created by {parent}")));
        let children: Vec<&str> = s
            .tasks
            .iter()
            .filter(|c| c.parent == Some(task.id))
            .map(|c| c.name.as_str())
            .collect();
        if !children.is_empty() {
            text.push_line(Line::raw(format!("created {}", children.join(", "))));
        }
        if let Some(o) = &task.outcome {
            text.push_line(Line::styled(outcome_text(o), t.state(task.state)));
        }
        // The asyncio primitives it holds or waits on (locks, semaphores, queues…).
        let label = |p: &crate::app::Primitive| format!("{}-{}", p.kind, p.id.0);
        let holds: Vec<String> = s
            .prims
            .iter()
            .filter(|p| p.holders.contains(&task.id))
            .map(label)
            .collect();
        let waits: Vec<String> = s
            .prims
            .iter()
            .filter(|p| p.waiters.contains(&task.id))
            .map(label)
            .collect();
        if !holds.is_empty() {
            text.push_line(Line::raw(format!("holds {}", holds.join(", "))));
        }
        if !waits.is_empty() {
            text.push_line(Line::raw(format!("waits on {}", waits.join(", "))));
        }

        text.push_line(Line::raw(""));
        text.push_line(head("Await chain"));
        for (depth, link) in s.await_chain(task.id).into_iter().enumerate() {
            let indent = "  ".repeat(depth + 1);
            let what = match (&link.awaiting, link.state) {
                (Some(a), TaskState::Waiting) => {
                    let kind = match a {
                        Awaiting::Task { .. } => "the task",
                        Awaiting::Future { .. } => "",
                        Awaiting::Yield => "",
                    };
                    format!(
                        "awaits {kind}{}{}",
                        if kind.is_empty() { "" } else { " " },
                        s.awaiting_text(a)
                    )
                }
                _ => format!("is {}", link.state.word()),
            };
            text.push_line(Line::from(vec![
                Span::raw(indent),
                Span::styled(link.name.clone(), t.state(link.state)),
                Span::raw(format!(" at line {} {what}", link.line)),
            ]));
        }
        let waiters: Vec<String> = s.awaited_by(task.id).map(|w| w.name.clone()).collect();
        if !waiters.is_empty() {
            text.push_line(Line::raw(format!("  awaited by {}", waiters.join(", "))));
        }

        text.push_line(Line::raw(""));
        text.push_line(head("Done callbacks (run via call_soon when it finishes)"));
        if task.done_callbacks.is_empty() {
            text.push_line(Line::styled("  none", t.dim()));
        }
        for cb in &task.done_callbacks {
            text.push_line(Line::raw(format!("  {cb}")));
        }

        text.push_line(Line::raw(""));
        text.push_line(head("Cancellation"));
        if task.cancels.is_empty() && task.throws.is_empty() {
            text.push_line(Line::styled("  never asked to cancel", t.dim()));
        }
        for c in &task.cancels {
            let by = match &c.by {
                CancelSource::Program { task: Some(by) } => {
                    format!("by {}", s.task(*by).map_or("a task", |t| t.name.as_str()))
                }
                CancelSource::Program { task: None } => "by the program".into(),
                CancelSource::User => "by you".into(),
                CancelSource::Shutdown => "by asyncio.run's shutdown".into(),
                CancelSource::Interrupt => "by asyncio.run's Ctrl-C handler".into(),
                CancelSource::Propagated { from } => format!(
                    "because {} was cancelled while awaiting it",
                    s.task(*from).map_or("a task", |t| t.name.as_str())
                ),
            };
            let msg = c
                .msg
                .as_ref()
                .map(|m| format!(" msg={m:?}"))
                .unwrap_or_default();
            text.push_line(Line::raw(format!("  t={}s cancel() {by}{msg}", secs(c.t))));
        }
        for th in &task.throws {
            text.push_line(Line::raw(format!(
                "  t={}s {} thrown in at line {}, its await: it propagates unless caught",
                secs(th.t),
                th.exc,
                th.line
            )));
        }
        let title = format!("{} · {}() · Esc closes", task.name, task.coro);
        // Room for the lines plus a few wrapped ones, within the screen.
        let h = (text.lines.len() as u16 + 4).min(area.height.saturating_sub(2));
        scrolled_popup(
            self.ctx,
            Panel::Detail,
            centred(area, 84, h),
            buf,
            title,
            text,
        );
    }
}

pub(crate) struct Help<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.ctx.theme;
        let mut text = Text::default();
        let (keys_table, title) = match self.ctx.state.replay {
            Some(_) => (REPLAY_HELP, "Keys · replaying a recording"),
            None => (HELP, "Keys"),
        };
        for (keys, what) in keys_table {
            text.push_line(Line::from(vec![
                Span::styled(pad(keys, 10), t.key()),
                Span::raw(*what),
            ]));
        }
        text.push_line(Line::raw(""));
        let mut states = vec![Span::raw("task states: ")];
        for s in TaskState::ALL {
            states.push(Span::styled(s.word(), t.state(s)));
            states.push(Span::raw(" "));
        }
        text.push_line(Line::from(states));
        text.push_line(Line::styled(
            "ready: a step is queued · waiting: suspended at an await",
            t.dim(),
        ));
        text.push_line(Line::raw(""));
        text.push_line(Line::styled("any key closes this help", t.dim()));
        let h = text.lines.len() as u16 + 2;
        popup(centred(area, 78, h), buf, t, title.into(), text);
    }
}

/// Shown instead of the dashboard when the terminal is smaller than 80×24.
pub(crate) struct TooSmall {
    pub theme: Theme,
}

impl Widget for &TooSmall {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = [
            "terminal too small".to_string(),
            format!(
                "{}×{} — coroviz needs at least {MIN_WIDTH}×{MIN_HEIGHT}",
                area.width, area.height
            ),
            "resize the window, or press q to quit".to_string(),
        ];
        let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
        for (i, l) in lines.iter().enumerate() {
            let w = super::width(l) as u16;
            let x = area.x + area.width.saturating_sub(w) / 2;
            let style = if i == 0 {
                self.theme.error()
            } else {
                self.theme.plain_text()
            };
            let y = top + i as u16;
            if y < area.bottom() {
                buf.set_stringn(x, y, l, usize::from(area.width), style);
            }
        }
    }
}
