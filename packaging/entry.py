"""The frozen app's entry point: the CLI's ``main``, which opens the app when no command is given.

``freeze_support`` first: the parser workers are processes of this same executable."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from casebinder.cli import main

    raise SystemExit(main())
