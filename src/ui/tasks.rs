//! The task table: one row per task (then generators), state as a word in its colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{pad, width};
use super::Ctx;
use crate::app::{outcome_text, Panel, Queued, Row, State, Task, TaskState};
use crate::runtime::event::{GenState, Outcome};

pub(crate) struct TaskTable<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// The first row shown when `selected` must be visible in `visible` rows.
pub(crate) fn offset(selected: usize, visible: usize) -> usize {
    selected.saturating_sub(visible.saturating_sub(1))
}

/// Column widths for the space available; `result` takes what is left.
struct Columns {
    name: usize,
    coro: usize,
    line: usize,
    awaiting: usize,
    steps: usize,
}

impl Columns {
    const STATE: usize = 9;

    /// Widths for a table `w` columns wide whose cells want `wants` (name, coroutine,
    /// awaiting, result): each column starts at its narrowest and widens toward what its
    /// longest cell needs, the name first, then the result, awaiting and coroutine; the
    /// result takes what is left.
    fn for_width(w: usize, wants: [usize; 4]) -> Columns {
        let (line, steps) = if w >= 100 { (5, 5) } else { (4, 5) };
        // name, coroutine, awaiting, result
        // An awaiting column nobody needs shrinks to its heading.
        let least = [9, 10, wants[2].clamp(8, 14), 12];
        let most = [w / 5, w / 4, w / 3, w / 2];
        let fixed = 2 + Self::STATE + line + steps + 7;
        let mut spare = w.saturating_sub(fixed + least.iter().sum::<usize>());
        let mut cols = least;
        for i in [0, 3, 2, 1] {
            let grow = wants[i].min(most[i].max(least[i])).saturating_sub(least[i]);
            let grow = grow.min(spare);
            cols[i] += grow;
            spare -= grow;
        }
        Columns {
            name: cols[0],
            coro: cols[1],
            line,
            awaiting: cols[2],
            steps,
        }
    }

    fn line<'a>(&self, width: usize, cells: [(String, Style); 8]) -> Line<'a> {
        let widths = [
            2,
            self.name,
            Self::STATE,
            self.coro,
            self.line,
            self.awaiting,
            self.steps,
        ];
        let used: usize = widths.iter().map(|w| w + 1).sum();
        let rest = width.saturating_sub(used);
        let spans = cells.into_iter().enumerate().map(|(i, (text, style))| {
            let w = widths.get(i).copied().unwrap_or(rest);
            let sep = if i < widths.len() { " " } else { "" };
            Span::styled(format!("{}{sep}", pad(&text, w)), style)
        });
        Line::from(spans.collect::<Vec<_>>())
    }
}

impl Widget for &TaskTable<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let mut title = vec![Span::styled(format!("Tasks {}", s.tasks.len()), t.title())];
        for state in TaskState::ALL {
            let n = s.count(state);
            if n > 0 {
                title.push(Span::raw(" · "));
                title.push(Span::styled(
                    format!("{n} {}", state.word()),
                    t.state(state),
                ));
            }
        }
        if !s.gens.is_empty() {
            title.push(Span::raw(format!(" · {} generators", s.gens.len())));
        }
        let futures = s.pool_futures.list.len();
        if futures > 0 {
            let queued = s.pool_futures.queued();
            title.push(Span::raw(format!(
                " · {futures} pool future{}{}",
                if futures == 1 { "" } else { "s" },
                if queued > 0 {
                    format!(" ({queued} queued: c cancels)")
                } else {
                    String::new()
                }
            )));
        }
        let hidden = s.tasks.len() - s.shown_tasks().count();
        if hidden > 0 {
            title.push(Span::styled(
                format!(" · {hidden} asyncio.run cleanup hidden (i)"),
                t.dim(),
            ));
        }
        let block = self.ctx.panel_block(title, Panel::Tasks);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 2 {
            return;
        }
        let width = usize::from(inner.width);
        let visible_rows = usize::from(inner.height.saturating_sub(1));
        let cols = Columns::for_width(width, wants(s, visible_rows));
        let dim = t.dim();
        let heading = [
            "",
            "name",
            "state",
            "coroutine",
            "line",
            "awaiting",
            "steps",
            "result",
        ];
        let head = cols.line(width, heading.map(|h| (h.to_string(), dim)));
        buf.set_line(inner.x, inner.y, &head, inner.width);

        let visible = usize::from(inner.height - 1);
        if s.rows() == 0 {
            let line = Line::styled(
                "  no tasks yet: the program has not started its event loop",
                dim,
            );
            buf.set_line(inner.x, inner.y + 1, &line, inner.width);
            return;
        }
        let first = offset(s.view.selected, visible);
        for (i, row) in (first..s.rows()).take(visible).enumerate() {
            let Some(r) = s.row(row) else { break };
            let y = inner.y + 1 + i as u16;
            let selected = row == s.view.selected;
            let cells = match r {
                Row::Task(task) => task_cells(s, task, selected, self.ctx),
                Row::Gen(g) => {
                    let state = match g.state {
                        GenState::GEN_CREATED => "created",
                        GenState::GEN_RUNNING => "running",
                        GenState::GEN_SUSPENDED => "suspended",
                        GenState::GEN_CLOSED => "closed",
                    };
                    let mark = if selected { "▶" } else { " " };
                    // A generator awaits nothing: the column says what last drove it.
                    [
                        (mark.into(), t.plain_text()),
                        (g.name.clone(), t.plain_text()),
                        (state.into(), t.state(g.shown_as())),
                        ("generator".into(), dim),
                        (g.line.to_string(), t.plain_text()),
                        (g.last.clone(), t.plain_text()),
                        (g.resumes.to_string(), t.plain_text()),
                        (String::new(), dim),
                    ]
                }
                Row::Work(f) => {
                    let mark = if selected { "▶" } else { " " };
                    // A pool's future: its call, and the worker that has it.
                    let worker = match f.state {
                        crate::runtime::event::PoolFutureState::Running { worker } => s
                            .threads
                            .get(worker)
                            .map_or_else(String::new, |w| w.name.clone()),
                        _ => String::new(),
                    };
                    [
                        (mark.into(), t.plain_text()),
                        (format!("future #{}", f.id.0), t.plain_text()),
                        (f.word().into(), t.state(f.shown_as())),
                        (f.call.clone(), t.plain_text()),
                        (f.line.to_string(), t.plain_text()),
                        (worker, t.plain_text()),
                        (String::new(), dim),
                        (f.result(), t.state(f.shown_as())),
                    ]
                }
            };
            let line = cols.line(width, cells);
            buf.set_line(inner.x, y, &line, inner.width);
            if selected {
                buf.set_style(Rect::new(inner.x, y, inner.width, 1), t.selected());
            }
        }
    }
}

/// Rows whose cells set the columns' widths however far the table is scrolled: enough for a
/// steady layout, few enough that a frame of a huge table costs what a small one does.
const MEASURED_ROWS: usize = 256;

/// The widths the name, coroutine, awaiting and result cells would take whole: of the first
/// [`MEASURED_ROWS`] rows and of those on screen now (`visible` rows from the scroll offset).
fn wants(s: &State, visible: usize) -> [usize; 4] {
    let mut w = [0; 4];
    let rows = s.rows();
    let first = offset(s.view.selected, visible);
    let head = 0..rows.min(MEASURED_ROWS);
    let shown = first.max(MEASURED_ROWS)..rows.min(first + visible);
    for i in head.chain(shown) {
        let (name, coro, awaiting, result) = match s.row(i) {
            Some(Row::Task(t)) => (
                width(&t.name),
                width(&t.coro) + 2,
                match (t.state, &t.awaiting) {
                    (TaskState::Waiting, Some(a)) => width(&s.awaiting_text(a)),
                    _ => 0,
                },
                match &t.outcome {
                    Some(Outcome::Result { repr }) => width(repr),
                    Some(o) => width(&outcome_text(o)),
                    None => 0,
                },
            ),
            Some(Row::Gen(g)) => (width(&g.name), 0, width(&g.last), 0),
            Some(Row::Work(f)) => (
                width(&format!("future #{}", f.id.0)),
                width(&f.call),
                match f.state {
                    crate::runtime::event::PoolFutureState::Running { worker } => {
                        s.threads.get(worker).map_or(0, |w| width(&w.name))
                    }
                    _ => 0,
                },
                width(&f.result()),
            ),
            None => break,
        };
        w = [
            w[0].max(name),
            w[1].max(coro),
            w[2].max(awaiting),
            w[3].max(result),
        ];
    }
    w
}

fn task_cells(s: &State, task: &Task, selected: bool, ctx: &Ctx<'_>) -> [(String, Style); 8] {
    let t = ctx.theme;
    let plain = t.plain_text();
    let awaiting = match task.state {
        TaskState::Waiting => task
            .awaiting
            .as_ref()
            .map(|a| s.awaiting_text(a))
            .unwrap_or_default(),
        TaskState::Ready if task.steps == 0 => "not started".into(),
        TaskState::Ready => "step queued".into(),
        TaskState::Running => "(running now)".into(),
        _ => String::new(),
    };
    let (result, style) = match &task.outcome {
        Some(Outcome::Result { repr }) => (repr.clone(), t.state(TaskState::Done)),
        Some(Outcome::Exception { exc_type, msg }) if msg.is_empty() => {
            (exc_type.clone(), t.state(TaskState::Failed))
        }
        Some(Outcome::Exception { exc_type, msg }) => {
            (format!("{exc_type}: {msg}"), t.state(TaskState::Failed))
        }
        Some(Outcome::Cancelled { msg }) => (
            match msg {
                Some(m) => format!("CancelledError({m:?})"),
                None => "CancelledError".into(),
            },
            t.state(TaskState::Cancelled),
        ),
        None if s.queued.contains(&Queued::Cancel(task.id)) => ("cancel sent…".into(), t.warn()),
        None if !task.cancels.is_empty() => ("cancel requested".into(), t.warn()),
        // Deadlocked: what it waits on for ever, and why.
        None => match s.stuck_on(&task.name) {
            Some(on) => (format!("stuck: {on}"), t.error()),
            None => (String::new(), plain),
        },
    };
    [
        ((if selected { "▶" } else { " " }).into(), plain),
        (task.name.clone(), plain),
        (task.state.word().into(), t.state(task.state)),
        (format!("{}()", task.coro), plain),
        // Line 0: a coroutine of asyncio's own (`wait`, shutdown), not in the program.
        (
            if task.line == 0 {
                "—".into()
            } else {
                task.line.to_string()
            },
            plain,
        ),
        (awaiting, plain),
        (task.steps.to_string(), plain),
        (result, style),
    ]
}
