"""Use cases over a vault, shared by the CLI, the GUI and the tests."""
