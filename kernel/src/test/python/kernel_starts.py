#!/usr/bin/python3
"""Start the Java kernel many times in a row and check that every start answers.

Each start launches the kernel, waits for its kernel_info reply, runs `1 + 1` and checks that
the result is 2, checks that the heartbeat answers, then asks the kernel to shut down on the
control channel and waits for its reply, so the shell, heartbeat and control loops must all be
running; then it stops the kernel. It prints one line per start, then `N passed, M failed`, and
exits with status 1 if any start failed.

Run it with Debian's Python, which has jupyter_client, after `mvn package`:

    JUPYTER_PATH=kernel/target/jupyter /usr/bin/python3 kernel/src/test/python/kernel_starts.py 50

Options:
    N                 how many starts (default 30)
    --kernel NAME     the kernelspec to start (default: java)
    --timeout SEC     how long to wait for each answer (default: 60)
    --upstream        start the same kernelspec but with only rapaio's jar on the JVM classpath,
                      without the corrected LoopThread, to see the start-up race it fixes
"""

import argparse
import json
import os
import queue
import shutil
import sys
import tempfile
import time

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager


def upstream_kernel_dir(name, into):
    """Write a copy of kernelspec `name` whose JVM classpath keeps only jar files."""
    spec = KernelSpecManager().get_kernel_spec(name)
    argv = list(spec.argv)
    i = argv.index("-cp") + 1
    argv[i] = os.pathsep.join(p for p in argv[i].split(os.pathsep) if p.endswith(".jar"))
    kernels = os.path.join(into, "kernels")
    os.makedirs(os.path.join(kernels, name))
    fields = spec.to_dict()
    fields["argv"] = argv
    with open(os.path.join(kernels, name, "kernel.json"), "w") as f:
        json.dump(fields, f, indent=2)
    return kernels


def wait_until(check, timeout):
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            return False
        time.sleep(0.1)
    return True


def shutdown_replied(kc, msg_id):
    for get in (kc.get_control_msg, kc.get_shell_msg):
        try:
            msg = get(timeout=0.05)
        except queue.Empty:
            continue
        if msg["msg_type"] == "shutdown_reply" and msg["parent_header"].get("msg_id") == msg_id:
            return True
    return False


def one_start(km, timeout, log):
    """Start, check and stop one kernel. Returns (passed, what happened)."""
    t0 = time.monotonic()
    km.start_kernel(stdout=log, stderr=log)
    kc = km.client()
    kc.start_channels()
    try:
        try:
            kc.wait_for_ready(timeout=timeout)
        except RuntimeError:
            return False, f"no kernel_info reply in {timeout:.0f} s"
        ready = time.monotonic() - t0

        results = []
        reply = kc.execute_interactive(
            "1 + 1",
            timeout=timeout,
            output_hook=lambda m: results.append(m) if m["msg_type"] == "execute_result" else None,
        )
        data = results[0]["content"]["data"] if results else {}
        value = data.get("text/plain", data.get("text/html"))
        if reply["content"]["status"] != "ok" or value != "2":
            return False, f"1 + 1 gave status {reply['content']['status']}, value {value!r}"

        if not wait_until(kc.hb_channel.is_beating, timeout):
            return False, f"no heartbeat in {timeout:.0f} s"

        # Only the control loop answers a shutdown request; rapaio 3.0.1 sends the reply on the
        # shell channel, so look on both.
        msg_id = kc.shutdown()
        if not wait_until(lambda: shutdown_replied(kc, msg_id), timeout):
            return False, f"no shutdown reply in {timeout:.0f} s"
        return True, f"ready in {ready:.1f} s, 1 + 1 = 2, heartbeat, shutdown reply"
    except Exception as e:  # a timeout or a broken reply: this start failed
        return False, f"{type(e).__name__}: {e}"
    finally:
        # After a bare shutdown request rapaio 3.0.1's JVM can stay up for a while (an idle,
        # non-daemon worker thread); jupyter_client's own shutdown interrupts first and does
        # not see this. The checks are done, so end the process here.
        kc.stop_channels()
        if km.has_kernel:
            km.shutdown_kernel(now=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=30)
    parser.add_argument("--kernel", default="java")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--upstream", action="store_true")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="kernel-starts-")
    specs = KernelSpecManager()
    if args.upstream:
        specs = KernelSpecManager(kernel_dirs=[upstream_kernel_dir(args.kernel, work)])
    print(f"kernel {args.kernel}: {' '.join(specs.get_kernel_spec(args.kernel).argv)}")

    passed = failed = 0
    for i in range(1, args.n + 1):
        log_path = os.path.join(work, f"start-{i}.log")
        with open(log_path, "w") as log:
            km = KernelManager(kernel_name=args.kernel, kernel_spec_manager=specs)
            ok, what = one_start(km, args.timeout, log)
        if ok:
            passed += 1
            os.remove(log_path)
        else:
            failed += 1
            what += f" (kernel output: {log_path})"
        print(f"start {i:3d}/{args.n}: {'ok  ' if ok else 'FAIL'} {what}", flush=True)

    if failed == 0:
        shutil.rmtree(work)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
