//! Numbers and text formatting as CPython computes them: int/float semantics, float repr,
//! the format-spec mini-language, `%` and `str.format`, and the Mersenne Twister. Pure
//! functions, tested against `python3`.

pub mod format;
pub mod hexfloat;
pub mod num;
pub mod random;
pub mod strformat;
