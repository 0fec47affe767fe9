//! The program's memory limit (`--max-memory`): a runaway allocation (`x = x + x` for ever,
//! `[0] * 10**12`) raises `MemoryError` in the program, as CPython's does when the
//! machine's memory runs out, instead of the process aborting.
//!
//! The binary's allocator is [`Counting`] (around mimalloc): it keeps the bytes the process
//! holds now. The VM asks [`Vm::reserve`] before an allocation whose size the program
//! chooses (a sequence's concatenation or repetition, a list that must grow): one that
//! would take the process past the limit raises `MemoryError` there. The default limit is
//! half the machine's memory. Test binaries keep the system allocator, which counts
//! nothing; only the single allocation's own size is checked there.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};

use crate::runtime::vm::{PyResult, Unwind, Vm};

/// Bytes the process holds now (when [`Counting`] is the global allocator), give or take
/// what each thread has not handed in yet (under [`SLACK`] each; signed, since one thread
/// may hand in the free of bytes another has not yet handed in).
static IN_USE: AtomicIsize = AtomicIsize::new(0);
/// The limit in bytes; 0 until set or first asked (then the default).
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// How far a thread's own count may drift before it is added to [`IN_USE`]: one shared
/// counter touched by every allocation of every thread made threads that allocate at once
/// (a recording parsed on two cores) wait for each other's cache line.
const SLACK: isize = 256 << 10;

thread_local! {
    /// This thread's allocations minus its frees not yet in [`IN_USE`]. A `Cell` of a plain
    /// number: reading it allocates nothing and it needs no destructor.
    static PENDING: Cell<isize> = const { Cell::new(0) };
}

/// Counts `bytes` more (or fewer, when negative) held.
fn count(bytes: isize) {
    let handed = PENDING.try_with(|pending| {
        let now = pending.get() + bytes;
        if now.abs() < SLACK {
            pending.set(now);
            None
        } else {
            pending.set(0);
            Some(now)
        }
    });
    match handed {
        Ok(None) => {}
        Ok(Some(n)) => hand_in(n),
        // The thread is being torn down: count straight into the total.
        Err(_) => hand_in(bytes),
    }
}

fn hand_in(n: isize) {
    IN_USE.fetch_add(n, Ordering::Relaxed);
}

/// A global allocator that counts the bytes it holds.
pub struct Counting<A>(pub A);

// SAFETY: every call goes to the wrapped allocator with the same arguments; the counter
// is only arithmetic beside it.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc_zeroed(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout);
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.0.realloc(ptr, layout, new_size);
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Bytes the process holds now (0 without [`Counting`]): the total handed in, with what
/// this thread has not handed in yet.
pub fn in_use() -> usize {
    let own = PENDING.try_with(Cell::get).unwrap_or(0);
    usize::try_from(IN_USE.load(Ordering::Relaxed).saturating_add(own)).unwrap_or(0)
}

/// Sets the limit (`--max-memory`).
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes.max(1), Ordering::Relaxed);
}

/// The limit: as set, or half the machine's memory (4 GiB when that cannot be read).
pub fn limit() -> usize {
    match LIMIT.load(Ordering::Relaxed) {
        0 => {
            let d = default_limit();
            LIMIT.store(d, Ordering::Relaxed);
            d
        }
        n => n,
    }
}

fn default_limit() -> usize {
    let total = std::fs::read_to_string("/proc/meminfo").ok().and_then(|m| {
        let line = m.lines().find(|l| l.starts_with("MemTotal:"))?;
        let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
        kb.checked_mul(1024)
    });
    total.map_or(4 << 30, |t| t / 2)
}

/// `--max-memory`'s value: bytes, or a number with K, M, G or T (powers of 1024; an
/// optional `B` or `iB` after it).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let upper = t.to_ascii_uppercase();
    let digits = upper
        .trim_end_matches("IB")
        .trim_end_matches('B')
        .trim_end();
    let (number, shift) = match digits.chars().last() {
        Some('K') => (&digits[..digits.len() - 1], 10),
        Some('M') => (&digits[..digits.len() - 1], 20),
        Some('G') => (&digits[..digits.len() - 1], 30),
        Some('T') => (&digits[..digits.len() - 1], 40),
        _ => (digits, 0),
    };
    let bad =
        || format!("`{text}` is not a size: give bytes or a number with K, M, G or T (512M, 2G)");
    let n: f64 = number.trim().parse().map_err(|_| bad())?;
    if !(n.is_finite() && n > 0.0) {
        return Err(bad());
    }
    let bytes = n * (1u64 << shift) as f64;
    if bytes < 1024.0 * 1024.0 {
        return Err(format!(
            "`{text}` is too small a memory limit: give at least 1M"
        ));
    }
    Ok(bytes.min(usize::MAX as f64) as usize)
}

impl Vm<'_> {
    /// The program is about to allocate `bytes` more: `MemoryError` if that would take the
    /// process past the limit.
    pub fn reserve(&self, bytes: usize) -> PyResult<()> {
        let limit = limit();
        if bytes > limit || in_use().saturating_add(bytes) > limit {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// [`Vm::reserve`] for `count` items of `size` bytes (an overflow is past any limit).
    pub fn reserve_items(&self, count: usize, size: usize) -> PyResult<()> {
        match count.checked_mul(size) {
            Some(bytes) => self.reserve(bytes),
            None => Err(self.memory_error()),
        }
    }

    /// `MemoryError`, as CPython raises it: no message.
    pub fn memory_error(&self) -> Unwind {
        Unwind::Exc(crate::runtime::objects::exceptions::ExcObj::new(
            self.types.exc.memory_error.clone(),
            Vec::new(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse_with_their_units() {
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert_eq!(parse_size("1.5GiB"), Ok(3 << 29));
        assert_eq!(parse_size("2097152"), Ok(2 << 20));
        assert!(parse_size("12").unwrap_err().contains("too small"));
        assert!(parse_size("lots").unwrap_err().contains("not a size"));
        assert!(parse_size("-1G").is_err());
    }
}
