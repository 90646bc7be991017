"""'The four states' names the list of four states told before, not the last four states mentioned
(sentences written for this test)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.pipeline import Pipeline


def test_resolve_group_of_n_is_the_list_of_n_states_named_before(ctx: Context) -> None:
    body = ("وكانت السعودية والإمارات والبحرين ومصر قد سلمت قطر أمس قائمة مطالب بينها خفض العلاقات مع إيران.\n"
            "وكانت الدول الأربع قد قطعت علاقاتها الدبلوماسية مع الدوحة في الخامس من حزيران/يونيو.")
    events = Pipeline(ctx).run(make_article(body, "t", lang="ar", published="2017-06-23")).events
    cut = {(e.source.country, e.target.country if e.target else None) for e in events if str(e.type) == "SANCTION"}
    assert cut == {("SAU", "QAT"), ("ARE", "QAT"), ("BHR", "QAT"), ("EGY", "QAT")}
