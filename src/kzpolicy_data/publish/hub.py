"""Publish a release to a Hugging Face Hub dataset repository, tagged with its version.

A release folder is already a Hub dataset (its ``README.md`` is the dataset card with the
configs), so publishing is one commit of the folder (``HfApi.upload_folder``, repo type
``dataset``) and a tag ``vX.Y.Z`` on that commit: ``datasets.load_dataset("ORG/NAME",
revision="vX.Y.Z")`` then gives exactly that release, as Hub datasets are versioned.

Only a verified release is published, and only the files its ``SHA256SUMS`` lists (plus that
file). The token comes from where ``huggingface_hub`` looks (``HF_TOKEN``, the cached login)
and is never printed; ``HF_ENDPOINT`` points the client at another server.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..access.load import verify
from ..errors import ReleaseError
from ..release.index import parse_version, read_checksums
from ..release.writer import CHECKSUMS

__all__ = ["PublishPlan", "plan_publish", "publish"]

_REPO_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}")


@dataclass
class PublishPlan:
    """What :func:`publish` uploads: the files of a verified release, and the tag."""

    folder: Path
    repo_id: str
    version: str
    tag: str
    files: list[str]
    commit_url: str | None = None
    commit_oid: str | None = None
    calls: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"repo: datasets/{self.repo_id}", f"tag: {self.tag}"]
        lines.append(f"files ({len(self.files)}):")
        lines += [f"  {name}" for name in self.files]
        if self.commit_oid:
            lines.append(f"commit: {self.commit_oid} {self.commit_url or ''}".rstrip())
        return "\n".join(lines)


def plan_publish(folder: Path, repo_id: str) -> PublishPlan:
    """Check the release folder and the repo id; the files to upload and the tag."""
    # fullmatch: with `match`, `$` let a trailing newline through to the Hub client.
    if not _REPO_ID.fullmatch(repo_id) or ".." in repo_id:
        raise ReleaseError(
            f"{repo_id!r} is not a Hub repository id", hint="give ORG/NAME, e.g. kzpolicy/data"
        )
    verify(folder)  # raises ChecksumError on any mismatch
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    version = "{}.{}.{}".format(*parse_version(str(manifest.get("version", ""))))
    if folder.name.startswith("v") and folder.name != f"v{version}":
        raise ReleaseError(
            f"folder {folder.name} holds version {version}", path=folder, hint="re-download it"
        )
    listed = set(read_checksums(folder)) | {CHECKSUMS}
    present = set()
    for path in folder.rglob("*"):
        if path.is_symlink():
            raise ReleaseError("symlinks are not published", path=path, hint="remove it")
        if path.is_file():
            present.add(path.relative_to(folder).as_posix())
    extra = sorted(present - listed)
    if extra:
        raise ReleaseError(
            f"files not listed in {CHECKSUMS}: {', '.join(extra[:5])}",
            path=folder,
            hint="only a verified release is published: remove them",
        )
    return PublishPlan(folder, repo_id, version, f"v{version}", sorted(present))


def _api() -> Any:
    try:
        from huggingface_hub import HfApi, get_token
    except ImportError as exc:
        raise ReleaseError(
            "publishing needs huggingface_hub", hint="pip install 'kzpolicy-data[hub]'"
        ) from exc
    if not get_token():
        raise ReleaseError(
            "no Hugging Face token", hint="set HF_TOKEN or log in with `hf auth login`"
        )
    return HfApi()


def _transport_errors() -> tuple[type[BaseException], ...]:
    """Connection errors of the HTTP client huggingface_hub uses (it has changed over time)."""
    errors: list[type[BaseException]] = [OSError]
    for module, name in (
        ("httpx2", "TransportError"),
        ("httpx", "TransportError"),
        ("requests", "ConnectionError"),
    ):
        try:
            errors.append(getattr(importlib.import_module(module), name))
        except (ImportError, AttributeError):
            continue
    return tuple(errors)


def publish(plan: PublishPlan, *, message: str | None = None) -> PublishPlan:
    """Upload the planned files as one commit to the dataset repo and tag it ``vX.Y.Z``."""
    api = _api()
    from huggingface_hub.errors import HfHubHTTPError

    try:
        api.create_repo(plan.repo_id, repo_type="dataset", exist_ok=True)
        plan.calls.append("create_repo")
        tags = {ref.name for ref in api.list_repo_refs(plan.repo_id, repo_type="dataset").tags}
        plan.calls.append("list_repo_refs")
        if plan.tag in tags:
            raise ReleaseError(
                f"{plan.repo_id} already has the tag {plan.tag}",
                hint="a published version is never replaced: publish a new version",
            )
        info = api.upload_folder(
            repo_id=plan.repo_id,
            repo_type="dataset",
            folder_path=plan.folder,
            allow_patterns=plan.files,
            commit_message=message or f"kzpolicy_data {plan.tag}",
        )
        plan.calls.append("upload_folder")
        plan.commit_oid, plan.commit_url = info.oid, info.commit_url
        api.create_tag(
            plan.repo_id,
            tag=plan.tag,
            revision=info.oid,
            repo_type="dataset",
            tag_message=f"kzpolicy_data {plan.tag}",
        )
        plan.calls.append("create_tag")
    except HfHubHTTPError as exc:
        status = exc.response.status_code if exc.response is not None else "?"
        hint = "check the token's write access" if status in (401, 403) else "check HF_ENDPOINT"
        raise ReleaseError(
            f"the Hub refused {plan.repo_id} (HTTP {status}) after {plan.calls or 'no call'}",
            hint=hint,
        ) from exc
    except _transport_errors() as exc:
        raise ReleaseError(
            f"cannot reach the Hub: {type(exc).__name__}", hint="check HF_ENDPOINT and the network"
        ) from exc
    except (ValueError, KeyError) as exc:
        # JSONDecodeError is a ValueError: a proxy's HTML page, or another server entirely.
        raise ReleaseError(
            f"the Hub's answer after {plan.calls or 'no call'} was not the JSON it sends "
            f"({type(exc).__name__})",
            hint="check HF_ENDPOINT: is it a Hugging Face Hub, and is a proxy in the way?",
        ) from None
    return plan
