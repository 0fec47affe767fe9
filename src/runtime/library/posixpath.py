# coroviz's `os.path` (posixpath): the string operations on paths. coroviz has no files, so
# what asks the file system ends the run with coroviz's refusal, except `samefile` of two
# spellings of the program's own file.
import _coroviz_os

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def _text(p, fn=None):
    if isinstance(p, str):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is not None:
        out = method(p)
        if isinstance(out, str):
            return out
    if fn is None:
        raise TypeError(
            "expected str, bytes or os.PathLike object, not %s" % type(p).__name__
        )
    raise TypeError(
        "%s() argument must be str, bytes, or os.PathLike object, not '%s'"
        % (fn, type(p).__name__)
    )


def normcase(s):
    return _text(s)


def isabs(s):
    return _text(s).startswith("/")


def join(a, *p):
    path = _text(a)
    for b in p:
        if not isinstance(b, str):
            raise TypeError(
                "join() argument must be str, bytes, or os.PathLike object, not '%s'"
                % type(b).__name__
            )
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _text(p)
    cut = p.rfind("/") + 1
    head, tail = p[:cut], p[cut:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _text(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # Leading dots of a name (".bashrc") do not start an extension.
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, ""


def splitdrive(p):
    return "", _text(p)


def basename(p):
    p = _text(p)
    return p[p.rfind("/") + 1 :]


def dirname(p):
    p = _text(p)
    head = p[: p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _text(path)
    if not path:
        return "."
    lead = 0
    if path.startswith("/"):
        # POSIX keeps exactly two leading slashes; one or three and more become one.
        lead = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not lead and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    out = "/" * lead + "/".join(parts)
    return out or "."


def abspath(path):
    path = _text(path)
    if not path.startswith("/"):
        path = join(_coroviz_os.getcwd(), path)
    return normpath(path)


def commonprefix(m):
    if not m:
        return ""
    # What the smallest and the largest share at the front, everyone between shares.
    low, high = min(m), max(m)
    for at, char in enumerate(low):
        if char != high[at]:
            return low[:at]
    return low


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _text(path)
    if start is None:
        start = curdir
    start = _text(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonpath(paths):
    paths = tuple(paths)
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    for p in paths:
        _text(p)
    kinds = set(p[:1] == "/" for p in paths)
    if len(kinds) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    absolute = paths[0][:1] == "/"
    # The common prefix of all the component lists is the common prefix of the smallest
    # and the largest of them.
    parts = [[c for c in p.split("/") if c and c != "."] for p in paths]
    low, high = min(parts), max(parts)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    common = low[:n]
    return ("/" if absolute else "") + "/".join(common)


def samefile(f1, f2):
    a = abspath(_text(f1, "stat"))
    b = abspath(_text(f2, "stat"))
    if a == b and a == _coroviz_os.main_file():
        return True
    _coroviz_os.unmodelled("`os.path.samefile` (coroviz has no files)")


def _no_files(name):
    def refuse(*args, **kwargs):
        _coroviz_os.unmodelled("`os.path.%s` (coroviz has no files)" % name)

    refuse.__name__ = name
    return refuse


exists = _no_files("exists")
lexists = _no_files("lexists")
isfile = _no_files("isfile")
isdir = _no_files("isdir")
islink = _no_files("islink")
ismount = _no_files("ismount")
getsize = _no_files("getsize")
getmtime = _no_files("getmtime")
getatime = _no_files("getatime")
getctime = _no_files("getctime")
realpath = _no_files("realpath")
sameopenfile = _no_files("sameopenfile")
samestat = _no_files("samestat")


def expanduser(path):
    _coroviz_os.unmodelled("`os.path.expanduser` (coroviz has no environment)")


def expandvars(path):
    _coroviz_os.unmodelled("`os.path.expandvars` (coroviz has no environment)")
