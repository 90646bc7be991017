"""bilateral: news articles about relations between states -> a source-linked event database."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
