/** The report's style sheet, inline so the file is self-contained. */
export const alignmentStyle = `
:root { color-scheme: light; --high: #e6f4ea; --high-edge: #34a853; --mid: #fff4d6; --mid-edge: #f2a600; --low: #fde7e7; --low-edge: #d93025; --gap: #f3f4f6; --gap-edge: #8c959f; --ink: #1f2328; --muted: #59636e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: var(--ink); background: #f6f8fa; }
header { padding: 20px 32px 8px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; }
main { padding: 0 32px 40px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 14px; }
.card { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 14px; min-width: 120px; }
.card b { display: block; font-size: 20px; }
.card span { color: var(--muted); font-size: 13px; }
.legend { display: flex; gap: 16px; flex-wrap: wrap; color: var(--muted); font-size: 13px; margin-bottom: 10px; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px; margin-right: 5px; }
table { width: 100%; border-collapse: separate; border-spacing: 0 4px; table-layout: fixed; }
th { text-align: left; font-size: 13px; color: var(--muted); font-weight: 600; padding: 4px 10px; }
td { vertical-align: top; padding: 8px 10px; background: #fff; border-top: 1px solid #e5e8eb; border-bottom: 1px solid #e5e8eb; }
td:first-child { border-left: 5px solid transparent; border-radius: 6px 0 0 6px; }
td:last-child { border-radius: 0 6px 6px 0; border-right: 1px solid #e5e8eb; }
col.num { width: 90px; } col.score { width: 80px; } col.evidence { width: 22%; }
tr.high td { background: var(--high); } tr.high td:first-child { border-left-color: var(--high-edge); }
tr.mid td { background: var(--mid); } tr.mid td:first-child { border-left-color: var(--mid-edge); }
tr.low td { background: var(--low); } tr.low td:first-child { border-left-color: var(--low-edge); }
tr.gap td { background: var(--gap); } tr.gap td:first-child { border-left-color: var(--gap-edge); }
.shape { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--muted); display: block; }
.shape.uneven { color: #8250df; font-weight: 700; }
.score b { font-variant-numeric: tabular-nums; }
.bar { height: 5px; background: #d0d7de; border-radius: 3px; margin-top: 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: currentColor; }
tr.high .bar { color: var(--high-edge); } tr.mid .bar { color: var(--mid-edge); } tr.low .bar { color: var(--low-edge); }
td.none { background: repeating-linear-gradient(45deg, #f3f4f6, #f3f4f6 6px, #e9ebee 6px, #e9ebee 12px) !important; color: var(--muted); font-style: italic; }
.sentence + .sentence { margin-top: 6px; padding-top: 6px; border-top: 1px dashed #c9d1d9; }
.sentence small { color: var(--muted); font: 11px ui-monospace, monospace; margin-right: 6px; }
mark { background: #c8e1ff; border-radius: 3px; padding: 0 2px; box-shadow: inset 0 -2px 0 #0969da; }
.evidence { font-size: 12.5px; color: var(--muted); }
.evidence li { margin: 0 0 2px; list-style: none; }
.evidence ul { margin: 0; padding: 0; }
`
