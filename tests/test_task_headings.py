"""The task-heading rule: numbered practice tasks (`### Task 4 — Title`) answered by their solution label;
the label leaves the front, a missing or still-to-do solution is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_LAB = (
    "# Kubernetes practice (CKA)\n\n"
    "## Workloads\n\n"
    "### Task 1 — Scale a deployment\n\n"
    "Scale `web` in namespace `shop` to 5 replicas.\n\n"
    "**Solution**\n\n"
    "```bash\nkubectl -n shop scale deploy web --replicas=5\n```\n\n"
    "### Task 2: Expose a service\n\n"
    "Expose `web` on port 80 as a NodePort service.\n\n"
    "**Solution:** `kubectl -n shop expose deploy web --port 80 --type NodePort`\n\n"
    "### Task 3 — Drain a node\n\n"
    "Drain `node-2` for maintenance.\n\n"
    "**Solution:** _still need to look up the flag for daemonsets_\n\n"
    "### Task 4 — Back up etcd\n\n"
    "Save a snapshot of etcd to `/srv/etcd.db`.\n"
)


def test_tasks_solutions_and_missing_ones() -> None:
    cards, unanswered = cards_and_unanswered(_LAB)
    assert [(c[0], c[1], c[2].split("\n")[0]) for c in cards] == [
        (5, "task-heading", "Scale a deployment"),
        (15, "task-heading", "Expose a service"),
    ]
    assert "Scale `web`" in cards[0][2]
    assert cards[0][3].startswith("```bash")
    assert cards[1][3] == "`kubectl -n shop expose deploy web --port 80 --type NodePort`"
    assert [line for line, _ in unanswered] == [21, 27]
    assert unanswered[0][1].startswith("Drain a node")


def test_a_single_task_heading_is_left_to_the_other_rules() -> None:
    cards, _ = cards_and_unanswered("# Notes\n\n## Task 1 — Read the paper\n\nRead it before Monday.\n\n**Solution**\n\nDone.\n")
    assert not [c for c in cards if c[1] == "task-heading"]


def test_tasks_holding_their_own_questions_are_left_to_the_other_rules() -> None:
    cards, _ = cards_and_unanswered(
        "# CTF write-up\n\n"
        "## Task 1 - Recon\n\nScan the box.\n\n**Q1: Which port runs SSH?**\n\nAnswer: `22`\n\n"
        "## Task 2 - Foothold\n\n**Q1: Which CMS is installed?**\n\nAnswer: `WordPress`\n"
    )
    assert not [c for c in cards if c[1] == "task-heading"]
    assert "Which port runs SSH?" in [c[2] for c in cards]
