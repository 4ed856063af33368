"""Where an article enters: raw bytes, normalised text, the date prefix, paragraphs and noise,
the page's title, date, language and outlet, and the curation file beside it."""
