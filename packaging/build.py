"""Build Roots' installable bundle and the package for this system: ``python packaging/build.py``.

Steps: compile the catalogues (.qm), render the icons from packaging/icons/roots.svg, gather the
licence texts, run PyInstaller on packaging/roots.spec (one folder in dist/roots), then on Linux
make dist/roots_<version>_<arch>.deb and dist/roots-<version>-linux-<arch>.tar.gz. On Windows
and macOS the release workflow (.github/workflows/release.yml) runs this script and then Inno
Setup or hdiutil. Run it with the Python of a virtual environment that has ``.[build]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "build" / "packaging"
DIST = ROOT / "dist"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAIN_PACKAGES = (
    "roots-app",
    "PySide6-Essentials",
    "PySide6-Addons",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "Mako",
    "MarkupSafe",
    "platformdirs",
    "jsonschema",
    "jsonschema-specifications",
    "referencing",
    "rpds-py",
    "attrs",
    "reportlab",
    "pillow",
    "charset-normalizer",
    "arabic-reshaper",
    "python-bidi",
    "openpyxl",
    "et_xmlfile",
    "psycopg",
    "psycopg-binary",
    "keyring",
    "jaraco.classes",
    "jaraco.functools",
    "jaraco.context",
    "more-itertools",
    "SecretStorage",
    "jeepney",
    "cryptography",
    "cffi",
    "pycparser",
    "typing_extensions",
    "greenlet",
)


def version() -> str:
    text = (ROOT / "roots_app" / "__init__.py").read_text("utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found, "roots_app/__init__.py has no __version__"
    return found.group(1)


def compile_catalogues() -> None:
    import PySide6

    tools = Path(PySide6.__file__).resolve().parent
    lrelease = next(p for p in (tools / "lrelease", tools / "lrelease.exe") if p.exists())
    target = GENERATED / "i18n"
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted((ROOT / "i18n").glob("*.ts")):
        qm = target / source.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(qm)], check=True)


def render_icons() -> None:
    """PNG at every size the systems ask for, plus Windows' .ico and macOS' .icns."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = GENERATED / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "packaging" / "icons" / "roots.svg"))
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"roots-{size}.png"))
    shutil.copyfile(folder / "roots-256.png", folder / "roots.png")
    big = Image.open(folder / "roots-512.png")
    big.save(folder / "roots.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(folder / "roots.icns")


def gather_licences() -> None:
    """The licence texts of everything bundled, for the install folder and Help > About."""
    target = GENERATED / "licenses"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "packaging" / "licenses", target)
    for font_licence in (ROOT / "resources" / "fonts").glob("*LICENSE*"):
        shutil.copy(font_licence, target)
    packages = target / "python-packages"
    for name in MAIN_PACKAGES:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        folder = packages / f"{dist.metadata['Name']}-{dist.version}"
        folder.mkdir(parents=True, exist_ok=True)
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        (folder / "LICENSE-SUMMARY.txt").write_text(
            f"{dist.metadata['Name']} {dist.version}\nLicence: {licence[:200]}\n", "utf-8"
        )
        for file in dist.files or []:
            if re.search(r"(LICEN[CS]E|COPYING|NOTICE)", file.name, re.IGNORECASE):
                shutil.copy(Path(str(dist.locate_file(file))), folder / file.name)
    short = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    python_licence = Path(sys.base_prefix) / "lib" / short / "LICENSE.txt"
    for candidate in (python_licence, Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.exists():
            (packages / "Python").mkdir(parents=True, exist_ok=True)
            shutil.copy(candidate, packages / "Python" / "LICENSE.txt")
            break


def run_pyinstaller() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(GENERATED / "pyinstaller"),
            str(ROOT / "packaging" / "roots.spec"),
        ],
        check=True,
    )
    bundle = DIST / "roots"
    if sys.platform.startswith("linux"):
        # One executable, two names: `roots` (the command line) is a link to `roots-app`.
        link = bundle / "roots"
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to("roots-app")
    return bundle


def deb_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def make_deb(bundle: Path) -> Path:
    """/opt/roots with the bundle, the two commands, the desktop entry, MIME type and icons."""
    linux = ROOT / "packaging" / "linux"
    stage = GENERATED / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "roots", symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("roots", "roots-app"):
        (bin_dir / name).symlink_to(f"/opt/roots/{name}")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(linux / "roots-app.desktop", share / "applications")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(linux / "roots-app-mime.xml", share / "mime" / "packages" / "roots-app.xml")
    icons = share / "icons" / "hicolor"
    for size in PNG_SIZES:
        folder = icons / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(GENERATED / "icons" / f"roots-{size}.png", folder / "roots-app.png")
        mime_folder = icons / f"{size}x{size}" / "mimetypes"
        mime_folder.mkdir(parents=True)
        shutil.copy(
            GENERATED / "icons" / f"roots-{size}.png",
            mime_folder / "application-x-roots.png",
        )
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(
        ROOT / "packaging" / "icons" / "roots.svg", icons / "scalable" / "apps" / "roots-app.svg"
    )
    debian = stage / "DEBIAN"
    debian.mkdir()
    files = [p for p in stage.rglob("*") if p.is_file() and not p.is_symlink()]
    size_kib = sum(p.stat().st_size for p in files) // 1024
    control = (linux / "control").read_text("utf-8")
    control = control.replace("@VERSION@", version()).replace("@ARCH@", deb_arch())
    control = control.replace("@SIZE@", str(size_kib))
    (debian / "control").write_text(control, "utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy(linux / script, debian / script)
        (debian / script).chmod(0o755)
    for path in stage.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = DIST / f"roots_{version()}_{deb_arch()}.deb"
    paths = [str(stage), str(target)]
    # xz: 56 MB where gzip makes 73 MB (issue 16 asks for at most 70); every dpkg reads it.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--threads-max=2", "--build", *paths],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def make_tarball(bundle: Path) -> Path:
    target = DIST / f"roots-{version()}-linux-{platform.machine().lower()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"roots-{version()}")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle-only", action="store_true", help="stop after dist/roots")
    args = parser.parse_args()
    compile_catalogues()
    render_icons()
    gather_licences()
    bundle = run_pyinstaller()
    print(f"bundle: {bundle}")
    if sys.platform.startswith("linux") and not args.bundle_only:
        print(f"package: {make_deb(bundle)}")
        print(f"archive: {make_tarball(bundle)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
