"""Pick the neural NER models of a parallel training run (``bench/ner_neural_gpu.sh``):
per language, copy the three best by dev micro-F1 as LANG.neural.npz, LANG.neural2.npz,
LANG.neural3.npz, and write every setting's scores and epochs to summary.json.

    python bench/ner_neural_select.py MODELS_DIR OUT_DIR
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

KEEP = 3


def main() -> None:
    models, out = Path(sys.argv[1]), Path(sys.argv[2])
    summary = {}
    for lang in ("fa", "ar"):
        runs = []
        for report in sorted(models.glob(f"{lang}-*.json")):
            found = json.loads(report.read_text())
            runs.append((found["dev"]["micro"]["f1"], report.stem, found))
        runs.sort(key=lambda run: -run[0])
        for rank, (_, name, _) in enumerate(runs[:KEEP]):
            suffix = "" if rank == 0 else str(rank + 1)
            shutil.copy(models / f"{name}.npz", out / f"{lang}.neural{suffix}.npz")
        summary[lang] = [{"name": name, "f1": f1, "dev": found["dev"],
                          "config": found["config"], "epochs": len(found["history"]),
                          "seconds": found["seconds"], "history": found["history"]}
                         for f1, name, found in runs]
        for f1, name, found in runs:
            print(lang, name, f1, len(found["history"]), found["seconds"])
    logs = {p.stem: p.read_text()[-1500:] for p in sorted(models.glob("*.log"))}
    (out / "summary.json").write_text(json.dumps({"summary": summary, "logs": logs}, indent=1))


if __name__ == "__main__":
    main()
