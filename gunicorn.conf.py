"""gunicorn's settings for Backtrack, read by gunicorn whenever it is started in this folder.

The access log records when, the method, the path without its query string, the status, the size and the
time taken: no query string, Referer or User-Agent, which can carry search words, the page a runner came from
and a fingerprint of their device. Client addresses are left out too; the login lockout keeps its own.
"""

# A shared report's address is its secret: the access log names the share's id instead of its token.
logger_class = "tracker.access_log.AccessLogWithoutShareTokens"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
# Reading a large GPX takes about a third of a second a megabyte; imports stop themselves within 25 s.
timeout = 60
