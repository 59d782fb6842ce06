"""XML from uploads is parsed with entity expansion off (defusedxml): no billion laughs, no external
entities. GPX goes through this check before gpxpy, whose own parser is the standard library's."""

import re

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from tracker.importers.records import ActivityFileError

_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?(gpx|TrainingCenterDatabase)[\s>/]")
_BOMS = (b"\xef\xbb\xbf",)


def xml_root_name(data):
    """'gpx' or 'TrainingCenterDatabase' when the first few kilobytes show that root element, else None."""
    head = data[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
    if not head.lstrip().startswith(b"<"):
        return None
    found = _ROOT.search(head)
    return found.group(1).decode() if found else None


def parse_xml(data, kind):
    """The parsed root element; `kind` names the format in the reasons ("not a TCX file")."""
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ActivityFileError("refused: the XML declares entities, which uploads may not use") from None
    except ParseError as error:
        if "no element found" in str(error) or "unclosed token" in str(error):
            raise ActivityFileError("the file ends early") from None
        raise ActivityFileError(f"not a {kind} file (the XML is broken: {error})") from None
    except (ValueError, LookupError):
        raise ActivityFileError(f"not a {kind} file (unreadable text encoding)") from None
