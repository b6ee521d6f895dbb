"""What leaves the engine as files: the analysis report and the flag exports and imports."""
