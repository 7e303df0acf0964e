"""Where documents are analysed: in this process, a local process pool, or Dask.

Every engine runs ``analyse.analyse`` on each document and hands the results back in
input order, so the store receives the same documents in the same order whatever the
engine, and the stored output is identical (story assignment depends on that order).
"""
