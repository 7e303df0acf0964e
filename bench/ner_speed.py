"""Entity-stage speed: tokens per second for the CRF alone, for the rule stage, and for
``khabar.entities.ner.v2`` (rules + CRF + KB linking + references), and the entity
stage's share of the whole pipeline's time, on shared news (or the bundled examples).
The CRF is timed through python-crfsuite (the baseline) and through the numpy tagger,
and so are the neural model alone and the CRF pooled with it (the shipped tagger when
a neural model ships), each cold (empty caches) and warm; the entity stage is timed
with the pooled tagger and with the CRF alone (``entities.neural`` off). Times are this
process's CPU seconds (``time.process_time``), not wall-clock time: the machine is shared, and other
jobs' load would otherwise be counted; the 1-minute load average is recorded next to
the figures. The neural model's LSTM runs in onnxruntime when it is installed
(``--numpy-lstm`` for numpy's; ``lstm_runtime`` in the results says which).

    python bench/ner_speed.py --data ../shared/data --output bench/ner_speed.json
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from khabar.doc import Doc
from khabar.entities.crf import CrfTagger, model_path, tagger_for
from khabar.entities.gazetteer import words
from khabar.entities.neural_tagger import NeuralTagger, neural_model_path
from khabar.entities.pooled import pooled_tagger
from khabar.pipeline import Pipeline
from khabar.registry import get_stage
from khabar.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {"fa": "farsnews-sample/farsnews_shared.jsonl",
           "ar": "saudinewsnet/saudinewsnet_shared.jsonl"}


def texts(data: Path, lang: str, count: int) -> list[str]:
    path = data / CORPORA[lang]
    if not path.exists():
        examples = sorted((ROOT / "examples/articles").glob("*"))
        return [p.read_text(encoding="utf-8") for p in examples]
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for _, line in zip(range(count), handle, strict=False)]


def prepared(text: str, settings: Settings) -> Doc:
    """A Doc through every stage before the entity stage."""
    stages = settings["pipeline.stages"]
    before = stages[: stages.index("khabar.entities.ner.v2")]
    return Pipeline(settings.replace(**{"pipeline.stages": before}))(Doc(raw=text))


def timed(function, docs: list[Doc]) -> float:
    start = time.process_time()
    for doc in docs:
        function(doc)
    return time.process_time() - start


def crf_seconds(tagger, docs: list[Doc]) -> dict[str, float]:
    """CPU seconds to tag every sentence of ``docs``: first with an empty feature cache
    (what a batch of fresh articles sees), then again with it filled."""
    sentences = [[[w.text for w in words(d.text, low, high)]
                  for low, high in d.sentences or [(0, len(d.text))]] for d in docs]
    result = {}
    for run in ("cold", "warm"):
        start = time.process_time()
        for doc in sentences:
            tagger.tag_many(doc)
        result[run] = time.process_time() - start
    return result


def taggers(lang: str) -> list[tuple[str, object]]:
    """The CRF through python-crfsuite (baseline) and numpy, the neural model alone, and
    the two pooled (what the entity stage uses when a neural model ships)."""
    found: list[tuple[str, object]] = [
        (name, CrfTagger(model_path(lang), lang, use_numpy=use_numpy))
        for name, use_numpy in (("crfsuite", False), ("numpy", True))]
    if neural_model_path(lang).is_file():
        weight = float(Settings()["entities.crf_weight"])
        found += [("neural", NeuralTagger(neural_model_path(lang))),
                  ("pooled", pooled_tagger(model_path(lang), neural_model_path(lang), lang,
                                           weight))]
    return found


def lstm_runtime() -> str:
    """What runs the neural tagger's LSTM: onnxruntime when installed, else numpy."""
    from khabar.entities import neural_tagger

    return "onnxruntime" if neural_tagger.onnx_available() else "numpy"


def run(data: Path, count: int) -> dict:
    settings = Settings()
    results = {}
    for lang in CORPORA:
        docs = [prepared(t, settings) for t in texts(data, lang, count)]
        docs = [d for d in docs if d.lang == lang]
        tokens = sum(len(words(d.text)) for d in docs)
        crf = {}
        for name, tagger in taggers(lang):
            tagger.tag(["."])  # gazetteers and clusters load outside the timing
            crf[name] = crf_seconds(tagger, docs)
        rules = get_stage("khabar.entities.rules.v1").factory(settings)
        ner = get_stage("khabar.entities.ner.v2").factory(settings)
        crf_only = Settings().replace(**{"entities.neural": False})
        ner_crf = get_stage("khabar.entities.ner.v2").factory(crf_only)
        rules(docs[0])
        tagger_for(lang).tag(["."])
        ner_cold = timed(ner, docs)  # the shipped tagger's type cache is still empty
        rules_s, ner_s = timed(rules, docs), timed(ner, docs)
        ner_crf_s = timed(ner_crf, docs)
        pipeline = Pipeline(settings)
        start = time.process_time()
        for d in docs:
            pipeline(Doc(raw=d.raw))
        total_s = time.process_time() - start
        results[lang] = {
            "articles": len(docs), "tokens": tokens, "lstm_runtime": lstm_runtime(),
            **{f"crf_{name}_{run}_tokens_per_s": round(tokens / seconds)
               for name, runs in crf.items() for run, seconds in runs.items()},
            "crf_numpy_speedup_cold": round(crf["crfsuite"]["cold"] / crf["numpy"]["cold"], 2),
            "crf_numpy_speedup_warm": round(crf["crfsuite"]["warm"] / crf["numpy"]["warm"], 2),
            "rules_tokens_per_s": round(tokens / rules_s),
            "ner_stage_cold_tokens_per_s": round(tokens / ner_cold),
            "ner_stage_tokens_per_s": round(tokens / ner_s),
            "ner_stage_crf_only_tokens_per_s": round(tokens / ner_crf_s),
            "pipeline_tokens_per_s": round(tokens / total_s),
            "ner_stage_share_of_pipeline": round(ner_s / total_s, 2),
            "load_average_1min": round(os.getloadavg()[0], 2),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--count", type=int, default=100, help="articles per language")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "ner_speed.json")
    parser.add_argument("--numpy-lstm", action="store_true",
                        help="The neural tagger's LSTM in numpy even when onnxruntime is "
                        "installed (the baseline of khabar/entities/lstm_onnx.py).")
    args = parser.parse_args()
    if args.numpy_lstm:
        from khabar.entities import neural_tagger

        neural_tagger.onnx_available = lambda: False  # bench only: read at each model load
    results = run(args.data, args.count)
    args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
