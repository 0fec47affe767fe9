//! The loop's internals: the handle running now, the ready queue, the timer heap with its
//! deadlines, and done callbacks waiting for their future or task.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{fit, secs, width};
use super::Ctx;
use crate::app::explain::{explain_current, is_library_callback, is_shutdown_task, timer_short};
use crate::app::{LoopNow, Panel};

pub(crate) struct LoopPanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// One section: a label, how many items it has, and the lines to list (one per item, or
/// several: a primitive lists its holders and waiters under it).
struct Section {
    label: &'static str,
    count: usize,
    /// How many lines all its items take (`items` holds at most a preview of them).
    lines: usize,
    items: Vec<String>,
}

impl Widget for &LoopPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let l = &s.loop_view;
        let status = s.loop_word();
        let title = vec![
            Span::styled("Event loop", t.title()),
            Span::styled(format!(" · iter {} · {status}", s.iter), t.dim()),
        ];
        let block = self.ctx.panel_block(title, Panel::Loop);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height == 0 {
            return;
        }
        let w = usize::from(inner.width);
        let mut rows: Vec<Line> = Vec::new();
        // The same moment the status line names (`State::loop_now`).
        let (verb, cb) = match s.loop_now() {
            LoopNow::Before(cb) => ("next   ", cb),
            LoopNow::Running(cb) => ("now    ", cb),
            LoopNow::Idle { last: Some(cb), .. } => ("last   ", cb),
            _ if s.busy.is_some() => ("now    ", "a long slice (see below)"),
            _ => ("now    ", "idle"),
        };
        rows.push(Line::from(vec![
            Span::styled(verb, t.dim()),
            Span::styled(fit(cb, w - 7).into_owned(), t.title()),
        ]));
        // What that handle means, in a line, when the panel has room for it.
        if let (Some(why), true) = (explain_current(s), inner.height >= 6) {
            if l.current.is_some() && s.busy.is_none() {
                rows.push(Line::from(vec![
                    Span::styled("  ↳ ", t.dim()),
                    Span::styled(fit(&why, w.saturating_sub(4)).into_owned(), t.dim()),
                ]));
            }
        }
        let hide = s.view.hide_internals;
        const PREVIEW: usize = 64;
        // With internals hidden (`i`), asyncio's bookkeeping callbacks and the cleanup
        // tasks' entries are left out of the counts too.
        // Counted whole, but only the first PREVIEW of each list is kept: a frame of a
        // program with 100,000 callbacks waiting costs a count, not 100,000 strings.
        // With nothing hidden the counts are the lists' lengths, and only the previews are
        // walked: a frame at 100,000 waiting tasks costs what one at a hundred does.
        let mut ready: Vec<&str> = Vec::new();
        let mut ready_count = 0;
        let shown_ready = l
            .ready_list()
            .filter(|cb| !(hide && is_library_callback(cb)));
        if hide {
            for cb in shown_ready {
                ready_count += 1;
                if ready.len() < PREVIEW {
                    ready.push(cb);
                }
            }
        } else {
            ready.extend(shown_ready.take(PREVIEW));
            ready_count = l.ready.len();
        }
        let mut on_done: Vec<(&str, Vec<&str>)> = Vec::new();
        let mut on_done_count = 0;
        if !hide {
            // Every target holds at least one callback (`PendingCallbacks::add`).
            on_done_count = l.callbacks.len();
            for (target, cbs) in l.callbacks.iter().take(PREVIEW) {
                on_done.push((target, cbs.iter().map(String::as_str).collect()));
            }
        } else {
            for (target, cbs) in l.callbacks.iter() {
                let shown = |cb: &&String| !is_library_callback(cb);
                if !cbs.iter().any(|cb| shown(&cb)) {
                    continue;
                }
                if s.task_by_name(target).is_some_and(is_shutdown_task) {
                    continue;
                }
                on_done_count += 1;
                if on_done.len() < PREVIEW {
                    let listed = cbs.iter().filter(shown).map(String::as_str).collect();
                    on_done.push((target, listed));
                }
            }
        }
        let mut sections = vec![
            Section {
                label: "ready  ",
                count: ready_count,
                lines: ready_count,
                items: ready.iter().map(|cb| cb.to_string()).collect(),
            },
            Section {
                label: "timers ",
                count: l.timers.len(),
                lines: l.timers.len(),
                items: l
                    .timer_list()
                    .take(PREVIEW)
                    .map(|(when, cb)| {
                        let left = (when - s.now).max(0.0);
                        let cb = match hide {
                            true => timer_short(cb),
                            false => short_callback(cb),
                        };
                        format!("{} (+{}) {cb}", secs(when), secs(left))
                    })
                    .collect(),
            },
            Section {
                label: "on done",
                count: on_done_count,
                lines: on_done_count,
                items: on_done
                    .iter()
                    .map(|(target, cbs)| format!("{target} → {}", cbs.join(", ")))
                    .collect(),
            },
        ];
        // asyncio's locks, events, semaphores and queues, once the program makes one:
        // before the done callbacks, each with who holds it and who waits under it.
        if !s.prims.is_empty() {
            let lines: Vec<String> = s.prims.iter().flat_map(|p| p.lines(s)).collect();
            sections.insert(
                2,
                Section {
                    label: "sync   ",
                    count: s.prims.len(),
                    lines: lines.len(),
                    items: lines.into_iter().take(PREVIEW).collect(),
                },
            );
        }
        let budget = usize::from(inner.height).saturating_sub(rows.len());
        for (section, lines) in sections.iter().zip(share(&sections, budget)) {
            if lines == 0 {
                continue;
            }
            let head = format!("{}{:>3} ", section.label, section.count);
            let item_w = w.saturating_sub(width(&head));
            let mut items = section.items.iter();
            let first = match items.next() {
                Some(i) => fit(i, item_w).into_owned(),
                None => "—".into(),
            };
            rows.push(Line::from(vec![
                Span::styled(head.clone(), t.dim()),
                Span::raw(first),
            ]));
            let indent = " ".repeat(width(&head));
            for k in 1..lines {
                let more = section.lines - k;
                let text = if k + 1 == lines && more > 1 {
                    format!("… {more} more")
                } else {
                    match items.next() {
                        Some(i) => fit(i, item_w).into_owned(),
                        None => break,
                    }
                };
                rows.push(Line::from(vec![Span::raw(indent.clone()), Span::raw(text)]));
            }
        }
        for (i, line) in rows.iter().take(usize::from(inner.height)).enumerate() {
            buf.set_line(inner.x, inner.y + i as u16, line, inner.width);
        }
        if let Some((func, line)) = &s.busy {
            let y = inner.bottom() - 1;
            let text = format!("⏳ busy in {func} at line {line}: not yielding");
            buf.set_stringn(inner.x, y, fit(&text, w), w, t.warn().patch(Style::new()));
        }
    }
}

/// How many lines each section gets: one each (if there is room), then the rest where
/// items remain, in order.
fn share(sections: &[Section], mut budget: usize) -> Vec<usize> {
    let mut lines = vec![0; sections.len()];
    for l in lines.iter_mut() {
        if budget > 0 {
            *l = 1;
            budget -= 1;
        }
    }
    let mut grew = true;
    while budget > 0 && grew {
        grew = false;
        for (i, s) in sections.iter().enumerate() {
            if budget > 0 && lines[i] > 0 && lines[i] < s.lines {
                lines[i] += 1;
                budget -= 1;
                grew = true;
            }
        }
    }
    lines
}

/// A timer callback as the panel shows it: `sleep(0.5) ▸ _set_result_unless_cancelled` puts
/// what the timer is for first, since the panel is narrow.
fn short_callback(cb: &str) -> String {
    const WRAPPER: &str = "_set_result_unless_cancelled(";
    match cb.strip_prefix(WRAPPER).and_then(|r| r.strip_suffix(')')) {
        Some(inner) => format!("{inner} ▸ {}", &WRAPPER[..WRAPPER.len() - 1]),
        None => cb.to_string(),
    }
}
