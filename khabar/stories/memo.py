"""How many entries each story memo keeps (``headline_words.title_words``,
``names.skeleton_key``, ``weights.total_weight``).

The memos serve the comparisons of one article with its neighbours, which are dated within
``stories.window_days`` and come from the store's cache of ``assign.CACHE_SIZE`` (4,096)
candidates, so a few thousand entries are hit again and older ones are not. At 65,536
entries each (until session 14 (2026-12-06)) they kept the headlines and key sets of tens of
thousands of articles the store no longer compares: a process that had placed 45k articles'
worth held about 150 MB more (peak RSS 389 against 241 MB; ``bench/scale_replay.py``'s
prefill, ``bench/store_session14_results.json``). Results are the same at any size: only
what is computed again changes.
"""

MEMO_SIZE = 8192
