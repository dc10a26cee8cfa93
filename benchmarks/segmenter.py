"""Token agreement of the two segmenter backends (rjieba vs jieba), paragraph by paragraph.

    python benchmarks/segmenter.py                      # seeds/ and ../shared/corpus, one table each
    python benchmarks/segmenter.py DIR_OR_FILE ... --show 20
    python benchmarks/segmenter.py --reference jieba-posseg   # rjieba against jieba.posseg

Each input is loaded as ``policykg build`` loads it (``Document.text``) and cut
into paragraphs (lines). Two backends of ``policykg.nlp.segmenter`` (rjieba and
the ``--reference``, jieba by default) tag every paragraph, with the user words
of the vocabularies loaded. Reported per set:

- paragraphs whose segmentation is identical (same words), and identical with
  the same part-of-speech tags;
- token agreement: F1 of the token spans (a token agrees when both backends
  cut it at the same start and end);
- tag agreement on the tokens that agree;
- seconds each backend took over all paragraphs (after warm-up);
- with ``--show N``: the N most frequent differences (the reference's tokens | rjieba's).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from policykg.errors import LoadError  # noqa: E402
from policykg.load import iter_sources  # noqa: E402
from policykg.nlp.segmenter import BACKENDS, tagger  # noqa: E402
from policykg.records import Skipped  # noqa: E402

DEFAULT_SETS = {"seeds": [REPO / "seeds"], "corpus": [REPO.parent / "shared" / "corpus"]}


def paragraphs(paths: list[Path]) -> list[str]:
    """The non-blank lines of every loadable document under ``paths``."""
    out: list[str] = []
    for source in iter_sources(paths):
        if isinstance(source, Skipped):
            continue
        try:
            doc = source.load()
        except LoadError:
            continue
        out.extend(line for line in doc.text.split("\n") if line.strip())
    return out


def spans(pairs: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, tag) of each token of a tagged paragraph."""
    out, pos = [], 0
    for word, tag in pairs:
        out.append((pos, pos + len(word), tag))
        pos += len(word)
    return out


def compare(paras: list[str], show: int, reference: str = "jieba") -> dict:
    jieba_tag, rjieba_tag = tagger(reference), tagger("rjieba")
    jieba_tag("预热"), rjieba_tag("预热")
    t = time.perf_counter()
    a_all = [jieba_tag(p) for p in paras]
    t_jieba = time.perf_counter() - t
    t = time.perf_counter()
    b_all = [rjieba_tag(p) for p in paras]
    t_rjieba = time.perf_counter() - t
    same_words = same_tags = 0
    na = nb = both = tag_same = 0
    diffs: Counter = Counter()
    for para, a, b in zip(paras, a_all, b_all):
        if [w for w, _ in a] == [w for w, _ in b]:
            same_words += 1
            same_tags += a == b
        sa, sb = spans(a), spans(b)
        na, nb = na + len(sa), nb + len(sb)
        tags_b = {(s, e): t for s, e, t in sb}
        for s, e, t in sa:
            if (s, e) in tags_b:
                both += 1
                tag_same += tags_b[(s, e)] == t
        if show:
            diffs.update(differences(para, sa, sb))
    p, r = both / nb if nb else 1.0, both / na if na else 1.0
    return {"paragraphs": len(paras), "chars": sum(map(len, paras)), "same_words": same_words,
            "same_tags": same_tags, "token_f1": 2 * p * r / (p + r) if p + r else 1.0,
            "tag_agreement": tag_same / both if both else 1.0, "jieba_s": t_jieba, "rjieba_s": t_rjieba,
            "jieba_tokens": na, "rjieba_tokens": nb, "top": diffs.most_common(show)}


def differences(para: str, sa: list, sb: list) -> list[str]:
    """Each stretch where the two cuts differ, as "jieba's words | rjieba's words"."""
    cuts_a = {s for s, _, _ in sa} | {e for _, e, _ in sa}
    cuts_b = {s for s, _, _ in sb} | {e for _, e, _ in sb}
    common = sorted(cuts_a & cuts_b)
    out = []
    for lo, hi in zip(common, common[1:]):
        ia = [para[s:e] for s, e, _ in sa if lo <= s and e <= hi]
        ib = [para[s:e] for s, e, _ in sb if lo <= s and e <= hi]
        if ia != ib:
            out.append(f"{'/'.join(ia)} | {'/'.join(ib)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders (default: seeds/ and ../shared/corpus)")
    ap.add_argument("--show", type=int, default=0, help="print the N most frequent differences")
    ap.add_argument("--reference", default="jieba", choices=[b for b in BACKENDS if b != "rjieba"],
                    help="the backend rjieba is compared with")
    args = ap.parse_args()
    sets = {"+".join(p.name for p in args.paths): args.paths} if args.paths else DEFAULT_SETS
    print(f"rjieba against {args.reference}")
    print(f"{'set':>10} {'paras':>7} {'chars':>10} | {'same words':>11} {'same +tags':>11} | {'token F1':>8} "
          f"{'tag agr':>8} | {'ref s':>8} {'rjieba s':>8} {'speed-up':>8}")
    for name, paths in sets.items():
        paras = paragraphs([p for p in paths if p.exists()])
        if not paras:
            print(f"{name:>10}: no paragraphs (missing {', '.join(map(str, paths))}?)")
            continue
        r = compare(paras, args.show, args.reference)
        n = r["paragraphs"]
        print(f"{name:>10} {n:>7} {r['chars']:>10,} | {100 * r['same_words'] / n:>10.2f}% {100 * r['same_tags'] / n:>10.2f}% | "
              f"{r['token_f1']:>8.5f} {r['tag_agreement']:>8.5f} | {r['jieba_s']:>8.2f} {r['rjieba_s']:>8.2f} "
              f"{r['jieba_s'] / r['rjieba_s']:>7.1f}x")
        for diff, count in r["top"]:
            print(f"{'':>12}{count:>6}  {diff}")


if __name__ == "__main__":
    main()
