"""spaCy side of saidwhat: pipeline loading (`pipeline.py`) and component registration (`factories.py`)."""
