"""The comparison engine. Pure Python: nothing here imports Qt."""
