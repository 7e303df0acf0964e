"""The whole entity stage (rules, tagger, references) scored on a NER dev split, where
``khabar eval ner`` scores the tagger alone.

    python bench/ner_stage_dev.py --lang ar|fa [--data FILE] [--every 10] [--json FILE --label NAME]

The dev split is ``khabar train ner``'s (every ``--every``-th sentence of the training file:
ANERcorp for ar, ARMAN fold 1 for fa, from ../shared/data). Each sentence is joined with
spaces, run through ``khabar.entities.ner.find_entities`` as one Arabic or Persian
sentence, and its PER/ORG/LOC entities are mapped back to the tokens they cover; the
scorer is ``khabar eval ner``'s (entity level, exact span and type). The shipped ar CRF has
seen this dev split, so ar figures are optimistic in level: read them as the change a
rule makes beside a tagger that is rarely wrong here, not as the stage's accuracy.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.doc import Doc  # noqa: E402
from khabar.entities.conll import SCORED_TYPES, Sentence, dev_split, read_conll, score  # noqa: E402
from khabar.entities.ner import find_entities  # noqa: E402
from khabar.kb.entries import load_kb  # noqa: E402

DATA = {"ar": "anercorp/ANERCorp_train_derived.txt", "fa": "arman-ner/train_fold1.txt"}


def stage_tags(sentence: Sentence, lang: str, kb: object) -> list[str]:
    text, offsets, position = "", [], 0
    for token in sentence.tokens:
        offsets.append((position, position + len(token)))
        text += token + " "
        position += len(token) + 1
    doc = Doc(raw=text.rstrip())
    doc.lang, doc.sentences = lang, [(0, len(doc.text))]
    tags = ["O"] * len(sentence.tokens)
    for e in find_entities(doc, kb):  # type: ignore[arg-type]
        if e.type not in SCORED_TYPES:
            continue
        covered = [i for i, (a, b) in enumerate(offsets) if a < e.end and e.start < b]
        for n, i in enumerate(covered):
            tags[i] = f"{'B' if n == 0 else 'I'}-{e.type}"
    return tags


def main(argv: list[str]) -> int:
    lang = argv[argv.index("--lang") + 1]
    every = int(argv[argv.index("--every") + 1]) if "--every" in argv else 10
    data = (Path(argv[argv.index("--data") + 1]) if "--data" in argv
            else ROOT.parent / "shared" / "data" / DATA[lang])
    _, dev = dev_split(read_conll(data), every)
    kb = load_kb(None)
    table = score([s.tags for s in dev], [stage_tags(s, lang, kb) for s in dev]).table()
    for name, row in table.items():
        print(f"{name:<6} P {row['precision']:.2f} R {row['recall']:.2f} F1 {row['f1']:.2f} "
              f"gold {int(row['gold'])}")
    if "--json" in argv:
        out = Path(argv[argv.index("--json") + 1])
        label = argv[argv.index("--label") + 1] if "--label" in argv else "run"
        runs = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        runs.setdefault(lang, {})[label] = table
        out.write_text(json.dumps(runs, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
