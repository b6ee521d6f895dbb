"""Measurements of the engine on labelled and external data (`python -m desktop_app.evaluate`)."""
