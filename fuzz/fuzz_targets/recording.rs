//! The recording reader on arbitrary bytes: what parses must write back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = coroviz_fuzz::checks::recording(data);
});
