"""Reading a release back: verified loading (typed records, ``datasets``), fetching other
versions, and browsing (the SQLite export with full-text search, Datasette)."""
