"""Builds the frozen one-folder application and smoke-tests it (a developer's and CI's command).

    python -m crisisdesk.build                     # dist/crisisdesk/, then its smoke test
    python -m crisisdesk.build --no-smoke          # only build
    python -m crisisdesk.build --smoke CMD [ARG…]  # only the smoke test, of any installed crisisdesk

The build runs PyInstaller on ``installer/crisisdesk.spec`` (pip install '.[build]'); on
Windows the same command makes ``dist\\crisisdesk\\`` with ``crisisdesk.exe`` and
``crisisdesk-desk.exe`` (docs/deploy.md). The smoke test runs, with a throw-away data
folder: ``deadline --list-rules``, ``demo`` into a new SQLite file, and ``--screenshot`` of
the desk on it (Qt's offscreen platform unless a display is set), and checks the PNG.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "crisisdesk.spec"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Runs PyInstaller on the spec; returns the folder of the built application."""
    if not SPEC.exists():
        raise SystemExit(f"{SPEC} not found: build from a checkout of crisisdesk")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT, check=True,
    )
    app = dist / "crisisdesk"
    seconds = time.perf_counter() - started
    print(f"built {app} in {seconds:.0f} s: {folder_size(app) / 2**20:.0f} MB on disk")
    return app


def executable(app: Path) -> Path:
    return app / ("crisisdesk.exe" if sys.platform == "win32" else "crisisdesk")


def _run(command: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    print(f"  {what}: exit {result.returncode} in {time.perf_counter() - started:.1f} s")
    if result.returncode != 0:
        print(result.stdout[-2000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SystemExit(f"smoke test failed at: {what}")
    return result


def smoke(command: Sequence[str], folder: Path | None = None) -> Path:
    """The smoke test of an installed or frozen crisisdesk; returns the screenshot's path."""
    folder = Path(folder or tempfile.mkdtemp(prefix="crisisdesk-smoke-"))
    env = {**os.environ, "CRISISDESK_HOME": str(folder / "home"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    env["CRISISDESK_CONFIG_MACHINE"] = str(folder / "absent-machine.toml")  # no desk's own config
    env["CRISISDESK_CONFIG_USER"] = str(folder / "absent-user.toml")
    command = list(command)
    print(f"smoke test of {' '.join(command)}")
    rules = _run([*command, "deadline", "--list-rules"], env, "deadline --list-rules")
    if "Utrecht 48" not in rules.stdout:
        raise SystemExit("smoke test failed: the rule sets were not listed:\n" + rules.stdout)
    url = "sqlite:///" + (folder / "smoke.sqlite").as_posix()
    _run([*command, "demo", "--db", url, "--count", "40", "--seed", "7"], env, "demo --count 40")
    png = folder / "desk.png"
    _run([*command, "--db", url, "--screenshot", str(png)], env, "--screenshot")
    data = png.read_bytes() if png.exists() else b""
    if not data.startswith(PNG_SIGNATURE) or len(data) < 20_000:
        raise SystemExit(f"smoke test failed: no proper screenshot at {png} ({len(data)} bytes)")
    print(f"  screenshot: {png} ({len(data) / 1024:.0f} KB)")
    return png


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crisisdesk.build", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the application folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    parser.add_argument("--smoke", nargs=argparse.REMAINDER, metavar="CMD", help="only smoke-test this command")
    args = parser.parse_args(argv)
    if args.smoke:
        smoke(args.smoke)
        return 0
    if shutil.which("pyinstaller") is None and not _have_pyinstaller():
        raise SystemExit("PyInstaller is not installed: pip install '.[build]'")
    app = build(args.dist, args.work)
    if not args.no_smoke:
        smoke([str(executable(app))])
    return 0


def _have_pyinstaller() -> bool:
    import importlib.util

    return importlib.util.find_spec("PyInstaller") is not None


if __name__ == "__main__":
    sys.exit(main())
