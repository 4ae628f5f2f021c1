#!/usr/bin/env python3
"""Turns every Swift snippet of README.md and the DocC catalogs into a file of the consumer app.

A snippet that starts with `// swift-tools-version` is a package manifest: it must be byte for
byte Tests/Consumer/Package.swift, the manifest that check.sh resolves and builds. Any other
snippet becomes a function of the app (its `import` lines hoisted to the file), or stays at file
scope when it declares an extension or a protocol. `#sourceLocation` points compiler errors at
the Markdown file and line the snippet came from.
"""
import argparse
import pathlib
import re
import subprocess
import sys

FENCE = re.compile(r"^```swift\s*$")


def documents(root):
    """README.md and every Markdown file in a DocC catalog, as git sees the working tree."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "README.md", "*.docc/*.md"],
        cwd=root, check=True, capture_output=True, text=True).stdout.split()
    return sorted(set(listed))


def snippets(path):
    """Each Swift block of one Markdown file: (line of its first code line, its lines)."""
    found, block, start = [], None, 0
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if block is None:
            if FENCE.match(line.strip()):
                block, start = [], number + 1
        elif line.strip() == "```":
            found.append((start, block))
            block = None
        else:
            block.append(line)
    return found


def at_file_scope(body):
    """Whether the snippet declares something a function body cannot hold."""
    return any(re.match(r"(public |private |fileprivate )?(extension|protocol) ", line) for line in body)


def render(document, start, lines):
    """The Swift file for one snippet."""
    imports = [line for line in lines if line.startswith("import ")]
    body = [line if not line.startswith("import ") else "" for line in lines]
    name = re.sub(r"[^A-Za-z0-9]", "_", document) + f"_{start}"
    out = [f"// From {document}:{start}. Written by Tests/Consumer/snippets.py.", *imports, ""]
    if at_file_scope(body):
        out += [f'#sourceLocation(file: "{document}", line: {start})', *body, "#sourceLocation()"]
    else:
        out += [f"func snippet_{name}() async throws {{",
                f'#sourceLocation(file: "{document}", line: {start})', *body, "#sourceLocation()", "}"]
    return name, "\n".join(out) + "\n"


def main():
    """Writes the snippets' files and checks the manifests."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True, type=pathlib.Path)
    parser.add_argument("--output", required=True, type=pathlib.Path)
    arguments = parser.parse_args()
    manifest = (arguments.root / "Tests/Consumer/Package.swift").read_text()
    arguments.output.mkdir(parents=True, exist_ok=True)
    count, problems = 0, []
    for document in documents(arguments.root):
        for start, lines in snippets(arguments.root / document):
            if lines and lines[0].startswith("// swift-tools-version"):
                if "\n".join(lines) + "\n" != manifest:
                    problems.append(f"{document}:{start}: error: this manifest is not Tests/Consumer/Package.swift")
                continue
            name, text = render(document, start, lines)
            (arguments.output / f"{name}.swift").write_text(text)
            count += 1
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{count} snippets from {len(documents(arguments.root))} documents")
    sys.exit(1 if problems else 0)


main()
