# expect-exit: 2
# expect-stderr: 89_tab_error.py:6:1: error: tab error: inconsistent use of tabs and spaces in indentation
# Tabs and spaces that disagree about the indentation.
def tick(n):
        total = n
	return total
