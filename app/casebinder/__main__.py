from casebinder.cli import main

raise SystemExit(main())
