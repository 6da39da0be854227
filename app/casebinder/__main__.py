import multiprocessing

from casebinder.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # parser workers in a frozen (PyInstaller) build
    raise SystemExit(main())
