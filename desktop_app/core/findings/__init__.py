"""Turning scores and claims into findings (agreements, conflicts) and the views built on them."""
