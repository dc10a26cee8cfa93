"""Re-make the figures under docs/ (the README shows them), in one command:

    python docs/make_figures.py                      # seeds (graph_out), viz --around, the metric chart
    python docs/make_figures.py --corpus ../shared/corpus   # and a build of a real corpus

- docs/graph-seeds.png    graph_out/graph.html as `policykg build seeds` wrote it
- docs/graph-around.png   `policykg viz graph_out --around 工业和信息化部 --depth 2`
- docs/graph-corpus.png   graph.html of `policykg build CORPUS` (with --corpus; the build
                          goes to a temporary folder unless --corpus-out names one)
- docs/metric-chart.png   `policykg metric graph_out 二级节点 --chart …`

Pages are shot in headless Chromium (a 1400 x 900 window, the size the first view is
made for) over the DevTools protocol (tests/outputs/chromium_cdp.py); each shot is
checked as the browser test checks it (labels apart, on screen, at least 9.5 px) and
the script says what it saw. Needs chromium and fonts-noto-cjk (Debian packages).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
sys.path.insert(0, str(REPO / "tests" / "outputs"))

from chromium_cdp import CHROMIUM, Browser  # noqa: E402

WIDTH, HEIGHT, SCALE = 1400, 900, 1.5

DRAWN = """(() => {
  const g = window.policykgGraph, net = g.network, c = document.getElementById('graph').getBoundingClientRect();
  const s = net.getScale();
  return { scale: s, canvas: [c.left, c.top, c.right, c.bottom],
    nodes: g.data.nodes.filter(n => g.visible(n.id)).map(n => {
      const b = net.getBoundingBox(n.id), a = net.canvasToDOM({ x: b.left, y: b.top }), z = net.canvasToDOM({ x: b.right, y: b.bottom });
      return { type: n.type, full: n.full, font: n.font * s, box: [a.x + c.left, a.y + c.top, z.x + c.left, z.y + c.top] };
    }) };
})()"""


def policykg(*args: str, cwd: Path = REPO) -> str:
    """Run the installed command line; its output."""
    r = subprocess.run([sys.executable, "-m", "policykg.cli", *args], cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"policykg {' '.join(args)} failed:\n{r.stderr}")
    return r.stdout + r.stderr


def shoot(browser: Browser, page: Path, png: Path) -> str:
    """Screenshot ``page`` to ``png``; a line saying what the first view shows."""
    browser.open(page.resolve().as_uri(), WIDTH, HEIGHT, SCALE)
    browser.wait_for("document.body && document.body.dataset.ready === '1'")
    drawn = browser.eval(DRAWN)
    browser.screenshot(png)
    nodes = drawn["nodes"]
    clashes = sum(1 for i, a in enumerate(nodes) for b in nodes[i + 1:]
                  if min(a["box"][2], b["box"][2]) - max(a["box"][0], b["box"][0]) > 1
                  and min(a["box"][3], b["box"][3]) - max(a["box"][1], b["box"][1]) > 1)
    kinds = {}
    for n in nodes:
        kinds[n["type"]] = kinds.get(n["type"], 0) + 1
    smallest = min((n["font"] for n in nodes), default=0)
    errors = browser.console_errors()
    return (f"{png.relative_to(REPO)}: {len(nodes)} nodes ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
            f"zoom {drawn['scale']:.2f}, smallest label {smallest:.1f} px, {clashes} overlapping labels"
            + (f", CONSOLE ERRORS: {errors}" if errors else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", default="graph_out", help="the seeds' graph_out folder [graph_out]")
    ap.add_argument("--corpus", help="also build this folder of documents and shoot its graph.html (e.g. ../shared/corpus)")
    ap.add_argument("--corpus-out", help="where to build --corpus (default: a temporary folder), or an existing build to reuse")
    ap.add_argument("--around", default="工业和信息化部", help="the entity of the --around figure [工业和信息化部]")
    ap.add_argument("--indicator", default="二级节点", help="the indicator of the chart [二级节点]")
    args = ap.parse_args()
    if CHROMIUM is None:
        sys.exit("chromium not found: apt-get install chromium fonts-noto-cjk")
    DOCS.mkdir(exist_ok=True)
    graph = (REPO / args.graph).resolve()
    report = []
    with tempfile.TemporaryDirectory() as tmp, Browser() as browser:
        report.append(shoot(browser, graph / "graph.html", DOCS / "graph-seeds.png"))
        around = Path(tmp) / "around.html"
        policykg("viz", str(graph), "--around", args.around, "--depth", "2", "--out", str(around))
        report.append(shoot(browser, around, DOCS / "graph-around.png"))
        if args.corpus:
            out = Path(args.corpus_out).resolve() if args.corpus_out else Path(tmp) / "corpus_out"
            if not (out / "graph.html").is_file():
                print(f"building {args.corpus} into {out} …", file=sys.stderr)
                policykg("build", str(Path(args.corpus).resolve()), "--out", str(out), "-q")
            report.append(shoot(browser, out / "graph.html", DOCS / "graph-corpus.png"))
    policykg("metric", str(graph), args.indicator, "--chart", str(DOCS / "metric-chart.png"))
    report.append(f"{(DOCS / 'metric-chart.png').relative_to(REPO)}: policykg metric {args.graph} {args.indicator} --chart")
    print("\n".join(report))


if __name__ == "__main__":
    main()
