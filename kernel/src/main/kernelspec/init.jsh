// Run by the kernel before the first cell (RJK_INIT_SCRIPT in kernel.json).
// Error messages and tracebacks as plain text: no ANSI colour codes in notebook outputs.
org.rapaio.jupyter.kernel.global.Global.options().display().text().colored(false);
// A value left at the end of a cell is shown as text/plain, so a matrix keeps its NumPy layout
// (rapaio's default, text/html, would fold its rows and spaces into one line).
org.rapaio.jupyter.kernel.global.Global.options().display().defaultMime("text/plain");
