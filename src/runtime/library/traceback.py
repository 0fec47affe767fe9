# coroviz's `traceback`: the text of an exception as CPython prints it (frames with their
# source lines and carets, chained causes and contexts, exception groups), from the VM's
# own formatter. Tracebacks as objects (format_tb, extract_tb, stacks) are not modelled.
import sys as _sys
import _coroviz_tb
import _coroviz_os

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
_sentinel = object()


def _exception(exc, value):
    if value is not _sentinel:
        # The old signature: (type, value, tb).
        exc = value
    return exc


def _check(limit, chain):
    if limit is not None:
        _coroviz_os.unmodelled("`limit` of the traceback module's functions")
    if not chain:
        _coroviz_os.unmodelled("`chain=False` of the traceback module's functions")


def _chunks(text):
    # The pieces CPython's format_exception returns: the heading, one per frame (its
    # source and caret lines included), the messages joining a chain, the last line.
    joins = (_CAUSE[1:-1], _CONTEXT[1:-1])
    out = []
    lines = text.splitlines(True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "\n" and i + 2 < len(lines) and lines[i + 1] in joins and lines[i + 2] == "\n":
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        if out and line.startswith("    "):
            out[-1] += line
        else:
            out.append(line)
        i += 1
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    _check(limit, chain)
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _chunks(_coroviz_tb.format(exc))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return [_coroviz_tb.format_only(exc) + "\n"]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(_coroviz_tb.handled(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_coroviz_tb.handled(), limit=limit, file=file, chain=chain)
