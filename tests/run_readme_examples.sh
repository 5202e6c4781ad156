#!/usr/bin/env bash
# Every example in README.md that starts with "$ build/veedor ..." runs, and each line it shows
# (apart from "...", which stands for lines left out) is a line of the command's real output
# (standard output or standard error). An example whose input file is not in the repository
# (the generated MEF file of bench/) is skipped, and said so. Usage: run_readme_examples.sh VEEDOR
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LANG COLUMNS
python3 - "$bin" "$tmp" <<'PY'
import os, re, subprocess, sys, shlex
binary, tmp = sys.argv[1], sys.argv[2]
text = open("README.md", encoding="utf-8").read()
failures, checked = 0, 0
for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
    lines = block.rstrip("\n").split("\n")
    if not lines[0].startswith("$ build/veedor "):
        continue
    command = lines[0][2:]
    args = shlex.split(command)[1:]
    outputs = {args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-o", "--out", "--explain")}
    missing = [a for a in args if a.endswith((".csv", ".yaml")) and a not in outputs and not os.path.exists(a)]
    if missing:
        print(f"README: `{command}`: skipped, {missing[0]} is made by bench/ (docs/performance.md)")
        continue
    if any(a in ("-o", "--out") for a in args):  # writes files: run it in a scratch folder
        args = [a if not a.endswith((".csv", ".json", ".md")) and a not in ("brief", "out") else tmp + "/" + a.split("/")[-1] for a in args]
    run = subprocess.run([binary] + args, capture_output=True, text=True)
    actual = (run.stdout + run.stderr).replace(tmp + "/", "").split("\n")  # as if run in the README's folder
    checked += 1
    for want in lines[1:]:
        if want.strip() in ("...", "…", ""):
            continue
        if want not in actual:
            print(f"README: `{command}`: this line is not in its output:\n  {want}")
            failures += 1
            break
print(f"{checked} README examples run, {failures} differ")
sys.exit(1 if failures or checked == 0 else 0)
PY
