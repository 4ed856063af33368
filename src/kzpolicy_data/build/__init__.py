"""Building a corpus: raw articles -> validated records -> a release folder (written by
``release``): the build and its workers (local or Dask), the cache of parsed records, shards,
the corpus rules every build applies, and which output folder a build may replace."""
