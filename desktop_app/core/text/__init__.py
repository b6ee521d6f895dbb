"""Text primitives every later stage shares: sentences, word normalisation, names, word lists."""
