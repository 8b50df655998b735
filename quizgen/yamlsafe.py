"""YAML for files people share (store files, recipes): safe types only, no aliases.

Neither needs anchors or aliases, and nine nested aliases in 400 bytes expand to a billion
items (the "billion laughs"): such a file is refused before it is expanded.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import Node

__all__ = ["AliasError", "load_yaml"]

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class AliasError(yaml.YAMLError):
    """The document uses an alias (``*name``)."""


class _NoAliasLoader(_BASE):  # type: ignore[misc]  # CSafeLoader is untyped
    """The fast safe loader; a node met twice while constructing is an alias."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            line = node.start_mark.line + 1 if node.start_mark else 0
            raise AliasError(
                f"line {line}: YAML anchors and aliases (&name, *name) are not allowed here"
            )
        return super().construct_object(node, deep=deep)


def load_yaml(text: str) -> Any:
    """Parse ``text`` with the safe loader, refusing aliases.

    Raises:
        AliasError: the text uses an alias.
        yaml.YAMLError: the text is not valid YAML.
    """
    return yaml.load(text, Loader=_NoAliasLoader)
