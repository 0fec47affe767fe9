//! The VM on generated programs: structured input rendered to Python that parses, run
//! headless with a small instruction budget, time limit and memory limit; a third of the
//! runs are recorded, verified, read back and exported.
//!
//! `COROVIZ_FUZZ_SHOW=1` prints each input's scenario as TOML on stderr (to keep a finding
//! as a regression test); `COROVIZ_FUZZ_STRICT=1` makes a generated program the compiler
//! refuses a crash (the generator's own check).
#![no_main]

use coroviz_fuzz::checks::{self, Watch};
use libfuzzer_sys::{arbitrary, fuzz_target};

/// Counted, so that the memory limit sees what the program holds.
#[global_allocator]
static GLOBAL: coroviz::runtime::memory::Counting<std::alloc::System> =
    coroviz::runtime::memory::Counting(std::alloc::System);

#[derive(arbitrary::Arbitrary, Debug)]
struct Input {
    watch: u8,
    program: coroviz_fuzz::pyprog::Program,
}

fuzz_target!(|input: Input| {
    let scenario = coroviz_fuzz::scenario_of(&input.program.render());
    if std::env::var_os("COROVIZ_FUZZ_SHOW").is_some() {
        eprintln!("{}", coroviz_fuzz::scenario_toml(&scenario));
    }
    let watch = match input.watch % 3 {
        0 => Watch::Nothing,
        1 => Watch::Events,
        _ => Watch::Record,
    };
    if let Err(d) = checks::run(&scenario, watch) {
        if std::env::var_os("COROVIZ_FUZZ_STRICT").is_some() {
            panic!("a generated program was refused:\n{d}\n{}", scenario.source);
        }
    }
});
