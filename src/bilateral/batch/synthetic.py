"""Synthetic corpora for trying and benchmarking batch runs: N articles from a few templates.

The templates are sentences written for this project (Arabic and English) about relations between
states; names, dates and amounts vary, so every article is different (distinct content ids) but the
corpus is reproducible from its seed. ``bad_every`` mixes in broken documents (malformed JSON, no
text, a bad date, an unsupported language) to exercise failure rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_EN_COUNTRIES = ("Egypt", "Russia", "Jordan", "France", "Turkey", "Japan", "Brazil", "Morocco", "India", "Germany")
_AR_COUNTRIES = ("مصر", "روسيا", "الأردن", "فرنسا", "تركيا", "اليابان", "البرازيل", "المغرب", "الهند", "ألمانيا")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
              "ديسمبر")

_EN = (
    "{a} and {b} signed an agreement on {day} {month} {year} to build a {n} megawatt power plant worth "
    "${amount} million. The two countries said work would start next year.",
    "The foreign minister of {a} met his {b} counterpart in the capital on {day} {month} {year}. They discussed "
    "trade, which reached ${amount} million last year, and agreed to meet again in the autumn.",
    "{a} accused {b} on {day} {month} {year} of violating the ceasefire along the border. Officials in {b} "
    "rejected the accusation and called it baseless.",
    "{a} imposed sanctions on {n} companies from {b} on {day} {month} {year}, freezing assets worth "
    "${amount} million, the finance ministry said.",
    "{a} will send {n} tonnes of food aid to {b} next month, the government announced on {day} {month} {year}.",
    "The president of {a} is expected to visit {b} in {month} {year}, according to diplomatic sources who "
    "asked not to be named.",
)
_AR = (
    "وقعت {a} و{b} في {day} {month} {year} اتفاقية لبناء محطة كهرباء بقدرة {n} ميغاواط بقيمة {amount} مليون "
    "دولار، وقال البلدان إن العمل سيبدأ العام المقبل.",
    "التقى وزير خارجية {a} نظيره من {b} في {day} {month} {year}، وبحث الجانبان التجارة التي بلغت {amount} "
    "مليون دولار العام الماضي، واتفقا على اللقاء مجددا في الخريف.",
    "اتهمت {a} يوم {day} {month} {year} {b} بخرق وقف إطلاق النار على الحدود، ورفض مسؤولون في {b} الاتهام "
    "ووصفوه بأنه لا أساس له.",
    "فرضت {a} في {day} {month} {year} عقوبات على {n} شركة من {b}، وجمدت أصولا بقيمة {amount} مليون دولار، "
    "بحسب وزارة المالية.",
    "أعلنت حكومة {a} في {day} {month} {year} أنها سترسل {n} طنا من المساعدات الغذائية إلى {b} الشهر المقبل.",
    "من المتوقع أن يزور رئيس {a} {b} في {month} {year}، وفق مصادر دبلوماسية طلبت عدم ذكر اسمها.",
)

_BAD = (
    '{"id": "broken", "text": "unterminated',  # malformed JSON
    json.dumps({"id": "no-text", "title": "a document without text"}),
    json.dumps({"id": "bad-date", "text": "Egypt and Jordan signed a treaty.", "published": "yesterday"}),
    json.dumps({"id": "other-language", "text": "Le Maroc et la France ont signé un accord commercial.",
                "lang": "fr"}),
)


def synthetic_documents(count: int, *, seed: int = 7, bad_every: int = 0, prefix: str = "syn",
                        paragraphs: int = 1) -> Iterator[str]:
    """``count`` JSONL lines; every ``bad_every``-th line (if > 0) is a broken document. An article
    has ``paragraphs`` filled templates (1: ~130 characters; 25: ~3,400, the length of a news story)."""
    rng = random.Random(seed)
    for i in range(count):
        if bad_every and (i + 1) % bad_every == 0:
            yield _BAD[(i // bad_every) % len(_BAD)]
            continue
        lang = "ar" if i % 2 else "en"
        templates, countries, months = (_AR, _AR_COUNTRIES, _AR_MONTHS) if lang == "ar" else (
            _EN, _EN_COUNTRIES, _EN_MONTHS)
        year = rng.randint(2005, 2025)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        parts = []
        for _ in range(max(paragraphs, 1)):
            a, b = rng.sample(range(len(countries)), 2)
            parts.append(rng.choice(templates).format(a=countries[a], b=countries[b], day=day,
                                                      month=months[month - 1], year=year, n=rng.randint(2, 900),
                                                      amount=rng.randint(5, 9000)))
        text = "\n\n".join(parts)
        record: dict[str, Any] = {"id": f"{prefix}-{i + 1:07d}", "text": text, "lang": lang,
                                  "published": f"{year}-{month:02d}-{min(day + 1, 28):02d}"}
        yield json.dumps(record, ensure_ascii=False)


def write_synthetic(path: str | Path, count: int, *, seed: int = 7, bad_every: int = 0, paragraphs: int = 1) -> Path:
    """Write a synthetic JSONL corpus (streamed, so any size fits) and return its path."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        for line in synthetic_documents(count, seed=seed, bad_every=bad_every, prefix=p.stem,
                                        paragraphs=paragraphs):
            f.write(line + "\n")
    return p
