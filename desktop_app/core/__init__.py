"""The comparison engine. Pure Python: nothing here imports Qt.

The stages, in the order an article passes through them (each folder may use the
ones listed after it, never those before; `lint-imports` enforces it):

- `formats`: the analysis report (JSON, Markdown, text) and the flag exports/imports
- `pipeline`: `analyze()`, which runs the stages below; `project`: the project file
- `findings`: agreements and conflicts from scores and claims, the claims table
- `compare`: sentence scorers and alignment; `claims`: numbers and numeric claims
- `ingest`: files to Documents (encodings, readers, titles, dates, boilerplate)
- `text`: sentences, word normalisation, names, word lists
- `model`, `errors`: the frozen result types and the error every stage reports
"""
