# __file__ is absolute (cwd + "/" + the path given) and sys.argv[0] is the path as given on the command line.
import os
import sys

print(os.path.isabs(__file__), os.path.basename(__file__))
print(__file__.endswith("tests/programs-next/607_file_and_argv.py") or __file__.endswith("tests/programs/607_file_and_argv.py"))
print(os.path.basename(sys.argv[0]), len(sys.argv), sys.argv[0].endswith(".py"))
print(os.path.samefile(__file__, sys.argv[0]))
print(os.path.dirname(__file__) == os.path.dirname(os.path.abspath(sys.argv[0])))
print(__name__, os.path.splitext(os.path.basename(__file__)))


def where():
    return where.__code__.co_filename == __file__


print(where(), __file__ == os.path.abspath(__file__) or "./" in __file__ or "/../" in __file__)
