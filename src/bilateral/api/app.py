"""The FastAPI application: JSON API under ``/api`` and server-rendered HTML pages, both over the
query layer (:mod:`bilateral.query`); every page has a JSON twin at ``/api`` + its path.

``create_app(db_url, token=..., max_upload_bytes=...)``; ``bilateral serve`` runs it on 127.0.0.1.
Nothing is fetched from the internet: styles are served from the package, charts are inline SVG.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, query
from ..errors import BilateralError, QueryError
from ..web.render import environment, static_dir
from .errors import HttpError, error_body
from .jobs import JobRunner
from .security import BodyLimit, TokenCheck, WriteForbidden
from .views import country_names

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_MAX_UPLOAD", "create_app"]

DEFAULT_MAX_UPLOAD = 5_000_000


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api" or \
        request.query_params.get("format") == "json"


def create_app(db_url: str, *, token: str | None = None, max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               settings: Any = None, context: Callable[[], Any] | None = None) -> FastAPI:
    """The web app over the database at ``db_url`` (path or URL, as ``bilateral --db``).

    token: the operator's secret for write endpoints (ingest, delete); None switches writes off.
    max_upload_bytes: the largest request body accepted (uploads, pasted text); larger gets 413.
    context: a factory for the pipeline Context used by ingest (default ``Context.load(settings)``).
    """
    store = query.open_store(db_url, settings=settings)
    ctx_cache: list[Any] = []
    pipeline_cache: list[Any] = []
    lock = threading.Lock()

    def get_context() -> Any:
        """The Context (settings, language data, knowledge base), loaded on first use."""
        with lock:
            if not ctx_cache:
                from ..context import Context

                ctx_cache.append(context() if context is not None else (
                    Context.load(settings) if settings is not None else Context.load()))
            return ctx_cache[0]

    def get_pipeline() -> Any:
        """The pipeline for ingest jobs, built on the first job."""
        ctx = get_context()
        with lock:
            if not pipeline_cache:
                from ..pipeline import Pipeline

                pipeline_cache.append(Pipeline(ctx))
            return pipeline_cache[0]

    from ..store.ingest import ingest_paths

    jobs = JobRunner(ingest_paths, store, get_pipeline)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.shutdown()
        store.close()

    # no Swagger UI or ReDoc: they load their scripts from a CDN; /api is an offline reference page
    app = FastAPI(
        title="bilateral", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Political events between states extracted from Arabic and English news, each linked to "
                    "the sentence it comes from. Every HTML page has a JSON twin under /api. Errors are "
                    '`{"error": {"code", "status", "parameter", "message"}}`. Write endpoints need '
                    "`Authorization: Bearer <token>` and are off when the server has no token.",
        openapi_tags=[{"name": "events"}, {"name": "articles"}, {"name": "actors"}, {"name": "timeline"},
                      {"name": "search"}, {"name": "ingest"}, {"name": "meta"}])
    app.state.store = store
    app.state.context = get_context
    app.state.tokens = TokenCheck(token)
    app.state.jobs = jobs
    app.state.max_upload_bytes = max_upload_bytes
    app.state.templates = environment({"static_url": "/static", "version": __version__,
                                       "country_name": lambda code: country_names(get_context, code)})
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    app.mount("/static", StaticFiles(directory=str(static_dir())), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        # nothing on our pages comes from elsewhere, and no script is needed beyond our own file
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.middleware("http")
    async def writes_gate(request: Request, call_next: Any) -> Response:
        # refuse writes before a single byte of the body is parsed when writing is off
        if request.method in ("POST", "PUT", "PATCH", "DELETE") and not app.state.tokens.enabled:
            try:
                app.state.tokens.check(None)
            except WriteForbidden as exc:
                return render_error(request, exc.status, exc.message, "E403", None)
        response: Response = await call_next(request)
        return response

    def render_error(request: Request, status: int, message: str, code: str, parameter: str | None) -> Response:
        if _wants_json(request):
            return JSONResponse(error_body(status, message, code, parameter), status_code=status)
        html = app.state.templates.get_template("error.html").render(
            status=status, message=message, code=code, parameter=parameter, twin=None)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(QueryError)
    async def on_query_error(request: Request, exc: QueryError) -> Response:
        return render_error(request, 400, exc.message, exc.code, exc.source)

    @app.exception_handler(HttpError)
    async def on_http_error(request: Request, exc: HttpError) -> Response:
        return render_error(request, exc.status, exc.message, exc.code, exc.parameter)

    @app.exception_handler(WriteForbidden)
    async def on_forbidden(request: Request, exc: WriteForbidden) -> Response:
        return render_error(request, exc.status, exc.message, "E401" if exc.status == 401 else "E403", None)

    @app.exception_handler(BilateralError)
    async def on_bilateral_error(request: Request, exc: BilateralError) -> Response:
        return render_error(request, 400, exc.message, exc.code, exc.source)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        param = None
        for err in exc.errors():
            loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "form")]
            param = param or (loc[0] if loc else None)
            problems.append(f"{'.'.join(loc) or 'request'}: {err.get('msg')}")
        return render_error(request, 400, "bad parameter — " + "; ".join(problems), "E500", param)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        code = "E106" if exc.status_code == 413 else f"E{exc.status_code}"
        return render_error(request, exc.status_code, message, code, None)

    from .pages import router as pages_router
    from .routes import router as api_router

    app.include_router(api_router, prefix="/api")
    app.include_router(pages_router)
    return app
