"""Arabic wire forms on whole sentences written for these tests (full pipeline: mentions, events, resolution)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe(ctx: Context) -> Pipeline:
    return Pipeline(ctx)


def _events(pipe: Pipeline, body: str, published: str = "2022-05-11") -> set[tuple[str, str | None, str | None]]:
    a = pipe.run(Article("t", "t", body, "ar", published))
    return {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None)
            for e in a.events}


def test_events_arabic_participle_after_comma_takes_the_main_subject_and_its_object(pipe: Pipeline) -> None:
    got = _events(pipe, "وأعلنت تونس أمس إلغاء اتفاقية التعاون مع ليبيا، متهمة السلطات الليبية بالتقصير.")
    assert ("ACCUSE", "TUN", "LBY") in got
    assert ("ACCUSE", "LBY", "TUN") not in got
