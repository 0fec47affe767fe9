//! Timeline lanes: one row per task, its state over virtual time, with a time ruler; a
//! program of generators alone is drawn over its generator operations instead. A program
//! with threads besides main has a lane per thread after them, in the same glyphs (running
//! holds the GIL, ready is runnable, wait is sleeping or blocked).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{fit_middle, pad, secs, width};
use super::{tasks, Ctx};
use crate::app::{Panel, TaskState};

pub(crate) struct TimelinePanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// Columns for the task name in front of each lane.
const NAME_W: usize = 10;

/// The glyph for a lane cell.
fn glyph(s: TaskState) -> &'static str {
    match s {
        TaskState::Running => "█",
        TaskState::Ready => "▒",
        TaskState::Waiting => "─",
        TaskState::Done => "┤",
        TaskState::Failed => "✗",
        TaskState::Cancelled => "×",
    }
}

/// The ruler's end: the smallest of 1, 2, 5 × 10ⁿ at or after `now` (at least 1 s).
fn span_for(now: f64) -> f64 {
    let mut unit = 1.0;
    loop {
        for m in [1.0, 2.0, 5.0] {
            if m * unit >= now {
                return m * unit;
            }
        }
        unit *= 10.0;
        if unit > 1e12 {
            return now;
        }
    }
}

impl Widget for &TimelinePanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        // A program with no tasks (generators driven by hand) takes no virtual time: its
        // lanes run over generator operations instead, one column step per operation.
        let threads = s.threads.shown();
        let by_steps = s.tasks.is_empty() && !s.gens.is_empty() && !threads;
        let (now, unit) = if by_steps {
            (s.gen_steps as f64, "generator operations")
        } else {
            (s.now, "virtual s")
        };
        let at = |x: f64| {
            if by_steps {
                format!("{x}")
            } else {
                format!("{}s", secs(x))
            }
        };
        let end = span_for(now);
        let title = vec![
            Span::styled("Timeline", t.title()),
            Span::styled(
                format!(
                    " ({unit}) {} run {} ready {} wait",
                    glyph(TaskState::Running),
                    glyph(TaskState::Ready),
                    glyph(TaskState::Waiting)
                ),
                t.dim(),
            ),
        ];
        let block = self.ctx.panel_block(title, Panel::Timeline);
        let inner = block.inner(area);
        block.render(area, buf);
        // Thread names (`ThreadPoolExecutor-0_1`) are long: their lanes widen the names'
        // column up to two fifths of the panel.
        let name_w = match threads {
            false => NAME_W,
            true => s
                .threads
                .list
                .iter()
                .map(|th| width(&th.name))
                .max()
                .unwrap_or(0)
                .clamp(NAME_W, (usize::from(inner.width) * 2 / 5).max(NAME_W)),
        };
        if inner.height < 2 || usize::from(inner.width) <= name_w + 2 {
            return;
        }
        let cols = usize::from(inner.width) - name_w - 1;
        let dt = end / cols as f64;
        let lanes = usize::from(inner.height - 1);
        // Follow the task table's scrolling so the selected task's lane is on screen.
        let first = tasks::offset(s.view.selected.min(s.rows().saturating_sub(1)), lanes);
        // Tasks, then generators, as in the task table.
        let rows = s
            .shown_tasks()
            .map(|task| (task.name.as_str(), &task.lane))
            .chain(s.gens.iter().map(|g| {
                let lane = if by_steps { &g.step_lane } else { &g.lane };
                (g.name.as_str(), lane)
            }))
            .chain(
                s.threads
                    .list
                    .iter()
                    .filter(|_| threads)
                    .map(|th| (th.name.as_str(), &th.lane)),
            );
        for (i, (name, lane)) in rows.enumerate().skip(first).take(lanes) {
            let y = inner.y + (i - first) as u16;
            let name_style = if i == s.view.selected {
                t.title()
            } else {
                t.plain_text()
            };
            let name = match threads {
                true => pad(&fit_middle(name, name_w), name_w),
                false => pad(name, name_w),
            };
            let mut spans = vec![Span::styled(format!("{name} "), name_style)];
            for c in 0..cols {
                let from = c as f64 * dt;
                if from > now {
                    break;
                }
                let to = if c + 1 == cols {
                    f64::INFINITY
                } else {
                    from + dt
                };
                match lane.sample(from, to) {
                    Some(state) => spans.push(Span::styled(glyph(state), t.state(state))),
                    None => spans.push(Span::raw(" ")),
                }
            }
            buf.set_line(inner.x, y, &Line::from(spans), inner.width);
        }
        // The ruler: 0 under the lanes' start, the span's end at the right, ▲ at "now".
        let y = inner.bottom() - 1;
        let end_label = format!(" {}", at(end));
        let axis_w = cols.saturating_sub(end_label.len());
        let now_col = ((now / dt) as usize).min(axis_w.saturating_sub(1));
        let axis: String = (0..axis_w)
            .map(|c| match c {
                _ if c == now_col => '▲',
                0 => '┼',
                _ => '─',
            })
            .collect();
        let ruler = Line::from(vec![
            Span::styled(
                format!("{} ", pad(&format!("now {}", at(now)), name_w)),
                t.dim(),
            ),
            Span::styled(axis, t.dim()),
            Span::styled(end_label, t.dim()),
        ]);
        buf.set_line(inner.x, y, &ruler, inner.width);
    }
}

#[cfg(test)]
mod tests {
    use super::span_for;

    #[test]
    fn the_ruler_ends_on_a_round_number() {
        assert_eq!(span_for(0.0), 1.0);
        assert_eq!(span_for(1.5), 2.0);
        assert_eq!(span_for(3.0), 5.0);
        assert_eq!(span_for(12.0), 20.0);
    }
}
