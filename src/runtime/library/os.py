# coroviz's `os`: its constants, `os.path`, `getcwd`, `fspath`, `cpu_count` (the
# model's machine has 4 CPUs) and the ids of coroviz's processes (`getpid`, `getppid`).
# coroviz has no files or environment: the rest of `os` is refused when a program names it.
import _coroviz_os
import _coroviz_proc
import posixpath as path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def cpu_count():
    return 4


def getpid():
    return _coroviz_proc.getpid()


def getppid():
    return _coroviz_proc.getppid()


def _exit(status):
    # Ends the process at once: no `finally`, no exit hooks.
    _coroviz_proc.exit(status)


def getcwd():
    return _coroviz_os.getcwd()


def fspath(p):
    if isinstance(p, str):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError(
            "expected str, bytes or os.PathLike object, not %s" % type(p).__name__
        )
    out = method(p)
    if not isinstance(out, str):
        raise TypeError(
            "expected %s.__fspath__() to return str or bytes, not %s"
            % (type(p).__name__, type(out).__name__)
        )
    return out
