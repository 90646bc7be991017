"""Server-rendered HTML for the web app: Jinja2 templates, static assets and inline SVG charts
(everything shipped in the package; nothing is fetched from the internet)."""
