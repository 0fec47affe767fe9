//! The scenario loader on arbitrary TOML (and on bytes that are not UTF-8).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = coroviz_fuzz::checks::scenario(data);
});
