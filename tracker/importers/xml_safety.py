"""XML from uploads, read as a stream with entity expansion off (defusedxml): no billion laughs, no external
entities, and never the whole tree in memory, since a long recording is tens of megabytes of XML."""

import io
import re
from time import monotonic
from xml.etree.ElementTree import TreeBuilder

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser, ParseError, iterparse

from tracker.importers.records import ActivityFileError, OutOfTime

_ROOT = re.compile(r"<(?:[A-Za-z_][\w.\-]*:)?(gpx|TrainingCenterDatabase)[\s>/]", re.ASCII)
# How often, in elements, the clock is looked at: a few hundred points of a track.
ELEMENTS_BETWEEN_CLOCK_CHECKS = 4096


def xml_root_name(data):
    """'gpx' or 'TrainingCenterDatabase' when the first few kilobytes show that root element, else None."""
    head = _head_text(data[:4096])
    if not head.lstrip().startswith("<"):
        return None
    found = _ROOT.search(head)
    return found.group(1) if found else None


def _head_text(head):
    """The start of an XML file as text, for a look at its root element: UTF-16 is known by its byte order
    mark or, without one, by the zero byte beside the first "<"; any other encoding XML allows shows
    markup in ASCII, which Latin-1 keeps as it is."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # the mark tells the byte order, and is dropped
    elif head.startswith(b"<\0"):
        encoding = "utf-16-le"
    elif head.startswith(b"\0<"):
        encoding = "utf-16-be"
    else:
        return head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    return head[: len(head) // 2 * 2].decode(encoding, errors="replace")


def xml_elements(data, kind, deadline=None, refuse_doctype=False):
    """Every element of the XML in `data` as it ends, as (name, element, path): its name without namespace;
    the element, with its text and attributes but no children (each is dropped once it has been seen, so
    memory stays flat however long the file is); and the names of the elements it is in, outermost first
    (a list reused for the next element). `kind` names the format in the reasons ("not a TCX file").
    OutOfTime once `deadline` (a time.monotonic() value) has passed."""
    if not data or data.isspace():  # isspace, unlike strip, makes no copy of a large file
        raise ActivityFileError("the file is empty")
    local_names = {}
    path, open_elements = [], []
    events = iterparse(io.BytesIO(data), ("start", "end"), _parser(refuse_doctype))
    try:
        for count, (event, element) in enumerate(events):
            if deadline is not None and count % ELEMENTS_BETWEEN_CLOCK_CHECKS == 0 and monotonic() > deadline:
                raise OutOfTime
            name = local_names.get(element.tag)
            if name is None:
                name = local_names[element.tag] = element.tag.rpartition("}")[2]
            if event == "start":
                path.append(name)
                open_elements.append(element)
                continue
            path.pop()
            open_elements.pop()
            yield name, element, path
            # Its children went at their own ends, and its later siblings have not begun: it is its
            # parent's only child.
            if open_elements:
                del open_elements[-1][-1]
    except DTDForbidden:
        raise ActivityFileError(f"refused: the {kind} has a DOCTYPE, which uploads may not use") from None
    except DefusedXmlException:
        raise ActivityFileError("refused: the XML declares entities, which uploads may not use") from None
    except ParseError as error:
        if "no element found" in str(error) or "unclosed token" in str(error):
            raise ActivityFileError("the file ends early") from None
        raise ActivityFileError(f"not a {kind} file (the XML is broken: {error})") from None
    except (ValueError, LookupError):
        raise ActivityFileError(f"not a {kind} file (unreadable text encoding)") from None


def _parser(refuse_doctype):
    parser = DefusedXMLParser(
        target=TreeBuilder(), forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    if refuse_doctype:
        # At the DOCTYPE's end rather than its start, so that entities declared inside it are refused as
        # entities: the plainer reason for the usual attack.
        parser.parser.EndDoctypeDeclHandler = _refuse_doctype
    return parser


def _refuse_doctype():
    raise DTDForbidden(None, None, None)
