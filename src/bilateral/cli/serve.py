"""``bilateral serve``: the web app and JSON API on 127.0.0.1."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..config import load_settings


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="start the web app and JSON API on this computer",
                       description="Serve dyad dashboards, the event table, event pages with their evidence, "
                                   "actors, search and an ingest page, with a JSON API under /api "
                                   "(OpenAPI schema at /docs and /openapi.json). Listens on 127.0.0.1 only "
                                   "unless --host says otherwise. Works offline.")
    p.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL (default: BILATERAL_DB, then "
                                                         "[store] url of the settings, then bilateral.db)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000; 0 = any free port)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--token", default=None,
                   help="secret that write endpoints (ingest, delete) require; also BILATERAL_SERVE_TOKEN. "
                        "Without one, writing is off")
    p.add_argument("--max-upload", type=int, default=None, metavar="BYTES",
                   help="largest upload accepted (default: [ingest] max_bytes of the settings)")
    p.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from ..api import create_app
    except ModuleNotFoundError as e:
        print(f"error: the web app needs the web extra ({e.name} is missing): pip install 'bilateral[web]'",
              file=sys.stderr)
        return 2
    settings = load_settings(getattr(args, "config", None))
    token = args.token or os.environ.get("BILATERAL_SERVE_TOKEN") or None
    max_upload = args.max_upload or int(settings.get("ingest", "max_bytes", 5_000_000))
    app = create_app(args.db, token=token, max_upload_bytes=max_upload, settings=settings)
    writes = "on (token set)" if token else "off (no --token)"
    print(f"bilateral: serving {app.state.store.url} at http://{args.host}:{args.port}/  (writes {writes}; "
          "Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
