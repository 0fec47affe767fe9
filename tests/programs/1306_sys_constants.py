# sys's harmless constants: version_info as a struct sequence (fields, indexing, comparisons), platform, maxsize, byteorder, maxunicode, recursion limit.
import sys

v = sys.version_info
print(v, type(v).__name__, v[:2], v[0], v[-1], len(v), v.major, v.minor, v.releaselevel, v.serial)
print(v >= (3, 8), v < (3, 12), v == (3, 11, 7, "final", 0), v[:2] == (3, 11), (3, 11) <= v, v > (3, 11, 7))
major, minor, *rest = v
print(major, minor, rest, list(v), tuple(v), "final" in v, v.index(11), v.count(3))
print("%d.%d" % v[:2], "{}.{}.{}".format(*v[:3]), f"{v.major}.{v.minor}")
print(sys.platform, sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode, hex(sys.hexversion))
print(sys.getrecursionlimit(), sys.version.startswith("3.11"), isinstance(sys.argv, list), sys.argv[0].endswith(".py"))
