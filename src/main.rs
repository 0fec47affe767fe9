use std::io::Write;

use coroviz::runtime::engine::{run_program, EngineConfig, ProgramOutput};
use coroviz::runtime::event::NullSink;

struct Stdio;
impl ProgramOutput for Stdio {
    fn stdout(&mut self, text: &str) {
        let _ = std::io::stdout().write_all(text.as_bytes());
    }
    fn stderr(&mut self, text: &str) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

fn main() {
    let path = std::env::args().nth(2).unwrap_or_default();
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    let code = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || match run_program(&path, &source, EngineConfig::default(), &mut NullSink, &mut Stdio) {
            Ok(r) => r.exit.code(),
            Err(d) => {
                eprintln!("{d}");
                2
            }
        })
        .expect("engine thread")
        .join()
        .unwrap_or(70);
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}
