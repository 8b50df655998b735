"""Card and question wording from templates/cards/stems.yaml."""

from __future__ import annotations

from functools import cache

import yaml

from quizgen.errors import TemplateError
from quizgen.templating import load_template, template_path

__all__ = ["stem"]


@cache
def _stems() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(load_template("cards/stems.yaml"))
    if not isinstance(data, dict) or not {"cloze", "mcq"} <= set(data):
        raise TemplateError(
            "needs `cloze` and `mcq` sections", path=template_path("cards/stems.yaml")
        )
    return data


def stem(section: str, name: str, **values: str) -> str:
    """Fill the named wording template with ``values``."""
    try:
        return _stems()[section][name].format(**values)
    except KeyError as exc:
        raise TemplateError(
            f"missing wording {section}.{name} or field {exc}",
            path=template_path("cards/stems.yaml"),
        ) from None
