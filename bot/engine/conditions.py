"""Readable branch conditions, parsed with Python's own parser but never evaluated by it.

Admins write e.g. ``status in [asylum, tolerated] and years <= 5`` or ``not german == none``.
``ast.parse`` gives the tree; only a small whitelist of node kinds is accepted (and/or/not, comparisons,
``is set`` style checks through ``== none``), so nothing a flow file says can run code.
Bare words on the right-hand side are plain values (``asylum`` means the text "asylum").
``name is latin`` / ``name is not latin`` ask whether a typed answer is written in Latin letters only.
"""

from __future__ import annotations

import ast
import unicodedata
from dataclasses import dataclass
from typing import Mapping

_OPS = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.In: "in", ast.NotIn: "not in",
}


class _Marker:
    """What 'is set' and 'is latin' compare with: no value an answer can have."""


_UNSET = _Marker()
_LATIN = _Marker()


def is_latin(value: object) -> bool:
    """Every letter of the text is a Latin letter ('Zoë Müller' yes, 'محمد' or 'Мария' no); empty is not."""
    letters = [c for c in str(value or "") if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)

#: longer conditions are refused: they are unreadable for admins, and deep nesting exhausts Python's parser
MAX_LENGTH = 500


class ConditionError(ValueError):
    """The condition text cannot be understood; the message says why in words an admin can act on."""


@dataclass(frozen=True)
class Condition:
    source: str
    tree: ast.expr
    names: frozenset[str]          # answers the condition reads
    values: tuple[tuple[str, str], ...]  # (answer, compared value) pairs, for validation

    def evaluate(self, answers: Mapping[str, object]) -> bool:
        return bool(_eval(self.tree, answers))


def parse_condition(source: str) -> Condition:
    text = str(source).strip()
    if not text:
        raise ConditionError("the condition is empty")
    if len(text) > MAX_LENGTH:
        raise ConditionError(f"the condition has {len(text)} characters, more than {MAX_LENGTH}; "
                             "split it into several cases")
    # 'is set' / 'is not set' read better for admins than comparisons with nothing.
    text = text.replace(" is not set", " == _unset_").replace(" is set", " != _unset_")
    text = text.replace(" is not latin", " != _latin_").replace(" is latin", " == _latin_")
    try:
        tree = ast.parse(text, mode="eval").body
    except SyntaxError as exc:
        raise ConditionError(f"cannot read the condition {source!r} near column {exc.offset}") from None
    except (ValueError, RecursionError, MemoryError):     # null bytes, nesting too deep for the parser
        raise ConditionError(f"cannot read the condition {source!r}") from None
    names: set[str] = set()
    values: list[tuple[str, str]] = []
    _check(tree, names, values, source)
    return Condition(str(source), tree, frozenset(names), tuple(values))


def _check(node: ast.AST, names: set[str], values: list[tuple[str, str]], source: str) -> None:
    if isinstance(node, ast.BoolOp):
        for v in node.values:
            _check(v, names, values, source)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        _check(node.operand, names, values, source)
    elif isinstance(node, ast.Compare):
        if len(node.ops) != 1 or type(node.ops[0]) not in _OPS:
            raise ConditionError(f"{source!r}: compare one answer with one value (==, !=, <, <=, >, >=, in, not in)")
        if not isinstance(node.left, ast.Name):
            raise ConditionError(f"{source!r}: the left side of a comparison must be an answer name")
        names.add(node.left.id)
        right = node.comparators[0]
        if isinstance(node.ops[0], (ast.In, ast.NotIn)):
            if not isinstance(right, (ast.List, ast.Tuple)):
                raise ConditionError(f"{source!r}: after 'in' write a list like [a, b]")
            items = right.elts
        else:
            items = [right]
        for item in items:
            value = _literal(item, source)
            if value is not _UNSET and value is not _LATIN:
                values.append((node.left.id, str(value)))
    elif isinstance(node, ast.Name):
        raise ConditionError(f"{source!r}: '{node.id}' alone is not a condition; write e.g. '{node.id} == yes'")
    else:
        raise ConditionError(f"{source!r}: only answers compared with values, 'and', 'or', 'not' and brackets are allowed")


def _literal(node: ast.AST, source: str) -> str | int | float | _Marker:
    """A word or number of the condition, or the marker of 'is set' / 'is latin'."""
    if isinstance(node, ast.Name):
        return {"_unset_": _UNSET, "_latin_": _LATIN}.get(node.id, node.id)
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        number = _number_literal(node.operand)
        if number is not None:
            return -number
    raise ConditionError(f"{source!r}: values must be words or numbers")


def _number_literal(node: ast.AST) -> int | float | None:
    """The value of a number literal: ``-'a'`` or ``-True`` are not negative numbers."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    return None


def _eval(node: ast.AST, answers: Mapping[str, object]) -> bool:
    if isinstance(node, ast.BoolOp):
        results = (_eval(v, answers) for v in node.values)
        return all(results) if isinstance(node.op, ast.And) else any(results)
    if isinstance(node, ast.UnaryOp):
        return not _eval(node.operand, answers)
    assert isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)
    op = _OPS[type(node.ops[0])]
    actual = answers.get(node.left.id)
    right = node.comparators[0]
    if op in ("in", "not in"):
        assert isinstance(right, (ast.List, ast.Tuple))      # parse_condition accepts nothing else after 'in'
        options = [_literal(e, "") for e in right.elts]
        found = any(_same(actual, o) for o in options)
        return found if op == "in" else not found
    expected = _literal(right, "")
    if expected is _LATIN:   # 'x is latin' / 'x is not latin'
        return is_latin(actual) if op == "==" else not is_latin(actual)
    if expected is _UNSET:   # 'x is set' / 'x is not set'
        unset = actual in (None, "")
        return unset if op == "==" else not unset
    if op == "==":
        return _same(actual, expected)
    if op == "!=":
        return not _same(actual, expected)
    a, b = _number(actual), _number(expected)
    if a is None or b is None:
        return False   # an answer not given (or not a number) never satisfies an order comparison
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _number(value: object) -> float | None:
    if not isinstance(value, (str, int, float)):      # answers are JSON values: lists and mappings are no numbers
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _same(actual: object, expected: object) -> bool:
    if actual is None:
        return False
    a, b = _number(actual), _number(expected)
    if a is not None and b is not None:
        return a == b
    return str(actual) == str(expected)
