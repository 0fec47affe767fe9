//! Python-style tracebacks for uncaught exceptions and the loop's exception handler.

use std::rc::Rc;

use crate::runtime::objects::exceptions::{ExcObj, TbEntry};
use crate::runtime::objects::value::Value;
use crate::runtime::vm::Vm;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// traceback.py's defaults: members shown per group, and how deep groups are drawn.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// traceback.py's `_ExceptionPrintContext`: how deep in exception groups the text is, and
/// which exceptions were shown already.
#[derive(Default)]
struct PrintContext {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line indented (and, inside a group, behind a margin).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm<'_> {
    /// The text CPython prints for an exception: chained causes/contexts first, then
    /// `Traceback (most recent call last):`, the frames, and `Type: message`; exception
    /// groups as traceback.py draws them (`+-+---- 1 ----` boxes, nested by depth).
    pub fn format_exception(&mut self, e: &Rc<ExcObj>) -> String {
        let mut out = String::new();
        let mut ctx = PrintContext::default();
        self.format_exc(e, &mut ctx, &mut out);
        out
    }

    /// `TracebackException.format(_ctx=ctx)`.
    fn format_exc(&mut self, e: &Rc<ExcObj>, ctx: &mut PrintContext, out: &mut String) {
        // The chain, newest first; an exception already shown is not followed again.
        let mut chain: Vec<(Option<&str>, Rc<ExcObj>)> = Vec::new();
        let mut cur = Some((None, e.clone()));
        while let Some((msg, x)) = cur.take() {
            ctx.seen.push(Rc::as_ptr(&x) as usize);
            let cause = x.cause.borrow().clone();
            let context = x.context.borrow().clone();
            let unseen = |c: &Rc<ExcObj>, seen: &[usize]| !seen.contains(&(Rc::as_ptr(c) as usize));
            cur = match (cause, context) {
                (Some(c), _) if unseen(&c, &ctx.seen) => Some((Some(CAUSE_MESSAGE), c)),
                (None, Some(c)) if !x.suppress_context.get() && unseen(&c, &ctx.seen) => {
                    Some((Some(CONTEXT_MESSAGE), c))
                }
                _ => None,
            };
            chain.push((msg, x));
        }
        // Each link is printed before what it caused, with the message that joins them.
        // Like CPython's excepthook (pythonrun.c's print_chained), a cause or context keeps
        // the group box it sits in open: its own groups do not take the closing line.
        let mut pending_msg: Option<&str> = None;
        let links = chain.len();
        for (i, (msg, x)) in chain.into_iter().rev().enumerate() {
            if let Some(m) = pending_msg.take() {
                ctx.emit(out, m, '|');
            }
            pending_msg = msg;
            let need_close = ctx.need_close;
            self.format_one(&x, ctx, out);
            if i + 1 < links {
                ctx.need_close = need_close;
            }
        }
    }

    /// One exception without its chain: frames and line, or a group's boxes.
    fn format_one(&mut self, x: &Rc<ExcObj>, ctx: &mut PrintContext, out: &mut String) {
        match self.group_members(x) {
            None => {
                let frames = self.format_frames(x);
                if !frames.is_empty() {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    ctx.emit(out, &frames, '|');
                }
                let line = format!("{}\n", self.exception_line(x));
                ctx.emit(out, &line, '|');
            }
            Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                let text = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
                ctx.emit(out, &text, '|');
            }
            Some(members) => self.format_group(x, &members, ctx, out),
        }
    }

    fn format_group(
        &mut self,
        x: &Rc<ExcObj>,
        members: &[Rc<ExcObj>],
        ctx: &mut PrintContext,
        out: &mut String,
    ) {
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let frames = self.format_frames(x);
        if !frames.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            ctx.emit(out, &frames, '|');
        }
        let line = format!("{}\n", self.exception_line(x));
        ctx.emit(out, &line, '|');
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                // The closing line may be drawn by a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                let text = format!("and {remaining} more exception{plural}\n");
                ctx.emit(out, &text, '|');
            } else {
                self.format_exc(&members[i], ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// `  File "f.py", line 3, in main` and the source line, outermost call first. As
    /// CPython's `StackSummary.format`, a run of the same frame (file, line, function) shows
    /// three times, then `[Previous line repeated N more times]`.
    fn format_frames(&self, e: &ExcObj) -> String {
        const CUTOFF: usize = 3;
        let repeated = |out: &mut String, count: usize| {
            if count > CUTOFF {
                let more = count - CUTOFF;
                let s = if more > 1 { "s" } else { "" };
                out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
            }
        };
        let mut out = String::new();
        let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
        let mut count = 0;
        for entry in e.traceback.borrow().iter().rev() {
            let this = (entry.file.clone(), entry.line, entry.func.clone());
            if last.as_ref() != Some(&this) {
                repeated(&mut out, count);
                last = Some(this);
                count = 0;
            }
            count += 1;
            if count > CUTOFF {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.file, entry.line, entry.func
            ));
            if let Some(text) = self.source_line(&entry.file, entry.line) {
                out.push_str(&format!("    {}\n", text.trim()));
                if let Some(carets) = self.carets(entry) {
                    out.push_str(&carets);
                    out.push('\n');
                }
            }
        }
        repeated(&mut out, count);
        out
    }

    /// The last line of a traceback: `ValueError: boom`, or just the name.
    pub fn exception_line(&mut self, e: &Rc<ExcObj>) -> String {
        let name = e.qualified_name();
        let msg = self
            .to_str(&Value::Exception(e.clone()))
            .unwrap_or_default();
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The `^^^` line under a frame's source line, from its instruction's range.
    fn carets(&self, entry: &TbEntry) -> Option<String> {
        let (start, end) = entry.span?;
        let source = self.source_text(&entry.file)?;
        let line_start = source
            .split_inclusive('\n')
            .take(entry.line.checked_sub(1)? as usize)
            .map(str::len)
            .sum::<usize>();
        let line = source[line_start..].lines().next()?;
        let line_end = line_start + line.len();
        let (start, end) = (start as usize, end as usize);
        if start < line_start || start > line_end {
            return None;
        }
        let col = |byte: usize| source.get(line_start..byte).map(|s| s.chars().count());
        let end_col = if end <= line_end {
            Some(col(end)?)
        } else {
            None
        };
        super::carets::caret_line(line, col(start)?, end_col)
    }

    fn source_text(&self, file: &str) -> Option<&str> {
        if *self.source_file == *file {
            Some(&self.source)
        } else {
            crate::runtime::library::source_of(file)
        }
    }

    pub fn source_line(&self, file: &str, line: u32) -> Option<String> {
        if line == 0 {
            return None;
        }
        let source = match *self.source_file == *file {
            true => &*self.source,
            false => crate::runtime::library::source_of(file)?,
        };
        source.lines().nth(line as usize - 1).map(str::to_string)
    }
}
