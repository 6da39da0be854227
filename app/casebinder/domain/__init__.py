"""The case model and pure rules: no Qt, no I/O."""
