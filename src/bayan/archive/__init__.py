"""The archive: analysed articles in SQLite, searchable in every script, exportable.

* ``ArchiveWriter`` (``store``): the single writer; ``ingest`` reads, analyses and stores.
* ``ArchiveReader`` (``read``): read-only queries: search, articles, actors, quotes, events,
  the who-met-whom network and timelines.
* ``schema``: tables and named migrations; foreign or corrupt files are refused.
* ``keys``: the folded and romanized-skeleton search keys; ``query``: the query syntax.
* ``export``: JSONL, CSV, Parquet, GraphML.
"""

from bayan.archive.errors import ArchiveError, NotFound, QuerySyntaxError
from bayan.archive.ingest import IngestSummary, ingest
from bayan.archive.read import ArchiveReader
from bayan.archive.search import Filters, SearchResult
from bayan.archive.store import AddResult, ArchiveWriter, add_records

__all__ = [
    "AddResult",
    "ArchiveError",
    "ArchiveReader",
    "ArchiveWriter",
    "Filters",
    "IngestSummary",
    "NotFound",
    "QuerySyntaxError",
    "SearchResult",
    "add_records",
    "ingest",
]
