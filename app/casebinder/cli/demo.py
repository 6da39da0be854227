"""``casebinder demo`` and ``casebinder gui``: the desktop app, on the demo case or on your vault."""

import argparse
from pathlib import Path

from casebinder.cli.common import Commands, command


def register(commands: "Commands") -> None:
    sub = command(
        commands,
        "demo",
        cmd_demo,
        "build a demo vault and open it in the app",
        ops=[
            "demo.open",
            "demo.build",
            "timeline.show",
            "timeline.told",
            "export.packet",
            "export.documents",
        ],
    )
    sub.add_argument("path", nargs="?", metavar="PATH")
    sub.add_argument(
        "--no-gui", action="store_true", help="print the demo timeline instead of opening the app"
    )
    command(commands, "gui", cmd_gui, "open the desktop app (the same as no command)", ops=[])


def cmd_demo(args: argparse.Namespace) -> int:
    from casebinder.cli.timeline import print_timeline
    from casebinder.infra.paths import default_demo_path
    from casebinder.infra.qt.application import has_display
    from casebinder.usecases.demo import demo_spec, open_demo
    from casebinder.usecases.packet import export_packet, select_documents
    from casebinder.usecases.timeline import timeline, told_lines

    path = Path(args.path) if args.path else default_demo_path()
    passphrase = demo_spec()["passphrase"]
    print(
        f"Opening the existing demo vault {path}" if path.exists() else f"Building the demo vault {path} ..."
    )
    demo = open_demo(path)
    case_ids = sorted(demo.case_ids.values())
    print(f'Its passphrase is "{passphrase}".')
    if not has_display() or args.no_gui:
        with demo.vault as vault:
            if not args.no_gui:
                print(
                    "No display is available, so the app window cannot open here. The demo case's timeline:"
                )
            for case_id in case_ids:
                print()
                events = timeline(vault, case_id)
                print_timeline(events, told=told_lines(vault, events))
            packet = path.with_name(f"{path.stem} packet.pdf")
            list(export_packet(vault, case_ids[0], packet, select_documents(vault, case_ids[0])))
            print(f"\nThe first case's appeal packet: {packet}")
        return 0
    demo.vault.close()
    from casebinder.ui.app import run_gui

    return run_gui(vault_path=path, passphrase=passphrase, qt_args=args.qt_args)


def cmd_gui(args: argparse.Namespace) -> int:
    from casebinder.ui.app import run_gui

    return run_gui(vault_path=Path(args.vault) if args.vault else None, qt_args=args.qt_args)
