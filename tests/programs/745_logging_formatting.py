# Logging formats: %-style with dict args, style="{" and "$", a custom datefmt, and logging a message with %.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
log = logging.getLogger("fmt")
log.addHandler(handler)
log.setLevel(logging.INFO)
for fmt, style in (("%(levelname)s|%(message)s", "%"), ("{levelname}|{name}|{message}", "{"), ("$levelname|$message", "$")):
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.info("style %s", style)
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %I:%M %p"))
log.info("custom date")
handler.setFormatter(logging.Formatter("%(message)s"))
log.info("%(user)s logged in from %(ip)s", {"user": "ana", "ip": "10.0.0.1"})
log.info("100% literal, no args")
log.info("%d%% done", 50)
log.info(["not", "a", "string"])
handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(module)s %(filename)s %(message)s"))


def where():
    log.info("here")


where()
