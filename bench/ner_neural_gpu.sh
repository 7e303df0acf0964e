#!/bin/bash
# Train several neural NER settings per language in parallel on a GPU machine that has
# torch and numpy but not khabar's other dependencies, and keep the best three of each
# language by dev micro-F1 (`bench/ner_neural_select.py`). Prepare the arrays first, here:
#
#   mkdir -p .gpu   # listed in .git/info/exclude, carried to the machine
#   khabar train ner-neural --lang fa --data ../shared/data/arman-ner/train_fold1.txt \
#     --corpus ../shared/data/hamshahri-sample/hamshahri_shared.jsonl \
#     --corpus ../shared/data/farsnews-sample/farsnews_shared.jsonl --prepare-only .gpu/fa.prep.npz
#   khabar train ner-neural --lang ar --data ../shared/data/anercorp/ANERCorp_train_derived.txt \
#     --corpus ../shared/data/saudinewsnet/saudinewsnet_shared.jsonl --prepare-only .gpu/ar.prep.npz
#
# then on the machine: `OUT=... bash bench/ner_neural_gpu.sh` (MAX: seconds of training
# per setting; PREP: the folder of the arrays; DEVICE: cuda). Session 4's run (the shipped
# models) used four settings: {}, two layers of 200, frozen embeddings, 256 units at 0.001;
# the ones below are what it suggested trying next (smaller and faster nets, a decaying
# rate against the dev score's swings, more seeds for an ensemble), not yet run.
set -u
nvidia-smi -L; python -c "import torch, numpy; print(torch.__version__, numpy.__version__)"
M=/tmp/models; mkdir -p "$M"
MAX=${MAX:-370}
declare -A CONF=(
  [d1]='{"epochs":200,"decay":0.05,"seed":2}'
  [d2]='{"epochs":200,"decay":0.05,"seed":3}'
  [d3]='{"epochs":200,"decay":0.05,"hidden":64,"seed":4}'
  [d4]='{"epochs":200,"decay":0.05,"seed":5,"dropout":0.4}'
  [d5]='{"epochs":200,"decay":0.05,"hidden":64,"seed":6}'
)
for lang in fa ar; do
  for c in d1 d2 d3 d4 d5; do
    python -m khabar.entities.neural_train "${PREP:-.gpu}/$lang.prep.npz" \
      --output "$M/$lang-$c.npz" --report "$M/$lang-$c.json" --config "${CONF[$c]}" \
      --device "${DEVICE:-cuda}" --max-seconds "$MAX" --threads 1 > "$M/$lang-$c.log" 2>&1 &
  done
done
wait
python bench/ner_neural_select.py "$M" "$OUT"
