"""Tools for contributors and maintainers: validate, scaffold a new article, generated files,
statistics and the synthetic corpus."""
