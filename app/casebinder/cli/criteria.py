"""``casebinder criteria``: the insurer's medical-necessity criteria for a case, and what meets each."""

import argparse
import dataclasses

from casebinder.cli.common import (
    Commands,
    Noun,
    case_flag,
    emit_json,
    json_flag,
    open_args_vault,
    record_id,
    yes_flag,
)
from casebinder.errors import InvalidInput


def register(commands: "Commands") -> None:
    noun = Noun(commands, "criteria", "medical-necessity criteria and the evidence that meets each")
    sub = noun.command("list", cmd_list, "each criterion, met or not, and by what", ops=["criteria.list"])
    case_flag(sub)
    json_flag(sub)

    sub = noun.command(
        "link", cmd_link, "link the document (and page) that meets a criterion", ops=["criteria.link"]
    )
    case_flag(sub)
    sub.add_argument("criterion", metavar="CRITERION", help="its key, as criteria list shows it")
    sub.add_argument("--doc", type=record_id, required=True, metavar="ID")
    sub.add_argument("--page", type=int, metavar="N", help="the page that shows it")
    sub.add_argument("--note", default="", metavar="TEXT", help="what on that page meets it")

    sub = noun.command("unlink", cmd_unlink, "remove an evidence link", ops=["criteria.unlink"])
    sub.add_argument("link", type=record_id, metavar="LINK_ID", help="as criteria list --json shows it")

    sub = noun.command("add", cmd_add, "add a criterion of the insurer's own policy", ops=["criteria.add"])
    case_flag(sub)
    sub.add_argument("--label", required=True, metavar="TEXT", help="as the policy words it")
    sub.add_argument("--source", default="", metavar="TEXT", help="the policy: name, number, date")

    sub = noun.command(
        "edit", cmd_edit, "word a criterion as the insurer's policy does", ops=["criteria.edit"]
    )
    case_flag(sub)
    sub.add_argument("criterion", metavar="CRITERION")
    sub.add_argument("--label", metavar="TEXT")
    sub.add_argument("--source", metavar="TEXT")

    sub = noun.command(
        "policy",
        cmd_policy,
        "record which document is the insurer's medical policy the criteria come from",
        ops=["criteria.policy"],
    )
    case_flag(sub)
    which = sub.add_mutually_exclusive_group(required=True)
    which.add_argument("--doc", type=record_id, metavar="ID", help="the policy, imported as a document")
    which.add_argument("--none", action="store_true", help="no policy document")

    sub = noun.command(
        "delete", cmd_delete, "remove a criterion the insurer's policy does not have", ops=["criteria.delete"]
    )
    case_flag(sub)
    sub.add_argument("criterion", metavar="CRITERION")
    yes_flag(sub)


def cmd_list(args: argparse.Namespace) -> int:
    from casebinder.usecases.criteria import list_criteria, policy_document

    with open_args_vault(args) as vault:
        found = list_criteria(vault, args.case)
        with vault.session() as session:
            policy = policy_document(session, args.case)
    if args.json:
        emit_json(
            [
                {
                    "key": c.key,
                    "label": c.label,
                    "source": c.source,
                    "own": c.own,
                    "met": c.met,
                    "unmet_because": c.unmet_because,
                    "proofs": list(c.proofs),
                    "evidence": [dataclasses.asdict(e) for e in c.evidence],
                }
                for c in found
            ]
        )
        return 0
    if policy is not None:
        print(f"worded as in the insurer's policy: document {policy.id}, {policy.title}")
    if not found:
        print("(no criteria: the case's procedure has no template; add the insurer's with criteria add)")
    for criterion in found:
        print(f"[{'met' if criterion.met else '  -'}] {criterion.key}: {criterion.label}")
        if criterion.source:
            print(f"        source: {criterion.source}")
        for evidence in criterion.evidence:
            page = f", page {evidence.page}" if evidence.page else ""
            print(
                f"        document {evidence.document_id} “{evidence.title}”{page} (link {evidence.link_id})"
            )
        for proof in criterion.proofs:
            print(f"        {proof}")
        if not criterion.met:
            print(f"        unmet: {criterion.unmet_because}")
    met = sum(1 for c in found if c.met)
    if found:
        print(f"{met} of {len(found)} criteria met")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from casebinder.usecases.criteria import link_evidence

    with open_args_vault(args) as vault:
        link = link_evidence(vault, args.case, args.criterion, args.doc, args.page, args.note).record
    print(f"criterion {args.criterion}: document {args.doc} linked (link {link.id})")
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    from casebinder.usecases.criteria import unlink_evidence

    with open_args_vault(args) as vault:
        unlink_evidence(vault, args.link)
    print(f"link {args.link} removed")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from casebinder.usecases.criteria import add_criterion

    with open_args_vault(args) as vault:
        row = add_criterion(vault, args.case, args.label, args.source).record
    print(f"criterion {row.key} added")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from casebinder.usecases.criteria import edit_criterion

    if args.label is None and args.source is None:
        raise InvalidInput("say what changes: --label, --source or both")
    with open_args_vault(args) as vault:
        edit_criterion(vault, args.case, args.criterion, args.label, args.source)
    print(f"criterion {args.criterion} updated")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casebinder.usecases.criteria import delete_criterion

    with open_args_vault(args) as vault:
        changes = delete_criterion(vault, args.case, args.criterion, dry_run=not args.yes)
    what = changes.undo.describe() if changes.undo is not None else f"criterion {args.criterion}"
    if not args.yes:
        raise InvalidInput(f"this deletes {what}; add --yes to confirm (it cannot be undone here)")
    print(f"criterion {args.criterion} deleted: {what}")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from casebinder.usecases.criteria import set_policy_document

    with open_args_vault(args) as vault:
        set_policy_document(vault, args.case, None if args.none else args.doc)
    print("no policy document" if args.none else f"document {args.doc} is the insurer's policy")
    return 0
