"""The Windows version resource (file properties → Details) for the frozen executables."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304B0', [
      StringStruct('CompanyName', 'crisisdesk'),
      StringStruct('FileDescription', 'crisisdesk — openbare orde en crisisbeheersing'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'crisisdesk'),
      StringStruct('LegalCopyright', 'EUPL-1.2'),
      StringStruct('OriginalFilename', 'crisisdesk.exe'),
      StringStruct('ProductName', 'crisisdesk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str) -> str:
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(tuple=tuple(numbers), version=version), encoding="utf-8")
    return str(path)
