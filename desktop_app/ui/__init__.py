"""The Qt window: widgets, models, workers. Shows what the core computes."""
