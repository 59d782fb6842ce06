"""XML from uploads, read as a stream with entity expansion off (defusedxml): no billion laughs, no external
entities, and never the whole tree in memory, since a long recording is tens of megabytes of XML.

The elements are built by ElementTree's TreeBuilder, which expat calls directly: no Python runs for each
element as it is parsed. Python looks at the tree once a chunk of the file has been parsed, hands on the
elements that have surely ended and drops them."""

import re
from itertools import islice
from time import monotonic
from xml.etree.ElementTree import TreeBuilder
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from tracker.importers.records import ActivityFileError, OutOfTime

_ROOT = re.compile(r"<(?:[A-Za-z_][\w.\-]*:)?(gpx|TrainingCenterDatabase)[\s>/]", re.ASCII)
# How much of the file is parsed between two looks at the tree, and at the clock: some 500 elements of a
# track, a fraction of a megabyte of them in memory at once.
CHUNK_BYTES = 16 * 1024
# An element asked for whole that grows past this many descendants while still open comes in parts after
# all, so that one endless element cannot hold the file in memory.
WHOLE_AT_MOST = 256


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


def xml_elements(data, kind, deadline=None, refuse_doctype=False, root=None, whole=()):
    """Every element of the XML in `data` in the order they end, as (name, element, path): its name without
    namespace; the element, with its text and attributes but no children (each is dropped once it has been
    seen, so memory stays flat however long the file is); and the names of the elements it is in, outermost
    first (a list reused for the next element). Elements named in `whole` come with their children, which
    do not come on their own; one that grows too large comes as the others do. `kind` names the format in
    the reasons ("not a TCX file"), as does a `root` other than the one named. OutOfTime once `deadline` (a
    time.monotonic() value) has passed."""
    if not data or data.isspace():  # isspace, unlike strip, makes no copy of a large file
        raise ActivityFileError("the file is empty")
    try:
        yield from _Stream(kind, root, whole, deadline).elements(data, refuse_doctype)
    except DTDForbidden:
        raise ActivityFileError(f"refused: the {kind} has a DOCTYPE, which uploads may not use") from None
    except DefusedXmlException:
        raise ActivityFileError("refused: the XML declares entities, which uploads may not use") from None
    except (ExpatError, ParseError) as error:
        if "no element found" in str(error) or "unclosed token" in str(error):
            raise ActivityFileError("the file ends early") from None
        raise ActivityFileError(f"not a {kind} file (the XML is broken: {error})") from None
    except (ValueError, LookupError):
        raise ActivityFileError(f"not a {kind} file (unreadable text encoding)") from None


def in_end_order(element, path):
    """The elements of an element that came whole, as xml_elements gives the others: its descendants, then
    itself."""
    return _Stream(None, None, (), None).subtree(element, path)


class _Stream:
    """One file's elements, from the tree as it grows. The elements still open are the root, its last child,
    that one's last child and so on (the spine); every other element has ended."""

    def __init__(self, kind, root, whole, deadline):
        self.kind, self.root_name, self.whole, self.deadline = kind, root, frozenset(whole), deadline
        self.names = {}
        self.path = []
        self.root = None
        self.root_checked = root is None
        self.grown = set()  # the open elements asked for whole that grew too large, and come in parts

    def elements(self, data, refuse_doctype):
        builder = TreeBuilder()
        expat = _parser(builder, refuse_doctype)

        def first_start(tag, attributes):
            self.root = builder.start(tag, attributes)
            expat.StartElementHandler = builder.start

        expat.StartElementHandler = first_start
        for chunk, last in _chunks(data):
            try:
                expat.Parse(chunk, last)
            except (ExpatError, ParseError):
                if self.root is not None:
                    self._check_clock()
                    yield from self._spine()
                    yield from self._ended_before_the_fault(builder)
                raise
            if self.root is not None:
                self._check_clock()
                yield from self._spine()
        yield from self.subtree(self.root, [])

    def subtree(self, top, path):
        """Every element of `top`, which has ended, and `top` last, each as it ended."""
        self._check_root()
        name = self._name(top.tag)
        if not len(top) or self._given_whole(name, top):
            yield name, top, path
            return
        path.append(name)
        stack = [(top, iter(top), name)]
        while stack:
            element, children, name = stack[-1]
            for child in children:
                child_name = self._name(child.tag)
                if len(child) and not self._given_whole(child_name, child):
                    path.append(child_name)
                    stack.append((child, iter(child), child_name))
                    break
                yield child_name, child, path
            else:
                stack.pop()
                path.pop()
                self.grown.discard(element)
                del element[:]
                yield name, element, path

    def _spine(self):
        """The elements that have surely ended: all but the last child of each element down the spine."""
        path = self.path
        path.clear()
        node = self.root
        while len(node):
            path.append(self._name(node.tag))
            if len(node) > 1:
                for child in node[:-1]:
                    yield from self.subtree(child, path)
                del node[:-1]
            node = node[-1]
            if self._given_whole(self._name(node.tag), node):
                if next(islice(node.iter(), WHOLE_AT_MOST, None), None) is None:
                    return  # it waits until it ends
                self.grown.add(node)
            if len(path) % 4096 == 0:
                self._check_clock()  # a spine thousands deep is no activity, and slow to walk

    def _ended_before_the_fault(self, builder):
        """What ended between the last look and a fault in the XML: the last child of the innermost element
        still open, which ended after everything else, and its own elements; or the root when it had ended."""
        try:
            innermost = builder.end(None)  # the parse is over, so the builder's own stack can be spent
        except IndexError:
            yield from self.subtree(self.root, [])
            return
        node, path, in_whole, ended = self.root, [], False, bool(len(innermost))
        while node is not innermost and len(node):
            name = self._name(node.tag)
            ended = ended or len(node) > 1
            in_whole = in_whole or self._given_whole(name, node)
            path.append(name)
            node = node[-1]
        if ended:
            self._check_root()
        if len(innermost) and not in_whole and not self._given_whole(self._name(innermost.tag), innermost):
            yield from self.subtree(innermost[-1], [*path, self._name(innermost.tag)])

    def _given_whole(self, name, element):
        """Whether `element` comes with its children: asked for whole, and not grown too large."""
        return name in self.whole and element not in self.grown

    def _name(self, tag):
        name = self.names.get(tag)
        if name is None:
            name = self.names[tag] = tag.rpartition("}")[2]
        return name

    def _check_clock(self):
        if self.deadline is not None and monotonic() > self.deadline:
            raise OutOfTime

    def _check_root(self):
        """The root named, checked once an element has ended."""
        if not self.root_checked:
            if self._name(self.root.tag) != self.root_name:
                raise ActivityFileError(f"not a {self.kind} file")
            self.root_checked = True


def _chunks(data):
    """(part of `data`, whether it is the last) for expat to parse: the parts without copies, then the end."""
    view = memoryview(data)
    for start in range(0, len(data), CHUNK_BYTES):
        yield view[start : start + CHUNK_BYTES], False
    yield b"", True


def _parser(builder, refuse_doctype):
    """Expat, defused, calling `builder` itself for the elements and their text. Names come as
    "namespace}local"; attributes as a dict."""
    defused = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    expat = defused.parser
    if refuse_doctype:
        # At the DOCTYPE's end rather than its start, so that entities declared inside it are refused as
        # entities: the plainer reason for the usual attack.
        expat.EndDoctypeDeclHandler = _refuse_doctype
    expat.ordered_attributes = False
    expat.EndElementHandler = builder.end
    expat.CharacterDataHandler = builder.data
    return expat


def _refuse_doctype():
    raise DTDForbidden(None, None, None)
