//! The threads panel: one row per Python thread, its state as a word in the task table's
//! colours, the line it waits at and what it waits for. Drawn only when the program has a
//! thread besides main (`Threads::shown`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::text::{pad, width};
use super::Ctx;
use crate::app::{Thread, ThreadStatus};
use crate::runtime::event::ExitStatus;

pub(crate) struct ThreadsPanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// The words in the title's counts, in the order a learner reads them.
const WORDS: [&str; 5] = ["running", "runnable", "sleeping", "blocked", "done"];

/// Columns of the state word and the line; the name takes what its longest needs (within a
/// third of the width) and what it waits for the rest.
const STATE_W: usize = 9;
const LINE_W: usize = 5;
const TURNS_W: usize = 5;

impl Widget for &ThreadsPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let threads = &s.threads;
        let mut title = vec![Span::styled(
            format!("Threads {}", threads.list.len()),
            t.title(),
        )];
        for word in WORDS {
            let n = threads.count(word);
            if n > 0 {
                let style = threads
                    .list
                    .iter()
                    .find(|th| th.status.word() == word)
                    .map_or(t.plain_text(), |th| t.state(th.status.shown_as()));
                title.push(Span::raw(" · "));
                title.push(Span::styled(format!("{n} {word}"), style));
            }
        }
        for pool in threads.pools() {
            let idle = match pool.idle {
                0 => String::new(),
                n => format!(", {n} idle"),
            };
            title.push(Span::raw(format!(
                " · pool {}: {} workers{idle}",
                pool.number, pool.workers
            )));
        }
        title.push(Span::styled(
            format!(" · {} switches", threads.switches),
            t.dim(),
        ));
        let block: Block<'_> = self.ctx.block(title, None);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 2 || inner.width < 20 {
            return;
        }
        let width_all = usize::from(inner.width);
        let longest = threads
            .list
            .iter()
            .map(|th| width(&name_cell(s, th)))
            .max()
            .unwrap_or(0);
        let name_w = longest.clamp(10, (width_all / 3).max(10));
        // A margin as wide as the task table's mark column: names line up with task names.
        let cols = [1, name_w, STATE_W, LINE_W, TURNS_W];
        let dim = t.dim();
        let head = row(
            width_all,
            &cols,
            ["", "name", "state", "line", "turns", "holds / waits for"]
                .map(|h| (h.to_string(), dim)),
        );
        buf.set_line(inner.x, inner.y, &head, inner.width);
        let visible = usize::from(inner.height - 1);
        let (shown, hidden) = rows_shown(&threads.list, visible);
        let plain = t.plain_text();
        for (i, th) in shown.iter().enumerate() {
            let y = inner.y + 1 + i as u16;
            // The line a sleeping or blocked thread waits at; the main thread's 0 is the
            // interpreter's exit (joining threads), another's a wait in library code only
            // (a pool's manager thread).
            let line_no = match &th.status {
                ThreadStatus::Blocked { line: 0, .. }
                    if th.id == crate::runtime::event::ThreadId(0) =>
                {
                    "exit".into()
                }
                ThreadStatus::Blocked { line: n, .. } => n.to_string(),
                ThreadStatus::Sleeping { line: n, .. } if *n > 0 => n.to_string(),
                _ => "—".into(),
            };
            let stuck = matches!(th.status, ThreadStatus::Blocked { .. })
                && s.finish.is_some_and(|f| f.exit == ExitStatus::Deadlock);
            let cells = [
                (String::new(), plain),
                (name_cell(s, th), plain),
                (th.status.word().to_string(), t.state(th.status.shown_as())),
                (line_no, plain),
                (th.turns.to_string(), plain),
                (th.waiting_text(), if stuck { t.error() } else { plain }),
            ];
            buf.set_line(inner.x, y, &row(width_all, &cols, cells), inner.width);
        }
        if let Some(h) = hidden {
            let y = inner.y + 1 + shown.len() as u16;
            let what = if h.live == 0 {
                format!("  … {} more threads, finished", h.count)
            } else {
                format!("  … {} more threads ({} not finished)", h.count, h.live)
            };
            buf.set_line(inner.x, y, &Line::styled(what, dim), inner.width);
        }
    }
}

/// The name as the panel shows it: `MainThread · loop` for the thread running an event loop,
/// `· daemon` for a daemon thread.
fn name_cell(s: &crate::app::State, th: &Thread) -> String {
    let mut name = th.name.clone();
    if s.threads.runs_loop(th.id) {
        name.push_str(" · loop");
    }
    if th.daemon {
        name.push_str(" · daemon");
    }
    name
}

/// Threads left out for lack of rows: how many, and how many of those are not finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Hidden {
    count: usize,
    live: usize,
}

/// Which threads fit in `visible` rows: all of them in start order when they fit; else the
/// finished ones give way first and the last row counts what is left out.
fn rows_shown(list: &[Thread], visible: usize) -> (Vec<&Thread>, Option<Hidden>) {
    if list.len() <= visible {
        return (list.iter().collect(), None);
    }
    let room = visible.saturating_sub(1);
    let live: Vec<&Thread> = list
        .iter()
        .filter(|th| th.status != ThreadStatus::Done)
        .collect();
    let mut rows: Vec<&Thread> = live.iter().copied().take(room).collect();
    // Room left after every live thread goes to finished ones, keeping start order.
    let spare = room - rows.len();
    rows.extend(
        list.iter()
            .filter(|th| th.status == ThreadStatus::Done)
            .take(spare),
    );
    rows.sort_by_key(|th| th.id);
    let hidden = Hidden {
        count: list.len() - rows.len(),
        live: live.len() - live.len().min(room),
    };
    (rows, (visible > 0).then_some(hidden))
}

/// A row of cells padded to their columns; the last cell takes what is left.
fn row<'a>(width: usize, cols: &[usize], cells: [(String, Style); 6]) -> Line<'a> {
    let used: usize = cols.iter().map(|w| w + 1).sum();
    let rest = width.saturating_sub(used);
    let spans = cells.into_iter().enumerate().map(|(i, (text, style))| {
        let w = cols.get(i).copied().unwrap_or(rest);
        let sep = if i < cols.len() { " " } else { "" };
        Span::styled(format!("{}{sep}", pad(&text, w)), style)
    });
    Line::from(spans.collect::<Vec<_>>())
}
