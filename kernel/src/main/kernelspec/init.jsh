// Run by the kernel before the first cell (RJK_INIT_SCRIPT in kernel.json).
// Error messages and tracebacks as plain text: no ANSI colour codes in notebook outputs.
org.rapaio.jupyter.kernel.global.Global.options().display().text().colored(false);
