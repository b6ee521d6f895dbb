"""The project file: stored articles, flags and their anchors, dismissals, the prepared cache."""
