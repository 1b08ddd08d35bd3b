"""Search under load while the archive is written: ``bayan serve`` answers every request.

``bayan serve`` runs as a subprocess on a free loopback port over an archive of 300
articles; a ``bayan ingest`` subprocess adds 1,000 more to the same archive (committing
every 20 articles) while four client threads send 300 ``/api/search`` requests. Every
request must be answered with a 200 and a whole JSON body, the 95th percentile of latency
must stay under 2 s (a generous bound: it is about 50 ms on a 2-core machine), and the
writer must have committed articles while the requests ran. The engine is
``benchmarks/bench_load.py``, which prints the figures for bigger runs.
"""

from __future__ import annotations

from benchmarks import bench_load

REQUESTS = 300


def test_search_answers_every_request_while_ingest_writes(tmp_path):
    load = bench_load.run(tmp_path, base_articles=300, writer_articles=1000, requests=REQUESTS, threads=4,
                          commit_every=20)
    print("\n" + "\n".join(load.lines()))
    assert load.errors == [], load.errors[:5]
    assert len(load.latencies) == REQUESTS
    assert load.percentile(95) < 2.0
    assert load.written_during > 0  # the archive changed under the readers
