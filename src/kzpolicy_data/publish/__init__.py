"""Publishing: a release cut from ``raw/`` as a transaction (build, write, index, changes,
citation) and its upload to the Hugging Face Hub."""
