"""The small sample graph the query tests share (invented, not corpus text), and the CLI runner."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

SAMPLE_TTL = r"""
@prefix pkg: <https://w3id.org/policykg#> . @prefix id: <https://w3id.org/policykg/id/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix oa: <http://www.w3.org/ns/oa#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

id:doc\/d1 a pkg:SourceDocument ; dcterms:identifier "d1" ; dcterms:title "解读文章"@zh ; dcterms:date "2020-03"^^xsd:gYearMonth ;
    pkg:mentions id:policy\/notice, id:org\/miit .
id:doc\/d2 a pkg:SourceDocument ; dcterms:identifier "d2" ; dcterms:title "评估报告"@zh ; pkg:mentions id:policy\/notice .
id:org\/miit a org:Organization ; skos:prefLabel "工业和信息化部"@zh ; skos:altLabel "工信部"@zh ; pkg:category "government" .
id:org\/office a org:Organization ; skos:prefLabel "工业和信息化部办公厅"@zh ; pkg:category "government" ; org:subOrganizationOf id:org\/miit .
id:policy\/notice a pkg:Policy ; eli:title "关于推动工业互联网加快发展的通知"@zh ; skos:prefLabel "关于推动工业互联网加快发展的通知"@zh ;
    skos:altLabel "通知"@zh ; pkg:policyKind "通知" ; eli:date_document "2020-03-06"^^xsd:date ; eli:passed_by id:org\/office ;
    pkg:setsTarget id:target\/t1 .
id:policy\/evil a pkg:Policy ; eli:title "恶意<script>document.body.setAttribute('data-pwned','yes')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">办法"@zh ;
    skos:prefLabel "恶意<script>document.body.setAttribute('data-pwned','yes')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">办法"@zh ;
    pkg:policyKind "办法" ; eli:passed_by id:org\/miit ; eli:cites id:policy\/notice .
id:doc\/d1 pkg:interprets id:policy\/notice .
id:indicator\/n2 a pkg:Indicator ; skos:prefLabel "二级节点"@zh ; skos:altLabel "标识解析二级节点"@zh .
id:indicator\/reg a pkg:Indicator ; skos:prefLabel "标识注册量"@zh .
id:target\/t1 a pkg:Target ; pkg:indicator id:indicator\/n2 ; pkg:targetValue 20.0 ; pkg:unit "个" ; pkg:comparator ">=" ;
    pkg:deadline "2020"^^xsd:gYear ; pkg:status "met" ; pkg:assessedBy id:observation\/o2 ; prov:wasDerivedFrom id:evidence\/d1\/10-40 .
id:observation\/o1 a pkg:Observation ; pkg:indicator id:indicator\/n2 ; pkg:value 8.0 ; pkg:unit "个" ; pkg:comparator "=" ;
    pkg:refPeriod "2019"^^xsd:gYear ; prov:wasDerivedFrom id:evidence\/d2\/5-20 .
id:observation\/o2 a pkg:Observation ; pkg:indicator id:indicator\/n2 ; pkg:value 26.0 ; pkg:unit "个" ; pkg:comparator "=" ;
    pkg:refPeriod "2020"^^xsd:gYear ; prov:wasDerivedFrom id:evidence\/d2\/30-60 .
id:observation\/o3 a pkg:Observation ; pkg:indicator id:indicator\/reg ; pkg:value 7000000000 ; pkg:unit "" ; pkg:comparator ">" ;
    pkg:refPeriod "2021-12"^^xsd:gYearMonth ; prov:wasDerivedFrom id:evidence\/d2\/70-90 .
id:fact\/f1 a rdf:Statement ; rdf:subject id:policy\/notice ; rdf:predicate eli:passed_by ; rdf:object id:org\/office ; prov:wasDerivedFrom id:evidence\/d1\/0-9 .
id:fact\/f2 a rdf:Statement ; rdf:subject id:doc\/d1 ; rdf:predicate pkg:interprets ; rdf:object id:policy\/notice ; prov:wasDerivedFrom id:evidence\/d1\/0-9 .
id:evidence\/d1\/0-9 a pkg:Evidence ; oa:hasSource id:doc\/d1 ; oa:hasSelector id:evidence\/d1\/0-9\/selector .
id:evidence\/d1\/0-9\/selector a oa:TextPositionSelector ; oa:start 0 ; oa:end 9 ; oa:exact "工业和信息化部办公厅印发《通知》。" .
id:evidence\/d1\/10-40 a pkg:Evidence ; oa:hasSource id:doc\/d1 ; oa:hasSelector id:evidence\/d1\/10-40\/selector .
id:evidence\/d1\/10-40\/selector a oa:TextPositionSelector ; oa:start 10 ; oa:end 40 ; oa:exact "新建20个以上二级节点。" .
id:evidence\/d2\/5-20 a pkg:Evidence ; oa:hasSource id:doc\/d2 ; oa:hasSelector id:evidence\/d2\/5-20\/selector .
id:evidence\/d2\/5-20\/selector a oa:TextPositionSelector ; oa:start 5 ; oa:end 20 ; oa:exact "2019年二级节点达到8个。" .
id:evidence\/d2\/30-60 a pkg:Evidence ; oa:hasSource id:doc\/d2 ; oa:hasSelector id:evidence\/d2\/30-60\/selector .
id:evidence\/d2\/30-60\/selector a oa:TextPositionSelector ; oa:start 30 ; oa:end 60 ; oa:exact "2020年二级节点达到26个。" .
id:evidence\/d2\/70-90 a pkg:Evidence ; oa:hasSource id:doc\/d2 ; oa:hasSelector id:evidence\/d2\/70-90\/selector .
id:evidence\/d2\/70-90\/selector a oa:TextPositionSelector ; oa:start 70 ; oa:end 90 ; oa:exact "标识注册量超过70亿。" .
"""


def write_sample(folder: Path) -> Path:
    """A graph_out-like folder with graph.ttl."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "graph.ttl").write_text(SAMPLE_TTL, encoding="utf-8")
    return folder


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "policykg.cli", *args], capture_output=True, text=True, env=env, timeout=120)
