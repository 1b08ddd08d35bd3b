"""Dependencies shared by the routers: a read-only archive connection per request.

Readers come from a small pool: a request takes one for itself and gives it back when it
is done, so connections (and their page caches) are reused but never shared by two
requests at once. The single writer is ``bayan ingest``, in another process.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

from bayan.archive import ArchiveReader
from bayan.web.settings import Settings

POOL_SIZE = 8


class ReaderPool:
    def __init__(self, path: str, size: int = POOL_SIZE):
        self.path = path
        self.idle: queue.LifoQueue[ArchiveReader] = queue.LifoQueue(maxsize=size)

    def acquire(self) -> ArchiveReader:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            return ArchiveReader.open(self.path)

    def release(self, reader: ArchiveReader) -> None:
        if reader.db.in_transaction:
            reader.db.rollback()
        try:
            self.idle.put_nowait(reader)
        except queue.Full:
            reader.close()

    def close(self) -> None:
        while True:
            try:
                self.idle.get_nowait().close()
            except queue.Empty:
                return


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_reader(request: Request) -> Iterator[ArchiveReader]:
    """A reader on its own connection for the length of the request."""
    pool: ReaderPool = request.app.state.readers
    reader = pool.acquire()
    try:
        yield reader
    finally:
        pool.release(reader)


Reader = Annotated[ArchiveReader, Depends(get_reader)]
AppSettings = Annotated[Settings, Depends(get_settings)]
