"""Interviews: the genre decision, the turns, and who speaks them."""
