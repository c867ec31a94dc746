"""Word lists used by the pipeline stages: data, no logic."""
