"""Readers for activity files and the journal CSV: bytes in, plain records out.

Nothing here touches the ORM or a request, so each reader can be tested (and fuzzed) on bytes alone.
Every reader raises `ActivityFileError` (or `JournalCsvError`) with a reason a person understands, and
nothing else, whatever the bytes.
"""
