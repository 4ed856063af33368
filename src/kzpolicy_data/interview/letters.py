"""The letters of the scripts the articles are in, as regex character-class ranges."""

from __future__ import annotations

__all__ = ["AR", "LO", "UP"]

# Cyrillic (Russian and Kazakh) and Latin letters, for regex character classes.
# Capitals and small letters of Russian, Kazakh in Cyrillic, English and Kazakh in the Latin
# alphabets (2018-2021: `Ákim`, `Nurdáýlet`, `Qılybaı`; the 2019-2020 drafts' `Keŋes`, `qoǧam`).
# Latin letters with diacritics: Kazakh Latin, Turkish, and romanised names (`Kōichirō`).
UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÀ-ÖØ-ÞŞĞŪİÝŃǴĀĒĪŌŠŽČĆŁŘŊǦ"
LO = "a-zа-яёәғқңөұүһіß-öø-ÿşğūıńǵāēīōšžčćłřŋǧ"
AR = "\u0620-\u064a\u0671-\u06d3\u06d5"  # Arabic-script letters (Kazakh töte jazuw)
