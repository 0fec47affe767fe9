# expect-exit: 2
# expect-stderr: 47_collections_ordereddict.py:6:17: error: unsupported: `collections.OrderedDict`
import collections
from collections import deque

d = collections.OrderedDict()
