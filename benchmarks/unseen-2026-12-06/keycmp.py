"""python keycmp.py KEY.json BUILD/tables [PREFIX]: each official document's own title, issuers, 文号 and date, and the policies
a notice issues, against what its writer meant (KEY.json); prints the differences and the count right."""
import csv, json, sys
key = json.load(open(sys.argv[1]))
PREFIX = sys.argv[3] if len(sys.argv) > 3 else ""  # (docs/ names each batch's files gen-, gen2-, gen3-)
docs = {r["id"]: r for r in csv.DictReader(open(sys.argv[2] + "/documents.csv", encoding="utf-8-sig"))}
pols = {r["id"]: r for r in csv.DictReader(open(sys.argv[2] + "/policies.csv", encoding="utf-8-sig"))}
byt = {r["title"]: r for r in pols.values()}
ok = n = 0
for k in key:
    d = docs.get(PREFIX + k["file"].rsplit(".", 1)[0])
    if not d:
        print("MISSING", k["file"]); continue
    p = pols.get(d.get("policy", ""), byt.get(d.get("policy", ""), {}))
    got = {"title": p.get("title", d.get("policy", "")), "issuers": sorted(filter(None, d.get("issuers", "").split("|"))),
           "doc_number": d.get("doc_number", ""), "date": p.get("date", d.get("date", ""))}
    want = {"title": k["title"], "issuers": sorted(k["issuers"]), "doc_number": k.get("doc_number", ""), "date": k["date"]}
    for f in want:
        n += 1
        if got[f] == want[f]:
            ok += 1
        else:
            print(k["file"], f, "GOT", got[f], "WANT", want[f])
    titles = set(byt)
    for t in k.get("issued", []):
        n += 1
        if t in titles:
            ok += 1
            q = byt[t]
            print("  issued ok", t, q.get("issuers"), q.get("date"))
        else:
            print(k["file"], "issued MISSING", t)
print(f"{ok}/{n}")
