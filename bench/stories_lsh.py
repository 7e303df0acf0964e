"""Build ``khabar/resources/stories/e5_lsh.npz``: what story blocking needs of the vectors.

    python bench/stories_lsh.py [DATA] [--per-corpus N]

multilingual-e5-small gives any two news leads a cosine of 0.8 or more, so random-hyperplane
hashes of its raw vectors barely tell stories apart. The file holds the mean vector of
headline-and-lead embeddings of N articles from each shared corpus (DATA, default
../shared/data: Fars, Hamshahri, Geo Urdu, SaudiNewsNet; a seeded sample, default 200)
which ``khabar.stories.embed`` subtracts before hashing, and the hyperplanes themselves
(seeded Gaussian), stored so the hashes never depend on NumPy's random streams.
Needs the ``embed`` extra.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.stories import embed  # noqa: E402

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl",
           "urdu-geo-news/urdu_geo_shared.jsonl", "saudinewsnet/saudinewsnet_shared.jsonl")
OUT = ROOT / "khabar" / "resources" / "stories" / "e5_lsh.npz"


def lead(record: dict[str, str]) -> str:
    """A corpus record as the store embeds it (Hamshahri's headline is its first line)."""
    title, text = record.get("title"), record["text"]
    if not title:
        title, _, text = text.strip().partition("\n")
    return embed.lead_text({"title": title, "text": text})


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    per = int(argv[argv.index("--per-corpus") + 1]) if "--per-corpus" in argv else 200
    leads = []
    for name in CORPORA:
        with (data / name).open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        leads += [lead(r) for r in random.Random(1).sample(rows, min(per, len(rows)))]
    vectors = embed.embed(leads)
    planes = np.random.default_rng(0).standard_normal((embed.BANDS * embed.BAND_BITS,
                                                       vectors.shape[1]))
    np.savez_compressed(OUT, mean=vectors.mean(0).astype(np.float32),
                        planes=planes.astype(np.float32))
    print(f"{OUT}: mean of {len(leads)} leads, {planes.shape[0]} hyperplanes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
