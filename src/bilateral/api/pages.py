"""HTML pages: each renders the dict its JSON twin (``/api`` + the same path and query) returns."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .. import query
from ..web.charts import TYPE_SERIES, timeline_svg
from ..web.render import Highlight, article_html, text_direction
from .errors import HttpError
from .views import (
    FILTER_KEYS,
    QUAD_TYPES,
    actor_page,
    article_page,
    chart_counts,
    country_page,
    dashboard,
    event_page,
    events_page,
    ingest_uploads,
    search_page,
)

router = APIRouter(include_in_schema=False)


def _params(request: Request) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in request.query_params:
        values = [v for v in request.query_params.getlist(k) if v != ""]
        if values:
            out[k] = values if len(values) > 1 else values[0]
    return out


def _twin(request: Request, path: str | None = None) -> str:
    p = path or request.url.path
    twin = "/api/dashboard" if p == "/" else "/api" + p
    qs = request.url.query
    return twin + ("?" + qs if qs else "")


def _page(request: Request, template: str, *, status: int = 200, twin: str | None = None, **ctx: Any) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(
        twin=twin if twin is not None else _twin(request), params=_params(request), path=request.url.path,
        writes=request.app.state.tokens.enabled, **ctx)
    return HTMLResponse(html, status_code=status)


def _countries(request: Request) -> list[dict[str, Any]]:
    return [r.to_dict() for r in query.actors(request.app.state.store, None, kind="countries", limit=5000)]


# ------------------------------------------------------------------------------------ API reference

@router.get("/api", response_class=HTMLResponse)
def api_reference(request: Request) -> Response:
    """The OpenAPI schema as a plain page (Swagger UI would need scripts from a CDN)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or ""} for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                        "description": op.get("description") or "", "params": params})
    return _page(request, "api.html", ops=ops, twin="/openapi.json", info=spec.get("info", {}))


# ------------------------------------------------------------------------------------ dashboard

@router.get("/", response_class=HTMLResponse)
def dashboard_page(request: Request) -> Response:
    params = _params(request)
    data = dashboard(request.app.state.store, params)
    chart = None
    if data["periods"]:
        periods, counts, series = chart_counts(data["periods"], data["stack"])
        keep = {k: params[k] for k in ("a", "b", "by", "count", "stack", "since", "until", "status") if k in params}

        def href(period: str, key: str | None) -> str:
            q = {**keep, "period": period, **({"key": key} if key else {})}
            return "/?" + urlencode(q, doseq=True) + "#bar-events"

        unit = "events" if data["count"] == "events" else "mentions"
        title = f"{data['a']}–{data['b'] or 'all'} {unit} per {data['by']}"
        chart = timeline_svg(periods, counts, series, href=href, selected=data["period"], title=title,
                             unit_label=unit, legend=data["stack"] == "quad")
    return _page(request, "dashboard.html", data=data, chart=chart, countries=_countries(request),
                 quad_types=QUAD_TYPES, type_legend=[(s.key, s.color) for s in TYPE_SERIES])


# --------------------------------------------------------------------------------------- events

@router.get("/events", response_class=HTMLResponse)
def events_table(request: Request) -> Response:
    params = _params(request)
    data = events_page(request.app.state.store, params)
    flt = data["filter"]
    shown = {k: v for k, v in params.items() if k in FILTER_KEYS}
    return _page(request, "events.html", data=data, flt=flt, shown=shown, countries=_countries(request),
                 types=[t for ts in QUAD_TYPES.values() for t in ts])


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_detail(request: Request, event_id: str) -> Response:
    store = request.app.state.store
    data = event_page(store, event_id)
    main = data["mentions"][0] if data["mentions"] else None
    article_markup = None
    article_info = None
    if main and main.get("article"):
        art = query.article(store, main["article"])
        if art is not None:
            article_info = {"id": art.id, "doc": art.doc, "lang": art.lang, "title": art.title, "url": art.url,
                            "published": art.published, "dir": text_direction(art.text)}
            article_markup = article_html(art.text, _event_highlights(data["event"], main))
    sources = []
    for m in data["mentions"]:
        hl = [Highlight(h["start"], h["end"], "trigger" if h["kind"] == "trigger" else "mention", h["kind"])
              for h in m["highlights"]]
        sources.append({**m, "markup": article_html(m["sentence"], hl), "dir": text_direction(m["sentence"])})
    return _page(request, "event.html", data=data, e=data["event"], article=article_info,
                 article_markup=article_markup, sources=sources)


def _event_highlights(event: dict[str, Any], mention: dict[str, Any]) -> list[Highlight]:
    ev = event["evidence"]
    out = [Highlight(int(ev["start"]), int(ev["end"]), "evidence", "evidence")]
    s0 = int(mention["sentence_start"])
    for h in mention["highlights"]:
        kind = "trigger" if h["kind"] == "trigger" else "mention"
        out.append(Highlight(s0 + int(h["start"]), s0 + int(h["end"]), kind, h["kind"]))
    return out


# ------------------------------------------------------------------------------------- articles

@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_view(request: Request, article_id: str) -> Response:
    data = article_page(request.app.state.store, article_id)
    picked = request.query_params.get("event")
    hl = [Highlight(m["start"], m["end"], "mention", f"{m['kind']}: {m.get('text') or ''}") for m in data["mentions"]]
    for e in data["events"]:
        if picked is None or e["id"] == picked:
            ev = e["evidence"]
            hl.append(Highlight(int(ev["start"]), int(ev["end"]), "evidence", f"{e['type']} evidence"))
            if picked and e.get("trigger"):
                hl.append(Highlight(e["trigger"]["start"], e["trigger"]["end"], "trigger", "trigger"))
    return _page(request, "article.html", data=data, markup=article_html(data["text"], hl),
                 dir=text_direction(data["text"]), twin=_twin(request, f"/articles/{article_id}"))


# --------------------------------------------------------------------------------------- actors

@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request) -> Response:
    store = request.app.state.store
    countries = query.actors(store, None, kind="countries", limit=5000)
    people = query.actors(store, None, kind="people", limit=500)
    return _page(request, "actors.html", countries=[r.to_dict() for r in countries],
                 people=[r.to_dict() for r in people])


@router.get("/actors/{country}", response_class=HTMLResponse)
def country_view(request: Request, country: str) -> Response:
    data = country_page(request.app.state.store, country, _params(request), request.app.state.context)
    return _page(request, "country.html", data=data, network=_network_svg(data))


@router.get("/actors/{country}/people/{name:path}", response_class=HTMLResponse)
def person_view(request: Request, country: str, name: str) -> Response:
    data = actor_page(request.app.state.store, country, name, _params(request), request.app.state.context)
    return _page(request, "person.html", data=data)


def _network_svg(data: dict[str, Any]) -> Any:
    """A radial partner network: the country in the middle, partners around it, line width by events."""
    import math

    from markupsafe import Markup, escape

    partners = data["partners"][:16]
    if not partners:
        return None
    size, cx, cy, r = 420, 210, 210, 160
    top = max(p["events"] for p in partners) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 {size} {size}" width="{size}" '
             f'height="{size}" role="img" aria-label="partners of {escape(data["country"])}">']
    nodes = []
    for i, p in enumerate(partners):
        ang = 2 * math.pi * i / len(partners) - math.pi / 2
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        w = 1 + 7 * p["events"] / top
        parts.append(f'<line x1="{cx}" y1="{cy}" x2="{x:.1f}" y2="{y:.1f}" stroke="#7a9cc0" stroke-width="{w:.1f}"/>')
        nodes.append((x, y, p))
    for x, y, p in nodes:
        code = escape(p["country"])
        parts.append(f'<a href="/?a={escape(data["country"])}&amp;b={code}"><circle cx="{x:.1f}" cy="{y:.1f}" r="17" '
                     f'fill="#fff" stroke="#12324f"/><text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" '
                     f'font-size="11">{code}</text><title>{code}: {p["events"]} events</title></a>')
    parts.append(f'<circle cx="{cx}" cy="{cy}" r="24" fill="#12324f"/><text x="{cx}" y="{cy + 5}" '
                 f'text-anchor="middle" fill="#fff" font-size="13">{escape(data["country"])}</text></svg>')
    return Markup("".join(parts))


# --------------------------------------------------------------------------------------- search

@router.get("/search", response_class=HTMLResponse)
def search_view(request: Request, q: str = "", lang: str | None = None, offset: int = 0) -> Response:
    if offset < 0:
        raise HttpError(400, "offset must be >= 0", parameter="offset")
    data = search_page(request.app.state.store, q, lang=lang, limit=20, offset=offset)
    hits = []
    for h in data["hits"]:
        hl = [Highlight(s, e, "evidence", "match") for s, e in h["highlights"]]
        hits.append({**h, "markup": article_html(h["snippet"], hl), "dir": text_direction(h["snippet"])})
    return _page(request, "search.html", data=data, hits=hits, search_q=q)


# --------------------------------------------------------------------------------------- ingest

@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> Response:
    return _page(request, "ingest.html", error=None, max_upload=request.app.state.max_upload_bytes,
                 twin="/api/failures", failures=[f.to_dict() for f in query.failures(request.app.state.store)][:50])


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(request: Request, files: Annotated[list[UploadFile] | None, File()] = None,
                        text: Annotated[str | None, Form()] = None, published: Annotated[str | None, Form()] = None,
                        title: Annotated[str | None, Form()] = None, lang: Annotated[str | None, Form()] = None,
                        token: Annotated[str | None, Form()] = None) -> Response:
    request.app.state.tokens.check(request.headers.get("authorization"), token)
    job = await ingest_uploads(request.app.state.jobs, files or [], text, published=published, title=title,
                               lang=lang, max_bytes=request.app.state.max_upload_bytes)
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
def job_view(request: Request, job_id: str) -> Response:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HttpError(404, f"no ingest job {job_id!r} (jobs are kept in memory until the server restarts)",
                        code="E404", parameter="job_id")
    return _page(request, "job.html", job=job.to_dict())
