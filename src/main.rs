//! The `coroviz` binary: all of it lives in the library, starting at [`coroviz::cli::main`].

fn main() -> std::process::ExitCode {
    coroviz::cli::main()
}
