"""Where releases are built, written, published, fetched and loaded."""
