"""Containers written as text fences (VitePress `::: details`, GitBook `{% hint %}`, MyST `:::{dropdown}`):
their marker lines never reach a card's back, which ends where its answer container ends."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message for d in extraction.diagnostics if d.kind == "unanswered"]


VITEPRESS = """\
# Networking interview

### What does ARP resolve?

::: details Show answer
An IPv4 address to a MAC address on the local link.
:::

::: warning
Gratuitous ARP can be spoofed.
:::

### What is a VLAN?

::: details
A logical broadcast domain carved out of one switch fabric.

```text
switchport access vlan 10
```
:::
"""


def test_a_details_container_under_a_question_heading_is_its_answer_without_markers() -> None:
    cards = _cards(VITEPRESS)
    assert [c[1:] for c in cards] == [
        ("What does ARP resolve?", "An IPv4 address to a MAC address on the local link."),
        (
            "What is a VLAN?",
            "A logical broadcast domain carved out of one switch fabric.\n\n```text\nswitchport access vlan 10\n```",
        ),
    ]


GITBOOK = """\
# Linux admin drills

## Processes

#### How do you list listening TCP ports?

{% hint style="success" %}
{% code title="ports" %}
```bash
ss -tlnp
```
{% endcode %}
{% endhint %}

{% hint style="warning" %}
Needs root to show the process names.
{% endhint %}

#### How do you find what fills the disk?

{% hint style="danger" %}
TODO - not sure yet, check the wiki.
{% endhint %}

#### What does `nice` change?

{% hint style="success" %}
The scheduling priority of a process.
{% endhint %}

{% content-ref url="storage.md" %}
[storage.md](storage.md)
{% endcontent-ref %}
"""


def test_gitbook_blocks_leave_only_their_body_and_the_answer_ends_with_its_hint() -> None:
    cards = _cards(GITBOOK)
    assert [c[1:] for c in cards] == [
        ("How do you list listening TCP ports?", "```bash\nss -tlnp\n```"),
        ("What does `nice` change?", "The scheduling priority of a process."),
    ]


def test_a_hint_holding_only_a_placeholder_leaves_the_question_unanswered() -> None:
    assert _unanswered(GITBOOK) == ["How do you find what fills the disk? (placeholder)"]


def test_a_titled_box_inside_an_answer_keeps_its_title_as_a_label() -> None:
    text = """\
# Chemistry

### Why is water polar?

::: tip Remember
Oxygen is more electronegative than hydrogen.
:::
"""
    cards = _cards(text)
    assert [c[1:] for c in cards] == [("Why is water polar?", "**Remember**\n\nOxygen is more electronegative than hydrogen.")]


def test_docusaurus_titles_and_jekyll_code_blocks_show_as_markdown() -> None:
    text = """\
# Git notes

### How do you undo the last commit but keep its changes?

`git reset --soft HEAD~1`

:::tip[Remember]
The changes stay staged.
:::

### How do you list remote branches?

{% highlight bash %}
git branch -r
{% endhighlight %}
"""
    cards = _cards(text)
    assert [c[1:] for c in cards] == [
        (
            "How do you undo the last commit but keep its changes?",
            "`git reset --soft HEAD~1`\n\n**Remember**\n\nThe changes stay staged.",
        ),
        ("How do you list remote branches?", "```bash\ngit branch -r\n```"),
    ]


def test_a_folding_box_inside_an_answer_keeps_a_title_that_is_no_answer_label() -> None:
    text = """\
# Web notes

## Explain event delegation.

One listener on a parent handles its children's events.

:::{dropdown} Why it works
Events bubble up from the target.
:::
"""
    assert [c[1:] for c in _cards(text)] == [
        (
            "Explain event delegation.",
            "One listener on a parent handles its children's events.\n\n**Why it works**\n\nEvents bubble up from the target.",
        )
    ]


def test_page_links_and_a_lone_answer_tab_leave_no_marks() -> None:
    text = """\
# Networking

### What does DHCP hand out?

IP addresses and their leases.

{% content-ref url="dns.md" %}
[dns.md](dns.md)
{% endcontent-ref %}

### What is a subnet mask?

=== "Answer"

    The bits of an address that name its network.
"""
    assert [c[1:] for c in _cards(text)] == [
        ("What does DHCP hand out?", "IP addresses and their leases."),
        ("What is a subnet mask?", "The bits of an address that name its network."),
    ]
