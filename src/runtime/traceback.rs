//! Python-style tracebacks for uncaught exceptions and the loop's exception handler.

use std::rc::Rc;

use crate::runtime::exceptions::ExcObj;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm<'_> {
    /// The text CPython prints for an exception: chained causes/contexts first, then
    /// `Traceback (most recent call last):`, the frames, and `Type: message`.
    pub fn format_exception(&mut self, e: &Rc<ExcObj>) -> String {
        let mut out = String::new();
        self.format_chain(e, &mut out, 0);
        out
    }

    fn format_chain(&mut self, e: &Rc<ExcObj>, out: &mut String, depth: usize) {
        if depth < 8 {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            if let Some(c) = cause {
                self.format_chain(&c, out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let (Some(c), false) = (context, e.suppress_context.get()) {
                self.format_chain(&c, out, depth + 1);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb = e.traceback.borrow().clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.file, entry.line, entry.func
                ));
                if let Some(text) = self.source_line(&entry.file, entry.line) {
                    out.push_str(&format!("    {}\n", text.trim()));
                }
            }
        }
        out.push_str(&self.exception_line(e));
        out.push('\n');
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

    fn source_line(&self, file: &str, line: u32) -> Option<String> {
        if *self.source_file != *file || line == 0 {
            return None;
        }
        self.source
            .lines()
            .nth(line as usize - 1)
            .map(str::to_string)
    }
}
