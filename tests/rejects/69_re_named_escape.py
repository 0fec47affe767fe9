# expect-exit: 2
# expect-stderr: 69_re_named_escape.py:6: coroviz does not model named Unicode escapes (\N{...}) in regular expressions yet
# A regular expression coroviz cannot match exactly is refused when it is compiled.
import re

print(re.findall(r"\N{DIGIT ONE}+", "a11b"))
