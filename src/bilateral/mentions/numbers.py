"""Reading numbers written in digits: Western or Arabic-Indic (already ASCII after folding),
thousands separators (``1,200``; Arabic ``٬`` folds to ``,``), decimals (``2.11``; Arabic ``٫``
folds to ``.``) and the European form with both (``1.200,5``).

Rule for separators: a comma followed by exactly three digits groups thousands; a dot is a decimal
point, unless dots group thousands and a comma then gives the decimals (``1.200.000,50``).
"""

from __future__ import annotations

import re

# one regex for a number in folded text; it never touches another digit or separator+digit
NUMBER = (
    r"(?<![\d.,+a-z])(?<![^\W\d_]{2})"  # not inside a word (one glued Arabic clitic letter is fine: لـ70)
    r"(?:\d{1,3}(?:\.\d{3})+,\d{1,2}"  # European 1.200,5
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,200 / 1,200.5
    r"|\d+(?:\.\d+)?)"  # 1200 / 2.11
    r"(?!\d|[.,+]\d)"
)
_EURO = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d{1,2}$")


def parse_number(s: str) -> float:
    """The value of a digit string matched by :data:`NUMBER`."""
    if _EURO.match(s):
        return float(s.replace(".", "").replace(",", "."))
    return float(s.replace(",", ""))
