//! The scenarios shipped in `scenarios/` load, and the Python they name is real Python.

use std::path::Path;
use std::process::Command;

use coroviz::scenario::{self, Clock};

#[test]
fn every_shipped_scenario_loads() {
    let mut seen = 0;
    for entry in std::fs::read_dir("scenarios").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let s = scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !s.title.is_empty() && !s.about.is_empty(),
                "{}",
                path.display()
            );
            seen += 1;
        }
    }
    assert!(seen >= 1);
}

#[test]
fn gather_scenario_reads_its_program_next_to_it() {
    let s = scenario::load(Path::new("scenarios/gather.toml")).unwrap();
    assert_eq!(s.title, "gather: three workers");
    assert_eq!((s.speed, s.clock), (1.0, Clock::Virtual));
    // Tests run in the package root, so the program shows as the user would type it.
    assert_eq!(s.source_name, "scenarios/gather.py");
    assert_eq!(
        s.source,
        std::fs::read_to_string("scenarios/gather.py").unwrap()
    );
    assert!(s.source.contains("asyncio.gather("));
    assert!(s.about.contains("argument order"));
    assert!(s.script.is_empty() && s.network.is_empty());
}

#[test]
fn gather_program_runs_under_cpython() {
    let Ok(o) = Command::new("python3").arg("scenarios/gather.py").output() else {
        eprintln!("skipped: python3 not found");
        return;
    };
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    let finished: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_suffix(": finish"))
        .map(|l| l.rsplit(' ').next().unwrap_or(l))
        .collect();
    assert_eq!(finished, ["fast", "medium", "slow"], "{out}");
    assert_eq!(
        out.lines().last(),
        Some("['slow slept 1.5s', 'fast slept 0.5s', 'medium slept 1.0s']")
    );
}
