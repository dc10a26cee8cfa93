"""A made-up policy view for the graph page's tests: issuing bodies, policies with
long 公文 titles, targets, documents that mention everything, observations and
indicators (invented names, no corpus text)."""
from __future__ import annotations

import networkx as nx

EVIL = "恶意<script>document.body.setAttribute('data-pwned','yes')</script><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">办法"

ORGS = ["某某部", "某某委员会", "某省人民政府", "某市人民政府办公厅", "某某局", "某某中心"]
TOPICS = ["推动示范产业加快发展", "促进中小企业数字化转型升级", "加强重点领域数据安全管理", "开展试点城市建设工作",
          "支持创新平台培育壮大", "完善公共服务体系建设", "提升基础网络覆盖能力", "鼓励社会资本参与投资运营"]
KINDS = ["通知", "实施意见", "指导意见", "行动计划（2021—2023年）", "管理办法（试行）"]


def policy_view(policies: int = 40, evil: bool = True) -> nx.MultiDiGraph:
    """A view like graph.graphml: ``policies`` policies issued by six bodies (hub
    and spoke, some jointly), each of every third with two targets, three
    documents mentioning everything, an indicator with observations."""
    g = nx.MultiDiGraph()
    for i, org in enumerate(ORGS):
        g.add_node(f"org/{i}", label=org, type="org", kind="government", evidence=f"{org}印发通知。", doc="d0")
    g.add_edge("org/5", "org/0", key="sub_organization_of", label="sub_organization_of")
    for p in range(policies):
        org = p % 4 if p % 5 else 0
        title = f"{ORGS[org]}关于{TOPICS[p % len(TOPICS)]}第{p}批的{KINDS[p % len(KINDS)]}"
        if evil and p == 7:
            title = EVIL
        node = f"policy/{p}"
        g.add_node(node, label=title, type="policy", kind="通知", date=f"2021-0{1 + p % 9}-1{p % 10}",
                   aliases="通知" if p == 0 else "", evidence=f"{title}。", doc=f"d{p % 3}")
        g.add_edge(node, f"org/{org}", key="issued_by", label="issued_by", evidence=f"{ORGS[org]}印发。", doc=f"d{p % 3}")
        if p % 6 == 0:
            g.add_edge(node, f"org/{4 + p % 2}", key="issued_by", label="issued_by")
        if p % 3 == 0:
            for t in range(2):
                tn = f"target/{p}-{t}"
                g.add_node(tn, label=f"示范项目数量 {10 * (t + 1)}个", type="target", value=str(10 * (t + 1)), unit="个",
                           deadline="2025", status="unknown", evidence="到2025年，示范项目达到10个。", doc="d0")
                g.add_edge(node, tn, key="setsTarget", label="setsTarget")
                g.add_edge(tn, "indicator/0", key="indicator", label="indicator")
        if p and p % 8 == 0:
            g.add_edge(node, f"policy/{p - 8}", key="cites", label="cites")
    g.add_node("indicator/0", label="示范项目数量", type="indicator")
    for d in range(3):
        doc = f"doc/d{d}"
        g.add_node(doc, label=f"来源文档第{d}篇：关于示范产业发展情况的新闻报道", type="document", date="2022")
        for n in list(g.nodes):
            if not n.startswith("doc/") and n != doc:
                g.add_edge(doc, n, key="mentions", label="mentions")
    for o in range(12):
        on = f"observation/{o}"
        g.add_node(on, label=f"示范项目数量 {o + 1}个", type="observation", value=str(o + 1), unit="个", period=f"20{10 + o}",
                   evidence=f"示范项目已有{o + 1}个。", doc=f"d{o % 3}")
        g.add_edge(on, "indicator/0", key="indicator", label="indicator")
        g.add_edge(f"doc/d{o % 3}", on, key="states", label="states")
    return g
