"""Date mentions: absolute, partial, ranges, decades, Hijri, and relative expressions.

One grammar for every language (the regexes below); the words come from ``lang/<code>/dates.yaml``
(month names of every naming system, weekdays, cues, modifiers, parts, fixed phrases, decades).
Matching runs over the folded text; spans map back to the original text.

Conventions of the :class:`~bilateral.model.DateRef` values produced (the resolve stage relies on
them):

* absolute: ``start``/``end`` are ISO partial dates at the stated precision ("1943-08-26",
  "1990-05", "1964"); a range keeps both ends ("2008-03-19".."2008-03-20"; "2005".."2008").
* decades: precision ``decade``, start "1950", end "1959".
* Hijri: converted (Umm al-Qura) to Gregorian ISO days, ``calendar="hijri"``; a Hijri month or
  year spans its Gregorian days with precision ``month``/``year``.
* relative: ``start``/``end`` None and a :class:`~bilateral.model.Relative`; a month and day
  without a year is ``Relative(unit="named_month", offset=0, month=.., day=.., day_end=..)``.
* a month with the current period or a year counted from publication ("حزيران الجاري",
  "March last year") is ``Relative(unit="year", offset=0/-1/+1, month=.., day=..)``.
* "N units ago" / "قبل N ..." is ``Relative(unit, -N)``; "51 years ago this month" keeps
  ``Relative("year", -51)`` with precision ``month`` ("منذ" is a duration and is not a date).
* a day range across two months ("30 April to 2 May 2024") is absolute with both ends; without a
  year only its first day is kept (named_month).

Years need a cue (see :data:`_YEAR_RULE`); a month name that is also a common word (آب, May)
needs context (a day, a year, a cue or a modifier).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..calendar import hijri_to_gregorian, iso, valid_day
from ..context import Context, LangData
from ..errors import DataError
from ..model import DateRef, Mention, MentionKind, Precision, Relative, Span, Text
from .patterns import (
    LEFT,
    RIGHT,
    PrefixTrimmer,
    SentenceIndex,
    SpanSet,
    TokenScanner,
    alternation,
    extend_end,
    fold_form,
    folded_list,
    key,
    lang_code,
    lookup,
    table,
    with_clitics,
    words_table,
)

RULE = "mentions.dates.v1"
_YEAR_RULE = """A bare number is a year only with a cue: a strong cue (عام/العام/سنة, "the year") for
any year 1000-2099; a weak cue (في/منذ/in/since/...) for 1000-2099 when no unit, currency, scale or
percent word follows; a month name before it; an era/Hijri marker after it (1943م, 1445 هـ); or in
parentheses "(1978)" for 1900-2099."""

# numbers: a day (1-31) and a year (4 digits); neither may touch other digits or separators
_DAY = r"(?<![\d.,/:+a-z])(?:3[01]|[12]\d|0?[1-9])(?![\d]|[.,:/]\d)"
_YEAR = r"(?<![\d.,/:+a-z])\d{4}(?![\d]|[.,:/]\d)"


@dataclass(frozen=True)
class _Cand:
    start: int  # folded
    end: int
    value: DateRef
    sub: str


class DateGrammar:
    """The compiled date grammar of one language (built once per Context)."""

    def __init__(self, lang: LangData, units_lang: dict[str, Any], numbers_lang: dict[str, Any]) -> None:
        data = lang.get("dates") or {}
        where = f"lang/{lang.code}/dates.yaml"
        self.where = where
        months: dict[str, int] = {}
        for system, table_ in (data.get("months") or {}).items():
            for form, month in table(table_, f"{where}: months.{system}").items():
                if form in months and months[form] != month:
                    raise DataError(f"month form {form!r} maps to {months[form]} and {month}", where)
                months[form] = int(month)
        self.months = months
        self.ambiguous = set(folded_list(data.get("ambiguous")))
        self.hijri_months = {k: int(v) for k, v in table(data.get("hijri_months"), where).items()}
        self.weekdays = {k: int(v) for k, v in table(data.get("weekdays"), where).items()}
        self.ambiguous_weekdays = set(folded_list(data.get("ambiguous_weekdays")))
        self.weekday_cues = frozenset(folded_list(data.get("weekday_cues")))
        self.modifiers = {k: int(v) for k, v in words_table(data.get("modifiers"), where).items()}
        self.units = words_table(data.get("units"), where)
        self.parts = words_table(data.get("parts"), where)
        self.order = str(data.get("numeric_order") or "dmy")
        self.ordinals = {k: int(v) for k, v in table(data.get("day_ordinals"), where).items()}
        self.month_year_rel = {k: int(v) for k, v in words_table(data.get("month_year_relative"), where).items()}
        self.seasons = {k: int(v) for k, v in words_table(data.get("seasons"), where).items()}
        anniv = data.get("anniversary") or {}
        self.anniv_ordinals = {k: int(v) for k, v in words_table(anniv.get("ordinals"), where).items()}
        self.today_words = set(folded_list(data.get("today_words")))
        self.current = set(folded_list(data.get("current_modifiers")))
        ago = data.get("ago") or {}
        self.ago_units = {k: str(v) for k, v in words_table(ago.get("units"), where).items()}
        self.ago_singles = {k: str(v) for k, v in words_table(ago.get("singles"), where).items()}
        self.ago_duals = {k: str(v) for k, v in words_table(ago.get("duals"), where).items()}
        self.ago_numbers = {k: int(v) for k, v in words_table(ago.get("numbers"), where).items()}
        self.ago_this_month = set(folded_list(ago.get("this_month")))
        ranges = data.get("ranges") or {}
        year_cues = data.get("year_cues") or {}
        decades = data.get("decades") or {}
        self.decade_words = {k: int(v) for k, v in words_table(decades.get("words"), where).items()}
        self.centuries = {k: int(v) for k, v in words_table(decades.get("centuries"), where).items()}
        self.default_century = int(decades.get("default_century") or 1900)
        self.phrases: dict[str, Relative | None] = {}
        for entry in data.get("phrases") or []:
            try:
                rel = Relative(unit=str(entry["unit"]), offset=int(entry.get("offset", 0)),
                               part=entry.get("part"), span_days=entry.get("span_days"))
            except (KeyError, TypeError, ValueError) as e:
                raise DataError(f"bad relative phrase {entry!r}: {e}", where) from e
            self.phrases[fold_form(entry["text"])] = rel
        for form in folded_list(data.get("not_phrases")):
            self.phrases[form] = None

        vocab: set[str] = set()

        def W(forms: list[str]) -> str:
            for f in forms:
                vocab.update(f.split())
            return with_clitics(forms, lang)

        def A(forms: list[str], bounded: bool = True) -> str:
            for f in forms:
                vocab.update(f.split())
            return alternation(forms, bounded=bounded)

        unamb = [f for f in months if f not in self.ambiguous]
        amb = [f for f in months if f in self.ambiguous]
        month_alt = "(?:" + W(unamb) + "|" + A(amb) + ")"
        sfx = A(folded_list(data.get("day_suffixes")), bounded=False)
        sfx_opt = f"(?:{sfx}{RIGHT})?" if data.get("day_suffixes") else ""
        to_words = folded_list(ranges.get("to"))
        to_sym = [t for t in to_words if not re.match(r"[^\W_]", t)]
        to_wrd = [t for t in to_words if re.match(r"[^\W_]", t)]
        to_re = "(?:" + r"\s*" + A(to_sym, bounded=False) + r"\s*|\s+" + A(to_wrd, bounded=False) + r"\s*)"
        r"(?:\s+" + A(folded_list(ranges.get("and")), bounded=False) + r"\s*)"
        mod = A(list(self.modifiers))
        # a part ending in a hyphen ("mid-") runs into the next word: no word boundary after it
        glued = [f for f in self.parts if f.endswith("-")]
        part = ("(?:" + W([f for f in self.parts if f not in glued]) + (("|" + A(glued)) if glued else "") + ")") \
            if self.parts else A([])
        strong = W(folded_list(year_cues.get("strong")))
        weak = W(folded_list(year_cues.get("weak")))
        month_cue = W(folded_list(data.get("month_cues")))
        month_word = W(folded_list(data.get("month_words")))
        joiner = A(folded_list(data.get("day_month_joiners")))
        era = A(folded_list(data.get("era_markers")))
        hmark = A(folded_list(data.get("hijri_markers")))
        weekday = "(?:" + W([w for w in self.weekdays if w not in self.ambiguous_weekdays]) + "|" + \
            A([w for w in self.weekdays if w in self.ambiguous_weekdays]) + ")"
        day_word = W(folded_list(data.get("day_words")))
        today_word = W(folded_list(data.get("today_words")))
        from_w = W(folded_list(ranges.get("from")))
        between_w = W(folded_list(ranges.get("between")))
        byears = W(folded_list(ranges.get("between_years")))
        self.during = tuple(folded_list(ranges.get("during")))
        self.range_and = frozenset(folded_list(ranges.get("and")))

        ordinal = A(list(self.ordinals)) if self.ordinals else A([])
        joiner_req = A(folded_list(data.get("day_month_joiners")), bounded=False)
        myrel = A(list(self.month_year_rel))
        ago_num_w = alternation(list(self.ago_numbers), bounded=False) + RIGHT
        ago_num = (rf"(?:(?<![\d.,])\d{{1,3}}(?![\d]|[.,]\d)|{LEFT}{ago_num_w}"
                   rf"(?:(?:\s*-\s*|\s+(?:{A(folded_list(ranges.get('and')), bounded=False)}\s*)?){ago_num_w})?)")
        ago_unit = W(list(self.ago_units))
        ago_single = W(list(self.ago_singles)) if self.ago_singles else A([])
        ago_dual = W(list(self.ago_duals)) if self.ago_duals else A([])
        ago_approx = A(folded_list(ago.get("approx")))
        ago_before = folded_list(ago.get("before"))
        ago_after = folded_list(ago.get("after"))
        ago_this = A(folded_list(ago.get("this_month")) + folded_list(ago.get("this_day")))
        ago_not = A(folded_list(ago.get("not_after")))
        ago_body = (rf"(?:(?:{ago_approx})\s+)?(?:(?P<n>{ago_num})\s+(?P<u>{ago_unit})|(?P<dual>{ago_dual})"
                    rf"|(?P<single>{ago_single})(?!\s*(?:\d|{ago_not})))")
        alts = []
        if ago_before:
            alts.append(rf"{W(ago_before)}\s+{ago_body}(?!\s+{ago_not})")
        if ago_after:
            alts.append(rf"{ago_body}\s+{A(ago_after)}")
        # "51 years ago this month" / "في مثل هذا اليوم قبل نصف قرن": the period of publication, N years earlier
        self.rx_ago = re.compile(rf"(?:(?P<this0>{ago_this})\s+)?(?:" + "|".join(alts)
                                 + rf")(?:\s+(?P<this>{ago_this}))?") if alts else None

        def monthx(p: str) -> str:
            return (f"(?:(?P<{p}w>{month_word})\\s+)?(?P<{p}1>{month_alt})"
                    f"(?:\\s*/\\s*(?P<{p}2>{month_alt})|\\s*\\(\\s*(?P<{p}3>{month_alt})\\s*\\))?")

        year_part = (rf"(?:\s*,?\s*(?:(?P<ycue>{strong})\s+)?(?P<year>{_YEAR})(?:\s*(?P<era>{era}))?)?")
        self.rx_dmy = re.compile(
            rf"(?:(?P<cue>{month_cue})\s+)?(?:(?!{ordinal}\s+{joiner_req}\s)(?P<part>{part})(?:\s+|(?<=-)))?"
            rf"(?:(?P<pmod>{mod})\s+)?"
            rf"(?:(?:(?P<dayw>{day_word})\s+)?(?P<wd>{weekday})\s*,?\s+)?"
            rf"(?:(?P<from>{from_w})\s+)?"
            rf"(?:(?P<d1>{_DAY}){sfx_opt}(?:{to_re}(?P<d2>{_DAY}){sfx_opt})?(?:\s+{joiner})?\s*[\s-]\s*"
            rf"|(?P<d1w>{ordinal})\s+{joiner_req}\s+)?"
            + monthx("m") + year_part + rf"(?:\s+(?P<myrel>{myrel})|\s+(?P<mod>{mod}))?"
        )
        # a day range across two months: "from 30 April to 2 May 2024", "من 30 نيسان إلى 2 أيار"
        self.rx_xrange = re.compile(
            rf"(?:(?P<from>{from_w})\s+)?(?P<d1>{_DAY}){sfx_opt}(?:\s+{joiner})?\s*[\s-]\s*" + monthx("a")
            + rf"(?:\s*,?\s*(?P<year1>{_YEAR}))?{to_re}(?P<d2>{_DAY}){sfx_opt}(?:\s+{joiner})?\s*[\s-]\s*"
            + monthx("b") + rf"(?:\s*,?\s*(?:{strong}\s+)?(?P<year>{_YEAR}))?"
            + rf"|(?:(?P<from2>{from_w})\s+)?" + monthx("c") + rf"\s+(?P<x1>{_DAY}){sfx_opt}"
            + rf"(?:\s*,?\s*(?P<year3>{_YEAR}))?{to_re}" + monthx("e")
            + rf"\s+(?P<x2>{_DAY}){sfx_opt}(?:\s*,?\s*(?P<year4>{_YEAR}))?"
        )
        # a month range after "between"/"from": "between May and July 1999", "from March to June 2020"
        self.rx_mrange = re.compile(
            rf"(?:{between_w}|{from_w})\s+" + monthx("f") + rf"(?:\s*,?\s*(?P<year1>{_YEAR}))?{to_re}" + monthx("g")
            + rf"\s*,?\s*(?P<year>{_YEAR})"
        )
        self.rx_mdy = re.compile(
            rf"(?:(?P<wd>{weekday})\s*,?\s+)?" + monthx("m")
            + rf"\s+(?P<d1>{_DAY}){sfx_opt}(?:{to_re}(?P<d2>{_DAY}){sfx_opt})?"
            + rf"(?:\s*,?\s*(?P<year>{_YEAR})|\s+(?P<myrel>{myrel}))?"  # "August 8 last year"
        )
        self.rx_iso = re.compile(r"(?<![\d.,/-])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?![\d])"
                                 r"|(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y2>\d{4})(?!\d)")
        self.rx_year = re.compile(
            rf"(?:(?P<part>{part})(?:\s+|(?<=-)))?(?:(?P<strong>{strong})|(?P<weak>{weak}))\s+"
            rf"(?:(?P<part2>{part})(?:\s+|(?<=-)))?(?P<year>{_YEAR})(?:\s*(?P<era>{era}))?"
            rf"|(?P<y3>{_YEAR})\s*(?P<era2>{era})"
            rf"|\(\s*(?P<y4>{_YEAR})\s*\)"
        )
        self.rx_yrange = re.compile(
            rf"(?:(?P<between>{between_w})|(?P<from>{from_w}))?\s*(?:(?P<by>{byears}|{strong})\s+)?"
            rf"(?P<y1>{_YEAR}){to_re}(?:{strong}\s+)?(?P<y2>{_YEAR})"
        )
        self.rx_hijri = re.compile(
            rf"(?:(?P<d>{_DAY})\s+|(?P<dw>{ordinal})\s+{joiner_req}\s+)?(?:{month_word}\s+)?"
            rf"(?P<hm>{W(list(self.hijri_months))})\s+"
            rf"(?:{strong}\s+)?(?P<y>(?<![\d.,])\d{{3,4}}(?!\d))(?:\s*(?P<mark>{hmark}))?"
            rf"|(?:(?P<cue>{strong})\s+)?(?P<y2>(?<![\d.,])\d{{3,4}}(?!\d))\s*(?P<mark2>{hmark})"
        )
        self.rx_unit = re.compile(
            rf"(?:(?P<part>{part})(?:\s+|(?<=-)))?(?:(?P<mod1>{mod})\s+(?P<u1>{W(list(self.units))})"
            rf"|(?P<u2>{W(list(self.units))})\s+(?P<mod2>{mod}))"
        )
        # "في 12 الجاري", "في العاشر من الشهر الماضي", "يوم 3 من الشهر الحالي": a day of a month named by its
        # place relative to publication (the month modifiers are masculine: "الـ20 الماضية" is no date)
        self.day_month_mods = {key(w): self.modifiers[key(w)] for w in folded_list(data.get("day_of_month_modifiers"))
                               if key(w) in self.modifiers}
        month_units = [u for u, v in self.units.items() if v == "month"]
        and_w = A(folded_list(ranges.get("and")), bounded=False)
        self.rx_dayrel = re.compile(
            rf"(?:(?P<dayw>{day_word})\s+)?(?:(?P<d0>{_DAY})\s*(?:-|{and_w})\s*)?"
            rf"(?P<d>{_DAY}|{ordinal})\s+(?:{joiner}\s+)?"
            rf"(?:{W(month_units)}\s+)?(?P<mod>{A(list(self.day_month_mods))})"
        ) if self.day_month_mods and month_units else None
        # "on Monday last week", "الاثنين من الأسبوع الماضي": a weekday of the week named relative to publication
        week_units = [u for u, v in self.units.items() if v == "week"]
        self.rx_weekday_week = re.compile(
            rf"(?:(?P<dayw>{day_word})\s+)?(?P<wd>{weekday})\s+(?:{joiner}\s+)?"
            rf"(?:(?P<mod1>{mod})\s+{W(week_units)}|{W(week_units)}\s+(?P<mod2>{mod}))"
        ) if week_units else None
        self.rx_weekday = re.compile(
            rf"(?:(?P<today>{today_word})\s+|(?P<dayw>{day_word})\s+)?(?:(?P<mod1>{mod})\s+)?"
            rf"(?P<wd>{weekday})(?:\s+(?P<mod2>{mod}))?"
        )
        self.rx_phrase = re.compile(W(list(self.phrases)))
        # "the 60th anniversary of", "الذكرى الستين لـ": what is commemorated happened that many years before
        anniv_words = folded_list(anniv.get("words"))
        anniv_ord = (rf"(?:(?<![\d.,])\d{{1,3}}(?:{sfx})?{RIGHT}|{W(list(self.anniv_ordinals))})"
                     if self.anniv_ordinals else None)
        # the second part of a compound ordinal joined by a clitic "and" ("الخامسة والعشرين")
        anniv_glued = A(list(self.anniv_ordinals), bounded=False) + RIGHT if self.anniv_ordinals else None
        self.rx_anniversary = re.compile(
            rf"(?:(?P<ord0>{anniv_ord})\s+)?{W(anniv_words)}"
            rf"(?:\s+(?:{A(folded_list(anniv.get('between')))}))?(?:\s+(?P<o1>{anniv_ord})"
            rf"(?:\s+{A(folded_list(ranges.get('and')), bounded=False)}\s*(?P<o2>{anniv_glued}))?)?"
            rf"(?=\s*(?:{'|'.join(str(x) for x in anniv.get('follows') or [])}))"
        ) if anniv_words and anniv_ord and anniv.get("follows") else None
        # "في جمادى الآخرة الماضي", "في الحادي والعشرين من رمضان المقبل": a Hijri month (and day) named relative
        # to publication, without its year
        self.rx_hijri_rel = re.compile(
            rf"(?:(?:(?P<d>{_DAY})|(?P<dw>{ordinal}))\s+(?:{joiner}\s+)?)?(?:{month_word}\s+)?"
            rf"(?P<hm>{W(list(self.hijri_months))})\s+(?P<mod>{mod})"
        ) if self.hijri_months and self.modifiers else None
        # "last summer", "this spring", "الصيف الماضي": a season named relative to publication
        season = W(list(self.seasons)) if self.seasons else None
        self.rx_season = re.compile(
            rf"(?:(?P<part>{part})(?:\s+|(?<=-)))?(?:(?P<mod1>{mod})\s+(?P<s1>{season})|(?P<s2>{season})\s+(?P<mod2>{mod}))"
        ) if season else None
        cent = A(list(self.centuries))
        cjoin = A(folded_list(decades.get("century_joiners")))
        dword = W(list(self.decade_words))
        dsep = r"(?:\s*,\s*|\s+)" + rf"(?:{A(folded_list(decades.get('and')))}\s*)?"
        self.rx_dword = re.compile(dword)
        self.rx_decades = re.compile(
            rf"{dword}(?:{dsep}{dword})*(?:\s+(?:{cjoin}\s+)?(?P<cent>{cent}))?"
        )
        dsfx = folded_list(decades.get("digit_suffixes"))
        self.rx_ddigits = re.compile(
            r"(?<![\d.,])(?P<dd>(?:1\d|20)\d0|'\d0)" + A(dsfx, bounded=False) + RIGHT) if dsfx else None
        self.rx_quantity_after = _quantity_words(units_lang, numbers_lang)
        # "Iraq's 1990 invasion of Kuwait", "the 2005 agreement": a year between a determiner and its noun
        before_noun = folded_list(data.get("year_before_noun"))
        self.rx_year_before_noun = re.compile(
            rf"(?:(?<![^\W\d_]){A(before_noun)}|(?<=\w)'s)\s+(?P<y>{_YEAR})(?=\s+[^\W\d_])") if before_noun else None
        # cheap regexes whose hits open the windows the full rules run in (see patterns.scan)
        self.tr_month = re.compile(alternation(list(months), bounded=False))
        self.tr_digits = re.compile(r"\d{3,4}")
        self.tr_unit = re.compile(alternation(list(self.units), bounded=False))
        self.tr_weekday = re.compile(alternation(list(self.weekdays), bounded=False))
        self.tr_ago = re.compile(alternation(ago_before + ago_after, bounded=False)) if alts else None
        # the rules below once scanned the whole text; a word each must contain opens their windows
        self.tr_dayrel = re.compile(alternation(list(self.day_month_mods), bounded=False)) \
            if self.day_month_mods else None
        self.tr_season = re.compile(alternation(list(self.seasons), bounded=False)) if self.seasons else None
        self.tr_anniversary = re.compile(alternation(anniv_words, bounded=False)) if anniv_words else None
        self.tr_hijri = re.compile(alternation(list(self.hijri_months), bounded=False)) if self.hijri_months else None
        # "on this day in 1990", "في مثل هذا اليوم من عام 1990": the publication's day and month in that year
        this_day = folded_list(ago.get("this_day"))
        self.rx_this_day = re.compile(rf"{A(this_day)}\s+(?:{weak}\s+)?(?:{strong}\s+)?(?P<year>{_YEAR})") \
            if this_day else None
        self.trimmer = PrefixTrimmer(vocab, lang, folded_list(data.get("strip_prefixes")))

    # --- helpers -------------------------------------------------------------------------------
    def _month(self, m: re.Match[str], p: str) -> tuple[int, bool] | None:
        """Month number of a month expression and whether it is ambiguous on its own."""
        nums: list[int] = []
        amb = True
        for g in (f"{p}1", f"{p}2", f"{p}3"):
            s = m.group(g)
            if s:
                k = self._month_key(s)
                if k is None:
                    return None
                nums.append(self.months[k])
                amb = amb and k in self.ambiguous
        return (nums[0], amb) if nums else None

    def _month_key(self, s: str) -> str | None:
        k = key(s)
        if k in self.months:
            return k
        for j in range(1, min(4, len(k))):  # a proclitic was matched with the month
            if k[j:] in self.months:
                return k[j:]
        return None

    def _lookup(self, tbl: dict[str, Any], s: str) -> Any:
        return lookup(tbl, s)

    def _quantity_follows(self, folded: str, pos: int) -> bool:
        return bool(self.rx_quantity_after and self.rx_quantity_after.match(folded, pos))

    # --- rules ---------------------------------------------------------------------------------
    def find(self, folded: str) -> list[_Cand]:
        out: list[_Cand] = []
        rules: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, Callable[..., list[_Cand]]], ...] = (
            (self.rx_iso, self.tr_digits, self._iso), (self.rx_dmy, self.tr_month, self._dmy),
            (self.rx_mdy, self.tr_month, self._mdy), (self.rx_hijri, self.tr_digits, self._hijri),
            (self.rx_yrange, self.tr_digits, self._yrange), (self.rx_year, self.tr_digits, self._year),
            (self.rx_unit, self.tr_unit, self._unit), (self.rx_weekday, self.tr_weekday, self._weekday),
            (self.rx_phrase, None, self._phrase), (self.rx_xrange, self.tr_month, self._xrange),
            (self.rx_mrange, self.tr_month, self._mrange))
        if self.rx_ago is not None:
            rules += ((self.rx_ago, self.tr_ago, self._ago),)
        if self.rx_this_day is not None:
            rules += ((self.rx_this_day, self.tr_digits, self._this_day),)
        if self.rx_dayrel is not None:
            rules += ((self.rx_dayrel, self.tr_dayrel, self._dayrel),)
        if self.rx_weekday_week is not None:
            rules += ((self.rx_weekday_week, self.tr_weekday, self._weekday_week),)
        if self.rx_season is not None:
            rules += ((self.rx_season, self.tr_season, self._season),)
        if self.rx_anniversary is not None:
            rules += ((self.rx_anniversary, self.tr_anniversary, self._anniversary),)
        if self.rx_hijri_rel is not None:
            rules += ((self.rx_hijri_rel, self.tr_hijri, self._hijri_rel),)
        scanner = TokenScanner(folded)
        for rx, trigger, fn in rules:
            for m in scanner.scan(rx, trigger, 60, 60):
                out.extend(fn(m, folded))
        out.extend(self._decades(folded))
        out.extend(self._line_years(folded))
        out.extend(self._years_before_noun(folded))
        return out

    def _years_before_noun(self, folded: str) -> list[_Cand]:
        """A year standing as a modifier before a noun ("Iraq's 1990 invasion of Kuwait", "the 2005 agreement",
        "its 2019 visit"): 1900-2099, with no unit or quantity word after it ("the 2000 troops")."""
        out: list[_Cand] = []
        if self.rx_year_before_noun is None:
            return out
        for m in self.rx_year_before_noun.finditer(folded):
            y = int(m.group("y"))
            if 1900 <= y <= 2099 and not self._quantity_follows(folded, m.end("y")):
                out.append(_Cand(m.start("y"), m.end("y"), DateRef(iso(y), iso(y), Precision.YEAR), "year-before-noun"))
        return out

    def _line_years(self, folded: str) -> list[_Cand]:
        """A year opening a line of a timeline or factbox ("- 1955: Egypt buys ...", "2005: بوتين يزور ..."):
        a year with no cue word, set off by a colon or a dash."""
        out: list[_Cand] = []
        for m in _LINE_YEAR.finditer(folded):
            y = int(m.group("y"))
            if 1000 <= y <= 2099:
                out.append(_Cand(m.start("y"), m.end("y"), DateRef(iso(y), iso(y), Precision.YEAR), "year"))
        return out

    def _iso(self, m: re.Match[str], folded: str) -> list[_Cand]:
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        else:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y2"))
            d, mo = (a, b) if self.order == "dmy" else (b, a)
            if mo > 12 >= d:
                d, mo = mo, d
        if not (1000 <= y <= 2099 and valid_day(y, mo, d)):
            return []
        s = iso(y, mo, d)
        return [_Cand(m.start(), m.end(), DateRef(s, s, Precision.DAY), "iso")]

    def _date(self, m: re.Match[str], folded: str, sub: str, start: int) -> list[_Cand]:
        mon = self._month(m, "m")
        if mon is None:
            return []
        month, amb = mon
        g = m.groupdict()
        d1 = int(g["d1"]) if g.get("d1") else self._lookup(self.ordinals, g["d1w"]) if g.get("d1w") else None
        d2 = int(g["d2"]) if g.get("d2") else None
        year = int(g["year"]) if g.get("year") else None
        if year is not None and not 1000 <= year <= 2099:
            return []
        mod_s = g.get("mod") or g.get("pmod")
        offset = self.modifiers.get(key(mod_s)) if mod_s else None
        part = self._lookup(self.parts, g["part"]) if g.get("part") else None
        has_context = d1 is not None or year is not None or offset is not None or part is not None \
            or bool(g.get("cue")) or bool(g.get("mw")) or bool(g.get("myrel"))
        if amb and not has_context:
            return []
        if d1 is not None and (not valid_day(year, month, d1) or (d2 is not None and
                                                                   (d2 <= d1 or not valid_day(year, month, d2)))):
            return []
        end = m.end()
        if year is not None and d1 is None and g.get("ycue") is None and self._quantity_follows(folded, end):
            return []
        wd = self.weekdays.get(self._wd_key(g.get("wd"))) if g.get("wd") else None
        prec = Precision.DAY if d1 is not None else Precision.MONTH
        if year is not None:
            s = iso(year, month, d1)
            e = iso(year, month, d2 if d2 is not None else d1)
            return [_Cand(start, end, DateRef(s, e, prec), sub)]
        if g.get("myrel") or (mod_s and key(mod_s) in self.current):
            # "حزيران الجاري", "March last year": the month of a year counted from publication
            years = self.month_year_rel.get(key(g["myrel"]), 0) if g.get("myrel") else 0
            rel = Relative(unit="year", offset=years, month=month, weekday=wd, part=part, day=d1, day_end=d2)
            return [_Cand(start, end, DateRef(None, None, prec, relative=rel), sub)]
        rel = Relative(unit="named_month", offset=offset or 0, month=month, weekday=wd, part=part,
                       day=d1, day_end=d2)
        return [_Cand(start, end, DateRef(None, None, prec, relative=rel), sub)]

    def _wd_key(self, s: str | None) -> str:
        if not s:
            return ""
        k = key(s)
        if k in self.weekdays:
            return k
        for j in range(1, min(4, len(k))):
            if k[j:] in self.weekdays:
                return k[j:]
        return k

    def _body_start(self, m: re.Match[str], groups: tuple[str, ...]) -> int:
        starts = [m.start(g) for g in groups if m.group(g)]
        return min(starts) if starts else m.start()

    def _dmy(self, m: re.Match[str], folded: str) -> list[_Cand]:
        # "في شهر مارس": the month word belongs to the mention, the preposition does not
        start = self._body_start(m, ("part", "pmod", "dayw", "wd", "from", "d1", "d1w", "mw", "m1"))
        return self._date(m, folded, "day_month" if m.group("d1") or m.group("d1w") else "month", start)

    def _xrange(self, m: re.Match[str], folded: str) -> list[_Cand]:
        if m.group("d1"):
            a, b = self._month(m, "a"), self._month(m, "b")
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            y1, y2 = m.group("year1"), m.group("year")
        else:
            a, b = self._month(m, "c"), self._month(m, "e")
            d1, d2 = int(m.group("x1")), int(m.group("x2"))
            y1, y2 = m.group("year3"), m.group("year4")
        if a is None or b is None or a[0] == b[0]:
            return []
        m1, m2 = a[0], b[0]
        start = self._body_start(m, ("from", "d1", "from2", "cw", "c1"))
        if y2 is None:
            if y1 is not None or not (valid_day(None, m1, d1) and valid_day(None, m2, d2)):
                return []
            # no year: the start day only (a Relative names one month)
            rel = Relative(unit="named_month", offset=0, month=m1, day=d1)
            return [_Cand(start, m.end(), DateRef(None, None, Precision.DAY, relative=rel), "day_range")]
        year2 = int(y2)
        year1 = int(y1) if y1 is not None else (year2 if m1 < m2 else year2 - 1)
        if not (1000 <= year1 <= year2 <= 2099 and valid_day(year1, m1, d1) and valid_day(year2, m2, d2)):
            return []
        s, e = iso(year1, m1, d1), iso(year2, m2, d2)
        if s >= e:
            return []
        return [_Cand(start, m.end(), DateRef(s, e, Precision.DAY), "day_range")]

    def _mrange(self, m: re.Match[str], folded: str) -> list[_Cand]:
        a, b = self._month(m, "f"), self._month(m, "g")
        if a is None or b is None or a[0] == b[0]:
            return []
        year2 = int(m.group("year"))
        year1 = int(m.group("year1")) if m.group("year1") else (year2 if a[0] < b[0] else year2 - 1)
        s, e = iso(year1, a[0]), iso(year2, b[0])
        if not 1000 <= year1 <= year2 <= 2099 or s >= e:
            return []
        start = self._body_start(m, ("fw", "f1"))
        return [_Cand(start, m.end(), DateRef(s, e, Precision.MONTH), "month_range")]

    def _ago_number(self, s: str) -> int | None:
        total = 0
        for w in re.findall(r"[^\W\d_]+|\d+", s):
            if w.isdigit():
                return int(w)
            v = self._lookup(self.ago_numbers, w)
            if v is None:
                continue  # "and", "و"
            total += v
        return total or None

    def _ago(self, m: re.Match[str], folded: str) -> list[_Cand]:
        if m.group("n"):
            n, unit = self._ago_number(m.group("n")), self._lookup(self.ago_units, m.group("u"))
        elif m.group("dual"):
            n, unit = 2, self._lookup(self.ago_duals, m.group("dual"))
        else:
            n, unit = 1, self._lookup(self.ago_singles, m.group("single"))
        if not n or unit is None:
            return []
        if ":" in unit:  # "decades: year:10", "half a century: year:50"
            unit, times = unit.split(":", 1)
            n *= int(times)
        this = m.group("this") or m.group("this0")
        if this and unit == "year":
            # "51 years ago this month": the month (or day) of publication, N years earlier
            prec = Precision.MONTH if key(this) in self.ago_this_month else Precision.DAY
            return [_Cand(m.start(), m.end(), DateRef(None, None, prec, relative=Relative("year", -n)), "ago")]
        end = m.start("this") if m.group("this") else m.end()
        while end > m.start() and folded[end - 1].isspace():
            end -= 1
        if unit == "week":
            # "two weeks ago", "قبل أسبوعين": a day counted back, not the calendar week ("last week")
            unit, n = "day", 7 * n
        prec = {"year": Precision.YEAR, "month": Precision.MONTH}.get(unit, Precision.DAY)
        return [_Cand(m.start(), end, DateRef(None, None, prec, relative=Relative(unit, -n)), "ago")]

    def _this_day(self, m: re.Match[str], folded: str) -> list[_Cand]:
        y = m.group("year")
        return [_Cand(m.start(), m.end(), DateRef(y, y, Precision.YEAR), "this-day")]

    def _mdy(self, m: re.Match[str], folded: str) -> list[_Cand]:
        # "March 3 billion" is no day; "On February 3, hours before ..." is: a comma ends the day, as does the
        # sentence ("signed on March 3. Hours later, ...")
        if self._quantity_follows(folded, m.end("d1") + (1 if m.end("d1") < len(folded) else 0)) \
                and not m.group("year") and folded[m.end("d1"):m.end("d1") + 1] not in (",", ";") \
                and folded[m.end("d1"):m.end("d1") + 2] != ". ":
            return []
        return self._date(m, folded, "month_day", m.start())

    def _hijri(self, m: re.Match[str], folded: str) -> list[_Cand]:
        if m.group("hm"):
            month = self._lookup(self.hijri_months, m.group("hm"))
            y = int(m.group("y"))
            # "5 رمضان 1445 هـ", "الخامس من رمضان 1445 هـ" (a day said by its ordinal, "the fifth of Ramadan")
            d = int(m.group("d")) if m.group("d") else self._lookup(self.ordinals, m.group("dw")) if m.group("dw") else None
            if month is None or (not m.group("mark") and y > 1500):
                return []
            conv = hijri_to_gregorian(y, month, d)
            prec = Precision.DAY if d is not None else Precision.MONTH
            start = m.start("d") if m.group("d") else m.start("dw") if m.group("dw") else m.start()
        else:
            y = int(m.group("y2"))
            conv = hijri_to_gregorian(y, 0)
            prec = Precision.YEAR
            start = m.start()
        if conv is None:
            return []
        a, b = conv
        return [_Cand(start, m.end(), DateRef(a.isoformat(), b.isoformat(), prec, calendar="hijri"), "hijri")]

    def _yrange(self, m: re.Match[str], folded: str) -> list[_Cand]:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not (1000 <= y1 < y2 <= 2099):
            return []
        if not (m.group("between") or m.group("from") or m.group("by")) and not (y1 >= 1900 and y2 - y1 < 100):
            return []
        if self._quantity_follows(folded, m.end()):
            return []
        joined = folded[m.end("y1"):m.start("y2")].split()
        listed = bool(m.group("by")) or (bool(joined) and joined[0] in self.range_and)
        first = m.start("by") if m.group("by") else m.start("y1")
        if listed and not (m.group("between") or m.group("from")) \
                and not (y2 == y1 + 1 and self._after_during(folded, first)):
            # "عامي 2005 و2008", "in 1974 and 1986": two years, not a range (a range only after between/from;
            # "خلال عامي 2021 و2022", "during 2021 and 2022": the span of both)
            return [_Cand(first, m.end("y1"), DateRef(iso(y1), iso(y1), Precision.YEAR), "year"),
                    _Cand(m.start("y2"), m.end("y2"), DateRef(iso(y2), iso(y2), Precision.YEAR), "year")]
        start = self._body_start(m, ("between", "from", "by", "y1"))
        return [_Cand(start, m.end(), DateRef(iso(y1), iso(y2), Precision.YEAR), "year_range")]

    def _after_during(self, folded: str, start: int) -> bool:
        """Does a word of duration ("خلال", "during") stand right before ``start``?"""
        before = folded[max(0, start - 20):start].rstrip()
        return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
                   for w in self.during)

    def _year(self, m: re.Match[str], folded: str) -> list[_Cand]:
        if m.group("year"):
            y = int(m.group("year"))
            if not 1000 <= y <= 2099:
                return []
            if m.group("weak") and not m.group("era") and self._quantity_follows(folded, m.end()):
                return []
            start = self._body_start(m, ("part", "strong", "part2", "year"))
            if m.group("weak") and not m.group("part"):
                # "in late 2015": the part belongs to the mention, the preposition does not
                start = m.start("part2") if m.group("part2") else m.start("year")
        elif m.group("y3"):
            y = int(m.group("y3"))
            start = m.start()
            if not 1000 <= y <= 2099:
                return []
        else:
            y = int(m.group("y4"))
            start = m.start("y4")
            if not 1900 <= y <= 2099:
                return []
            return [_Cand(start, m.end("y4"), DateRef(iso(y), iso(y), Precision.YEAR), "year")]
        return [_Cand(start, m.end(), DateRef(iso(y), iso(y), Precision.YEAR), "year")]

    def _unit(self, m: re.Match[str], folded: str) -> list[_Cand]:
        unit = self._lookup(self.units, m.group("u1") or m.group("u2"))
        offset = self.modifiers.get(key(m.group("mod1") or m.group("mod2")))
        if unit is None or offset is None:
            return []
        part = self._lookup(self.parts, m.group("part")) if m.group("part") else None
        prec = {"week": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}.get(unit, Precision.UNKNOWN)
        rel = Relative(unit=unit, offset=offset, part=part)
        return [_Cand(m.start(), m.end(), DateRef(None, None, prec, relative=rel), "relative_unit")]

    def _dayrel(self, m: re.Match[str], folded: str) -> list[_Cand]:
        raw = m.group("d")
        day = int(raw) if raw.isdigit() else self._lookup(self.ordinals, raw)
        offset = self.day_month_mods.get(key(m.group("mod")))
        if day is None or offset is None or not 1 <= day <= 31:
            return []
        start = m.start("dayw") if m.group("dayw") and self._is_word(m.group("dayw"), folded) else \
            m.start("d0") if m.group("d0") else m.start("d")
        first = int(m.group("d0")) if m.group("d0") else None
        if first is not None and not first < day:
            return []
        # "في 23 و24 من الشهر الجاري": a range of days
        rel = Relative(unit="month", offset=offset, day=first or day, day_end=day if first else None)
        return [_Cand(start, m.end(), DateRef(None, None, Precision.DAY, relative=rel), "day_of_month")]

    def _weekday_week(self, m: re.Match[str], folded: str) -> list[_Cand]:
        wd = self.weekdays.get(self._wd_key(m.group("wd")))
        offset = self.modifiers.get(key(m.group("mod1") or m.group("mod2")))
        if wd is None or offset is None:
            return []
        start = m.start("dayw") if m.group("dayw") and self._is_word(m.group("dayw"), folded) else m.start("wd")
        rel = Relative(unit="week", offset=offset, weekday=wd)
        return [_Cand(start, m.end(), DateRef(None, None, Precision.DAY, relative=rel), "weekday_week")]

    def _hijri_rel(self, m: re.Match[str], folded: str) -> list[_Cand]:
        month = self._lookup(self.hijri_months, m.group("hm"))
        offset = self.modifiers.get(key(m.group("mod")))
        raw = m.group("d") or m.group("dw")
        day = (int(raw) if raw.isdigit() else self._lookup(self.ordinals, raw)) if raw else None
        if month is None or offset is None or (raw and (day is None or not 1 <= day <= 30)):
            return []
        rel = Relative(unit="hijri_month", offset=offset, month=int(month), day=day)
        start = m.start("d") if m.group("d") else m.start("dw") if m.group("dw") else m.start()
        prec = Precision.DAY if day else Precision.MONTH
        return [_Cand(start, m.end(), DateRef(None, None, prec, relative=rel, calendar="hijri"), "hijri_relative")]

    def _anniv_number(self, s: str | None) -> int | None:
        if not s:
            return None
        digits = re.match(r"\d+", s)
        return int(digits.group(0)) if digits else self._lookup(self.anniv_ordinals, s)

    def _anniversary(self, m: re.Match[str], folded: str) -> list[_Cand]:
        """"the 60th anniversary of relations", "الذكرى الخامسة والعشرين لـ": N years before publication -- its
        day when the anniversary falls today ("تحل اليوم الذكرى الثالثة", "marks today the ..."), else its year."""
        numbers = [self._anniv_number(m.group(g)) for g in ("ord0", "o1", "o2")]
        given = [n for n in numbers if n is not None]
        if not given or any(n is None for g, n in zip(("ord0", "o1", "o2"), numbers, strict=True) if m.group(g)):
            return []
        n = sum(given)
        if not 1 <= n <= 300:
            return []
        before = folded[max(0, m.start() - 40):m.start()].split()[-4:]
        today = any(w in self.today_words or w[1:] in self.today_words for w in before)
        prec = Precision.DAY if today else Precision.YEAR
        return [_Cand(m.start(), m.end(), DateRef(None, None, prec, relative=Relative("year", -n)), "anniversary")]

    def _season(self, m: re.Match[str], folded: str) -> list[_Cand]:
        last_month = self._lookup(self.seasons, m.group("s1") or m.group("s2"))
        offset = self.modifiers.get(key(m.group("mod1") or m.group("mod2")))
        if last_month is None or offset is None:
            return []
        part = self._lookup(self.parts, m.group("part")) if m.group("part") else None
        rel = Relative(unit="season", offset=offset, month=int(last_month), part=part)
        return [_Cand(m.start(), m.end(), DateRef(None, None, Precision.YEAR, relative=rel), "season")]

    def _weekday(self, m: re.Match[str], folded: str) -> list[_Cand]:
        k = self._wd_key(m.group("wd"))
        wd = self.weekdays.get(k)
        if wd is None:
            return []
        mod_s = m.group("mod1") or m.group("mod2")
        offset = self.modifiers.get(key(mod_s)) if mod_s else 0
        if offset is None:
            return []
        if k in self.ambiguous_weekdays and not (m.group("today") or m.group("dayw") or mod_s) \
                and not self._weekday_cued(folded, m.start()):
            return []
        start = m.start("dayw") if m.group("dayw") and self._is_word(m.group("dayw"), folded) else \
            self._body_start(m, ("today", "mod1", "wd"))
        rel = Relative(unit="weekday", offset=offset or 0, weekday=wd)
        return [_Cand(start, m.end(), DateRef(None, None, Precision.DAY, relative=rel), "weekday")]

    def _weekday_cued(self, folded: str, start: int) -> bool:
        """Does a preposition that takes a day ("منذ الأحد", "حتى الاثنين"), perhaps with a conjunction clitic,
        stand right before ``start``?"""
        before = folded[max(0, start - 12):start].split()
        if not before or not folded[start - 1:start].isspace():
            return False
        w = before[-1]
        return w in self.weekday_cues or (len(w) > 2 and w[1:] in self.weekday_cues and w[0] in "وف")

    def _is_word(self, s: str, folded: str) -> bool:
        # "يوم" belongs to the mention; the English "on" does not (it is a preposition)
        return not s.isascii()

    def _phrase(self, m: re.Match[str], folded: str) -> list[_Cand]:
        rel = self._lookup(self.phrases, m.group(0))
        if rel is None:
            return [_Cand(m.start(), m.end(), DateRef(None, None, Precision.UNKNOWN), "not_a_date")]
        prec = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}.get(rel.unit, Precision.DAY)
        return [_Cand(m.start(), m.end(), DateRef(None, None, prec, relative=rel), "relative")]

    def _decades(self, folded: str) -> list[_Cand]:
        out: list[_Cand] = []
        for m in self.rx_decades.finditer(folded):
            century = self.centuries.get(key(m.group("cent"))) if m.group("cent") else None
            base = century if century is not None else self.default_century
            for w in self.rx_dword.finditer(folded, m.start(), m.end("cent") if m.group("cent") else m.end()):
                n = self._lookup(self.decade_words, w.group(0))
                if n is None:
                    continue
                y = base + n
                out.append(_Cand(w.start(), w.end(), DateRef(iso(y), iso(y + 9), Precision.DECADE), "decade"))
        if self.rx_ddigits is not None:
            for m in self.rx_ddigits.finditer(folded):
                dd = m.group("dd")
                y = self.default_century + int(dd[1:]) if dd.startswith("'") else int(dd)
                out.append(_Cand(m.start(), m.end(), DateRef(iso(y), iso(y + 9), Precision.DECADE), "decade"))
        return out


def _quantity_words(units: dict[str, Any], numbers: dict[str, Any]) -> re.Pattern[str] | None:
    """Words that make a number after a weak year cue a quantity ("في 1500 طن")."""
    forms: list[str] = []
    for spec in (units.get("currencies") or {}).values():
        forms += folded_list((spec or {}).get("after"))
    forms += folded_list(units.get("percent"))
    for lst in (units.get("units") or {}).values():
        forms += folded_list(lst)
    for lst in (units.get("durations") or {}).values():
        forms += folded_list(lst)
    forms += [fold_form(k) for k in (numbers.get("scales") or {})]
    if not forms:
        return None
    return re.compile(r"\s*" + alternation(forms))


def _grammar(ctx: Context, code: str) -> DateGrammar:
    def build() -> DateGrammar:
        lang = ctx.lang(code)
        return DateGrammar(lang, lang.get("units") or {}, lang.get("numbers") or {})
    return ctx.cached(f"{RULE}:grammar:{code}", build)


# a year at the start of a line (after a list marker), then a colon or a dash and the item's text
_LINE_YEAR = re.compile(r"(?m)^[ \t]*(?:[-*\u2022\u2013\u2014\u00b7][ \t]*)?(?P<y>\d{4})[ \t]*(?::|[-\u2013\u2014][ \t]|\r?$)")


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidates first (a listed non-date before a date of the same words); a candidate overlapping
    an accepted one is dropped."""
    taken: list[_Cand] = []
    occupied = SpanSet()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.sub != "not_a_date")):
        if c.end <= c.start or occupied.overlaps(c.start, c.end):
            continue
        occupied.add(c.start, c.end)
        taken.append(c)
    return sorted((t for t in taken if t.sub != "not_a_date"), key=lambda c: c.start)


def find_dates(text: Text, ctx: Context) -> list[Mention]:
    """Date mentions of ``text``, sorted by start offset (spans into the original text)."""
    grammar = _grammar(ctx, lang_code(text, ctx))
    folded = text.folded
    out: list[Mention] = []
    sentences = SentenceIndex(text)
    published = text.article.published or ""
    for c in _select(grammar.find(folded)):
        if c.sub == "this-day" and len(published) >= 7 and c.value.start:
            # "on this day in 1990": the day and month of publication (or its month), in that year
            day = c.value.start + published[4:10]
            if len(day) == 7:
                c = _Cand(c.start, c.end, DateRef(day, day, Precision.MONTH), c.sub)
            elif valid_day(int(day[:4]), int(day[5:7]), int(day[8:])):
                c = _Cand(c.start, c.end, DateRef(day, day, Precision.DAY), c.sub)
        start = grammar.trimmer.trim(folded, c.start, c.end)
        end = c.end
        while end > start and folded[end - 1].isspace():
            end -= 1
        span = text.original(start, end)
        span = Span(span.start, extend_end(text.article.text, span.end))
        out.append(Mention(kind=MentionKind.DATE, span=span, sentence=sentences.of(span.start), value=c.value,
                           rule=f"{RULE}:{c.sub}", text=text.article.text[span.start:span.end]))
    return out

