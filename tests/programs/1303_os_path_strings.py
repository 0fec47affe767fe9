# os.path's string operations: join, split, splitext, basename/dirname, normpath, isabs, relpath, commonpath/commonprefix, and os's constants.
import os
import os.path
from os.path import join, splitext

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull)
print(os.path.sep, os.path.curdir, os.path is os.path, os.path.__name__)
print(join("a", "b", "c"), join("/usr", "lib/"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"), join("a", ""))
for p in ["/usr/lib/python3.11/os.py", "dir/", "file", "/", "//x//y//", "a/b.tar.gz", ".bashrc", "dir/.hidden.txt", "..", "x.", ""]:
    print(repr(p), os.path.split(p), splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["a//b/./c/../d", "/../x", "../../y", "./", "", "//a", "///a/b/", "a/b/../..", "a/../../b", "/a/./b/.."]:
    print(repr(p), "->", repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x/y"), os.path.isabs(""), os.path.splitdrive("/a/b"), os.path.normcase("A/B"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/x", "/a/y/z"), os.path.relpath("/q", "/q"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b/c", "a/b/d", "a/b"]), os.path.commonpath(["/x"]))
print(os.path.commonprefix(["interstellar", "internet", "interval"]), repr(os.path.commonprefix([])), os.path.commonprefix(["/a/bc", "/a/bd"]))
print(os.path.abspath("/a/../b/./c"), os.path.abspath("x") == join(os.getcwd(), "x"), os.path.isabs(os.getcwd()))
for bad in [lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.relpath(""),
            lambda: join("a", 5), lambda: os.path.basename(None), lambda: os.fspath(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return "/from/fspath"


print(os.fspath("s"), os.fspath(P()))
