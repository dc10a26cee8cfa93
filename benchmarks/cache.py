"""Extraction cache speed: store and load time per entry, and entry size.

    python benchmarks/cache.py            # the seeds and the fixture texts, 200 rounds

The extractions of the seed documents and of tests/data/texts are made once;
then each round stores every one of them under a fresh key
(``ExtractionCache.put``) and loads it back (``ExtractionCache.get``, which
also checks the entry is for that document), in a temporary folder. The
fastest round counts (other processes only ever slow a round down). Also
reported: the serialisation alone (bytes in memory, no file system).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from policykg import cache as cache_mod  # noqa: E402
from policykg.cache import ExtractionCache, document_key  # noqa: E402
from policykg.load import load_document  # noqa: E402
from policykg.pipeline import extract_or_reason  # noqa: E402


def documents() -> list:
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "tests" / "data" / "texts").iterdir())
    return [load_document(str(p)) for p in paths]


def serialisers():
    """(encode, decode) of one entry, whichever format this version of the cache has."""
    if hasattr(cache_mod, "encode_entry"):
        return cache_mod.encode_entry, lambda data, key: cache_mod.decode_entry(data, key)
    import pickle

    return (lambda key, ex: pickle.dumps((key, ex), protocol=pickle.HIGHEST_PROTOCOL),
            lambda data, key: pickle.loads(data)[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=200)
    args = ap.parse_args()
    docs = documents()
    extractions = [(doc, extract_or_reason(doc)) for doc in docs]
    encode, decode = serialisers()
    n = len(extractions)
    sizes = [len(encode(document_key(doc), ex)) for doc, ex in extractions]
    best = {"dumps": float("inf"), "loads": float("inf"), "put": float("inf"), "get": float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            keys = [hashlib.sha256(f"{r}/{doc.id}".encode()).hexdigest() for doc, _ in extractions]
            t = time.perf_counter()
            blobs = [encode(key, ex) for key, (_, ex) in zip(keys, extractions)]
            best["dumps"] = min(best["dumps"], time.perf_counter() - t)
            t = time.perf_counter()
            for key, blob in zip(keys, blobs):
                decode(blob, key)
            best["loads"] = min(best["loads"], time.perf_counter() - t)
            store = ExtractionCache(Path(tmp))
            t = time.perf_counter()
            for key, (_, ex) in zip(keys, extractions):
                store.put(key, ex)
            best["put"] = min(best["put"], time.perf_counter() - t)
            t = time.perf_counter()
            for key, (doc, _) in zip(keys, extractions):
                assert store.get(doc, key) is not None, (doc.id, store.warnings)
            best["get"] = min(best["get"], time.perf_counter() - t)
    print(f"{n} entries ({sum(len(ex.spans) // 3 for _, ex in extractions)} mentions, "
          f"{sum(len(ex.measures) for _, ex in extractions)} measures), mean entry {sum(sizes) / n / 1024:.1f} KiB, "
          f"best of {args.rounds} rounds, per entry:")
    for name, seconds in best.items():
        print(f"  {name:>5}: {seconds / n * 1e6:8.1f} µs")


if __name__ == "__main__":
    main()
