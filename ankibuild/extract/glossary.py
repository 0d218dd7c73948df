"""Placeholder: this convention's rule is being written."""

from __future__ import annotations

from collections.abc import Mapping

from . import RuleResult
from .document import Document


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """No cards yet."""
    return RuleResult()
