#!/usr/bin/env bash
# Prepares this machine to build the project and to run its notebooks on the Java kernel.
#
#   scripts/setup.sh
#
# 1. On Debian or Ubuntu, installs with apt-get whatever is missing of: Jupyter's nbconvert,
#    client, nbclient and nbformat, the classic Notebook (for the browser), the DejaVu fonts
#    and fontconfig (Java draws chart text with them), and Maven. Needs root or sudo, and only
#    when something is missing. Elsewhere it uses the `jupyter` already installed, or says what
#    to install.
# 2. Builds the project with Maven. This builds the library and writes the Java kernelspec to
#
#        kernel/target/jupyter/kernels/java
#
# Nothing is written to your home's Jupyter folders and nothing is exported. To use the kernel,
# point Jupyter at the folder above the kernelspec, for example:
#
#   export JUPYTER_PATH="$PWD/kernel/target/jupyter"
#   jupyter kernelspec list          # lists `java`
#   jupyter notebook --ip=127.0.0.1  # pick the kernel "Java (backprop)"
#
# Running it again is safe, and quick when everything is already there.
#   scripts/setup.sh --print-python
#
# prints the python3 that has nbclient, nbformat and jupyter_client (for tools/notebooks.py).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
kernelspec="$root/kernel/target/jupyter/kernels/java"

say() { printf 'setup: %s\n' "$*"; }

if [[ ${1:-} == --print-python ]]; then
    for py in /usr/bin/python3 python3; do
        if command -v "$py" >/dev/null && "$py" -c 'import nbclient, nbformat, jupyter_client' 2>/dev/null; then
            command -v "$py"
            exit 0
        fi
    done
    printf 'setup: no python3 with nbclient, nbformat and jupyter_client: run scripts/setup.sh\n' >&2
    exit 1
fi
fail() {
    printf 'setup: %s\n' "$*" >&2
    exit 1
}

# --- Java 17 or newer, with its compiler ---------------------------------------------------

jdk_hint="install a JDK 17 or newer (Debian 12: apt-get install openjdk-17-jdk-headless)"
command -v javac >/dev/null || fail "no 'javac' on PATH: $jdk_hint"
javac_version=$(javac -version 2>&1)
javac_major=${javac_version#javac }
javac_major=${javac_major%%.*}
[[ "$javac_major" =~ ^[0-9]+$ ]] && ((javac_major >= 17)) ||
    fail "found '$javac_version': $jdk_hint"

# --- Packages ---------------------------------------------------------------------------------

apt_packages=(jupyter-nbconvert jupyter-client python3-nbclient python3-nbformat
    jupyter-notebook fonts-dejavu-core fontconfig libjs-mathjax libjs-jquery libjs-requirejs)

# Runs a command with its output kept aside, and shown only if it fails.
quietly() {
    local log
    log=$(mktemp)
    if ! "$@" >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        rm -f "$log"
        fail "failed: $*"
    fi
    rm -f "$log"
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
    missing=()
    for p in "${apt_packages[@]}"; do
        installed "$p" || missing+=("$p")
    done
    command -v mvn >/dev/null || missing+=(maven)

    if ((${#missing[@]} == 0)); then
        say "packages: all present"
    else
        if ((EUID == 0)); then
            sudo=()
        elif command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            fail "missing ${missing[*]}: run as root, or: apt-get install --no-install-recommends ${missing[*]}"
        fi
        say "installing ${missing[*]}"
        quietly "${sudo[@]}" apt-get update
        quietly "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "${missing[@]}"
        say "packages: installed"
    fi
    jupyter=/usr/bin/jupyter
else
    say "no apt-get here: looking for an installed Jupyter and Maven"
    jupyter=$(command -v jupyter) ||
        fail "no 'jupyter' found. Install Jupyter (nbconvert, nbclient, jupyter_client, notebook) with your system's package manager, or with: python3 -m pip install notebook nbconvert nbclient jupyter_client ; then run this script again."
    command -v mvn >/dev/null ||
        fail "no 'mvn' found. Install Apache Maven 3.8 or newer (https://maven.apache.org/install.html), then run this script again."
fi
say "jupyter: $jupyter, JDK: $javac_version"

# --- Build: the library and the kernelspec ---------------------------------------------------

say "building with Maven (tests skipped)"
quietly mvn -q -B -DskipTests package

[[ -f "$kernelspec/kernel.json" ]] || fail "the build wrote no $kernelspec/kernel.json"
kernels=$(JUPYTER_PATH="$root/kernel/target/jupyter" "$jupyter" kernelspec list 2>/dev/null) || true
grep -q "^ *java  *$kernelspec\$" <<<"$kernels" ||
    fail "jupyter does not see the kernelspec in $kernelspec"
say "kernel 'java' ready: JUPYTER_PATH=$root/kernel/target/jupyter"
