# expect-exit: 2
# expect-stderr: 67_import_zoneinfo.py:7:6:
# expect-stderr: error: unsupported: `import` of module `zoneinfo`
# expect-stderr: coroviz has no time zone database
# datetime runs; named time zones (the tz database) do not: fixed offsets are datetime.timezone.
from datetime import datetime
from zoneinfo import ZoneInfo

print(datetime(2024, 1, 1, tzinfo=ZoneInfo("Europe/Paris")))
