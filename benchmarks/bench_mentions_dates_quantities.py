"""Throughput of the date and quantity finders (prints chars/s; not a test).

Run: .venv/bin/python benchmarks/bench_mentions_dates_quantities.py
"""

from __future__ import annotations

import time

from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.mentions.quantities import find_quantities
from bilateral.model import Article
from bilateral.normalize import prepare

AR = ("وقع الجانبان في 13 فبراير/شباط 2015 اتفاقا بقيمة 2.11 بليون دولار لبناء 4 مفاعلات بقدرة 1200 ميغاواط، "
      "بعد محادثات جرت الأسبوع الماضي في القاهرة. وقال الوزير اليوم الأربعاء إن حجم التبادل التجاري ارتفع "
      "بنسبة 73 في المئة منذ عام 2004، وإن العلاقات تعود إلى الخمسينات والستينات من القرن الماضي. ")
EN = ("The two sides signed a $1.2bn deal on 26 August 2015 to build 4 reactors of 1,200 MW, after talks held "
      "last week in Cairo. The minister said on Wednesday that trade rose 73 percent since 2004 and that ties "
      "go back to the 1950s; a further meeting is planned for next January. ")


# typical news prose: most sentences carry no date or number
AR_PLAIN = ("وأكد الجانبان أهمية تعزيز التعاون الثنائي في مختلف المجالات، وبحثا القضايا الإقليمية والدولية ذات "
            "الاهتمام المشترك، وشددا على ضرورة مواصلة التنسيق والتشاور بين البلدين الصديقين. ") * 3
EN_PLAIN = ("The two sides stressed the importance of strengthening bilateral cooperation in all fields, "
            "discussed regional and international issues of common concern and agreed to keep consulting. ") * 3


def main() -> None:
    ctx = Context.load()
    for lang, para in (("ar dense", AR), ("en dense", EN), ("ar typical", AR + AR_PLAIN),
                       ("en typical", EN + EN_PLAIN)):
        body = para * 400
        text = prepare(Article("b", "b", body, lang[:2], "2016-12-01"))
        find_dates(text, ctx)  # compile once
        find_quantities(text, ctx, ())
        runs = 5
        t0 = time.perf_counter()
        for _ in range(runs):
            dates = find_dates(text, ctx)
            qs = find_quantities(text, ctx, dates)
        dt = (time.perf_counter() - t0) / runs
        print(f"{lang}: {len(body)} chars, {len(dates)} dates, {len(qs)} quantities, "
              f"{len(body) / dt:,.0f} chars/s (dates + quantities)")


if __name__ == "__main__":
    main()
