//! Overlays drawn on top of the panels: task detail, the key help, and "terminal too small".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::text::{fit, pad, secs, width};
use super::{Ctx, Theme, MIN_HEIGHT, MIN_WIDTH};
use crate::app::explain::GLOSSARY;
use crate::app::{outcome_text, HelpPage, Panel, Row, TaskState, ThreadStatus, HELP, REPLAY_HELP};
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
            Row::Work(f) => {
                let source = s
                    .source_lines
                    .get((f.line as usize).wrapping_sub(1))
                    .map(|l| l.trim())
                    .unwrap_or("");
                let mut lines = vec![
                    Line::from(vec![
                        Span::raw("state "),
                        Span::styled(f.word(), t.state(f.shown_as())),
                        Span::raw(format!(" · a concurrent.futures.Future of {}", f.pool)),
                    ]),
                    Line::raw(format!("runs {}", f.call)),
                    Line::raw(format!("submitted at line {}: {source}", f.line)),
                ];
                if let crate::runtime::event::PoolFutureState::Running { worker } = f.state {
                    let name = s
                        .threads
                        .get(worker)
                        .map_or_else(|| format!("thread #{}", worker.0), |w| w.name.clone());
                    lines.push(Line::raw(format!("taken by {name}")));
                }
                if f.is_finished() {
                    lines.push(Line::styled(f.result(), t.state(f.shown_as())));
                }
                let height = (lines.len() + 2).min(usize::from(u16::MAX)) as u16;
                let rect = centred(area, 84, height);
                scrolled_popup(
                    self.ctx,
                    Panel::Detail,
                    rect,
                    buf,
                    format!("pool future #{} · Esc closes", f.id.0),
                    Text::from(lines),
                );
                return;
            }
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

/// `text` broken at spaces into lines of at most `cols` columns (a longer word is cut).
fn wrap_words(text: &str, cols: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let need = width(&line) + usize::from(!line.is_empty()) + width(word);
        if !line.is_empty() && need > cols {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .map(|l| fit(&l, cols).into_owned())
        .collect()
}

impl Help<'_> {
    /// The keys page: every key and what it does, the task states, how to leave.
    fn keys_page(&self) -> Vec<Line<'static>> {
        let t = self.ctx.theme;
        let keys_table = match self.ctx.state.replay {
            Some(_) => REPLAY_HELP,
            None => HELP,
        };
        let mut lines: Vec<Line> = keys_table
            .iter()
            .map(|(keys, what)| {
                Line::from(vec![Span::styled(pad(keys, 10), t.key()), Span::raw(*what)])
            })
            .collect();
        lines.push(Line::raw(""));
        let mut states = vec![Span::raw("task states: ")];
        for s in TaskState::ALL {
            states.push(Span::styled(s.word(), t.state(s)));
            states.push(Span::raw(" "));
        }
        lines.push(Line::from(states));
        lines.push(Line::styled(
            "ready: a step is queued · waiting: suspended at an await",
            t.dim(),
        ));
        if self.ctx.state.threads.shown() {
            let mut states = vec![Span::raw("thread states: ")];
            for s in [
                ThreadStatus::Running,
                ThreadStatus::Runnable,
                ThreadStatus::Sleeping {
                    until: 0.0,
                    line: 0,
                },
                ThreadStatus::Blocked {
                    on: String::new(),
                    line: 0,
                    until: None,
                },
                ThreadStatus::Done,
            ] {
                states.push(Span::styled(s.word(), t.state(s.shown_as())));
                states.push(Span::raw(" "));
            }
            lines.push(Line::from(states));
            lines.push(Line::styled(
                "running holds the GIL · runnable waits for it · n also stops at each thread switch",
                t.dim(),
            ));
        }
        lines
    }

    /// The glossary page: each internal name in the key colour, its meaning wrapped under it.
    fn glossary_page(&self, cols: usize) -> Vec<Line<'static>> {
        let t = self.ctx.theme;
        let mut lines = vec![Line::styled(
            "What the loop's internal names mean (Task-1 stands for any task):",
            t.dim(),
        )];
        for (term, meaning) in GLOSSARY {
            lines.push(Line::styled(term.to_string(), t.key()));
            for l in wrap_words(meaning, cols.saturating_sub(2)) {
                lines.push(Line::raw(format!("  {l}")));
            }
        }
        lines
    }
}

impl Widget for &Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let rect_w = 78.min(area.width);
        let cols = usize::from(rect_w.saturating_sub(2));
        let (mut lines, page) = match s.view.help_page {
            HelpPage::Keys => (self.keys_page(), "Keys"),
            HelpPage::Glossary => (self.glossary_page(cols), "Glossary"),
        };
        let title = match (s.replay.is_some(), s.view.help_page) {
            (true, HelpPage::Keys) => format!("{page} · replaying a recording · Tab: glossary"),
            (_, HelpPage::Keys) => format!("{page} · Tab: glossary"),
            (_, HelpPage::Glossary) => format!("{page} · Tab: keys"),
        };
        // Scroll within the page when it is taller than the screen; the last line says how
        // to leave (and where the rest is).
        let room = usize::from(area.height.saturating_sub(2)).saturating_sub(1);
        let most = lines.len().saturating_sub(room);
        let from = s.view.help_scroll.min(most);
        let more = lines.len() > room;
        let shown: Vec<Line> = lines.drain(..).skip(from).take(room).collect();
        let mut text = Text::from(shown);
        let hint = match (more, from < most) {
            (true, true) => "↓ j PgDn scroll · any other key closes this help and acts",
            (true, false) => "↑ k PgUp scroll · any other key closes this help and acts",
            _ => "any key closes this help and then does what it does (? and Esc only close)",
        };
        text.push_line(Line::styled(hint, t.dim()));
        let h = text.lines.len() as u16 + 2;
        popup(centred(area, rect_w, h), buf, t, title, text);
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
