# The oracle runs a program the way `python3 PROGRAM` does: __main__'s names, __file__, sys.argv, sys.path[0].
import os
import sys

print(list(globals()))
print(__name__, __doc__, __package__, __spec__, __cached__, type(__loader__).__name__)
print(type(__builtins__).__name__, __builtins__.__name__, __annotations__)
print(os.path.isabs(__file__), __file__ == os.getcwd() + "/" + sys.argv[0], len(sys.argv))
print(sys.argv[0], os.path.basename(__file__))
print(sys.path[0] == os.path.dirname(os.path.realpath(__file__)))
print(sys.modules["__main__"].__file__ == __file__, sys.modules["__main__"].__dict__ is globals())
x: int = 5
print(__annotations__, dir()[:3])


def where():
    return sys._getframe().f_code.co_filename == __file__, where.__module__, where.__qualname__


print(where())
