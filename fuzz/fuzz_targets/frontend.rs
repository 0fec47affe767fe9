//! The Python front end (parse, scopes, compile) on arbitrary source text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = coroviz_fuzz::checks::frontend(data);
});
