"""JSON routes (mounted under ``/api``). Each one calls the query layer or the store ingest driver;
the HTML pages in :mod:`.pages` render the very same dicts (``/api`` + a page's path = its twin)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from .. import query
from .errors import HttpError
from .views import (
    actor_page,
    article_page,
    country_names,
    country_page,
    dashboard,
    event_filter,
    event_page,
    events_page,
    export_file,
    ingest_uploads,
    search_page,
)

router = APIRouter()

Multi = Annotated[list[str] | None, Query()]
Limit = Annotated[int, Query(ge=0, le=query.MAX_LIMIT, description="rows per page")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]


def _params(request: Request) -> dict[str, Any]:
    """Query parameters, repeated keys as lists (``type=AGREE&type=CONSULT`` or ``type=AGREE,CONSULT``)."""
    out: dict[str, Any] = {}
    for k in request.query_params:
        values = request.query_params.getlist(k)
        out[k] = values if len(values) > 1 else values[0]
    return out


def _download(rows: Iterable[dict[str, Any]], fmt: str, name: str) -> StreamingResponse:
    f = export_file(rows, fmt)

    def chunks() -> Iterator[bytes]:
        try:
            while block := f.read(64 * 1024):
                yield block
        finally:
            f.close()

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    return StreamingResponse(chunks(), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


@router.get("/stats", tags=["meta"], summary="totals for the whole database")
def api_stats(request: Request) -> dict[str, Any]:
    return query.stats(request.app.state.store).to_dict()


@router.get("/events", tags=["events"], summary="event mentions matching filters, paginated and sorted")
def api_events(request: Request, country: str | None = None, counterpart: str | None = None,
               type: Multi = None, mode: Multi = None, status: Multi = None, lang: Multi = None,
               since: str | None = None, until: str | None = None, text: str | None = None,
               doc: str | None = None, article: str | None = None, cluster: str | None = None,
               unique: bool = False, limit: Limit = 50, offset: Offset = 0,
               order: Annotated[str, Query(pattern="^-?(date|intensity)$")] = "date",
               format: Annotated[str, Query(pattern="^(json|csv|jsonl)$")] = "json") -> Any:
    """Filters as in ``bilateral db events``: ``country`` and ``counterpart`` (ISO alpha-3) select a dyad
    in either direction; ``type``/``mode``/``status``/``lang`` take several values; ``since``/``until``
    ISO partial dates. ``format=csv`` or ``jsonl`` downloads exactly the rows of this page."""
    data = events_page(request.app.state.store, _params(request))
    if format != "json":
        return _download(data["rows"], format, "events")
    return data


@router.get("/export", tags=["events"], summary="every event matching the filters, as JSON Lines or CSV")
def api_export(request: Request, format: Annotated[str, Query(pattern="^(csv|jsonl)$")] = "jsonl") -> Any:
    """Same filters as ``/api/events`` without paging (``limit`` optional); streamed."""
    params = _params(request)
    params.setdefault("limit", None)
    flt = event_filter(params)
    rows = (r.to_dict() for r in query.iter_events(request.app.state.store, flt))
    return _download(rows, format, "bilateral-events")


@router.get("/events/{event_id}", tags=["events"], summary="one event with its cluster and every mention")
def api_event(request: Request, event_id: str) -> dict[str, Any]:
    return event_page(request.app.state.store, event_id)


@router.get("/articles/{article_id}", tags=["articles"], summary="an article with its mention spans and events")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    return article_page(request.app.state.store, article_id)


@router.delete("/articles/{article_id}", tags=["articles"], summary="delete an article and its events (token)")
def api_delete_article(request: Request, article_id: str) -> dict[str, Any]:
    request.app.state.tokens.check(request.headers.get("authorization"))
    from ..store.clusters import recluster
    from ..store.write import delete_article

    store = request.app.state.store
    found = query.article(store, article_id)
    if found is None:
        raise HttpError(404, f"no article {article_id!r}", code="E404", parameter="article_id")
    with store.begin() as conn:
        delete_article(conn, found.id, store.backend)
    recluster(store)
    return {"deleted": found.id, "doc": found.doc, "events": len(found.events)}


@router.get("/actors", tags=["actors"], summary="countries, people and organisations, most events first")
def api_actors(request: Request, kind: Annotated[str, Query(pattern="^(all|countries|people)$")] = "all",
               country: str | None = None, limit: Annotated[int, Query(ge=1, le=5000)] = 200) -> dict[str, Any]:
    flt = event_filter({"country": country})
    rows = query.actors(request.app.state.store, flt, kind=kind, limit=limit)
    return {"kind": kind, "country": flt.country, "actors": [r.to_dict() for r in rows]}


@router.get("/countries", tags=["actors"], summary="countries in the database (for picking a dyad)")
def api_countries(request: Request) -> dict[str, Any]:
    rows = query.actors(request.app.state.store, None, kind="countries", limit=5000)
    ctx = request.app.state.context
    return {"countries": [{**r.to_dict(), "names": country_names(ctx, r.country)} for r in rows]}


@router.get("/actors/{country}", tags=["actors"], summary="a country: its partners ranked, its people, its events")
def api_country(request: Request, country: str) -> dict[str, Any]:
    return country_page(request.app.state.store, country, _params(request), request.app.state.context)


@router.get("/actors/{country}/people/{name:path}", tags=["actors"], summary="a person: offices held and events")
def api_person(request: Request, country: str, name: str) -> dict[str, Any]:
    return actor_page(request.app.state.store, country, name, _params(request), request.app.state.context)


@router.get("/timeline", tags=["timeline"], summary="relations of a (with b) per year or month, zero-filled")
def api_timeline(request: Request, a: str, b: str | None = None,
                 by: Annotated[str, Query(pattern="^(year|month)$")] = "year") -> dict[str, Any]:
    """Aggregates of the query layer (as ``bilateral db timeline``): distinct events per type and quad
    class, mean intensity, balance. Events counted once per cluster at the cluster's date."""
    flt = event_filter({k: v for k, v in _params(request).items() if k not in ("a", "b", "by")})
    return query.timeline(request.app.state.store, a, b, by=by, flt=flt).to_dict()


@router.get("/dashboard", tags=["timeline"], summary="the dyad dashboard: chart data and the picked bar's events")
def api_dashboard(request: Request, a: str | None = None, b: str | None = None,
                  by: Annotated[str, Query(pattern="^(year|month)$")] = "month",
                  count: Annotated[str, Query(pattern="^(events|mentions)$")] = "events",
                  stack: Annotated[str, Query(pattern="^(quad|type)$")] = "quad",
                  period: str | None = None, key: str | None = None) -> dict[str, Any]:
    """Per period (zero-filled) the events (clusters) or mentions (reports) by quad class and type and
    the balance; with ``period`` (and ``key``: a quad class 1-4 or a type) the events that bar counts."""
    return dashboard(request.app.state.store, _params(request))


@router.get("/search", tags=["search"], summary="full-text search over article text (Arabic folded)")
def api_search(request: Request, q: str = "", lang: str | None = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 20, offset: Offset = 0) -> dict[str, Any]:
    return search_page(request.app.state.store, q, lang=lang, limit=limit, offset=offset)


@router.get("/failures", tags=["meta"], summary="inputs the latest run could not process, with the reason")
def api_failures(request: Request, run: int | None = None) -> dict[str, Any]:
    rows = query.failures(request.app.state.store, run=run)
    return {"failures": [f.to_dict() for f in rows]}


@router.post("/ingest", tags=["ingest"], status_code=202,
             summary="ingest uploaded files and/or pasted text (token); returns a job to poll")
async def api_ingest(request: Request, files: Annotated[list[UploadFile] | None, File()] = None,
                     text: Annotated[str | None, Form()] = None, published: Annotated[str | None, Form()] = None,
                     title: Annotated[str | None, Form()] = None, lang: Annotated[str | None, Form()] = None,
                     token: Annotated[str | None, Form()] = None, wait: bool = False) -> dict[str, Any]:
    """Files (.txt, .html, .jsonl) and pasted text run through the pipeline and are written to the
    database. ``published`` (ISO date) is the publication date relative dates are resolved against.
    Needs ``Authorization: Bearer <token>``. ``wait=true`` answers when the job has finished."""
    request.app.state.tokens.check(request.headers.get("authorization"), token)
    job = await ingest_uploads(request.app.state.jobs, files or [], text, published=published, title=title,
                               lang=lang, max_bytes=request.app.state.max_upload_bytes)
    if wait:
        job = await run_in_threadpool(request.app.state.jobs.wait, job.id) or job
    return job.to_dict()


@router.get("/ingest/jobs/{job_id}", tags=["ingest"], summary="progress and failures of an ingest job")
def api_job(request: Request, job_id: str) -> dict[str, Any]:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HttpError(404, f"no ingest job {job_id!r} (jobs are kept in memory until the server restarts)",
                        code="E404", parameter="job_id")
    return job.to_dict()
