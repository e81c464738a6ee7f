"""The Qt layer: windows, dialogs, table models, workers. Nothing below imports it."""
