"""Build Roots' installable bundle and the package for this system: ``python packaging/build.py``.

Steps: compile the catalogues (.qm), render the icons from packaging/icons/roots.svg, gather the
licence texts, on Linux cut Qt's ICU data down to what Qt asks of it, run PyInstaller on
packaging/roots.spec (one folder in dist/roots), then on Linux make
dist/roots_<version>_<arch>.deb and dist/roots-<version>-linux-<arch>.tar.gz (``--quick``, for
CI: a quickly compressed .deb and no tar.gz). On Windows
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
    "python-docx",  # the narrative draft (issue 19)
    "lxml",
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


# What Qt asks of ICU (the ICU symbols libQt6Core imports): collation (QCollator), time-zone
# display names, converters for legacy encodings and case mapping; never break iterators,
# transliteration, number spell-out, units or currencies. Roots speaks English and Spanish, so
# locale data is kept for root, en* and es* only: other locales fall back to root (collation)
# or English (time-zone names), which Roots never shows. The large multi-byte (CJK, EBCDIC)
# converters go too: Roots reads files with Python's codecs, never through Qt.
ICU_DROPPED_TREES = ("brkitr", "translit", "rbnf", "unit", "curr", "lang")
ICU_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9_]*)?\.res$")
ICU_KEPT_LOCALES = ("root", "res_index", "pool", "en", "es")
ICU_BIG_CONVERTER = 100_000  # bytes


def _icu_item_dropped(item: str, size: int) -> bool:
    parts = item.split("/")
    name = parts[-1]
    if len(parts) == 2 and parts[0] in ICU_DROPPED_TREES:
        return True
    if ICU_LOCALE_ITEM.match(name):
        stem = name.removesuffix(".res")
        return stem not in ICU_KEPT_LOCALES and stem.split("_")[0] not in ICU_KEPT_LOCALES
    return name.endswith(".cnv") and size >= ICU_BIG_CONVERTER


def trim_icu_data(target: Path = GENERATED / "icu") -> Path | None:
    """A libicudata with only the data Qt uses: 5 MB instead of 31 (Linux; None elsewhere).

    ICU's data is one package, exported by libicudata as the symbol ``icudt<N>_dat``: it is
    copied out, cut with ``icupkg`` (Debian: icu-devtools) and linked into a library of the same
    name with binutils' ``as`` and ``ld`` (no compiler). roots.spec bundles it in place of
    PySide6's. Without icupkg the full data is bundled, with a warning (the package check then
    fails on the size).
    """
    import PySide6

    shutil.rmtree(target, ignore_errors=True)
    found = sorted((Path(PySide6.__file__).resolve().parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not found:
        return None
    if not shutil.which("icupkg"):
        print("WARNING: no icupkg (apt-get install icu-devtools): all of Qt's ICU data is bundled")
        return None
    library = found[0]
    major = library.name.rsplit(".", 1)[-1]
    symbol = f"icudt{major}_dat"
    symbols = subprocess.run(
        ["readelf", "-sW", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    address, size = next(
        (int(fields[1], 16), int(fields[2], 0))
        for fields in (line.split() for line in symbols.splitlines())
        if len(fields) >= 8 and fields[7] == symbol
    )
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    rodata = re.search(r"\]\s+\.rodata\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    assert rodata, f"{library} has no .rodata section"
    offset = address - int(rodata.group(1), 16) + int(rodata.group(2), 16)
    work = target / "work"
    (work / "out").mkdir(parents=True)
    # icupkg names the items after the package file, so both files keep ICU's own name.
    package = f"icudt{major}l.dat"
    with library.open("rb") as source:
        source.seek(offset)
        (work / package).write_bytes(source.read(size))
    listing = work / "items.txt"
    subprocess.run(["icupkg", "-l", "-o", str(listing), str(work / package)], check=True)
    (work / "items").mkdir()
    subprocess.run(
        ["icupkg", "-x", str(listing), "-d", str(work / "items"), str(work / package)],
        check=True,
    )
    items = listing.read_text("utf-8").split()
    dropped = {i for i in items if _icu_item_dropped(i, (work / "items" / i).stat().st_size)}
    cut_package = work / "out" / package
    while True:  # an extension converter needs its base: drop the ones whose base went
        (work / "dropped.txt").write_text("\n".join(sorted(dropped)) + "\n", "utf-8")
        cut = subprocess.run(
            ["icupkg", "-r", str(work / "dropped.txt"), str(work / package), str(cut_package)],
            capture_output=True,
            text=True,
        )
        orphans = set(re.findall(r"^Item (\S+) depends on missing item", cut.stderr, re.MULTILINE))
        if cut.returncode == 0 or not orphans - dropped:
            break
        dropped |= orphans
    if cut.returncode != 0:
        raise SystemExit(f"icupkg could not cut the ICU data:\n{cut.stderr}")
    (work / "icudata.s").write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "{cut_package}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        "utf-8",
    )
    subprocess.run(["as", "-o", str(work / "icudata.o"), str(work / "icudata.s")], check=True)
    trimmed = target / library.name
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-o", str(trimmed), str(work / "icudata.o")],
        check=True,
    )
    shutil.rmtree(work)
    kept = trimmed.stat().st_size // 2**20
    print(f"ICU data: {size // 2**20} MB -> {kept} MB ({len(dropped)}/{len(items)} items dropped)")
    return trimmed


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


def make_deb(bundle: Path, quick: bool = False) -> Path:
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
    # xz: 46 MB where gzip makes 60 (issue 16 asks for at most 70); every dpkg reads it. It costs
    # 90 s of CPU, gzip -1 two: CI, which installs the package and throws it away, asks for that.
    compression = ["-Zgzip", "-z1"] if quick else ["-Zxz", "-z6", "--threads-max=2"]
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", *compression, "--build", *paths],
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
    parser.add_argument(
        "--quick",
        action="store_true",
        help="CI: a gzip -1 .deb (not the release's xz) and no tar.gz",
    )
    args = parser.parse_args()
    compile_catalogues()
    render_icons()
    gather_licences()
    trim_icu_data()
    bundle = run_pyinstaller()
    print(f"bundle: {bundle}")
    if sys.platform.startswith("linux") and not args.bundle_only:
        print(f"package: {make_deb(bundle, quick=args.quick)}")
        if not args.quick:
            print(f"archive: {make_tarball(bundle)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
