"""Safe YAML loading that remembers the line of every key, so errors can cite it.

Only plain YAML is accepted: mappings, sequences and scalars through PyYAML's safe
constructors. Tags such as ``!!python/object`` are refused (on scalars by the safe loader, on
mappings and sequences here), duplicate keys are an error (PyYAML silently keeps the last
one), and anchors/aliases are refused so that a "billion laughs" document cannot expand.
A criteria file is at most ``MAX_YAML_BYTES`` and ``MAX_DEPTH`` levels deep; devices and
pipes are refused before anything is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from paritrana.errors import CriteriaError, Location
from paritrana.i18n.messages import criteria as m
from paritrana.i18n.text import Message

Path_ = tuple[str | int, ...]

MAX_YAML_BYTES = 1_000_000
MAX_DEPTH = 50
_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap"}


@dataclass
class YamlDocument:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    file: str | None = None
    seen: set[int] = field(default_factory=set, repr=False)

    def line_of(self, path: Path_) -> int | None:
        """The line of ``path`` or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())

    def location(self, path: Path_) -> Location:
        return Location(file=self.file, line=self.line_of(path))


def too_large(file: str | None) -> CriteriaError:
    return CriteriaError(m.TOO_LARGE(mb=MAX_YAML_BYTES // 1_000_000), Location(file=file))


def load_yaml(text: str, file: str | None = None) -> YamlDocument:
    import yaml

    if len(text) > MAX_YAML_BYTES or len(text.encode("utf-8", errors="replace")) > MAX_YAML_BYTES:
        raise too_large(file)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise CriteriaError(m.TOO_DEEP(n=MAX_DEPTH), Location(file=file)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if "quoted scalar" in (exc.context or "") and exc.context_mark is not None:
            mark = exc.context_mark  # where the quotation mark opens, not the end of the file
        line = mark.line + 1 if mark else None
        message, hint = yaml_problem(exc.problem or exc.context or "", exc.context or "")
        raise CriteriaError(message, Location(file=file, line=line), hint=hint) from None
    except yaml.YAMLError as exc:
        raise CriteriaError(m.INVALID_YAML(problem=str(exc)), Location(file=file)) from None
    doc = YamlDocument(data=None, file=file)
    if root is None:
        return doc
    doc.data = _convert(root, (), doc)
    return doc


_TAB_WORD = re.compile(r"\btab\b", re.IGNORECASE)  # "a tab character", not "unacceptable" or "table"


def yaml_problem(problem: str, context: str = "") -> tuple[Message, Message | None]:
    """PyYAML's ``problem`` (and ``context``) as a message and hint in the reader's words; a
    problem not recognised is quoted as PyYAML wrote it."""
    if "\t" in problem or "\\t" in problem or _TAB_WORD.search(problem):  # PyYAML writes '\\t'
        return m.YAML_TAB(), m.USE_SPACES()
    if problem == "mapping values are not allowed here":
        return m.YAML_COLON(), m.QUOTE_COLON()
    if "flow" in context and problem.startswith("expected ','"):
        return m.YAML_BRACKET(), m.CLOSE_BRACKET()
    if problem.startswith("expected <block end>"):
        return m.YAML_INDENT(), m.ALIGN_KEYS()
    if "quoted scalar" in context and "end of stream" in problem:
        return m.YAML_QUOTE(), m.CLOSE_QUOTE()
    start = re.fullmatch(r"found character '(.+)' that cannot start any token", problem)
    if start is not None:
        return m.YAML_START(char=start.group(1)), m.QUOTE_VALUE()
    if problem == "could not find expected ':'":
        return m.YAML_NO_COLON(), m.KEY_COLON_VALUE()
    return m.INVALID_YAML(problem=problem), None


def _convert(node: Any, path: Path_, doc: YamlDocument) -> Any:
    import yaml

    doc.lines.setdefault(path, node.start_mark.line + 1)
    if len(path) > MAX_DEPTH:
        raise CriteriaError(m.TOO_DEEP(n=MAX_DEPTH), Location(file=doc.file, line=node.start_mark.line + 1))
    if id(node) in doc.seen:
        raise CriteriaError(m.ANCHORS(), Location(file=doc.file, line=node.start_mark.line + 1),
                            hint=m.WRITE_OUT_IN_FULL())
    doc.seen.add(id(node))
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_TAGS:
        raise CriteriaError(m.TAGS(tag=node.tag.replace("tag:yaml.org,2002:", "!!")),
                            Location(file=doc.file, line=node.start_mark.line + 1))
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise CriteriaError(m.MERGE_KEYS(), Location(file=doc.file, line=key_node.start_mark.line + 1),
                                    hint=m.WRITE_OUT_IN_FULL())
            key = _scalar(key_node, doc)
            if not isinstance(key, (str, int, float, bool)) or isinstance(key, bool):
                key = str(key)
            if key in result:
                first = doc.lines.get((*path, key))
                message = m.DUPLICATE_KEY(key=key, first=first) if first else m.DUPLICATE_KEY_BARE(key=key)
                raise CriteriaError(message, Location(file=doc.file, line=key_node.start_mark.line + 1))
            doc.lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _convert(value_node, (*path, key), doc)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            items.append(_convert(item, (*path, index), doc))
        return items
    return _scalar(node, doc)


def _scalar(node: Any, doc: YamlDocument) -> Any:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise CriteriaError(m.KEY_NOT_PLAIN(), Location(file=doc.file, line=node.start_mark.line + 1))
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise CriteriaError(m.UNSUPPORTED_VALUE(problem=exc.problem or ""),
                            Location(file=doc.file, line=node.start_mark.line + 1)) from None
    finally:
        loader.dispose()
