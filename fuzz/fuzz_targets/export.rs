//! Every export format on recordings that parse.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(rec) = coroviz_fuzz::checks::recording(data) {
        coroviz_fuzz::checks::export(&rec, data.len());
    }
});
