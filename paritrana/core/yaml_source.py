"""Safe YAML loading that remembers the line of every key, so errors can cite it.

Only plain YAML is accepted: mappings, sequences and scalars through PyYAML's safe
constructors. Tags such as ``!!python/object`` are refused (on scalars by the safe loader, on
mappings and sequences here), duplicate keys are an error (PyYAML silently keeps the last
one), and anchors/aliases are refused so that a "billion laughs" document cannot expand.
A criteria file is at most ``MAX_YAML_BYTES`` and ``MAX_DEPTH`` levels deep; devices and
pipes are refused before anything is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from paritrana.errors import CriteriaError, Location
from paritrana.i18n.messages import criteria as m

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
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or ""
        tabs = "\t" in problem or "\\t" in problem or "tab" in problem.lower()  # PyYAML writes '\\t'
        raise CriteriaError(m.INVALID_YAML(problem=problem), Location(file=file, line=line),
                            hint=m.USE_SPACES() if tabs else None) from None
    except yaml.YAMLError as exc:
        raise CriteriaError(m.INVALID_YAML(problem=str(exc)), Location(file=file)) from None
    doc = YamlDocument(data=None, file=file)
    if root is None:
        return doc
    doc.data = _convert(root, (), doc)
    return doc


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
