# expect-exit: 2
# expect-stderr: 68_datetime_capi.py:6:16:
# expect-stderr: error: unsupported: `datetime.datetime_CAPI`
import datetime

print(datetime.datetime_CAPI)
