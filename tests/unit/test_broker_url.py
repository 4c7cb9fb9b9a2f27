"""The broker's URL as `promptcut doctor` and error messages show it: never its password."""

from __future__ import annotations

from promptcut.jobs.broker import shown_url


def test_a_password_in_the_broker_url_is_hidden() -> None:
    shown = shown_url("redis://:s3cret@10.0.0.5:6379/0")
    assert "s3cret" not in shown
    assert shown == "redis://:***@10.0.0.5:6379/0"
    assert shown_url("redis://promptcut:s3cret@redis/1") == "redis://promptcut:***@redis/1"


def test_a_url_without_a_password_is_shown_as_it_is() -> None:
    assert shown_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"
