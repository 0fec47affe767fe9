//! `src/runtime/cpython_names.rs` is what `tools/cpython_names.py` writes from the
//! `python3` on this machine (when it is CPython 3.11): the tables coroviz uses to tell a name
//! it lacks from a learner's typo must be CPython's own.

use std::process::Command;

#[test]
fn the_name_tables_are_cpython_311s() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = match Command::new("python3")
        .arg(format!("{root}/tools/cpython_names.py"))
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            println!("skipped: python3 not found");
            return;
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || !text.contains("from CPython 3.11;") {
        println!("skipped: python3 is not CPython 3.11 (the tables are 3.11's)");
        return;
    }
    let generated = text.to_string();
    let file = std::fs::read_to_string(format!("{root}/src/runtime/cpython_names.rs"))
        .expect("src/runtime/cpython_names.rs is readable");
    assert!(
        file == generated,
        "src/runtime/cpython_names.rs is stale: run `python3 tools/cpython_names.py > src/runtime/cpython_names.rs`"
    );
}
