//! The `coroviz` binary: all of it lives in the library, starting at [`coroviz::cli::main`].

/// mimalloc: the engine allocates many small objects, and the trace writer frees events the
/// engine allocated; both are cheaper with it than with the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    coroviz::cli::main()
}
