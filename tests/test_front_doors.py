"""One front door: every use case is offered by the CLI and by the app, and the CLI's names are contracts.

The registry (``casebinder.usecases.registry``) lists every operation; the CLI modules and the app's actions
declare which they call. Nothing here is a hand-kept list of operations.
"""

import argparse
import importlib
import inspect
import pkgutil

import pytest

import casebinder.usecases
from casebinder.usecases.registry import load_all
from casebinder.vault import Vault


def _cli_operations() -> set[str]:
    from casebinder.cli import build_parser
    from casebinder.cli.common import CLI_OPERATIONS

    build_parser()
    return set(CLI_OPERATIONS)


def _app_operations() -> set[str]:
    import casebinder.ui

    for info in pkgutil.walk_packages(casebinder.ui.__path__, "casebinder.ui."):
        importlib.import_module(info.name)
    from casebinder.ui.operations import UI_OPERATIONS

    return set(UI_OPERATIONS)


def test_every_use_case_has_a_cli_command_and_an_app_action() -> None:
    operations = load_all()
    cli, app = _cli_operations(), _app_operations()
    missing = {
        door: sorted(name for name, op in operations.items() if door in op.doors and name not in offered)
        for door, offered in (("cli", cli), ("app", app))
    }
    assert missing == {"cli": [], "app": []}, "use cases a front door does not offer"
    unknown = sorted((cli | app) - set(operations))
    assert not unknown, f"front doors name operations that do not exist: {unknown}"
    for op in operations.values():
        if set(op.doors) != {"cli", "app"}:
            assert op.reason, f"{op.name} is missing from a door without saying why"


def test_the_registry_lists_every_use_case_module() -> None:
    from casebinder.usecases.registry import MODULES

    helpers = {"changes", "registry", "records", "snapshots", "parse", "serialize"}  # what use cases share
    helpers |= {"packet_summaries"}  # the packet's cover and tables: called by export.packet only
    helpers |= {"letter_sections"}  # a letter's sections in Markdown: called by letter.draft only
    helpers |= {"paging"}  # ids in order for the paged tables: called by doc, call and letter index
    found = {info.name for info in pkgutil.iter_modules(casebinder.usecases.__path__)}
    assert found - helpers == set(MODULES)


def test_every_public_function_over_a_vault_is_a_registered_use_case() -> None:
    registered = {op.function for op in load_all().values()}
    unregistered = []
    for info in pkgutil.iter_modules(casebinder.usecases.__path__):
        module = importlib.import_module(f"casebinder.usecases.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters.values())
            takes_vault = parameters and parameters[0].annotation in (Vault, "Vault")
            if takes_vault and function not in registered:
                unregistered.append(f"{module.__name__}.{name}")
    assert not unregistered, f"use cases outside the registry: {unregistered}"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = sub
                found.update({f"{name} {k}": v for k, v in _subcommands(sub).items()})
    return found


def _flags(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


CONTRACTS = {
    "case edit": {"--title", "--insurer", "--member-id", "--group", "--plan-type", "--procedure", "--claim",
                  "--authorization"},
    "case delete": {"--yes"},
    "doc edit": {"--title", "--kind", "--date", "--case"},
    "doc delete": {"--yes"},
    "call edit": set(),
    "call delete": {"--yes"},
    "correspondence edit": set(),
    "correspondence delete": {"--yes"},
    "event list": {"--case", "--json"},
    "event delete": {"--yes"},
    "note add": {"--case"},
    "note list": {"--case", "--json"},
    "note delete": {"--yes"},
}  # fmt: skip


@pytest.mark.parametrize("name", list(CONTRACTS))
def test_cli_contract_names(name: str) -> None:
    from casebinder.cli import build_parser

    commands = _subcommands(build_parser())
    assert name in commands, f"casebinder {name} is a contract"
    assert CONTRACTS[name] <= _flags(commands[name]), f"{name}: {CONTRACTS[name] - _flags(commands[name])}"


def test_every_list_command_has_json() -> None:
    from casebinder.cli import build_parser

    commands = _subcommands(build_parser())
    lists = [
        name for name in commands if name.endswith(" list") or name in ("timeline", "deadlines", "search")
    ]
    assert len(lists) >= 10
    without = [name for name in lists if "--json" not in _flags(commands[name])]
    assert not without, f"list commands without --json: {without}"
