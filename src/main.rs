//! The `coroviz` binary: all of it lives in the library, starting at [`coroviz::cli::main`].

/// mimalloc: the engine allocates many small objects, and the trace writer frees events the
/// engine allocated; both are cheaper with it than with the system allocator. Counted, for
/// the program's memory limit (`--max-memory`).
#[global_allocator]
static GLOBAL: coroviz::runtime::memory::Counting<mimalloc::MiMalloc> =
    coroviz::runtime::memory::Counting(mimalloc::MiMalloc);

fn main() -> std::process::ExitCode {
    coroviz::cli::main()
}
